package org.dataregistry.job;

import java.util.List;
import java.util.Optional;

import org.dataregistry.security.Roles;
import org.dataregistry.temporal.TemporalProperties;
import org.dataregistry.validation.ActionRefusedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/** What the admin UI can read about jobs: the job list and a job's page. Viewers and up; changes go to JobControl. */
@Service
@Secured(Roles.ROLE_VIEWER)
public class JobDirectory {

    private final JobSearch search;
    private final JobDetails details;
    private final TemporalProperties temporal;

    JobDirectory(JobSearch search, JobDetails details, TemporalProperties temporal) {
        this.search = search;
        this.details = details;
        this.temporal = temporal;
    }

    /** How many jobs match the search and filters. */
    public int count(JobFilter filter) {
        return search.count(filter);
    }

    /** One page of the jobs that match the search and filters, newest first. */
    public List<JobRow> find(JobFilter filter, int offset, int limit) {
        return search.find(filter, offset, limit);
    }

    /**
     * The job with its tasks and their notes, as stored now.
     *
     * @throws ActionRefusedException when the job no longer exists (deleted by retention, or with its publication)
     */
    public JobDetail get(long jobId) {
        return details.of(jobId).orElseThrow(() -> new ActionRefusedException("Job " + jobId + " no longer exists."));
    }

    /** The page of the job's workflow in the Temporal Web UI; empty when no Web UI is configured. */
    public Optional<String> workflowUrl(long jobId) {
        return workflowUrl(temporal, jobId);
    }

    static Optional<String> workflowUrl(TemporalProperties temporal, long jobId) {
        String ui = temporal.uiUrl();
        if (ui == null || ui.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ui.strip().replaceAll("/+$", "") + "/namespaces/" + temporal.namespace() + "/workflows/"
                + JobWorkflowIds.of(jobId));
    }
}
