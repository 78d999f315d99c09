package org.dataregistry.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in the {@link LoginThrottle} holds back before its password is checked, sending the visitor back
 * to the sign-in view, which says why.
 */
class ThrottledSignIns extends OncePerRequestFilter {

    static final String LOGIN = "/admin/login";
    static final String THROTTLED = "throttled";

    private static final RequestMatcher SIGN_IN =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN);

    private final LoginThrottle throttle;

    ThrottledSignIns(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SIGN_IN.matches(request)
                && throttle.refusedUntil(request.getParameter("username"), request.getRemoteAddr())
                        .isPresent()) {
            response.sendRedirect(request.getContextPath() + LOGIN + "?" + THROTTLED);
            return;
        }
        chain.doFilter(request, response);
    }
}
