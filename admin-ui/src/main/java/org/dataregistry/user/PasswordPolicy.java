package org.dataregistry.user;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What makes a password acceptable: long, not guessable from the username, not a well-known password.
 * Length beats composition rules (NIST SP 800-63B), so there are none of those.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** BCrypt only looks at the first 72 bytes. */
    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = Set.of(
            "password",
            "passw0rd",
            "qwerty",
            "letmein",
            "welcome",
            "admin",
            "administrator",
            "iloveyou",
            "monkey",
            "dragon",
            "football",
            "baseball",
            "sunshine",
            "princess",
            "trustno1",
            "changeme",
            "datareg",
            "dataregistry",
            "opencontracting");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {}

    /** Why {@code password} is not acceptable for {@code username}; empty when it is. */
    public static List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("Use at least " + MIN_LENGTH + " characters.");
            return problems;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add("Use at most " + MAX_BYTES + " bytes (about " + MAX_BYTES + " plain letters).");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.chars().allMatch(Character::isDigit)) {
            problems.add("Don't use only digits.");
        }
        if (password.chars().distinct().count() < 5) {
            problems.add("Use at least 5 different characters.");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("Don't include the username.");
        }
        String letters = lower.replaceAll("[^a-z]", "");
        if (COMMON.stream().anyMatch(common -> letters.equals(common) || lower.startsWith(common))) {
            problems.add("Don't use a well-known password.");
        }
        return problems;
    }

    /** A random 20-character password that satisfies the policy. */
    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
