package org.dataregistry.ocds.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dataregistry.ocds.read.OcdsReadException;
import org.dataregistry.ocds.read.OcdsReader;
import org.dataregistry.ocds.read.ReadOptions;

/** One input of a {@link Compilation}: a file, standard input, or any stream the caller opens. */
@FunctionalInterface
public interface CompileSource {

    /**
     * Opens the input for reading with the compilation's options (its listener and unpacking limits).
     *
     * @throws OcdsReadException if it cannot be opened
     */
    OcdsReader open(ReadOptions options);

    /** A file, named {@code name} in positions and messages (e.g. its path, or only its file name). */
    static CompileSource file(Path file, String name) {
        return options -> {
            try {
                return OcdsReader.open(Files.newInputStream(file), name, options);
            } catch (IOException e) {
                throw OcdsReadException.cannotOpen(file, e);
            }
        };
    }
}
