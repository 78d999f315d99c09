package org.dataregistry.download;

import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.http.ETag;

/**
 * One version of a published file, as HTTP's validators tell it from another.
 *
 * @param size its length in bytes
 * @param lastModified when it was written, to the second, as {@code Last-Modified} says it
 * @param etag a strong entity tag made of the job, the size and the modification time (to the millisecond): the
 *     same URL serves another job's file once that job becomes active, and the tag must change with it
 */
record FileVersion(long size, Instant lastModified, ETag etag) {

    static FileVersion of(long jobId, long size, FileTime modified) {
        long millis = modified.toMillis();
        return new FileVersion(
                size,
                Instant.ofEpochMilli(millis).truncatedTo(ChronoUnit.SECONDS),
                new ETag("%d-%x-%x".formatted(jobId, size, millis), false));
    }
}
