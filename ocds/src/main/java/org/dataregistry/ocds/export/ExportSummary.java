package org.dataregistry.ocds.export;

import java.util.List;

/**
 * What an export wrote.
 *
 * @param files   the files, {@code full.jsonl.gz} first, then years in order, then {@code undated.jsonl.gz};
 *                empty if there were no releases
 * @param removed older export files that this export did not write again, deleted as stale
 * @param yearsOmitted whether the releases had more distinct years than the exporter's limit, so that no yearly
 *                     files were written: dated releases are in {@code full.jsonl.gz} only
 */
public record ExportSummary(List<WrittenFile> files, List<String> removed, boolean yearsOmitted) {

    public ExportSummary {
        files = List.copyOf(files);
        removed = List.copyOf(removed);
    }

    /** What an export that wrote every file it could wrote. */
    public ExportSummary(List<WrittenFile> files, List<String> removed) {
        this(files, removed, false);
    }

    /** The number of compiled releases exported: the lines of {@code full.jsonl.gz}. */
    public long releases() {
        return files.isEmpty() ? 0 : files.getFirst().lines();
    }
}
