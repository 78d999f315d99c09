package org.dataregistry.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.dataregistry.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Password guessing through the real sign-in form is slowed down per account and per client address, and audited.
 * Each test guesses from its own address, as the throttle outlives a test.
 */
@AppTest
class SignInThrottleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserRepository repository;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSixthWrongPasswordInAMinuteIsRefusedWithoutCheckingThePassword() throws Exception {
        User grace = UsersTest.saved(repository, passwords, "grace");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn("grace", "wrong-guess-" + attempt, "203.0.113.1")).endsWith("/admin/login?error");
        }

        assertThat(signIn("grace", "wrong-guess-6", "203.0.113.1")).endsWith("/admin/login?throttled");
        assertThat(signIn("grace", UsersTest.PASSWORD, "203.0.113.1"))
                .as("even the right password waits")
                .endsWith("/admin/login?throttled");
        assertThat(signIn("grace", UsersTest.PASSWORD, "198.51.100.2"))
                .as("the account is held back from any address")
                .endsWith("/admin/login?throttled");

        List<String> audited = jdbc.sql("SELECT username || ' ' || action || ' ' || object_repr || ' ' || object_id "
                        + "FROM audit_log WHERE action LIKE 'SIGN_IN%' ORDER BY id")
                .query(String.class)
                .list();
        assertThat(audited)
                .containsExactly(
                        "203.0.113.1 SIGN_IN_FAILED grace " + grace.getId(),
                        "203.0.113.1 SIGN_IN_FAILED grace " + grace.getId(),
                        "203.0.113.1 SIGN_IN_FAILED grace " + grace.getId(),
                        "203.0.113.1 SIGN_IN_FAILED grace " + grace.getId(),
                        "203.0.113.1 SIGN_IN_FAILED grace " + grace.getId(),
                        "203.0.113.1 SIGN_IN_THROTTLED grace " + grace.getId());
    }

    @Test
    void oneAddressGuessingManyAccountsIsHeldBack() throws Exception {
        UsersTest.saved(repository, passwords, "frank");
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn("nobody-" + attempt, "wrong-guess", "203.0.113.9");
        }

        assertThat(signIn("frank", UsersTest.PASSWORD, "203.0.113.9")).endsWith("/admin/login?throttled");
        assertThat(signIn("frank", UsersTest.PASSWORD, "198.51.100.9")).doesNotContain("/admin/login?");
    }

    private String signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/admin/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
