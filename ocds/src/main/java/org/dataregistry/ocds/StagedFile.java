package org.dataregistry.ocds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file that becomes visible under its name only when it is complete.
 *
 * <p>It is written under a hidden temporary name in the same directory, {@code .<name>.partial},
 * and {@link #commit() committed} by renaming it onto its name (atomically where the file system
 * can, replacing an older file). So a crash never leaves a partial file under the real name, and
 * a rerun replaces the file instead of adding to it. Closing an uncommitted file deletes it.
 * A temporary file left by a crashed run is deleted when the same target is staged again.
 */
public final class StagedFile implements AutoCloseable {

    /** The suffix of temporary names. */
    public static final String SUFFIX = ".partial";

    private final Path target;
    private final Path temporary;
    private boolean committed;

    private StagedFile(Path target) {
        this.target = target;
        this.temporary = temporaryOf(target);
    }

    /**
     * Stages {@code target}, deleting a temporary file left by an earlier run. Nothing is created
     * yet: the caller writes {@link #temporary()}.
     *
     * @throws IOException if the stale temporary file cannot be deleted
     */
    public static StagedFile of(Path target) throws IOException {
        StagedFile staged = new StagedFile(target);
        Files.deleteIfExists(staged.temporary);
        return staged;
    }

    /** The temporary name of {@code target}: {@code .<name>.partial} in the same directory. */
    public static Path temporaryOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + SUFFIX);
    }

    /** Where to write. */
    public Path temporary() {
        return temporary;
    }

    /** The name the file gets when committed. */
    public Path target() {
        return target;
    }

    /**
     * Renames the temporary file onto the target, replacing any file there.
     *
     * @return the target
     * @throws IOException if the temporary file is missing or cannot be moved
     */
    public Path commit() throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        return target;
    }

    /** Deletes the temporary file unless committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + temporary, e);
            }
        }
    }
}
