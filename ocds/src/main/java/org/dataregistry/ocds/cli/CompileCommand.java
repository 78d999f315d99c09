package org.dataregistry.ocds.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dataregistry.ocds.OcdsJson;
import org.dataregistry.ocds.compile.Compilation;
import org.dataregistry.ocds.compile.CompileListener;
import org.dataregistry.ocds.compile.CompileOutcome;
import org.dataregistry.ocds.compile.CompileSettings;
import org.dataregistry.ocds.compile.CompileSource;
import org.dataregistry.ocds.compile.CompileTotals;
import org.dataregistry.ocds.compile.MergeRules;
import org.dataregistry.ocds.compile.MergeWarning;
import org.dataregistry.ocds.compile.WarningSummary;
import org.dataregistry.ocds.parallel.OrderedParallel;
import org.dataregistry.ocds.read.OcdsReadException;
import org.dataregistry.ocds.read.OcdsReader;
import org.dataregistry.ocds.read.ReadNote;
import org.dataregistry.ocds.read.SourcePosition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** {@code ocds compile}: releases in, one compiled (or versioned) release per OCID out. */
@Command(
        name = "compile",
        mixinStandardHelpOptions = true,
        description = {
            "Compile releases into one compiled release per OCID, written as JSON Lines to standard "
                    + "output, ordered by OCID.",
            "Inputs are release or record packages, releases or records: JSON, JSON Lines or concatenated JSON, "
                    + "plain, .gz or .zip, in any order (they are sorted by OCID with bounded memory, spilling to "
                    + "temporary files). OCIDs that cannot be compiled, and skipped input, are reported on standard "
                    + "error; a summary line ends the run."
        })
final class CompileCommand implements Callable<Integer> {

    private static final long MIB = 1024 * 1024;

    @ParentCommand
    private OcdsCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--versioned", description = "Write versioned releases instead of compiled releases.")
    private boolean versioned;

    @Option(
            names = "--schema",
            paramLabel = "FILE",
            description = "The release schema whose merge rules to use for every OCID (default: OCDS 1.1's, bundled; "
                    + "OCDS 1.0's for an OCID whose releases all come from packages declaring 1.0).")
    private Path schema;

    @Option(
            names = "--sort-memory-mb",
            paramLabel = "MB",
            description = "Memory for sorting: one half fills while the other is spilled to a temporary file "
                    + "(default: 1/8 of the heap, at most 256).")
    private Long sortMemoryMb;

    @Option(
            names = "--temporary-dir",
            paramLabel = "DIR",
            description = "Where to spill (default: the system's temporary directory).")
    private Path temporaryDirectory;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads that merge and serialize OCIDs (default: the available processors).")
    private Integer threads;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Inputs; none or - for standard input.")
    private List<Path> files;

    @Override
    public Integer call() throws IOException {
        OutputStream out = parent.stdout();
        PrintWriter err = spec.commandLine().getErr();
        Path spillTo = temporaryDirectory == null ? Path.of(System.getProperty("java.io.tmpdir")) : temporaryDirectory;
        CompileSettings settings = CompileSettings.defaults(spillTo)
                .withSchema(schema == null ? null : rulesOf(schema))
                .withVersioned(versioned)
                .withSortMemory(sortMemoryMb == null ? CompileSettings.defaultSortMemory() : sortMemoryMb * MIB)
                .withThreads(threads == null ? OrderedParallel.defaultThreads() : threads);
        WarningSummary warnings = new WarningSummary();
        CompileListener listener = new CompileListener() {
            @Override
            public void note(ReadNote note) {
                err.println("warning: " + note);
            }

            @Override
            public void mergeWarnings(String ocid, List<MergeWarning> dubious) {
                dubious.forEach(warnings::add);
            }

            @Override
            public void notCompiled(CompileOutcome.NotCompiled outcome) {
                err.println("warning: " + outcome.message());
            }
        };
        CompileTotals totals = new Compilation(settings).run(sources(), listener, (ocid, date, json) -> {
            try {
                out.write(json);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
        err.println("compiled " + totals.compiled() + " OCIDs"
                + (totals.notCompiled() > 0 ? ", " + totals.notCompiled() + " not compiled" : "")
                + (totals.withoutOcid() > 0 ? "; " + totals.withoutOcid() + " releases skipped: no ocid" : "")
                + summary(warnings));
        return 0;
    }

    /** The inputs, standard input as {@code -}; files are named by their path. */
    private List<CompileSource> sources() {
        List<CompileSource> sources = new ArrayList<>();
        for (Path input : Inputs.orStdin(files)) {
            sources.add(
                    Inputs.isStdin(input)
                            ? options -> OcdsReader.open(new KeepOpenStream(parent.stdin()), Inputs.STDIN_NAME, options)
                            : CompileSource.file(input, input.toString()));
        }
        return sources;
    }

    private static MergeRules rulesOf(Path schema) {
        if (!Files.isRegularFile(schema)) {
            throw OcdsReadException.cannotOpen(schema, new NoSuchFileException(schema.toString()));
        }
        JsonNode tree;
        try {
            tree = OcdsJson.mapper().readTree(schema);
        } catch (JacksonException e) {
            throw new OcdsReadException(
                    SourcePosition.of(schema.toString()), "invalid schema JSON: " + e.getOriginalMessage(), e);
        }
        String notReleaseSchema = notReleaseSchema(tree);
        if (notReleaseSchema != null) {
            throw new OcdsReadException(SourcePosition.of(schema.toString()), notReleaseSchema, null);
        }
        try {
            return MergeRules.fromSchema(tree);
        } catch (IllegalArgumentException e) {
            throw new OcdsReadException(
                    SourcePosition.of(schema.toString()), "unusable release schema: " + e.getMessage(), e);
        }
    }

    /**
     * Why a schema is not a release schema, or {@code null}: a release schema describes a release's
     * {@code ocid} and {@code date}, which a package or record schema (or any other JSON) does not.
     */
    private static String notReleaseSchema(JsonNode schema) {
        List<String> missing = Stream.of("ocid", "date")
                .filter(field -> !schema.path("properties").path(field).isObject())
                .map(field -> "properties." + field)
                .toList();
        return missing.isEmpty()
                ? null
                : "not a release schema: it has no " + String.join(" or ", missing)
                        + " (give release-schema.json, patched with extensions if need be)";
    }

    private static String summary(WarningSummary warnings) {
        long duplicateIds = warnings.duplicateIdsByPath().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        long repeatedDates = warnings.repeatedDatesByDate().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        if (duplicateIds == 0 && repeatedDates == 0) {
            return "";
        }
        return "; warnings: " + duplicateIds + " duplicate ids " + warnings.duplicateIdsByPath() + ", " + repeatedDates
                + " repeated dates";
    }
}
