package org.dataregistry.license;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface LicenseRepository extends ListCrudRepository<License, Long> {

    /** Every license, by English name as the pickers list them. */
    @Query("SELECT * FROM license ORDER BY lower(name_en), id")
    List<License> findAllByName();
}
