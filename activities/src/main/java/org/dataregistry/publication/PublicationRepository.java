package org.dataregistry.publication;

import org.springframework.data.repository.ListCrudRepository;

public interface PublicationRepository extends ListCrudRepository<Publication, Long> {

    boolean existsByLicenseId(Long licenseId);

    long countByLicenseId(Long licenseId);
}
