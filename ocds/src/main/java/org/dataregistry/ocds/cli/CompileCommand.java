package org.dataregistry.ocds.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.dataregistry.ocds.parallel.Batches;
import org.dataregistry.ocds.OcdsJson;
import org.dataregistry.ocds.parallel.OrderedParallel;
import org.dataregistry.ocds.compile.CompileOutcome;
import org.dataregistry.ocds.compile.MergeRules;
import org.dataregistry.ocds.compile.MergeWarning;
import org.dataregistry.ocds.compile.Merger;
import org.dataregistry.ocds.compile.OcidSorter;
import org.dataregistry.ocds.compile.ReleaseCompiler;
import org.dataregistry.ocds.compile.WarningSummary;
import org.dataregistry.ocds.read.OcdsReadException;
import org.dataregistry.ocds.read.ReadListener;
import org.dataregistry.ocds.read.ReadNote;
import org.dataregistry.ocds.read.ReadOptions;
import org.dataregistry.ocds.read.ReleaseItem;
import org.dataregistry.ocds.read.SourcePosition;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code ocds compile}: releases in, one compiled (or versioned) release per OCID out. */
@Command(name = "compile", mixinStandardHelpOptions = true,
        description = {"Compile releases into one compiled release per OCID, written as JSON Lines to standard "
                + "output, ordered by OCID.",
                "Inputs are release or record packages, releases or records: JSON, JSON Lines or concatenated JSON, "
                        + "plain, .gz or .zip, in any order (they are sorted by OCID with bounded memory, spilling to "
                        + "temporary files). OCIDs that cannot be compiled, and skipped input, are reported on standard "
                        + "error; a summary line ends the run."})
final class CompileCommand implements Callable<Integer> {

    private static final long MIB = 1024 * 1024;
    private static final int OCIDS_PER_BATCH = 32;

    @ParentCommand
    private OcdsCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--versioned", description = "Write versioned releases instead of compiled releases.")
    private boolean versioned;

    @Option(names = "--schema", paramLabel = "FILE",
            description = "The release schema whose merge rules to use (default: OCDS 1.1, bundled).")
    private Path schema;

    @Option(names = "--sort-memory-mb", paramLabel = "MB",
            description = "Memory for sorting: one half fills while the other is spilled to a temporary file "
                    + "(default: 1/8 of the heap, at most 256).")
    private Long sortMemoryMb;

    @Option(names = "--temporary-dir", paramLabel = "DIR",
            description = "Where to spill (default: the system's temporary directory).")
    private Path temporaryDirectory;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads that merge and serialize OCIDs (default: the available processors).")
    private Integer threads;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Inputs; none or - for standard input.")
    private List<Path> files;

    @Override
    public Integer call() throws IOException {
        OutputStream out = parent.stdout();
        PrintWriter err = spec.commandLine().getErr();
        MergeRules rules = schema == null ? MergeRules.ocds11() : rulesOf(schema);
        ReleaseCompiler compiler = new ReleaseCompiler(new Merger(rules), versioned);
        ReadOptions options = ReadOptions.defaults().withListener(new ReadListener() {
            @Override
            public void note(ReadNote note) {
                err.println("warning: " + note);
            }
        });
        Path spillTo = temporaryDirectory == null ? Path.of(System.getProperty("java.io.tmpdir")) : temporaryDirectory;
        long compiled = 0;
        long notCompiled = 0;
        WarningSummary warnings = new WarningSummary();
        try (InputReleases releases = new InputReleases(Inputs.orStdin(files), parent.stdin(), options);
             OcidSorter sorter = new OcidSorter(spillTo, sortMemory(), threads());
             OrderedParallel<List<Written>> written = OrderedParallel.map(
                     Batches.of(sorter.sortGroups(releases), OCIDS_PER_BATCH), batch -> compile(compiler, batch),
                     threads())) {
            while (written.hasNext()) {
                for (Written result : written.next()) {
                    result.warnings().forEach(warnings::add);
                    if (result.json() != null) {
                        out.write(result.json());
                        out.write('\n');
                        compiled++;
                    } else {
                        err.println("warning: " + result.problem());
                        notCompiled++;
                    }
                }
            }
        }
        out.flush();
        err.println("compiled " + compiled + " OCIDs" + (notCompiled > 0 ? ", " + notCompiled + " not compiled" : "")
                + summary(warnings));
        return 0;
    }

