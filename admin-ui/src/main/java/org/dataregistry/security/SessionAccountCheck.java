package org.dataregistry.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.dataregistry.user.UserRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session on its next request once its account no longer matches the {@code users} table:
 * deactivated, deleted, given other groups or superuser flag, or given another password (a reset or the user's
 * own change). The roles a session holds were copied at sign-in, so without this check they would outlive any of
 * those changes. The request then goes on as an anonymous one: the admin UI sends it to sign in.
 */
class SessionAccountCheck extends OncePerRequestFilter {

    private final UserRepository users;

    SessionAccountCheck(UserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof Account account
                && !stillCurrent(account)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            // Through the holder, not a handler made at start-up: Vaadin replaces the holder's strategy later.
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean stillCurrent(Account signedIn) {
        return users.findById(signedIn.id())
                .map(Account::of)
                .filter(Account::isEnabled)
                .filter(current -> current.password().equals(signedIn.password())
                        && current.roles().equals(signedIn.roles())
                        && current.username().equals(signedIn.username()))
                .isPresent();
    }
}
