package org.dataregistry.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.dataregistry.database.PagedSearch;
import org.dataregistry.database.SqlConditions;
import org.dataregistry.task.TaskType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Finding jobs: the job list (search by publication, the sidebar filters and paging, newest job first) and the
 * publication's successful jobs.
 */
@Repository
public class JobSearch {

    private static final String FROM = """
            FROM job j
            JOIN publication p ON p.id = j.publication_id
            """;

    private static final String COMPLETED = "j.status = 'COMPLETED'";

    private final NamedParameterJdbcTemplate jdbc;
    private final PagedSearch<JobFilter> search;

    public JobSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.search = new PagedSearch<>(jdbc, FROM, JobSearch::where);
    }

    /** How many jobs match {@code filter}. */
    public int count(JobFilter filter) {
        return search.count(filter);
    }

    /** Whether a matching job hasn't completed: the job list refreshes itself while one runs. */
    public boolean anyIncomplete(JobFilter filter) {
        SqlConditions where = where(filter).add("j.status <> 'COMPLETED'");
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 " + FROM + where.where() + ")", where.params(), Boolean.class));
    }

    /** One page of the matching jobs, newest first. */
    public List<JobRow> find(JobFilter filter, int offset, int limit) {
        return search.page(
                """
                SELECT j.id, j.status, j.start, j."end", j.archived, j.keep_all_data,
                       p.id AS publication_id, p.title, p.country_en,
                       p.active_job_id IS NOT DISTINCT FROM j.id AS active, %s,
                       (SELECT t.type FROM task t
                        WHERE t.job_id = j.id AND t.status = 'COMPLETED' AND t.result <> 'CANCELLED'
                        ORDER BY t.position DESC LIMIT 1) AS last_completed_task
                """.formatted(JobSummary.SHARES_DAY.strip()), filter, "j.id DESC", offset, limit, (rs, row) -> row(rs));
    }

    /**
     * The publication's successful jobs, newest first: the only ones that may become its active job. A job is
     * successful when it completed and every task completed OK.
     */
    public List<JobSummary> successfulJobs(long publicationId) {
        return jdbc.query(
                """
                        SELECT j.id, j.status, j.start, j."end", %s
                        FROM job j
                        WHERE j.publication_id = :publicationId
                          AND j.status = 'COMPLETED'
                          AND NOT EXISTS (SELECT 1 FROM task t WHERE t.job_id = j.id AND t.result <> 'OK')
                        ORDER BY j.start DESC NULLS LAST, j.id DESC
                        """.formatted(JobSummary.SHARES_DAY.strip()),
                Map.of("publicationId", publicationId),
                (rs, row) -> JobSummary.of(rs));
    }

    private static SqlConditions where(JobFilter filter) {
        SqlConditions where = new SqlConditions()
                .containsWords("p.search_text", filter.getSearch())
                .add(
                        "j.status = :status",
                        "status",
                        filter.getStatus() == null ? null : filter.getStatus().name())
                .is("j.archived", filter.getWiped())
                .is("p.active_job_id IS NOT DISTINCT FROM j.id", filter.getActive());
        if (filter.getUnsuccessful() != null) {
            where.add(COMPLETED).is(JobPredicates.HAS_UNSUCCESSFUL_TASK, filter.getUnsuccessful());
        }
        return where;
    }

    private static JobRow row(ResultSet rs) throws SQLException {
        String lastCompleted = rs.getString("last_completed_task");
        return new JobRow(
                JobSummary.of(rs),
                rs.getLong("publication_id"),
                rs.getString("title"),
                rs.getString("country_en"),
                lastCompleted == null ? null : TaskType.fromValue(lastCompleted),
                rs.getBoolean("active"),
                rs.getBoolean("archived"), // the column keeps the original's name for "wiped"
                rs.getBoolean("keep_all_data"));
    }
}
