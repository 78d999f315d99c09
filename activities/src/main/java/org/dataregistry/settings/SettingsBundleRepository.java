package org.dataregistry.settings;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface SettingsBundleRepository extends ListCrudRepository<SettingsBundle, Long> {

    @Query("SELECT * FROM settings_bundle ORDER BY lower(name), id")
    List<SettingsBundle> findAllByName();
}
