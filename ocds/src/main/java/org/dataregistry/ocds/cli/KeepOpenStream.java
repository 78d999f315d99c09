package org.dataregistry.ocds.cli;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Standard input, which a reader must not close. */
final class KeepOpenStream extends FilterInputStream {

    KeepOpenStream(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
        // Standard input belongs to the process.
    }
}
