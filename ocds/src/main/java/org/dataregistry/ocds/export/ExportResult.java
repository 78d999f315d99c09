package org.dataregistry.ocds.export;

import java.util.List;

/**
 * What an export wrote.
 *
 * @param files   the files, {@code full.jsonl.gz} first, then years in order, then {@code undated.jsonl.gz};
 *                empty if there were no releases
 * @param removed older export files that this export did not write again, deleted as stale
 */
public record ExportResult(List<ExportedFile> files, List<String> removed) {

    public ExportResult {
        files = List.copyOf(files);
        removed = List.copyOf(removed);
    }

    /** The number of compiled releases exported: the lines of {@code full.jsonl.gz}. */
    public long releases() {
        return files.isEmpty() ? 0 : files.getFirst().lines();
    }
}
