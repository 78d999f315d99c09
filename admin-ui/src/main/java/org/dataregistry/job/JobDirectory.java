package org.dataregistry.job;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dataregistry.refusal.ActionRefusedException;
import org.dataregistry.security.Roles;
import org.dataregistry.task.TaskType;
import org.dataregistry.temporal.TemporalProperties;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/** What the admin UI can read about jobs: the job list and a job's page. Viewers and up; changes go to JobControl. */
@Service
@Secured(Roles.ROLE_VIEWER)
public class JobDirectory {

    private final JobSearch search;
    private final JobDetails details;
    private final TemporalProperties temporal;
    private final JobWorkflows workflows;

    JobDirectory(JobSearch search, JobDetails details, TemporalProperties temporal, JobWorkflows workflows) {
        this.search = search;
        this.details = details;
        this.temporal = temporal;
        this.workflows = workflows;
    }

    /** How many jobs match the search and filters. */
    public int count(JobFilter filter) {
        return search.count(filter);
    }

    /** Whether a job that matches the search and filters hasn't completed. */
    public boolean anyIncomplete(JobFilter filter) {
        return search.anyIncomplete(filter);
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

    /**
     * What the workflow says about the job's running tasks now (attempt, last failure, progress), by task; empty
     * for a completed job, or when no workflow runs it.
     */
    public Map<TaskType, RunningTask> running(JobDetail job) {
        if (job.job().status() == JobStatus.COMPLETED) {
            return Map.of();
        }
        List<String> files = job.context().exportedFiles();
        int exportedFiles = files == null ? 0 : files.size();
        Map<TaskType, RunningTask> running = new EnumMap<>(TaskType.class);
        workflows.pendingActivities(job.job().id()).stream()
                .collect(Collectors.groupingBy(PendingActivity::task))
                .forEach((task, activities) ->
                        running.put(task, RunningTask.of(activities, task == TaskType.FLATTENER, exportedFiles)));
        return running;
    }

    /**
     * The events of the latest run of the job's workflow; empty when Temporal has none.
     *
     * @throws ActionRefusedException when Temporal can't be asked
     */
    public Optional<WorkflowHistory> history(long jobId) {
        return workflows.history(jobId);
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
