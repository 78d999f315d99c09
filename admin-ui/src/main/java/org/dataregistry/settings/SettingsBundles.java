package org.dataregistry.settings;

import jakarta.validation.Validator;
import java.util.List;
import org.dataregistry.audit.AuditTrail;
import org.dataregistry.audit.AuditedRepository;
import org.dataregistry.audit.ObjectType;
import org.dataregistry.itemlist.ItemStore;
import org.dataregistry.security.Roles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the admin UI can do with Scrapy settings bundles. Every method checks the caller's role. */
@Service
@Secured(Roles.ROLE_VIEWER)
public class SettingsBundles implements ItemStore<SettingsBundle> {

    private final SettingsBundleRepository bundles;
    private final AuditedRepository<SettingsBundle> audited;

    SettingsBundles(SettingsBundleRepository bundles, AuditTrail audit, Validator validator) {
        this.bundles = bundles;
        this.audited = new AuditedRepository<>(bundles, ObjectType.SETTINGS_BUNDLE, audit, validator);
    }

    /** Every bundle with its settings, by name. */
    @Override
    public List<SettingsBundle> all() {
        return bundles.findAllByName();
    }

    /** A fresh copy of the bundle, to edit. */
    @Override
    public SettingsBundle get(long id) {
        return audited.existing(id);
    }

    /** A new bundle, without settings. */
    @Override
    public SettingsBundle newItem() {
        return new SettingsBundle();
    }

    /**
     * Creates or updates a bundle, recording each changed setting in the audit log. Refused, saving nothing, when a
     * setting name is not a Scrapy setting name or appears twice, or when someone else changed the bundle meanwhile.
     */
    @Secured(Roles.ROLE_CONTRIBUTOR)
    @Transactional
    public SettingsBundle save(SettingsBundle bundle) {
        return audited.save(bundle);
    }

    /** How many publications are crawled with the bundle's settings: they lose them when it is deleted. */
    public long publicationsUsing(long id) {
        return bundles.countPublicationsUsing(id);
    }

    /** Deletes the bundle; the publications that used it are crawled without extra settings from then on. */
    @Secured(Roles.ROLE_SUPERUSER)
    @Transactional
    public void delete(long id) {
        audited.delete(id);
    }
}