    /** Parses, compiles and serializes a batch of OCIDs (on a worker thread). */
    private List<Written> compile(ReleaseCompiler compiler, List<OcidSorter.SortedGroup> batch) {
        List<Written> results = new ArrayList<>(batch.size());
        for (OcidSorter.SortedGroup group : batch) {
            CompileOutcome outcome;
            try {
                outcome = compiler.compileOcid(group.items());
            } catch (StreamConstraintsException e) {
                throw tooLong(group.items(), e);
            }
            results.add(switch (outcome) {
                case CompileOutcome.Compiled result when written(result) != null -> new Written(
                        OcdsJson.mapper().writeValueAsBytes(written(result)), null, result.warnings());
                case CompileOutcome.Compiled result -> new Written(null, "OCID " + result.ocid()
                        + " has no versioned release: its compiled release is the publisher's", result.warnings());
                case CompileOutcome.NotCompiled failure -> new Written(null, failure.message(), List.of());
            });
        }
        return results;
    }

    private static MergeRules rulesOf(Path schema) {
        if (!Files.isRegularFile(schema)) {
            throw OcdsReadException.cannotOpen(schema, new NoSuchFileException(schema.toString()));
        }
        JsonNode tree;
        try {
            tree = OcdsJson.mapper().readTree(schema);
        } catch (JacksonException e) {
            throw new OcdsReadException(SourcePosition.of(schema.toString()), "invalid schema JSON: "
                    + e.getOriginalMessage(), e);
        }
        String notReleaseSchema = notReleaseSchema(tree);
        if (notReleaseSchema != null) {
            throw new OcdsReadException(SourcePosition.of(schema.toString()), notReleaseSchema, null);
        }
        try {
            return MergeRules.fromSchema(tree);
        } catch (IllegalArgumentException e) {
            throw new OcdsReadException(SourcePosition.of(schema.toString()), "unusable release schema: "
                    + e.getMessage(), e);
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
        return missing.isEmpty() ? null : "not a release schema: it has no " + String.join(" or ", missing)
                + " (give release-schema.json, patched with extensions if need be)";
    }

    /**
     * A value too long for the reader, which only parsing a release held as text finds: the failure
     * names where that value is (the release's position plus the value's within it), or where the
     * OCID's first release starts if no single release shows it.
     */
    private static OcdsReadException tooLong(List<ReleaseItem> items, StreamConstraintsException failure) {
        SourcePosition at = items.getFirst().position();
        for (ReleaseItem item : items) {
            SourcePosition found = tooLongValue(item);
            if (found != null) {
                at = found;
                break;
            }
        }
        return new OcdsReadException(at, "a value is too long to read: " + failure.getOriginalMessage(), failure);
    }

    /** Where in the input a release held as text has a value too long for the reader, or {@code null}. */
    private static SourcePosition tooLongValue(ReleaseItem item) {
        if (!item.isText()) {
            return null;
        }
        try (JsonParser parser = OcdsJson.mapper().createParser(item.json())) {
            try {
                OcdsJson.mapper().readTree(parser);
                return null;
            } catch (StreamConstraintsException e) {
                TokenStreamLocation within = parser.currentLocation();
                SourcePosition start = item.position();
                return new SourcePosition(start.source(), start.line() + within.getLineNr() - 1,
                        within.getLineNr() == 1 ? start.column() + within.getColumnNr() - 1 : within.getColumnNr());
            }
        }
    }

    private int threads() {
        return threads == null ? OrderedParallel.defaultThreads() : threads;
    }

    private ObjectNode written(CompileOutcome.Compiled result) {
        return versioned ? result.versionedRelease() : result.compiledRelease();
    }

    /**
     * What became of one OCID.
     *
     * @param json     its compiled (or versioned) release as JSON in UTF-8, or {@code null}
     * @param problem  why there is none
     * @param warnings what was dubious while merging
     */
    private record Written(byte[] json, String problem, List<MergeWarning> warnings) {
    }

    private long sortMemory() {
        if (sortMemoryMb != null) {
            return sortMemoryMb * MIB;
        }
        return Math.min(256 * MIB, Runtime.getRuntime().maxMemory() / 8);
    }

    private static String summary(WarningSummary warnings) {
        long duplicateIds = warnings.duplicateIdsByPath().values().stream().mapToLong(Long::longValue).sum();
        long repeatedDates = warnings.repeatedDatesByDate().values().stream().mapToLong(Long::longValue).sum();
        if (duplicateIds == 0 && repeatedDates == 0) {
            return "";
        }
        return "; warnings: " + duplicateIds + " duplicate ids " + warnings.duplicateIdsByPath() + ", "
                + repeatedDates + " repeated dates";
    }
}
