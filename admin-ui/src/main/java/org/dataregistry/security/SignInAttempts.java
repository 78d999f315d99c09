package org.dataregistry.security;

import org.dataregistry.audit.AuditAction;
import org.dataregistry.audit.AuditTrail;
import org.dataregistry.user.User;
import org.dataregistry.user.UserRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts sign-ins for the {@link LoginThrottle} and audits the failed ones (a wrong password or an unknown
 * username) and the start of each refusal, with the client's address as who acted.
 */
@Component
class SignInAttempts {

    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final UserRepository users;

    SignInAttempts(LoginThrottle throttle, AuditTrail audit, UserRepository users) {
        this.throttle = throttle;
        this.audit = audit;
        this.users = users;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        String address = address(event.getAuthentication());
        Long userId = users.findByUsernameIgnoreCase(username.strip())
                .map(User::getId)
                .orElse(null);
        audit.signIn(AuditAction.SIGN_IN_FAILED, address, userId, username);
        if (throttle.failed(username, address)) {
            audit.signIn(AuditAction.SIGN_IN_THROTTLED, address, userId, username);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown address";
    }
}
