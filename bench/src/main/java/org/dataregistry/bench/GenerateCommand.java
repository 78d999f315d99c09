package org.dataregistry.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.dataregistry.ocds.StagedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench generate}: the synthetic publication that the benchmarks measure. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write a synthetic publication for benchmarks: N releases over N/3 OCIDs, not sorted by OCID, "
                + "as JSON Lines (gzip-compressed if the file name ends with .gz).")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--releases", paramLabel = "N", defaultValue = "200000", description = "Default ${DEFAULT-VALUE}.")
    private long releases;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        SyntheticPublication publication = new SyntheticPublication(releases);
        long bytes;
        try (StagedFile file = StagedFile.of(output)) {
            OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file.temporary()), 1 << 16);
            try (OutputStream out = output.getFileName().toString().endsWith(".gz")
                    ? new GZIPOutputStream(raw, 1 << 16) {
                        {
                            def.setLevel(Deflater.BEST_SPEED);
                        }
                    }
                    : raw) {
                bytes = publication.write(out);
            }
            file.commit();
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "%s\t%d releases\t%d OCIDs\t%d bytes uncompressed%n",
                        output, releases, publication.ocids(), bytes);
        return 0;
    }
}
