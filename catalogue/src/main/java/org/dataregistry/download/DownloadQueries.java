package org.dataregistry.download;

import static org.dataregistry.database.Rows.nullableLong;

import java.util.Optional;
import org.dataregistry.site.Visitor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what a download needs of a publication: its source ID and its active job. */
@Repository
class DownloadQueries {

    private final JdbcClient jdbc;

    DownloadQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The publication, if it exists and {@code visitor} may see it. */
    Optional<DownloadSource> find(long publicationId, Visitor visitor) {
        return jdbc.sql("""
                        SELECT p.source_id, p.active_job_id
                        FROM publication p
                        WHERE p.id = :id AND %s
                        """.formatted(visitor.canSee("p")))
                .param("id", publicationId)
                .query((rs, row) -> new DownloadSource(rs.getString("source_id"), nullableLong(rs, "active_job_id")))
                .optional();
    }
}
