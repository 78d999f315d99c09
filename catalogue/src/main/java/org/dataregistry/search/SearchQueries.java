package org.dataregistry.search;

import static org.dataregistry.database.Rows.date;
import static org.dataregistry.database.Rows.enumValue;
import static org.dataregistry.database.Rows.nullableLong;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dataregistry.publication.Region;
import org.dataregistry.publication.RetrievalFrequency;
import org.dataregistry.publication.UpdateFrequency;
import org.dataregistry.site.Visitor;
import org.dataregistry.translation.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the publications a visitor may search, with what the search filters and counts of each, then the
 * descriptions of the ones a page shows.
 */
@Repository
class SearchQueries {

    private final JdbcClient jdbc;

    SearchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every publication {@code visitor} may see, its translated fields in {@code language} (else English), ordered
     * as the search shows them: by country, then title, as the language sorts them.
     */
    List<SearchEntry> entries(Language language, Visitor visitor) {
        String l = language.code();
        return jdbc.sql("""
                        SELECT p.id, p.title, p.country_flag, p.region, p.update_frequency, p.retrieval_frequency,
                               COALESCE(NULLIF(p.country_%1$s, ''), p.country_en) AS country,
                               COALESCE(p.date_from, j.date_from) AS date_from,
                               COALESCE(p.date_to, j.date_to) AS date_to,
                               j.date_from AS job_date_from, j.date_to AS job_date_to,
                               p.last_retrieved, p.active_job_id,
                               j.parties_count, j.plannings_count, j.tenders_count, j.awards_count, j.contracts_count,
                               j.documents_count, j.milestones_count, j.amendments_count
                        FROM publication p LEFT JOIN job j ON j.id = p.active_job_id
                        WHERE %2$s
                        ORDER BY COALESCE(NULLIF(p.country_%1$s, ''), p.country_en) COLLATE public.catalogue_%1$s, p.title COLLATE public.catalogue_%1$s, p.id
                        """.formatted(l, visitor.canSee("p")))
                .query((rs, row) -> entry(rs))
                .list();
    }

    /** The descriptions (Markdown) of these publications in {@code language} (else English), by id. */
    Map<Long, String> descriptions(Collection<Long> ids, Language language) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> descriptions = new HashMap<>();
        jdbc.sql("""
                        SELECT id, COALESCE(NULLIF(description_%1$s, ''), description_en) AS description
                        FROM publication WHERE id IN (:ids)
                        """.formatted(language.code())).param("ids", ids).query(rs -> {
            descriptions.put(rs.getLong("id"), rs.getString("description"));
        });
        return descriptions;
    }

    private static SearchEntry entry(ResultSet rs) throws SQLException {
        return new SearchEntry(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("country"),
                rs.getString("country_flag"),
                enumValue(rs, "region", Region.class),
                enumValue(rs, "update_frequency", UpdateFrequency.class),
                enumValue(rs, "retrieval_frequency", RetrievalFrequency.class),
                date(rs, "date_from"),
                date(rs, "date_to"),
                date(rs, "job_date_from"),
                date(rs, "job_date_to"),
                date(rs, "last_retrieved"),
                nullableLong(rs, "active_job_id"),
                contains(rs));
    }

    private static Set<DataCount> contains(ResultSet rs) throws SQLException {
        Set<DataCount> contains = EnumSet.noneOf(DataCount.class);
        for (DataCount count : DataCount.values()) {
            if (rs.getLong(count.column()) != 0) {
                contains.add(count);
            }
        }
        return contains;
    }
}
