package org.dataregistry.publication;

import static org.dataregistry.database.Rows.date;
import static org.dataregistry.database.Rows.instant;
import static org.dataregistry.database.Rows.nullableLong;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dataregistry.database.PagedSearch;
import org.dataregistry.database.SqlConditions;
import org.dataregistry.job.JobStatus;
import org.dataregistry.job.JobSummary;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The publications list: search, the sidebar filters of {@link PublicationFilter}, sorting and paging, all in SQL
 * so the list stays fast with tens of thousands of publications.
 */
@Repository
public class PublicationSearch {

    private static final String SELECT = """
            SELECT p.id, p.title, p.country_en, p.country_flag, p.public, p.frozen, p.retrieval_frequency,
                   p.last_reviewed, p.active_job_id, j.status AS job_status, j.start AS job_start,
                   j."end" AS job_end, %s
            """.formatted(JobSummary.SHARES_DAY.strip());

    private static final String FROM = """
            FROM publication p
            LEFT JOIN job j ON j.id = p.active_job_id
            """;

    /** Texts every publication needs; one left empty makes it "incomplete" (frozen ones need no frequency). */
    private static final String INCOMPLETE = """
            (p.country_en = '' OR p.country_flag = '' OR p.language_en = '' OR p.description_en = ''
             OR p.source_url = '' OR (p.retrieval_frequency IS NULL AND NOT p.frozen) OR p.additional_data_en = '')""";

    /** Written in English but not in Spanish (Russian is not checked, as in the original). */
    private static final String UNTRANSLATED =
            List.of("country", "language", "description", "description_long", "summary", "additional_data").stream()
                    .map(field -> "(p.%1$s_en <> '' AND p.%1$s_es = '')".formatted(field))
                    .collect(Collectors.joining(" OR ", "(", ")"));

    private final PagedSearch<PublicationFilter> search;
    private final Clock clock;

    public PublicationSearch(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.search = new PagedSearch<>(jdbc, FROM, this::where);
        this.clock = clock;
    }

    /** How many publications match {@code filter}. */
    public int count(PublicationFilter filter) {
        return search.count(filter);
    }

    /**
     * One page of matching publications, sorted by {@code sorts} and then by newest first (the default order).
     */
    public List<PublicationSummary> find(
            PublicationFilter filter, List<PublicationOrder.Sort> sorts, int offset, int limit) {
        List<String> orderBy =
                new ArrayList<>(sorts.stream().map(PublicationOrder.Sort::sql).toList());
        orderBy.add("p.id DESC");
        return search.page(SELECT, filter, String.join(", ", orderBy), offset, limit, (rs, row) -> summary(rs));
    }

    private SqlConditions where(PublicationFilter filter) {
        SqlConditions where = new SqlConditions().containsWords("p.search_text", filter.getSearch());
        where.is("p.public", filter.getPublished())
                .is("p.frozen", filter.getFrozen())
                .is("p.active_job_id IS NULL", filter.getActiveJobEmpty())
                .add(
                        "p.retrieval_frequency = :retrievalFrequency",
                        "retrievalFrequency",
                        filter.getRetrievalFrequency() == null
                                ? null
                                : filter.getRetrievalFrequency().name())
                .is("p.retrieval_frequency IS NULL", filter.getRetrievalFrequencyUnset())
                .is("p.license_id IS NULL", filter.getLicenseEmpty())
                .is("p.summary_en = ''", filter.getSummaryEnEmpty())
                .is(INCOMPLETE, filter.getIncomplete())
                .is(UNTRANSLATED, filter.getUntranslated());
        lastReviewed(where, filter.getLastReviewed());
        return where;
    }

    private void lastReviewed(SqlConditions where, LastReviewed choice) {
        if (choice == null || choice == LastReviewed.ANY_DATE) {
            return;
        }
        switch (choice) {
            case NO_DATE -> where.add("p.last_reviewed IS NULL");
            case HAS_DATE -> where.add("p.last_reviewed IS NOT NULL");
            default -> {
                LastReviewed.DateRange range = choice.range(LocalDate.now(clock));
                where.add("p.last_reviewed >= :reviewedFrom", "reviewedFrom", range.from())
                        .add("p.last_reviewed < :reviewedUntil", "reviewedUntil", range.until());
            }
        }
    }

    private static PublicationSummary summary(ResultSet rs) throws SQLException {
        Long activeJobId = nullableLong(rs, "active_job_id");
        JobSummary activeJob = activeJobId == null
                ? null
                : new JobSummary(
                        activeJobId,
                        JobStatus.valueOf(rs.getString("job_status")),
                        instant(rs, "job_start"),
                        instant(rs, "job_end"),
                        rs.getBoolean("shares_day"));
        String frequency = rs.getString("retrieval_frequency");
        return new PublicationSummary(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("country_en"),
                rs.getString("country_flag"),
                rs.getBoolean("public"),
                rs.getBoolean("frozen"),
                frequency == null ? null : RetrievalFrequency.valueOf(frequency),
                activeJob,
                date(rs, "last_reviewed"));
    }
}
