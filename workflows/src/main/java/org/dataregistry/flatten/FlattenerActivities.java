package org.dataregistry.flatten;

import io.temporal.activity.ActivityInterface;

/** Flattens exported files into spreadsheets, one activity call per file so files flatten in parallel. */
@ActivityInterface(namePrefix = "Flattener")
public interface FlattenerActivities {

    /**
     * Writes {@code <stem>.csv.tar.gz} and, when it fits Excel's limits, {@code <stem>.xlsx} next to the exported
     * file, with flatterer's naming as the original publishes it. Outputs are written under temporary names and
     * renamed into place; a rerun replaces them.
     * <p>
     * Temporary: I/O errors. Permanent: the exported file is missing ({@code InputMissing}) or unreadable
     * ({@code InvalidData}, e.g. a truncated gzip), or the name is not an exported file's ({@code InvalidData}).
     * Heartbeats a {@link org.dataregistry.task.TaskProgress} every second: compiled releases flattened, then rows
     * written of all rows; a cancelled attempt stops within a second and deletes its temporary files. Minutes for
     * a large file.
     */
    FlattenResult flatten(FlattenRequest request);
}
