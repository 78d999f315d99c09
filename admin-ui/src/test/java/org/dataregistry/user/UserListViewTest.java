package org.dataregistry.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import org.dataregistry.AppTest;
import org.dataregistry.publication.PublicationListView;
import org.dataregistry.security.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
@WithMockUser(roles = {"VIEWER", "CONTRIBUTOR", "OPERATOR", "SUPERUSER"})
class UserListViewTest extends SpringBrowserlessTest {

    @Autowired
    UserRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void superuserAddsAUserWhoCanSignInWithTheInitialPassword() {
        UserListView view = navigate(UserListView.class);

        test(view.add).click();
        test(view.form.username).setValue("dana");
        test(view.form.firstName).setValue("Dana");
        test(view.form.groups).selectItem("Contributor");
        fillPassword(view, UsersTest.PASSWORD, UsersTest.PASSWORD);
        test(view.form.save).click();

        User dana = repository.findByUsernameIgnoreCase("dana").orElseThrow();
        assertThat(dana.getGroups()).containsExactly(Group.CONTRIBUTOR);
        assertThat(passwordEncoder.matches(UsersTest.PASSWORD, dana.getPasswordHash()))
                .isTrue();
        assertThat(view.form.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(2);
    }

    @Test
    void aWeakPasswordIsExplainedNextToTheFieldAndNothingIsSaved() {
        UserListView view = navigate(UserListView.class);

        test(view.add).click();
        test(view.form.username).setValue("dana");
        fillPassword(view, "dana1", "dana2");
        test(view.form.save).click();

        assertThat(view.form.password.password.isInvalid()).isTrue();
        assertThat(view.form.password.password.getErrorMessage()).isEqualTo("Use at least 12 characters.");
        assertThat(view.form.password.confirmation.getErrorMessage()).isEqualTo("The passwords don't match.");
        assertThat(repository.findByUsernameIgnoreCase("dana")).isEmpty();
        assertThat(view.form.isVisible()).isTrue();
    }

    @Test
    void aTakenUsernameIsExplainedNextToTheFieldAndAnotherOneCanBeChosen() {
        UserListView view = navigate(UserListView.class);

        test(view.add).click();
        test(view.form.username).setValue("Admin");
        test(view.form.groups).selectItem("Viewer");
        fillPassword(view, UsersTest.PASSWORD, UsersTest.PASSWORD);
        test(view.form.save).click();

        assertThat(view.form.username.isInvalid()).isTrue();
        assertThat(view.form.username.getErrorMessage()).isEqualTo("That username is taken.");
        assertThat(repository.count()).isEqualTo(1);

        test(view.form.username).setValue("admin2");
        test(view.form.save).click();

        assertThat(repository.findByUsernameIgnoreCase("admin2")).isPresent();
    }

    @Test
    void deactivatingAsksFirstAndTheUserShowsAsInactive() {
        User dana = UsersTest.user("dana", Group.VIEWER);
        dana.setPasswordHash(passwordEncoder.encode(UsersTest.PASSWORD));
        repository.save(dana);
        UserListView view = navigate(UserListView.class);

        test(view.grid).select(rowOf(view, "dana"));
        test(view.form.deactivate).click();
        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).isEqualTo("Deactivate the user dana?");
        test(dialog).confirm();

        assertThat(repository.findByUsernameIgnoreCase("dana").orElseThrow().isActive())
                .isFalse();
        assertThat(test(view.grid).getCellText(rowOf(view, "dana"), 4)).isEqualTo("No");
    }

    @Test
    void theLastSuperuserIsNotDeactivatedEvenAfterConfirming() {
        UserListView view = navigate(UserListView.class);

        test(view.grid).select(rowOf(view, "admin"));
        test(view.form.deactivate).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(repository.findByUsernameIgnoreCase("admin").orElseThrow().isActive())
                .isTrue();
    }

    @Test
    void resettingThePasswordChecksTheNewOneFirst() {
        UserListView view = navigate(UserListView.class);
        test(view.grid).select(rowOf(view, "admin"));
        test(view.form.resetPassword).click();
        ResetPasswordDialog dialog = find(ResetPasswordDialog.class).single();

        test(dialog.password.password).setValue("pears-for-admin-1");
        test(dialog.password.confirmation).setValue("pears-for-admin-1");
        test(dialog.reset).click();

        assertThat(dialog.password.password.getErrorMessage()).isEqualTo("Don't include the username.");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.password.password).setValue("violet-harbour-17");
        test(dialog.password.confirmation).setValue("violet-harbour-17");
        test(dialog.reset).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(passwordEncoder.matches(
                        "violet-harbour-17",
                        repository
                                .findByUsernameIgnoreCase("admin")
                                .orElseThrow()
                                .getPasswordHash()))
                .isTrue();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void aContributorOpeningTheUsersViewIsToldWhyAndLedHome() {
        AccessDeniedView page = navigate("users", AccessDeniedView.class);

        assertThat(find(UserListView.class).exists()).isFalse();
        assertThat(page.getElement().getTextRecursively())
                .contains("You don't have access to this page", "\"users\"", "ask a superuser")
                .doesNotContain("Could not navigate");
        assertThat(page.home.getHref()).isEmpty();
        test(page.home).click();
        assertThat(getCurrentView()).isInstanceOf(PublicationListView.class);
    }

    @Test
    void savingAUserWithErrorsLeadsToTheFirstMarkedField() {
        UserListView view = navigate(UserListView.class);
        test(view.add).click();
        fillPassword(view, "dana1", "dana2");

        test(view.form.save).click();

        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Not saved: correct the 3 marked fields.");
        assertThat(view.form.username.isInvalid()).isTrue();
    }

    private void fillPassword(UserListView view, String password, String confirmation) {
        test(view.form.password.password).setValue(password);
        test(view.form.password.confirmation).setValue(confirmation);
    }

    private int rowOf(UserListView view, String username) {
        for (int row = 0; row < test(view.grid).size(); row++) {
            if (test(view.grid).getRow(row).getUsername().equals(username)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + username);
    }
}
