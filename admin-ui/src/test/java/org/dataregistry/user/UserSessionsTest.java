package org.dataregistry.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dataregistry.AppTest;
import org.dataregistry.refusal.InvalidInputException;
import org.dataregistry.security.Account;
import org.dataregistry.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A superuser's change to an account reaches the sessions it has open: through the whole security chain, with the
 * session a real sign-in made.
 */
@AppTest
class UserSessionsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    private User dana;

    @BeforeEach
    void danaSignsIn() {
        dana = asSuperuser(
                () -> users.create(UsersTest.user("dana", Group.CONTRIBUTOR), UsersTest.password(UsersTest.PASSWORD)));
    }

    @Test
    void aDeactivatedUsersOpenSessionIsRefusedOnItsNextRequest() throws Exception {
        MockHttpSession session = signIn("dana", UsersTest.PASSWORD);
        assertThat(admits(session)).isTrue();

        asSuperuser(() -> users.deactivate(dana.getId()));

        MvcResult next = mvc.perform(get("/admin/").session(session)).andReturn();
        assertThat(next.getResponse().getStatus()).isEqualTo(302);
        assertThat(next.getResponse().getRedirectedUrl()).endsWith("/admin/login");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void removingAUsersGroupsEndsTheirSession() throws Exception {
        MockHttpSession session = signIn("dana", UsersTest.PASSWORD);

        change(dana, user -> user.setGroups(Set.of(Group.VIEWER)));

        assertThat(admits(session)).isFalse();
    }

    @Test
    void resettingAUsersPasswordEndsTheirSession() throws Exception {
        MockHttpSession session = signIn("dana", UsersTest.PASSWORD);

        asSuperuser(() -> {
            users.resetPassword(dana.getId(), UsersTest.password("violet-harbour-17"));
            return null;
        });

        assertThat(admits(session)).isFalse();
    }

    @Test
    void changingOnlyAUsersNameKeepsTheirSession() throws Exception {
        MockHttpSession session = signIn("dana", UsersTest.PASSWORD);

        change(dana, user -> user.setFirstName("Dana"));

        assertThat(admits(session)).isTrue();
    }

    @Test
    void usersChangeTheirOwnPasswordGivingTheCurrentOneThenSignInAgainWithTheNewOne() throws Exception {
        MockHttpSession session = signIn("dana", UsersTest.PASSWORD);
        Account danaSignedIn = new Account(dana.getId(), "dana", null, true, List.of(Roles.VIEWER));

        assertThatThrownBy(() -> as(danaSignedIn, () -> {
                    users.changeOwnPassword("not-my-password", UsersTest.password("violet-harbour-17"));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.violations())
                                .extracting(InvalidInputException.Violation::property)
                                .containsExactly(Users.CURRENT_PASSWORD));
        assertThat(admits(session)).isTrue();

        as(danaSignedIn, () -> {
            users.changeOwnPassword(UsersTest.PASSWORD, UsersTest.password("violet-harbour-17"));
            return null;
        });

        assertThat(admits(session)).isFalse();
        assertThat(admits(signIn("dana", "violet-harbour-17"))).isTrue();
    }

    private void change(User user, Consumer<User> edit) {
        asSuperuser(() -> {
            User edited = users.get(user.getId());
            edit.accept(edited);
            return users.update(edited);
        });
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/admin/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /**
     * Whether the security chain lets the session into the admin UI rather than sending it to sign in. (MockMvc has
     * no Vaadin servlet, so an admitted request then finds nothing there.)
     */
    private boolean admits(MockHttpSession session) throws Exception {
        String redirect = mvc.perform(get("/admin/").session(session))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return redirect == null || !redirect.endsWith("/admin/login");
    }

    static <T> T asSuperuser(Supplier<T> action) {
        return as("admin", action);
    }

    private static <T> T as(Object principal, Supplier<T> action) {
        String role = principal instanceof Account ? Roles.ROLE_VIEWER : Roles.ROLE_SUPERUSER;
        // Through the test holder, which also reaches a Vaadin-aware strategy an earlier browserless test left.
        TestSecurityContextHolder.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority(role))));
        try {
            return action.get();
        } finally {
            TestSecurityContextHolder.clearContext();
        }
    }
}
