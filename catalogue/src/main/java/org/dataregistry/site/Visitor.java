package org.dataregistry.site;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is looking at the public site. Anonymous visitors see only the visible publications (public, and with data or
 * a reason for having none); anyone signed in to the admin UI sees all of them, as in the original.
 *
 * @param signedIn whether the request carries a signed-in admin user
 */
public record Visitor(boolean signedIn) {

    public static final Visitor ANONYMOUS = new Visitor(false);
    public static final Visitor SIGNED_IN = new Visitor(true);

    /** The visitor of a request: signed in when the security filters put a user on it. */
    public static Visitor of(HttpServletRequest request) {
        return request.getUserPrincipal() != null ? SIGNED_IN : ANONYMOUS;
    }

    /**
     * The SQL condition on a {@code publication} row (table alias {@code alias}) that this visitor may see: the
     * original's {@code visible()} — public AND (an active job OR a no-data rationale) — for anonymous visitors,
     * always true for signed-in ones.
     */
    public String canSee(String alias) {
        if (signedIn) {
            return "TRUE";
        }
        return "(%1$s.public AND (%1$s.active_job_id IS NOT NULL OR %1$s.no_data_rationale_en <> ''))".formatted(alias);
    }
}
