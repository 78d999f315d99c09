package org.dataregistry.license;

import jakarta.validation.Validator;
import java.util.List;
import org.dataregistry.audit.AuditTrail;
import org.dataregistry.audit.AuditedRepository;
import org.dataregistry.audit.ObjectType;
import org.dataregistry.itemlist.ItemStore;
import org.dataregistry.publication.PublicationRepository;
import org.dataregistry.refusal.ActionRefusedException;
import org.dataregistry.security.Roles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the admin UI can do with data licenses. Every method checks the caller's role. */
@Service
@Secured(Roles.ROLE_VIEWER)
public class Licenses implements ItemStore<License> {

    private final LicenseRepository licenses;
    private final PublicationRepository publications;
    private final AuditedRepository<License> audited;

    Licenses(LicenseRepository licenses, PublicationRepository publications, AuditTrail audit, Validator validator) {
        this.licenses = licenses;
        this.publications = publications;
        this.audited = new AuditedRepository<>(licenses, ObjectType.LICENSE, audit, validator);
    }

    /** Every license, by English name. */
    @Override
    public List<License> all() {
        return licenses.findAllByName();
    }

    /** A fresh copy of the license, to edit. */
    @Override
    public License get(long id) {
        return audited.existing(id);
    }

    /** A new license, with nothing filled in. */
    @Override
    public License newItem() {
        return new License();
    }

    @Secured(Roles.ROLE_CONTRIBUTOR)
    @Transactional
    public License save(License license) {
        return audited.save(license);
    }

    /** Deletes a license no publication uses (deleting one in use would leave them without it). */
    @Secured(Roles.ROLE_SUPERUSER)
    @Transactional
    public void delete(long id) {
        long users = publications.countByLicenseId(id);
        if (users > 0) {
            throw new ActionRefusedException("This license is the data license of " + users + " publication"
                    + (users == 1 ? "" : "s") + ": choose another license for " + (users == 1 ? "it" : "them")
                    + " first.");
        }
        audited.delete(id);
    }
}
