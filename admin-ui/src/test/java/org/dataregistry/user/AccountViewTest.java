package org.dataregistry.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.dataregistry.AppTest;
import org.dataregistry.security.Account;
import org.dataregistry.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.TestSecurityContextHolder;

/** A signed-in user, in any group, changes their own password on their account page. */
@AppTest
class AccountViewTest extends SpringBrowserlessTest {

    @Autowired
    UserRepository repository;

    @Autowired
    PasswordEncoder passwords;

    private User dana;

    @BeforeEach
    void danaIsSignedIn() {
        dana = UsersTest.saved(repository, passwords, "dana");
        TestSecurityContextHolder.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new Account(dana.getId(), "dana", null, true, List.of(Roles.VIEWER)),
                null,
                List.of(new SimpleGrantedAuthority(Roles.ROLE_VIEWER))));
    }

    @Test
    void aWrongCurrentPasswordIsExplainedNextToItsFieldAndNothingChanges() {
        AccountView view = navigate(AccountView.class);

        fill(view, "not-my-password", "violet-harbour-17");
        test(view.change).click();

        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("That is not your current password.");
        assertThat(passwords.matches(UsersTest.PASSWORD, storedHash())).isTrue();
    }

    @Test
    void theRightCurrentPasswordChangesIt() {
        AccountView view = navigate(AccountView.class);

        fill(view, UsersTest.PASSWORD, "violet-harbour-17");
        test(view.change).click();

        assertThat(view.current.isInvalid()).isFalse();
        assertThat(passwords.matches("violet-harbour-17", storedHash())).isTrue();
    }

    private void fill(AccountView view, String current, String password) {
        test(view.current).setValue(current);
        test(view.password.password).setValue(password);
        test(view.password.confirmation).setValue(password);
    }

    private String storedHash() {
        return repository.findById(dana.getId()).orElseThrow().getPasswordHash();
    }
}
