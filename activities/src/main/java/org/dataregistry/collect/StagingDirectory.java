package org.dataregistry.collect;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.dataregistry.job.JobFiles;

/**
 * A temporary directory beside a target directory, filled and then moved into place in one step, so that readers
 * see either the old content or the complete new one. Closing it without {@link #replaceTarget} deletes it.
 */
final class StagingDirectory implements AutoCloseable {

    private final Path target;
    private final Path directory;
    private boolean moved;

    private StagingDirectory(Path target, Path directory) {
        this.target = target;
        this.directory = directory;
    }

    /**
     * Creates a staging directory for {@code target}, deleting those that earlier attempts left behind (an attempt
     * that crashed, or was abandoned after a heartbeat timeout and stopped at its next heartbeat).
     */
    static StagingDirectory beside(Path target) throws IOException {
        deleteStaged(target);
        Files.createDirectories(target.getParent());
        return new StagingDirectory(target, Files.createTempDirectory(target.getParent(), prefix(target)));
    }

    /** Deletes {@code target} and any staging directory for it. */
    static void deleteWithStaged(Path target) throws IOException {
        deleteStaged(target);
        JobFiles.deleteRecursively(target);
    }

    private static void deleteStaged(Path target) throws IOException {
        if (Files.isDirectory(target.getParent())) {
            try (DirectoryStream<Path> staged = Files.newDirectoryStream(target.getParent(), prefix(target) + "*")) {
                staged.forEach(JobFiles::deleteRecursively);
            }
        }
    }

    Path path() {
        return directory;
    }

    /** Replaces the target with this directory's content. */
    void replaceTarget() throws IOException {
        JobFiles.deleteRecursively(target);
        Files.move(directory, target, StandardCopyOption.ATOMIC_MOVE);
        moved = true;
    }

    @Override
    public void close() {
        if (!moved) {
            JobFiles.deleteRecursively(directory);
        }
    }

    private static String prefix(Path target) {
        return target.getFileName() + ".partial-";
    }
}
