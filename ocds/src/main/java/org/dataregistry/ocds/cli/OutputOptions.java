package org.dataregistry.ocds.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of commands that write compressed files into a directory. */
final class OutputOptions {

    @Option(names = "--output-dir", required = true, paramLabel = "DIR", description = "Where to write the files.")
    Path outputDirectory;

    @Option(
            names = "--compression-level",
            paramLabel = "LEVEL",
            defaultValue = "-1",
            description = "gzip (and XLSX deflate) level, 1 (fastest) to 9 (smallest); default ${DEFAULT-VALUE}:"
                    + " gzip's default (6), 5 for an XLSX.")
    int compressionLevel;
}
