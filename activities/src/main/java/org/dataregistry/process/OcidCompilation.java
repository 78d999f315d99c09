package org.dataregistry.process;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

import org.dataregistry.ocds.compile.CompileOutcome;
import org.dataregistry.ocds.compile.MergeError;
import org.dataregistry.ocds.compile.OcidGroups;
import org.dataregistry.ocds.compile.WarningSummary;
import org.dataregistry.ocds.read.ReleaseItem;
import org.dataregistry.task.TaskHeartbeat;

/**
 * Compiles a job's stored releases, one OCID at a time in OCID order, into its compiled releases; merge warnings
 * are totalled, and an OCID that can't be compiled becomes an error note, as Kingfisher Process notes it.
 */
final class OcidCompilation {

    private final ProcessingStore store;
    private final OcdsVersionCompiler compiler = new OcdsVersionCompiler();

    OcidCompilation(ProcessingStore store) {
        this.store = store;
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
            Iterator<List<ReleaseItem>> groups = OcidGroups.sorted(items);
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
