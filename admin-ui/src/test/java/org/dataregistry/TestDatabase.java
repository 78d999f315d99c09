package org.dataregistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Empties the tables tests write to, keeping the schema and the initial admin account (an active superuser). */
@Component
public class TestDatabase {

    private final JdbcClient jdbc;

    TestDatabase(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void clear() {
        jdbc.sql("UPDATE publication SET active_job_id = NULL").update();
        jdbc.sql("TRUNCATE audit_log, job, publication, license, settings_bundle RESTART IDENTITY CASCADE").update();
        jdbc.sql("DELETE FROM users WHERE username <> 'admin'").update();
        jdbc.sql("DELETE FROM user_group").update();
        jdbc.sql("UPDATE users SET active = true, superuser = true").update();
    }
}
