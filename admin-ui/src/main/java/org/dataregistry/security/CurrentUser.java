package org.dataregistry.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting, for audit entries and for showing or hiding actions. Permission checks stay on the server. */
@Component
public class CurrentUser {

    /** The signed-in user's name, or "system" outside any request (start-up tasks). */
    public String username() {
        return authentication().map(Authentication::getName).orElse("system");
    }

    /** The signed-in user's id, when the principal is one of our accounts. */
    public Optional<Long> id() {
        return authentication()
                .map(Authentication::getPrincipal)
                .filter(Account.class::isInstance)
                .map(principal -> ((Account) principal).id());
    }

    public boolean hasRole(String role) {
        return authentication().stream()
                .flatMap(auth -> auth.getAuthorities().stream())
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
    }

    private static Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated);
    }
}
