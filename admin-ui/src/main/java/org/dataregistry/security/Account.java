package org.dataregistry.security;

import java.util.Collection;
import java.util.List;
import org.dataregistry.user.User;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in administrator, as Spring Security holds it. An account without any role (no group, not a
 * superuser) cannot sign in: there would be nothing it may see.
 */
public record Account(long id, String username, String password, boolean active, List<String> roles)
        implements UserDetails {

    static Account of(User user) {
        return new Account(
                user.getId(),
                user.getUsername(),
                user.getPasswordHash(),
                user.isActive(),
                List.copyOf(Roles.of(user.getGroups(), user.isSuperuser())));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active && !roles.isEmpty();
    }

    @Override
    public String toString() {
        return "Account[" + username + " (" + id + "), roles=" + roles + "]";
    }
}
