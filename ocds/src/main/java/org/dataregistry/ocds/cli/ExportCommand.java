package org.dataregistry.ocds.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dataregistry.ocds.export.ExportSummary;
import org.dataregistry.ocds.export.ReleaseExporter;
import org.dataregistry.ocds.export.WrittenFile;
import org.dataregistry.ocds.read.JsonLineChunks;
import org.dataregistry.ocds.read.OcdsReadException;
import org.dataregistry.ocds.read.SourcePosition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ocds export}: compiled releases into the export files. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write compiled releases (JSON Lines, plain or .gz, e.g. from compile) into full.jsonl.gz, "
                    + "<year>.jsonl.gz and undated.jsonl.gz in the output directory, one release a line as given.",
            "Packages, records and releases not tagged [\"compiled\"] are refused, naming the line.",
            "Files appear only when complete, replace those of an earlier export, and are listed on standard output."
        })
final class ExportCommand implements Callable<Integer> {

    private static final int CHUNK_BYTES = 256 * 1024;

    @ParentCommand
    private OcdsCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Inputs; none or - for standard input.")
    private List<Path> files;

    @Override
    public Integer call() throws IOException {
        ExportSummary result;
        try (ReleaseExporter exporter = ReleaseExporter.open(output.outputDirectory, output.compressionLevel)) {
            for (Path input : Inputs.orStdin(files)) {
                boolean stdin = Inputs.isStdin(input);
                String name = stdin ? Inputs.STDIN_NAME : input.toString();
                try (InputStream raw = stdin ? new KeepOpenStream(parent.stdin()) : Files.newInputStream(input)) {
                    exportLines(exporter, raw, name);
                }
            }
            result = exporter.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        for (WrittenFile file : result.files()) {
            out.printf(
                    "%s\t%d releases\t%d bytes (%d uncompressed)%n",
                    file.name(), file.lines(), file.bytes(), file.uncompressedBytes());
        }
        for (String removed : result.removed()) {
            out.printf("%s\tremoved (not in this export)%n", removed);
        }
        return 0;
    }

    private static void exportLines(ReleaseExporter exporter, InputStream raw, String name) throws IOException {
        try (JsonLineChunks chunks = JsonLineChunks.open(raw, name, CHUNK_BYTES)) {
            while (chunks.hasNext()) {
                chunks.next().forEachLine((bytes, offset, length, line) -> {
                    String notCompiled = CompiledReleaseCheck.problem(bytes, offset, length);
                    if (notCompiled != null) {
                        throw new OcdsReadException(new SourcePosition(name, line, 1), notCompiled, null);
                    }
                    try {
                        exporter.writeLine(bytes, offset, length);
                    } catch (IllegalArgumentException e) {
                        throw new OcdsReadException(new SourcePosition(name, line, 1), e.getMessage(), e);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
