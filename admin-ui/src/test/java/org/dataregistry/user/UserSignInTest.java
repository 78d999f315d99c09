package org.dataregistry.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dataregistry.AppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.test.context.support.WithMockUser;

/** The accounts superusers manage are the ones Spring Security signs in, with the password they were given. */
@AppTest
@WithMockUser(roles = UsersTest.SUPERUSER)
class UserSignInTest {

    @Autowired
    Users users;

    @Autowired
    AuthenticationConfiguration authentication;

    private AuthenticationManager signIn;

    @BeforeEach
    void setUp() throws Exception {
        signIn = authentication.getAuthenticationManager();
    }

    @Test
    void aNewUserSignsInWithThePasswordTheyWereGivenAndTheirGroupsRoles() {
        User dana = users.create(UsersTest.user("dana", Group.CONTRIBUTOR), UsersTest.password(UsersTest.PASSWORD));

        Authentication signedIn = signIn.authenticate(credentials("Dana", UsersTest.PASSWORD));

        assertThat(signedIn.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_VIEWER", "ROLE_CONTRIBUTOR")
                .doesNotContain("ROLE_OPERATOR", "ROLE_SUPERUSER");
        assertThat(users.get(dana.getId()).getLastLogin()).isNotNull();
        assertThatThrownBy(() -> signIn.authenticate(credentials("dana", "not-the-password")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aDeactivatedUserCannotSignIn() {
        User dana = users.create(UsersTest.user("dana", Group.VIEWER), UsersTest.password(UsersTest.PASSWORD));

        users.deactivate(dana.getId());

        assertThatThrownBy(() -> signIn.authenticate(credentials("dana", UsersTest.PASSWORD)))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void aUserWithNoGroupWhoIsNotASuperuserCannotSignIn() {
        users.create(UsersTest.user("dana"), UsersTest.password(UsersTest.PASSWORD));

        assertThatThrownBy(() -> signIn.authenticate(credentials("dana", UsersTest.PASSWORD)))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void afterAResetOnlyTheNewPasswordWorks() {
        User dana = users.create(UsersTest.user("dana", Group.VIEWER), UsersTest.password(UsersTest.PASSWORD));

        users.resetPassword(dana.getId(), UsersTest.password("violet-harbour-17"));

        assertThatThrownBy(() -> signIn.authenticate(credentials("dana", UsersTest.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signIn.authenticate(credentials("dana", "violet-harbour-17")).isAuthenticated())
                .isTrue();
    }

    private static UsernamePasswordAuthenticationToken credentials(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
