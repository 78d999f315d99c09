package org.dataregistry.site;

import static org.dataregistry.database.Rows.date;

import java.util.List;
import org.dataregistry.translation.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the home page says of the catalogue: how much it holds, and the publications whose data is newest. */
@Repository
class HomeQueries {

    private final JdbcClient jdbc;

    HomeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many publications and countries the visitor may see. */
    HomeFacts facts(Language language, Visitor visitor, int latest) {
        record Counts(long publications, long countries) {}
        Counts counts = jdbc.sql("""
                        SELECT count(*) AS publications,
                               count(DISTINCT NULLIF(COALESCE(NULLIF(p.country_%1$s, ''), p.country_en), '')) AS countries
                        FROM publication p WHERE %2$s
                        """.formatted(language.code(), visitor.canSee("p")))
                .query((rs, row) -> new Counts(rs.getLong("publications"), rs.getLong("countries")))
                .single();
        List<HomeFacts.Latest> newest = jdbc.sql("""
                        SELECT p.id, p.title, p.country_flag, p.last_retrieved,
                               COALESCE(NULLIF(p.country_%1$s, ''), p.country_en) AS country
                        FROM publication p JOIN job j ON j.id = p.active_job_id
                        WHERE %2$s
                        ORDER BY j."end" DESC NULLS LAST, p.id DESC
                        LIMIT :latest
                        """.formatted(language.code(), visitor.canSee("p")))
                .param("latest", latest)
                .query((rs, row) -> new HomeFacts.Latest(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("country"),
                        rs.getString("country_flag"),
                        date(rs, "last_retrieved")))
                .list();
        return new HomeFacts(counts.publications(), counts.countries(), newest);
    }
}
