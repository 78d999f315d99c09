package org.dataregistry.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dataregistry.ocds.compile.CompileListener;
import org.dataregistry.ocds.compile.CompileOutcome;
import org.dataregistry.ocds.compile.MergeError;
import org.dataregistry.ocds.compile.MergeWarning;
import org.dataregistry.ocds.read.PackageMetadata;
import org.dataregistry.ocds.read.ReadNote;
import org.dataregistry.task.TaskHeartbeat;

/**
 * What compiling a job's collected files reports, turned into the process task's notes (as Kingfisher Process notes
 * them) and heartbeats (releases read, then OCIDs compiled); and what the packages say about the publication: the
 * first license and publication policy. Not thread-safe.
 */
final class ProcessListener implements CompileListener {

    /** The heartbeat's units: first the releases read (and sorted), then the OCIDs compiled. */
    static final String RELEASES_READ = "releases read";

    static final String OCIDS_COMPILED = "OCIDs compiled";

    private final ProcessNotes notes;
    private final TaskHeartbeat heartbeat;
    private String license;
    private String publicationPolicy;

    ProcessListener(ProcessNotes notes, TaskHeartbeat heartbeat) {
        this.notes = notes;
        this.heartbeat = heartbeat;
    }

    @Override
    public void note(ReadNote note) {
        notes.warning(note.toString(), Map.of("type", "InputWarning"));
    }

    @Override
    public void packageRead(PackageMetadata metadata, long itemCount) {
        if (license == null && !isBlank(metadata.license())) {
            license = metadata.license();
        }
        if (publicationPolicy == null && !isBlank(metadata.publicationPolicy())) {
            publicationPolicy = metadata.publicationPolicy();
        }
    }

    @Override
    public void releaseRead(long releasesRead) {
        heartbeat.done(releasesRead);
    }

    @Override
    public void allRead(long releases, long withoutOcid) {
        if (withoutOcid > 0) {
            notes.warning(skippedWithoutOcid(withoutOcid), Map.of("type", "ReleasesWithoutOcid", "count", withoutOcid));
        }
        heartbeat.phase(OCIDS_COMPILED, 0);
    }

    @Override
    public void releasesSkipped(String ocid, long skipped, int limit) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "TooManyReleasesPerOcid");
        data.put("ocid", ocid);
        data.put("count", skipped);
        notes.warning(
                skipped + (skipped == 1 ? " release" : " releases") + " of OCID " + ocid
                        + " skipped: more than " + limit + " releases per OCID (the setting "
                        + SourceLimits.RELEASES_PER_OCID_SETTING + ")",
                data);
    }

    @Override
    public void mergeWarnings(String ocid, List<MergeWarning> warnings) {
        for (MergeWarning warning : warnings) {
            switch (warning) {
                case MergeWarning.DuplicateIdValue duplicate -> notes.duplicateIds(duplicate.path(), 1);
                case MergeWarning.RepeatedDateValue repeated -> notes.repeatedDate(repeated.date());
            }
        }
    }

    @Override
    public void notCompiled(CompileOutcome.NotCompiled outcome) {
        notes.error(outcome.message(), Map.of("type", errorType(outcome.error()), "ocid", outcome.ocid()));
    }

    @Override
    public void ocidDone(long ocidsDone) {
        heartbeat.done(ocidsDone);
    }

    /** The first package license read, or "". */
    String license() {
        return license == null ? "" : license;
    }

    /** The first package publication policy read, or "". */
    String publicationPolicy() {
        return publicationPolicy == null ? "" : publicationPolicy;
    }

    /** {@code N releases skipped: no ocid}. */
    static String skippedWithoutOcid(long count) {
        return count + (count == 1 ? " release" : " releases") + " skipped: no ocid";
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

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
