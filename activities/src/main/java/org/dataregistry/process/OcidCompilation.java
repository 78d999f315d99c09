package org.dataregistry.process;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.IntPredicate;

import org.dataregistry.ocds.compile.CompileOutcome;
import org.dataregistry.ocds.compile.MergeError;
import org.dataregistry.ocds.compile.OcidGroups;
import org.dataregistry.ocds.compile.WarningSummary;
import org.dataregistry.ocds.read.ReleaseItem;
import org.dataregistry.task.TaskHeartbeat;

/**
 * Compiles a job's stored releases, one OCID at a time in OCID order, into its compiled releases; merge warnings
 * are totalled, and an OCID that can't be compiled becomes an error note, as Kingfisher Process notes it. An OCID
 * with more releases than the limit is compiled from its latest ones (by date); the earlier ones are skipped with a
 * warning, so that one OCID can't hold a compile in memory.
 */
final class OcidCompilation {

    private final ProcessingStore store;
    private final OcdsVersionCompiler compiler = new OcdsVersionCompiler();
    private final int maxReleasesPerOcid;

    OcidCompilation(ProcessingStore store, int maxReleasesPerOcid) {
        if (maxReleasesPerOcid < 1) {
            throw new IllegalArgumentException("the releases per OCID must be at least 1");
        }
        this.store = store;
        this.maxReleasesPerOcid = maxReleasesPerOcid;
    }

    /**
     * @param ocds10Package which of the job's package numbers are OCDS 1.0 packages
     * @return how many compiled releases were stored
     */
    long compile(long jobId, IntPredicate ocds10Package, ProcessNotes notes, TaskHeartbeat heartbeat) {
        WarningSummary warnings = new WarningSummary();
        ProcessingStore.CompiledWriter compiled = store.compiledWriter(jobId);
        long stored = store.inOcidOrder(jobId, ocds10Package, items -> {
            long count = 0;
            long ocids = 0;
            Iterator<List<ReleaseItem>> groups = OcidGroups.sorted(new LatestPerOcid(items, maxReleasesPerOcid,
                    (ocid, skipped) -> notes.warning(skipped + (skipped == 1 ? " release" : " releases")
                            + " of OCID " + ocid + " skipped: more than " + maxReleasesPerOcid
                            + " releases per OCID (the setting " + SourceLimits.RELEASES_PER_OCID_SETTING + ")",
                            skippedData(ocid, skipped))));
            while (groups.hasNext()) {
                switch (compiler.compile(groups.next())) {
                    case CompileOutcome.Compiled outcome -> {
                        compiled.add(outcome.ocid(), outcome.compiledRelease());
                        warnings.add(outcome);
                        count++;
                    }
                    case CompileOutcome.NotCompiled outcome -> notes.error(outcome.message(),
                            Map.of("type", errorType(outcome.error()), "ocid", outcome.ocid()));
                }
                heartbeat.done(++ocids);
            }
            return count;
        });
        compiled.flush();
        notes.mergeWarnings(warnings);
        return stored;
    }

    private static Map<String, Object> skippedData(String ocid, long skipped) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "TooManyReleasesPerOcid");
        data.put("ocid", ocid);
        data.put("count", skipped);
        return data;
    }

    /** What an OCID beyond the limit lost. */
    @FunctionalInterface
    interface SkippedReleases {
        void skipped(String ocid, long count);
    }

    /**
     * Items sorted by OCID then date, with at most {@code max} per OCID: the latest. Memory holds {@code max} items.
     */
    static final class LatestPerOcid implements Iterator<ReleaseItem> {

        private final Iterator<ReleaseItem> items;
        private final int max;
        private final SkippedReleases skipped;
        private final ArrayDeque<ReleaseItem> group = new ArrayDeque<>();
        private ReleaseItem lookahead;

        LatestPerOcid(Iterator<ReleaseItem> items, int max, SkippedReleases skipped) {
            this.items = items;
            this.max = max;
            this.skipped = skipped;
        }

        @Override
        public boolean hasNext() {
            if (group.isEmpty()) {
                fill();
            }
            return !group.isEmpty();
        }

        @Override
        public ReleaseItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return group.removeFirst();
        }

        private void fill() {
            ReleaseItem first = lookahead != null ? lookahead : items.hasNext() ? items.next() : null;
            lookahead = null;
            if (first == null) {
                return;
            }
            group.add(first);
            long dropped = 0;
            while (items.hasNext()) {
                ReleaseItem item = items.next();
                if (!item.ocid().equals(first.ocid())) {
                    lookahead = item;
                    break;
                }
                if (group.size() == max) {
                    group.removeFirst();
                    dropped++;
                }
                group.add(item);
            }
            if (dropped > 0) {
                skipped.skipped(first.ocid(), dropped);
            }
        }
    }

    /** The error's name as ocdsmerge's exception classes spell it, e.g. {@code MissingDateKeyError}. */
    static String errorType(MergeError error) {
        if (error == null) {
            return "NoCompiledReleaseError";
        }
        StringBuilder name = new StringBuilder();
        for (String word : error.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.append("Error").toString();
    }
}
