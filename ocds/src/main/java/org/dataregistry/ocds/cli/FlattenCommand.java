package org.dataregistry.ocds.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dataregistry.ocds.flatten.FlattenOptions;
import org.dataregistry.ocds.flatten.FlattenSummary;
import org.dataregistry.ocds.flatten.Flattener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ocds flatten}: each JSON Lines file into a CSV archive and an XLSX. */
@Command(
        name = "flatten",
        mixinStandardHelpOptions = true,
        description = {
            "Flatten each JSON Lines file (plain or .gz) into <stem>.csv.tar.gz (a <stem>/ folder with one "
                    + "CSV per table) and <stem>.xlsx, with flatterer's naming as the Data Registry publishes it.",
            "The XLSX is skipped, with the reason on standard output, for inputs of 1 GiB or more and for tables "
                    + "beyond Excel's limits."
        })
final class FlattenCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Option(names = "--no-xlsx", description = "Make only the CSV archive.")
    private boolean noXlsx;

    @Option(
            names = "--xlsx-max-input-bytes",
            paramLabel = "BYTES",
            defaultValue = "1073741824",
            description = "Make no XLSX for inputs of this many uncompressed bytes or more (default ${DEFAULT-VALUE}).")
    private long maxXlsxInputBytes;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads that parse and flatten (default: the available processors).")
    private Integer threads;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "JSON Lines files of compiled releases.")
    private List<Path> files;

    @Override
    public Integer call() throws IOException {
        FlattenOptions options = new FlattenOptions(!noXlsx, maxXlsxInputBytes, output.compressionLevel);
        Flattener flattener = threads == null ? new Flattener(options) : new Flattener(options, threads);
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            FlattenSummary result = flattener.flatten(file, output.outputDirectory);
            out.printf(
                    "%s\t%d tables\t%d bytes%n",
                    result.csvArchive().getFileName(), result.tables().size(), result.csvArchiveBytes());
            if (result.xlsx() != null) {
                out.printf(
                        "%s\t%d sheets\t%d bytes%s%n",
                        result.xlsx().getFileName(),
                        result.tables().size(),
                        result.xlsxBytes(),
                        result.truncatedCells() == 0
                                ? ""
                                : "\t" + result.truncatedCells() + " cells cut to 32767 characters");
            } else {
                out.printf("no XLSX for %s: %s%n", file.getFileName(), result.xlsxSkipped());
            }
        }
        return 0;
    }
}
