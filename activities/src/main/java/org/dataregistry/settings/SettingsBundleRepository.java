package org.dataregistry.settings;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface SettingsBundleRepository extends ListCrudRepository<SettingsBundle, Long> {

    @Query("SELECT * FROM settings_bundle ORDER BY lower(name), id")
    List<SettingsBundle> findAllByName();

    /** How many publications are crawled with the bundle's settings. */
    @Query("SELECT count(*) FROM publication WHERE settings_bundle_id = :id")
    long countPublicationsUsing(@Param("id") long id);
}
