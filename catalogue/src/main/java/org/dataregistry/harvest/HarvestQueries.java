package org.dataregistry.harvest;

import static org.dataregistry.database.Rows.date;
import static org.dataregistry.database.Rows.instant;
import static org.dataregistry.database.Rows.nullableLong;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.dataregistry.publication.UpdateFrequency;
import org.dataregistry.site.Visitor;
import org.dataregistry.translation.Language;
import org.dataregistry.translation.Translations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what machines harvest from the catalogue: the publications listing, the sitemap's pages, the DCAT datasets
 * and the feed's entries. Translated fields fall back to English where the language's is not written.
 */
@Repository
class HarvestQueries {

    /**
     * Rows the listing fetches at a time. PostgreSQL's driver reads a whole result into memory unless it is read
     * in a transaction with a fetch size, and thousands of coverage maps are tens of megabytes.
     */
    private static final int LISTING_FETCH_SIZE = 200;

    private final JdbcClient jdbc;
    private final JdbcClient listing;

    HarvestQueries(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(LISTING_FETCH_SIZE);
        this.listing = JdbcClient.create(fetching);
    }

    /**
     * Hands each publication {@code visitor} may see to {@code each}, in id order, as {@code publications.json}
     * lists it in {@code language}; rows are read as they are handed over, never all at once.
     */
    @Transactional(readOnly = true)
    void listed(Language language, Visitor visitor, Consumer<ListedPublication> each) {
        listing.sql("""
                        SELECT p.id, p.title,
                               COALESCE(NULLIF(p.country_%1$s, ''), p.country_en) AS country,
                               COALESCE(p.region, '') AS region,
                               COALESCE(NULLIF(p.language_%1$s, ''), p.language_en) AS data_language,
                               p.update_frequency, p.source_url, p.source_id,
                               COALESCE(p.retrieval_frequency, '') AS retrieval_frequency,
                               p.last_retrieved, p.frozen,
                               j.date_from, j.date_to, j.coverage::text AS coverage
                        FROM publication p LEFT JOIN job j ON j.id = p.active_job_id
                        WHERE %2$s
                        ORDER BY p.id
                        """.formatted(language.code(), visitor.canSee("p")))
                .query((RowCallbackHandler) rs -> each.accept(listed(rs)));
    }

    /** Every publication anyone may see (the anonymous rule, whoever asks), in id order. */
    List<SitemapPublication> sitemap() {
        return jdbc.sql("SELECT p.id, p.modified FROM publication p WHERE %s ORDER BY p.id"
                        .formatted(Visitor.ANONYMOUS.canSee("p")))
                .query((rs, row) -> new SitemapPublication(rs.getLong("id"), instant(rs, "modified")))
                .list();
    }

    /** Every publication anyone may see, in id order, with what the DCAT catalogue says of it. */
    List<CatalogDataset> datasets() {
        return jdbc.sql("""
                        SELECT p.id, p.title, p.country_flag, p.update_frequency,
                               p.country_en, p.country_es, p.country_ru,
                               p.description_en, p.description_es, p.description_ru,
                               p.description_long_en, p.description_long_es, p.description_long_ru,
                               COALESCE(p.date_from, j.date_from) AS date_from,
                               COALESCE(p.date_to, j.date_to) AS date_to,
                               GREATEST(p.modified, j."end") AS modified,
                               COALESCE(NULLIF(l.url, ''), j.license, '') AS license_url,
                               p.active_job_id
                        FROM publication p
                        LEFT JOIN license l ON l.id = p.license_id
                        LEFT JOIN job j ON j.id = p.active_job_id
                        WHERE %s
                        ORDER BY p.id
                        """.formatted(Visitor.ANONYMOUS.canSee("p")))
                .query((rs, row) -> dataset(rs))
                .list();
    }

    /**
     * The {@code limit} publications anyone may see whose data changed last: those with an active job, the latest
     * ended first, in {@code language}.
     */
    List<FeedEntry> feed(Language language, int limit) {
        return jdbc.sql("""
                        SELECT p.id, p.title,
                               COALESCE(NULLIF(p.country_%1$s, ''), p.country_en) AS country,
                               COALESCE(NULLIF(p.description_%1$s, ''), p.description_en) AS description,
                               j.id AS job_id, j."end" AS job_end
                        FROM publication p JOIN job j ON j.id = p.active_job_id
                        WHERE %2$s AND j."end" IS NOT NULL
                        ORDER BY j."end" DESC, p.id DESC
                        LIMIT :limit
                        """.formatted(language.code(), Visitor.ANONYMOUS.canSee("p")))
                .param("limit", limit)
                .query((rs, row) -> new FeedEntry(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("country"),
                        rs.getString("description"),
                        rs.getLong("job_id"),
                        instant(rs, "job_end")))
                .list();
    }

    private static ListedPublication listed(ResultSet rs) throws SQLException {
        return new ListedPublication(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("country"),
                rs.getString("region"),
                rs.getString("data_language"),
                rs.getString("update_frequency"),
                rs.getString("source_url"),
                rs.getString("source_id"),
                rs.getString("retrieval_frequency"),
                date(rs, "last_retrieved"),
                rs.getBoolean("frozen"),
                date(rs, "date_from"),
                date(rs, "date_to"),
                rs.getString("coverage"));
    }

    private static CatalogDataset dataset(ResultSet rs) throws SQLException {
        return new CatalogDataset(
                rs.getLong("id"),
                rs.getString("title"),
                translations(rs, "country"),
                translations(rs, "description"),
                translations(rs, "description_long"),
                rs.getString("country_flag"),
                UpdateFrequency.valueOf(rs.getString("update_frequency")),
                date(rs, "date_from"),
                date(rs, "date_to"),
                instant(rs, "modified"),
                rs.getString("license_url"),
                nullableLong(rs, "active_job_id"));
    }

    private static Translations translations(ResultSet rs, String field) throws SQLException {
        return new Translations(rs.getString(field + "_en"), rs.getString(field + "_es"), rs.getString(field + "_ru"));
    }
}
