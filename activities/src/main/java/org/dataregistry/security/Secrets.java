package org.dataregistry.security;

import java.util.regex.Pattern;

/**
 * Masks the secrets a configured URL may carry before it is logged, shown or written into a task note: the userinfo
 * of a URL ({@code http://user:password@host/}) and password parameters ({@code ?password=...}), as in
 * {@code SCRAPYD_URL}, {@code DATABASE_URL} and {@code KINGFISHER_PROCESS_DATABASE_URL}.
 */
public final class Secrets {

    /** What replaces a secret. */
    public static final String MASK = "***";

    private static final Pattern USERINFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s?#]*@");
    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)([?&;]\\s*(?:password|sslpassword|pass|pwd)=)[^&;\\s]*");

    private Secrets() {}

    /** {@code text} with the userinfo of every URL in it and every password parameter masked. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = USERINFO.matcher(text).replaceAll("$1" + MASK + "@");
        return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
    }
}
