package org.dataregistry.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class InitialAdminAccountTest {

    private final UserRepository users = mock(UserRepository.class);
    private final PasswordEncoder passwords = new BCryptPasswordEncoder(4);

    @Test
    void theFirstStartCreatesASuperuserWithTheConfiguredPassword() {
        when(users.count()).thenReturn(0L);

        new InitialAdminAccount(users, passwords, new AdminProperties("violet-harbour-17-lanterns")).run(null);

        ArgumentCaptor<User> saved = ArgumentCaptor.forClass(User.class);
        verify(users).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("admin");
        assertThat(saved.getValue().isSuperuser()).isTrue();
        assertThat(saved.getValue().isActive()).isTrue();
        assertThat(passwords.matches(
                        "violet-harbour-17-lanterns", saved.getValue().getPasswordHash()))
                .isTrue();
    }

    @Test
    void withoutAConfiguredPasswordOneIsGenerated() {
        when(users.count()).thenReturn(0L);

        new InitialAdminAccount(users, passwords, new AdminProperties("")).run(null);

        verify(users).save(any(User.class));
    }

    @Test
    void laterStartsLeaveTheUsersAlone() {
        when(users.count()).thenReturn(3L);

        new InitialAdminAccount(users, passwords, new AdminProperties("violet-harbour-17-lanterns")).run(null);

        verify(users, never()).save(any());
    }

    @Test
    void aWeakConfiguredPasswordStopsTheStartWithTheReason() {
        when(users.count()).thenReturn(0L);

        assertThatThrownBy(() -> new InitialAdminAccount(users, passwords, new AdminProperties("admin")).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("DATA_REGISTRY_ADMIN_PASSWORD is not strong enough: Use at least 12 characters.");
        verify(users, never()).save(any());
    }
}
