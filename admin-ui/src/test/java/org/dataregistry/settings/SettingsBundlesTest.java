package org.dataregistry.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dataregistry.AppTest;
import org.dataregistry.audit.AuditAction;
import org.dataregistry.audit.AuditEntry;
import org.dataregistry.audit.AuditFilter;
import org.dataregistry.audit.AuditLog;
import org.dataregistry.audit.FieldChange;
import org.dataregistry.publication.Publication;
import org.dataregistry.publication.PublicationRepository;
import org.dataregistry.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
class SettingsBundlesTest {

    @Autowired
    SettingsBundles bundles;

    @Autowired
    SettingsBundleRepository repository;

    @Autowired
    PublicationRepository publications;

    @Autowired
    AuditLog auditLog;

    @Test
    @WithMockUser(roles = "VIEWER")
    void viewerCannotSave() {
        assertThatThrownBy(() -> bundles.save(bundle("opentender.eu (Cloudflare)", new Setting("CF_CLEARANCE", "x"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.count()).isZero();
    }

    @Test
    @WithMockUser(
            username = "carla",
            roles = {"VIEWER", "CONTRIBUTOR"})
    void creatingRecordsTheNameAndEachSettingInTheAuditLog() {
        SettingsBundle saved = bundles.save(bundle(
                "opentender.eu (Cloudflare)",
                new Setting("CF_USER_AGENT", "Mozilla/5.0"),
                new Setting("CF_CLEARANCE", "abc")));

        assertThat(bundles.get(saved.getId()).sortedSettings())
                .containsExactly(new Setting("CF_CLEARANCE", "abc"), new Setting("CF_USER_AGENT", "Mozilla/5.0"));
        AuditEntry entry = latestEntry();
        assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
        assertThat(entry.username()).isEqualTo("carla");
        assertThat(entry.objectRepr()).isEqualTo("opentender.eu (Cloudflare) (" + saved.getId() + ")");
        assertThat(entry.changes())
                .containsExactly(
                        new FieldChange("name", "", "opentender.eu (Cloudflare)"),
                        new FieldChange("setting CF_CLEARANCE", "", "abc"),
                        new FieldChange("setting CF_USER_AGENT", "", "Mozilla/5.0"));
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void changingASettingRecordsItsOldAndNewValueAndARemovedOne() {
        SettingsBundle saved = bundles.save(bundle(
                "opentender.eu (Cloudflare)", new Setting("CF_CLEARANCE", "old"), new Setting("DOWNLOAD_DELAY", "4")));
        SettingsBundle edited = bundles.get(saved.getId());
        edited.setSettings(List.of(new Setting("CF_CLEARANCE", "new")));

        bundles.save(edited);

        assertThat(latestEntry()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(entry.changes())
                    .containsExactly(
                            new FieldChange("setting CF_CLEARANCE", "old", "new"),
                            new FieldChange("setting DOWNLOAD_DELAY", "4", ""));
        });
        assertThat(bundles.get(saved.getId()).sortedSettings()).containsExactly(new Setting("CF_CLEARANCE", "new"));
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void aRepeatedSettingNameIsRefusedAndNothingSaved() {
        SettingsBundle repeated =
                bundle("Cloudflare", new Setting("CF_CLEARANCE", "a"), new Setting("CF_CLEARANCE", "b"));

        assertThatThrownBy(() -> bundles.save(repeated))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo("Each setting name can appear only once in a bundle."));
        assertThat(repository.count()).isZero();
        assertThat(auditLog.count(AuditFilter.ALL)).isZero();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void aSettingNameScrapyWouldNotAcceptIsRefused() {
        SettingsBundle bad = bundle("Cloudflare", new Setting("1ST-SETTING", "a"));

        assertThatThrownBy(() -> bundles.save(bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo(
                                        "A setting name has letters, digits and '_' only, and doesn't start with a digit."));
        assertThat(repository.count()).isZero();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void contributorCannotSaveASettingThatCouldRunCodeOnTheCrawler() {
        SettingsBundle telnet =
                bundle("Debugging", new Setting("CF_CLEARANCE", "a"), new Setting("TELNETCONSOLE_ENABLED", "True"));

        assertThatThrownBy(() -> bundles.save(telnet))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage())
                                .startsWith("A bundle carries only settings a crawl needs (")
                                .contains("CF_CLEARANCE", "DOWNLOAD_DELAY")
                                .endsWith("others could run code or write files on the crawler's machine."));
        assertThat(repository.count()).isZero();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void contributorCannotDelete() {
        SettingsBundle saved = bundles.save(bundle("Cloudflare", new Setting("CF_CLEARANCE", "a")));

        assertThatThrownBy(() -> bundles.delete(saved.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(repository.existsById(saved.getId())).isTrue();
    }

    @Test
    @WithMockUser(
            username = "root",
            roles = {"VIEWER", "CONTRIBUTOR", "OPERATOR", "SUPERUSER"})
    void deletingABundleInUseLeavesItsPublicationsWithoutOne() {
        SettingsBundle saved = bundles.save(bundle("Cloudflare", new Setting("CF_CLEARANCE", "a")));
        Publication publication = publicationUsing(saved);
        assertThat(bundles.publicationsUsing(saved.getId())).isEqualTo(1);

        bundles.delete(saved.getId());

        assertThat(repository.existsById(saved.getId())).isFalse();
        assertThat(publications.findById(publication.getId()).orElseThrow().getSettingsBundleId())
                .isNull();
        assertThat(latestEntry()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.DELETE);
            assertThat(entry.objectRepr()).isEqualTo("Cloudflare (" + saved.getId() + ")");
            assertThat(entry.username()).isEqualTo("root");
        });
    }

    private Publication publicationUsing(SettingsBundle bundle) {
        Publication publication = new Publication();
        publication.setTitle("opentender.eu");
        publication.setSourceId("digiwhist_europe");
        publication.setSettingsBundleId(bundle.getId());
        return publications.save(publication);
    }

    private AuditEntry latestEntry() {
        return auditLog.find(AuditFilter.ALL, 0, 1).getFirst();
    }

    static SettingsBundle bundle(String name, Setting... settings) {
        SettingsBundle bundle = new SettingsBundle();
        bundle.setName(name);
        bundle.setSettings(List.of(settings));
        return bundle;
    }
}
