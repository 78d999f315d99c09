package org.dataregistry.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.dataregistry.AppTest;
import org.dataregistry.publication.Publication;
import org.dataregistry.publication.PublicationRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
class SettingsBundleListViewTest extends SpringBrowserlessTest {

    @Autowired
    SettingsBundleRepository repository;

    @Autowired
    PublicationRepository publications;

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void contributorAddsABundleWithTwoSettings() {
        SettingsBundleListView view = navigate(SettingsBundleListView.class);

        test(view.add).click();
        test(view.form.name).setValue("opentender.eu (Cloudflare)");
        addSetting(view, "CF_CLEARANCE", "abc");
        addSetting(view, "CF_USER_AGENT", "Mozilla/5.0");
        test(view.form.save).click();

        SettingsBundle saved = repository.findAllByName().getFirst();
        assertThat(saved.getName()).isEqualTo("opentender.eu (Cloudflare)");
        assertThat(saved.sortedSettings())
                .containsExactly(new Setting("CF_CLEARANCE", "abc"), new Setting("CF_USER_AGENT", "Mozilla/5.0"));
        assertThat(view.form.isVisible()).isFalse();
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("2");
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void aRepeatedSettingNameIsShownNextToItAndNothingIsSaved() {
        SettingsBundleListView view = navigate(SettingsBundleListView.class);

        test(view.add).click();
        test(view.form.name).setValue("Cloudflare");
        addSetting(view, "CF_CLEARANCE", "a");
        addSetting(view, "CF_USER_AGENT", "Mozilla/5.0");
        addSetting(view, "CF_CLEARANCE", "b");
        test(view.form.save).click();

        SettingRow repeated = view.form.settings.rows().get(2);
        assertThat(repeated.key.isInvalid()).isTrue();
        assertThat(repeated.key.getErrorMessage()).isEqualTo("CF_CLEARANCE is set more than once: keep one.");
        assertThat(view.form.settings.rows().get(1).key.isInvalid()).isFalse();
        assertThat(repository.count()).isZero();
        assertThat(view.form.isVisible()).isTrue();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void removingARowFixesTheRepetitionAndABlankRowIsIgnored() {
        SettingsBundleListView view = navigate(SettingsBundleListView.class);

        test(view.add).click();
        test(view.form.name).setValue("Cloudflare");
        addSetting(view, "CF_CLEARANCE", "a");
        addSetting(view, "CF_CLEARANCE", "b");
        test(view.form.settings.rows().get(0).remove).click();
        test(view.form.settings.add).click();
        test(view.form.save).click();

        assertThat(repository.findAllByName().getFirst().sortedSettings())
                .containsExactly(new Setting("CF_CLEARANCE", "b"));
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void aSettingNameScrapyWouldNotAcceptIsShownNextToIt() {
        SettingsBundleListView view = navigate(SettingsBundleListView.class);

        test(view.add).click();
        test(view.form.name).setValue("Cloudflare");
        addSetting(view, "CF CLEARANCE", "a");
        test(view.form.save).click();

        assertThat(view.form.settings.rows().getFirst().key.getErrorMessage())
                .isEqualTo("A setting name has letters, digits and '_' only, and doesn't start with a digit.");
        assertThat(repository.count()).isZero();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void aSettingOutsideTheAllowlistIsRefusedNextToItWithTheReason() {
        SettingsBundleListView view = navigate(SettingsBundleListView.class);

        test(view.add).click();
        test(view.form.name).setValue("Debugging");
        addSetting(view, "TELNETCONSOLE_ENABLED", "True");
        test(view.form.save).click();

        assertThat(view.form.settings.rows().getFirst().key.getErrorMessage())
                .startsWith("TELNETCONSOLE_ENABLED is not allowed: a bundle carries only settings a crawl needs (")
                .endsWith("others could run code or write files on the crawler's machine.");
        assertThat(repository.count()).isZero();
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void viewerSeesTheSettingsReadOnly() {
        repository.save(SettingsBundlesTest.bundle("Cloudflare", new Setting("CF_CLEARANCE", "a")));
        SettingsBundleListView view = navigate(SettingsBundleListView.class);

        test(view.grid).select(0);

        assertThat(view.add.isVisible()).isFalse();
        assertThat(view.form.save.isVisible()).isFalse();
        assertThat(view.form.settings.add.isVisible()).isFalse();
        SettingRow row = view.form.settings.rows().getFirst();
        assertThat(row.key.getValue()).isEqualTo("CF_CLEARANCE");
        assertThat(row.value.isReadOnly()).isTrue();
        assertThat(row.remove.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR", "OPERATOR", "SUPERUSER"})
    void deletingAsksFirstAndSaysHowManyPublicationsUseTheBundle() {
        SettingsBundle bundle =
                repository.save(SettingsBundlesTest.bundle("Cloudflare", new Setting("CF_CLEARANCE", "a")));
        Publication publication = new Publication();
        publication.setTitle("opentender.eu");
        publication.setSourceId("digiwhist_europe");
        publication.setSettingsBundleId(bundle.getId());
        publications.save(publication);
        SettingsBundleListView view = navigate(SettingsBundleListView.class);

        test(view.grid).select(0);
        test(view.form.delete).click();
        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getText())
                .isEqualTo("1 publication uses it: it will be crawled without these settings. This can't be undone.");
        test(dialog).confirm();

        assertThat(repository.count()).isZero();
        assertThat(test(view.grid).size()).isZero();
    }

    private void addSetting(SettingsBundleListView view, String name, String value) {
        test(view.form.settings.add).click();
        SettingRow row = view.form.settings.rows().getLast();
        test(row.key).setValue(name);
        test(row.value).setValue(value);
    }
}
