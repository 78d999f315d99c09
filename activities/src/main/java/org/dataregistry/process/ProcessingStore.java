package org.dataregistry.process;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.dataregistry.ocds.read.ReleaseItem;
import org.dataregistry.ocds.read.ReleaseKind;
import org.dataregistry.ocds.read.SourcePosition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.node.ObjectNode;

/**
 * The built-in processor's store (tables {@code collected_release} and {@code compiled_release}): what a job's
 * collected files hold, and the compiled release of each OCID. Written in {@code COPY} batches and read through
 * cursors, so that millions of releases never sit in memory.
 */
@Repository
public class ProcessingStore {

    /** Rows a cursor fetches at a time. */
    private static final int FETCH_SIZE = 500;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final JdbcTemplate cursor;
    private final TransactionTemplate readOnly;

    public ProcessingStore(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(FETCH_SIZE);
        // PostgreSQL streams a result set only inside a transaction; otherwise it reads all rows at once.
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Deletes everything stored for the job; safe to run twice. */
    public void delete(long jobId) {
        jdbc.sql("DELETE FROM compiled_release WHERE job_id = :job").param("job", jobId).update();
        jdbc.sql("DELETE FROM collected_release WHERE job_id = :job").param("job", jobId).update();
    }

    /** Appends releases read for the job; call {@link CollectedWriter#flush()} at the end. */
    CollectedWriter collectedWriter(long jobId) {
        return new CollectedWriter(jobId, new CopyRows(dataSource, "collected_release",
                List.of("job_id", "ocid", "release_date", "kind", "package_number", "position", "data")));
    }

    /** Appends compiled releases for the job; call {@link CompiledWriter#flush()} at the end. */
    CompiledWriter compiledWriter(long jobId) {
        return new CompiledWriter(jobId, new CopyRows(dataSource, "compiled_release",
                List.of("job_id", "ocid", "release_date", "data")));
    }

    /**
     * Runs {@code work} over the job's collected releases sorted by OCID (code point order), then date (as text),
     * then the order they were read: the order {@link org.dataregistry.ocds.compile.OcidGroups#sorted} groups by.
     *
     * @param ocds10Package which package numbers are OCDS 1.0 packages (see {@link OcdsVersionCompiler})
     */
    <T> T inOcidOrder(long jobId, IntPredicate ocds10Package, Function<Iterator<ReleaseItem>, T> work) {
        return readOnly.execute(status -> {
            // The index gives this order; the planner would rather sort, which for millions of releases means
            // sorting gigabytes of JSON on disk before the first row.
            cursor.execute("SET LOCAL enable_sort = off");
            // Releases stay JSON text: the compiler merges text without building each release's tree.
            try (Stream<ReleaseItem> items = cursor.queryForStream("""
                            SELECT ocid, release_date, kind, package_number, position, data::text AS data
                            FROM collected_release WHERE job_id = ? ORDER BY ocid, release_date, id
                            """,
                    (rs, row) -> {
                        int packageNumber = rs.getInt("package_number");
                        boolean ocds10 = !rs.wasNull() && ocds10Package.test(packageNumber);
                        SourcePosition position = SourcePosition.of(rs.getString("position"));
                        String date = rs.getString("release_date");
                        return ReleaseItem.ofJson(rs.getString("ocid"), date.isEmpty() ? null : date,
                                rs.getString("data").getBytes(StandardCharsets.UTF_8),
                                ReleaseKind.valueOf(rs.getString("kind")),
                                OcdsVersionCompiler.storedMetadata(ocds10, position), position);
                    }, jobId)) {
                return work.apply(items.iterator());
            }
        });
    }

    /** What the job's compiled releases say about the publication, as Kingfisher Process's metadata does. */
    CompiledSummary compiledSummary(long jobId, LocalDate today) {
        return jdbc.sql("""
                        SELECT min(release_date) FILTER (WHERE in_range) AS date_from,
                               max(release_date) FILTER (WHERE in_range) AS date_to,
                               left(max(ocid), 11) AS ocid_prefix
                        FROM (SELECT ocid, release_date,
                                     release_date > '1970-01-01' AND left(release_date, 10) <= :today AS in_range
                              FROM compiled_release WHERE job_id = :job) AS compiled
                        """)
                .param("job", jobId).param("today", today.toString())
                .query((rs, row) -> new CompiledSummary(DatePart.of(rs.getString("date_from")),
                        DatePart.of(rs.getString("date_to")), nullToEmpty(rs.getString("ocid_prefix"))))
                .single();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /**
     * @param dateFrom the earliest compiled release date in (1970-01-01, today], as an ISO date, or null
     * @param dateTo the latest, or null
     * @param ocidPrefix the first 11 characters of the greatest OCID, or ""
     */
    record CompiledSummary(String dateFrom, String dateTo, String ocidPrefix) {
    }

    /** Appends a job's collected releases. */
    record CollectedWriter(long jobId, CopyRows rows) {

        /** @param packageNumber the item's package within the job, or null if it was read outside a package */
        void add(ReleaseItem item, Integer packageNumber) {
            String date = item.date();
            rows.add(jobId, item.ocid(), date == null ? "" : date, item.kind().name(), packageNumber,
                    item.position().toString(), JsonbText.of(item.release()));
        }

        void flush() {
            rows.flush();
        }
    }

    /** Appends a job's compiled releases. */
    record CompiledWriter(long jobId, CopyRows rows) {

        void add(String ocid, ObjectNode compiledRelease) {
            String date = compiledRelease.path("date").isString() ? compiledRelease.get("date").stringValue() : "";
            rows.add(jobId, ocid, date, JsonbText.of(compiledRelease));
        }

        void flush() {
            rows.flush();
        }
    }
}
