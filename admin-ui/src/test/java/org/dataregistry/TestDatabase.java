package org.dataregistry;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import java.time.Duration;
import java.util.OptionalLong;
import org.dataregistry.database.CatalogueChanges;
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
    private final CatalogueChanges changes;

    TestDatabase(JdbcClient jdbc, WorkflowClient temporal, CatalogueChanges changes) {
        this.jdbc = jdbc;
        this.temporal = temporal;
        this.changes = changes;
    }

    public void clear() {
        OptionalLong before = changes.version();
        jdbc.sql("SELECT id FROM job").query(Long.class).list().forEach(this::stopWorkflow);
        jdbc.sql("UPDATE publication SET active_job_id = NULL").update();
        jdbc.sql("TRUNCATE audit_log, job, publication, license, settings_bundle RESTART IDENTITY CASCADE")
                .update();
        jdbc.sql("DELETE FROM users WHERE username <> 'admin'").update();
        jdbc.sql("DELETE FROM user_group").update();
        jdbc.sql("UPDATE users SET active = true, superuser = true").update();
        awaitCatalogueChangeSince(before);
    }

    /**
     * Waits until the public site has heard of the catalogue changes committed since it was at {@code before}, so
     * that nothing it keeps from an earlier test (or from before a test's own changes) is shown.
     */
    public void awaitCatalogueChangeSince(OptionalLong before) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (before.isPresent() && System.nanoTime() < deadline) {
            OptionalLong now = changes.version();
            if (now.isPresent() && now.getAsLong() > before.getAsLong()) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void stopWorkflow(long jobId) {
        try {
            temporal.newUntypedWorkflowStub(JobWorkflowIds.of(jobId)).terminate("The test is over");
        } catch (WorkflowNotFoundException noneRunning) {
            // Most tests' jobs never had a workflow, or it has ended.
        }
    }
}
