package org.dataregistry.license;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.dataregistry.AppTest;
import org.dataregistry.translation.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
class LicenseListViewTest extends SpringBrowserlessTest {

    @Autowired
    LicenseRepository repository;

    @Test
    @WithMockUser(roles = "VIEWER")
    void viewerSeesLicensesReadOnly() {
        repository.save(LicensesTest.license("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"));

        LicenseListView view = navigate(LicenseListView.class);

        assertThat(view.add.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.grid).select(0);
        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.form.save.isVisible()).isFalse();
        assertThat(view.form.delete.isVisible()).isFalse();
        assertThat(view.form.url.isReadOnly()).isTrue();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void contributorAddsALicense() {
        LicenseListView view = navigate(LicenseListView.class);

        test(view.add).click();
        englishName(view).setValue("Open Government Licence");
        test(view.form.url).setValue("https://www.nationalarchives.gov.uk/doc/open-government-licence/");
        test(view.form.save).click();

        assertThat(repository.findAll())
                .singleElement()
                .satisfies(license -> assertThat(license.getName().getEn()).isEqualTo("Open Government Licence"));
        assertThat(view.form.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.form.delete.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void invalidInputShowsTheProblemNextToTheFieldAndSavesNothing() {
        LicenseListView view = navigate(LicenseListView.class);

        test(view.add).click();
        test(view.form.url).setValue("not a url");
        test(view.form.save).click();

        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Enter the license's name in English.");
        assertThat(view.form.url.isInvalid()).isTrue();
        assertThat(view.form.url.getErrorMessage()).isEqualTo("Enter a web address starting with http:// or https://.");
        assertThat(repository.count()).isZero();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR", "OPERATOR", "SUPERUSER"})
    void superuserDeletesAfterConfirming() {
        repository.save(LicensesTest.license("Unused", ""));
        LicenseListView view = navigate(LicenseListView.class);

        test(view.grid).select(0);
        test(view.form.delete).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(repository.count()).isZero();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Deleted the license \"Unused\".");
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR", "OPERATOR", "SUPERUSER"})
    void cancellingTheConfirmationKeepsTheLicense() {
        repository.save(LicensesTest.license("Kept", ""));
        LicenseListView view = navigate(LicenseListView.class);

        test(view.grid).select(0);
        test(view.form.delete).click();
        test(find(ConfirmDialog.class).single()).cancel();

        assertThat(repository.count()).isEqualTo(1);
    }

    private com.vaadin.flow.component.textfield.TextFieldTester<TextField, String> englishName(LicenseListView view) {
        return test((TextField) view.form.name.input(Language.EN));
    }
}
