package org.dataregistry.process;

import java.nio.file.Path;
import org.dataregistry.job.JobFiles;

/**
 * Where the built-in process task puts a job's compiled releases (one per line, in OCID order, JSON Lines), for the
 * pull task to count and the exporter to read, and where it sorts them on the way. Temporary data: wiped with the job's other temporary data.
 */
public final class CompiledFile {

    private CompiledFile() {}

    /** The job's compiled releases. */
    public static Path of(JobFiles files, long jobId) {
        return files.compiledFile(jobId);
    }

    /** Where the sort spills releases while the job's collected files are compiled. */
    static Path sortDirectory(JobFiles files, long jobId) {
        return files.compiledFile(jobId).resolveSibling("sort");
    }
}
