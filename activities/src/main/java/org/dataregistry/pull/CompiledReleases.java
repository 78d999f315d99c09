package org.dataregistry.pull;

import java.util.function.Consumer;

/** Where the pull task reads compiled releases from: Kingfisher Process's database, or the job's compiled file. */
@FunctionalInterface
interface CompiledReleases {

    /** Passes every compiled release's JSON text in UTF-8 (one line, no line break) to {@code release}, in order. */
    void forEach(Consumer<byte[]> release);
}
