package org.dataregistry.job;

import java.util.Map;

/** @param context entries to merge into the job's context now, before the task ends (e.g. a crawl's log URL) */
public record JobContextUpdate(long jobId, Map<String, Object> context) {

    public JobContextUpdate {
        context = Map.copyOf(context);
    }
}
