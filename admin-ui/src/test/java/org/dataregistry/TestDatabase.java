package org.dataregistry;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import org.dataregistry.job.JobWorkflowIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Empties the tables tests write to, keeping the schema and the initial admin account (an active superuser). The
 * workflows of the jobs it deletes are stopped first: job ids start at 1 again, and a run a test started (run now,
 * restart) must not go on writing into the next test's job of the same id.
 */
@Component
public class TestDatabase {

    private final JdbcClient jdbc;
    private final WorkflowClient temporal;

    TestDatabase(JdbcClient jdbc, WorkflowClient temporal) {
        this.jdbc = jdbc;
        this.temporal = temporal;
    }

    public void clear() {
        jdbc.sql("SELECT id FROM job").query(Long.class).list().forEach(this::stopWorkflow);
        jdbc.sql("UPDATE publication SET active_job_id = NULL").update();
        jdbc.sql("TRUNCATE audit_log, job, publication, license, settings_bundle RESTART IDENTITY CASCADE").update();
        jdbc.sql("DELETE FROM users WHERE username <> 'admin'").update();
        jdbc.sql("DELETE FROM user_group").update();
        jdbc.sql("UPDATE users SET active = true, superuser = true").update();
    }

    private void stopWorkflow(long jobId) {
        try {
            temporal.newUntypedWorkflowStub(JobWorkflowIds.of(jobId)).terminate("The test is over");
        } catch (WorkflowNotFoundException noneRunning) {
            // Most tests' jobs never had a workflow, or it has ended.
        }
    }
}
