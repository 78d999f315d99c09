package org.dataregistry.license;

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
import org.dataregistry.refusal.ActionRefusedException;
import org.dataregistry.refusal.InvalidInputException;
import org.dataregistry.translation.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
class LicensesTest {

    @Autowired
    Licenses licenses;

    @Autowired
    LicenseRepository repository;

    @Autowired
    PublicationRepository publications;

    @Autowired
    AuditLog auditLog;

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void viewerCannotSave() {
        assertThatThrownBy(() -> licenses.save(license("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.count()).isZero();
    }

    @Test
    @WithMockUser(
            username = "carla",
            roles = {"VIEWER", "CONTRIBUTOR"})
    void creatingRecordsEveryFieldInTheAuditLog() {
        License saved = licenses.save(license("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"));

        AuditEntry entry = onlyEntry();
        assertThat(entry.username()).isEqualTo("carla");
        assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
        assertThat(entry.objectId()).isEqualTo(saved.getId());
        assertThat(entry.objectRepr()).isEqualTo("CC BY 4.0 (" + saved.getId() + ")");
        assertThat(entry.changes())
                .containsExactly(
                        new FieldChange("name [en]", "", "CC BY 4.0"),
                        new FieldChange("URL", "", "https://creativecommons.org/licenses/by/4.0/"));
    }

    @Test
    @WithMockUser(
            username = "carla",
            roles = {"VIEWER", "CONTRIBUTOR"})
    void updatingRecordsOnlyTheChangedFields() {
        License saved = licenses.save(license("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"));
        License edited = licenses.get(saved.getId());
        edited.getName().setEs("CC BY 4.0 (es)");

        licenses.save(edited);

        assertThat(auditLog.find(AuditFilter.ALL, 0, 10).getFirst()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(entry.changes()).containsExactly(new FieldChange("name [es]", "", "CC BY 4.0 (es)"));
        });
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void invalidInputSavesNothing() {
        License nameless = license("", "ftp://example.com/license");

        assertThatThrownBy(() -> licenses.save(nameless))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(InvalidInputException.Violation::message)
                                .containsExactlyInAnyOrder(
                                        "Enter the license's name in English.",
                                        "Enter a web address starting with http:// or https://."));
        assertThat(repository.count()).isZero();
        assertThat(auditLog.count(AuditFilter.ALL)).isZero();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void aStaleEditIsRefusedRatherThanOverwritingSomeoneElsesChange() {
        License saved = licenses.save(license("CC BY 4.0", ""));
        License mine = licenses.get(saved.getId());
        License theirs = licenses.get(saved.getId());
        theirs.setUrl("https://creativecommons.org/licenses/by/4.0/");
        licenses.save(theirs);

        mine.getName().setEn("Changed by me");

        assertThatThrownBy(() -> licenses.save(mine))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("Someone else changed this data license");
        assertThat(licenses.get(saved.getId()).getName().getEn()).isEqualTo("CC BY 4.0");
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void contributorCannotDelete() {
        License saved = licenses.save(license("CC BY 4.0", ""));

        assertThatThrownBy(() -> licenses.delete(saved.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(repository.existsById(saved.getId())).isTrue();
    }

    @Test
    @WithMockUser(
            username = "root",
            roles = {"VIEWER", "CONTRIBUTOR", "OPERATOR", "SUPERUSER"})
    void superuserDeletesAnUnusedLicense() {
        License saved = licenses.save(license("CC BY 4.0", ""));

        licenses.delete(saved.getId());

        assertThat(repository.existsById(saved.getId())).isFalse();
        assertThat(auditLog.find(AuditFilter.ALL, 0, 10).getFirst()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.DELETE);
            assertThat(entry.objectRepr()).isEqualTo("CC BY 4.0 (" + saved.getId() + ")");
            assertThat(entry.username()).isEqualTo("root");
        });
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR", "OPERATOR", "SUPERUSER"})
    void aLicenseInUseCannotBeDeleted() {
        License saved = licenses.save(license("CC BY 4.0", ""));
        Publication publication = new Publication();
        publication.setTitle("Tenders");
        publication.setSourceId("tenders");
        publication.setLicenseId(saved.getId());
        publications.save(publication);

        assertThatThrownBy(() -> licenses.delete(saved.getId()))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("This license is the data license of 1 publication: choose another license for it first.");
        assertThat(repository.existsById(saved.getId())).isTrue();
    }

    private AuditEntry onlyEntry() {
        List<AuditEntry> entries = auditLog.find(AuditFilter.ALL, 0, 10);
        assertThat(entries).hasSize(1);
        return entries.getFirst();
    }

    static License license(String name, String url) {
        License license = new License();
        license.setName(Translations.english(name));
        license.setUrl(url);
        return license;
    }
}
