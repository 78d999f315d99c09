package org.dataregistry.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongUnguessablePasswordIsAccepted() {
        assertThat(PasswordPolicy.problems("violet-harbour-17-lanterns", "maria"))
                .isEmpty();
    }

    @Test
    void shortPasswordsAreRefused() {
        assertThat(PasswordPolicy.problems("Sh0rt!pass", "maria")).containsExactly("Use at least 12 characters.");
    }

    @Test
    void digitsOnlyAreRefused() {
        assertThat(PasswordPolicy.problems("384756102938", "maria")).contains("Don't use only digits.");
    }

    @Test
    void repeatedCharactersAreRefused() {
        assertThat(PasswordPolicy.problems("abababababababab", "maria"))
                .contains("Use at least 5 different characters.");
    }

    @Test
    void theUsernameMayNotBePartOfIt() {
        assertThat(PasswordPolicy.problems("my-name-is-Maria-2026", "maria")).contains("Don't include the username.");
    }

    @Test
    void wellKnownPasswordsAreRefused() {
        assertThat(PasswordPolicy.problems("Password123456", "maria")).contains("Don't use a well-known password.");
    }

    @Test
    void passwordsBCryptWouldTruncateAreRefused() {
        assertThat(PasswordPolicy.problems("ü".repeat(40), "maria"))
                .contains("Use at most 72 bytes (about 72 plain letters).");
    }

    @RepeatedTest(20)
    void generatedPasswordsSatisfyThePolicy() {
        assertThat(PasswordPolicy.problems(PasswordPolicy.generate(), "admin")).isEmpty();
    }
}
