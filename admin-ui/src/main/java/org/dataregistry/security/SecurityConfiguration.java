package org.dataregistry.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.dataregistry.user.UserRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The public catalogue (at {@code /}, {@code /es/}, {@code /ru/}...) is open to everyone; the admin UI under
 * {@code /admin/} signs in through the Vaadin login view. Views are guarded by their {@code @RolesAllowed} (checked
 * by Vaadin on navigation) and every facade method by its {@code @Secured} (checked by Spring), so an action hidden
 * in the UI is refused on the server too. JSR-250 method security stays off: it would proxy the views themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfiguration {

    /** The admin UI; every other path is the public site's (an unknown one is its "not found" page, not a login). */
    private static final RequestMatcher ADMIN = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/admin"),
            PathPatternRequestMatcher.withDefaults().matcher("/admin/**"));

    /**
     * What admin pages may load: Vaadin's bootstrap needs inline scripts and styles, and its client runs the
     * server's {@code executeJs} through {@code new Function}; images may come from https (Markdown previews).
     */
    static final String ADMIN_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** What public pages may load: the site's own script and styles, flags, and Markdown's https images. */
    static final String PUBLIC_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: https:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserRepository users, LoginThrottle throttle)
            throws Exception {
        http.authorizeHttpRequests(requests ->
                requests.requestMatchers(new NegatedRequestMatcher(ADMIN)).permitAll());
        // The language switch sets no cookie and opens no session, so it has no CSRF token to check (as the original).
        // A session whose account was deactivated, regrouped or given another password ends on its next request.
        http.addFilterBefore(new SessionAccountCheck(users), AnonymousAuthenticationFilter.class);
        // Password guessing is slowed down: a held-back sign-in is refused before its password is checked.
        http.addFilterBefore(new ThrottledSignIns(throttle), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        ADMIN, new ContentSecurityPolicyHeaderWriter(ADMIN_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(ADMIN), new ContentSecurityPolicyHeaderWriter(PUBLIC_POLICY))));
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/i18n/setlang/"));
        // Signing out leads back to the admin UI's sign-in, not to the public home page.
        // Any other admin address needs a signed-in user, then Vaadin says whether it leads anywhere (its "not found"
        // page inside the admin UI); Vaadin's own default refuses it with a bare 403.
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class, "/admin/login")
                                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
