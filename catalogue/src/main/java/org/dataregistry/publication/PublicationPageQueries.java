package org.dataregistry.publication;

import static org.dataregistry.database.Rows.date;
import static org.dataregistry.database.Rows.enumValue;
import static org.dataregistry.database.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dataregistry.job.JobContext;
import org.dataregistry.job.JobCountColumns;
import org.dataregistry.site.Visitor;
import org.dataregistry.translation.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads a publication for its public page: its fields in a language, its license and its active job. */
@Repository
class PublicationPageQueries {

    private static final TypeReference<TreeMap<String, Long>> COUNTS_BY_KEY = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    PublicationPageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The publication, if it exists and {@code visitor} may see it. */
    Optional<PublicationPage> find(long id, Language language, Visitor visitor) {
        return jdbc.sql("""
                        SELECT p.*,
                               COALESCE(NULLIF(p.country_%1$s, ''), p.country_en) AS country,
                               COALESCE(NULLIF(p.description_%1$s, ''), p.description_en) AS description,
                               COALESCE(NULLIF(p.description_long_%1$s, ''), p.description_long_en) AS description_long,
                               COALESCE(NULLIF(p.additional_data_%1$s, ''), p.additional_data_en) AS additional_data,
                               COALESCE(NULLIF(p.summary_%1$s, ''), p.summary_en) AS summary,
                               COALESCE(NULLIF(p.no_data_rationale_%1$s, ''), p.no_data_rationale_en) AS no_data_rationale,
                               COALESCE(NULLIF(p.language_%1$s, ''), p.language_en) AS data_language,
                               COALESCE(NULLIF(l.name_%1$s, ''), l.name_en) AS license_name,
                               COALESCE(NULLIF(l.description_%1$s, ''), l.description_en) AS license_description,
                               l.url AS license_url,
                               j.id AS job_id, j.date_from AS job_date_from, j.date_to AS job_date_to,
                               j.ocid_prefix AS job_ocid_prefix, j.license AS job_license,
                               j.publication_policy AS job_publication_policy, j."end" AS job_end,
                               j.coverage::text AS job_coverage,
                               COALESCE(j.context -> :exportedReleases, '{}')::text AS job_exported_releases,
                               j.tenders_count, j.tenderers_count, j.tenders_items_count, j.parties_count,
                               j.awards_count, j.awards_items_count, j.awards_suppliers_count, j.contracts_count,
                               j.contracts_items_count, j.contracts_transactions_count, j.documents_count,
                               j.plannings_count, j.milestones_count, j.amendments_count
                        FROM publication p
                        LEFT JOIN license l ON l.id = p.license_id
                        LEFT JOIN job j ON j.id = p.active_job_id
                        WHERE p.id = :id AND %2$s
                        """.formatted(language.code(), visitor.canSee("p")))
                .param("id", id)
                .param("exportedReleases", JobContext.EXPORTED_RELEASES)
                .query((rs, row) -> page(rs))
                .optional();
    }

    private PublicationPage page(ResultSet rs) throws SQLException {
        rs.getLong("license_id");
        PublicationPage.LicenseText license = rs.wasNull()
                ? null
                : new PublicationPage.LicenseText(
                        rs.getString("license_name"), rs.getString("license_description"), rs.getString("license_url"));
        return new PublicationPage(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("country"),
                rs.getString("country_flag"),
                rs.getString("description"),
                rs.getString("description_long"),
                rs.getString("additional_data"),
                rs.getString("summary"),
                rs.getString("no_data_rationale"),
                rs.getString("data_language"),
                enumValue(rs, "region", Region.class),
                enumValue(rs, "update_frequency", UpdateFrequency.class),
                enumValue(rs, "retrieval_frequency", RetrievalFrequency.class),
                date(rs, "last_reviewed"),
                date(rs, "last_retrieved"),
                rs.getBoolean("frozen"),
                rs.getString("source_id"),
                rs.getString("source_url"),
                enumValue(rs, "collector", Collector.class),
                date(rs, "date_from"),
                date(rs, "date_to"),
                rs.getString("ocid_prefix"),
                rs.getString("publication_policy"),
                instant(rs, "modified"),
                license,
                activeJob(rs));
    }

    private ActiveJob activeJob(ResultSet rs) throws SQLException {
        long id = rs.getLong("job_id");
        if (rs.wasNull()) {
            return null;
        }
        return new ActiveJob(
                id,
                date(rs, "job_date_from"),
                date(rs, "job_date_to"),
                rs.getString("job_ocid_prefix"),
                rs.getString("job_license"),
                rs.getString("job_publication_policy"),
                JobCountColumns.read(rs),
                countsByKey(rs.getString("job_coverage")),
                countsByKey(rs.getString("job_exported_releases")),
                instant(rs, "job_end"));
    }

    private Map<String, Long> countsByKey(String jsonObject) {
        return jsonObject == null ? Map.of() : json.readValue(jsonObject, COUNTS_BY_KEY);
    }
}
