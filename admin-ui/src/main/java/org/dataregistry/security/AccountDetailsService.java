package org.dataregistry.security;

import java.time.Clock;
import org.dataregistry.user.UserRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs administrators in against the {@code users} table and records when they last did. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    AccountDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username.strip())
                .map(Account::of)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @EventListener
    void recordLogin(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof Account account) {
            users.recordLogin(account.id(), clock.instant());
        }
    }
}
