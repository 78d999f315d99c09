package org.dataregistry.ocds.cli;

import java.nio.file.Path;
import java.util.List;

/** The input files of a command: none, or {@code -}, means standard input. */
final class Inputs {

    /** How messages name standard input. */
    static final String STDIN_NAME = "<stdin>";

    private static final Path STDIN = Path.of("-");

    private Inputs() {}

    /** The files given, or standard input if none. */
    static List<Path> orStdin(List<Path> files) {
        return files == null || files.isEmpty() ? List.of(STDIN) : files;
    }

    static boolean isStdin(Path input) {
        return input.equals(STDIN);
    }
}
