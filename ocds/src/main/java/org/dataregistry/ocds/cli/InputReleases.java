package org.dataregistry.ocds.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.dataregistry.ocds.read.OcdsReadException;
import org.dataregistry.ocds.read.OcdsReader;
import org.dataregistry.ocds.read.ReadOptions;
import org.dataregistry.ocds.read.ReleaseItem;

/** The releases of several inputs, read one input after the other; standard input is {@code -}. */
final class InputReleases implements Iterator<ReleaseItem>, AutoCloseable {

    private final Iterator<Path> inputs;
    private final InputStream stdin;
    private final ReadOptions options;
    private OcdsReader current;

    /**
     * @param inputs files, {@code -} for standard input
     * @param stdin  standard input
     */
    InputReleases(List<Path> inputs, InputStream stdin, ReadOptions options) {
        this.inputs = inputs.iterator();
        this.stdin = stdin;
        this.options = options;
    }

    @Override
    public boolean hasNext() {
        while (current == null || !current.hasNext()) {
            if (current != null) {
                current.close();
                current = null;
            }
            if (!inputs.hasNext()) {
                return false;
            }
            current = open(inputs.next());
        }
        return true;
    }

    @Override
    public ReleaseItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
        }
    }

    private OcdsReader open(Path input) {
        if (Inputs.isStdin(input)) {
            return OcdsReader.open(new KeepOpenStream(stdin), Inputs.STDIN_NAME, options);
        }
        try {
            return OcdsReader.open(input, options);
        } catch (IOException e) {
            throw OcdsReadException.cannotOpen(input, e);
        }
    }
}
