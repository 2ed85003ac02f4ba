package uk.coproduction.portal.security;

import uk.coproduction.portal.feedback.InvalidFeedbackException;

import java.util.List;
import java.util.Locale;

/**
 * What an initial password must be, following the NCSC's advice: long (three random words make a good one) rather
 * than complicated, and not guessable from the account or from the most common passwords. Every path that sets a
 * staff account's password (today: an administrator creating an advocate's account) checks it here.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_DIFFERENT_CHARACTERS = 6;
    private static final List<String> COMMON = List.of("password", "passw0rd", "qwerty", "123456", "letmein",
            "welcome", "iloveyou", "abc123", "admin", "advocate", "coproduction");

    private PasswordRules() {
    }

    /** Adds a problem for the field {@code password} when the password will not do. */
    public static void check(String password, String username, String displayName, List<InvalidFeedbackException.Problem> problems) {
        if (password == null || password.isBlank()) {
            problems.add(problem("advocacy.error.password-required"));
            return;
        }
        if (password.length() < MIN_LENGTH) {
            problems.add(problem("advocacy.error.password-short"));
            return;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add(problem("advocacy.error.password-long"));
            return;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.stream().anyMatch(lower::contains)) {
            problems.add(problem("advocacy.error.password-common"));
            return;
        }
        if (containsPartOf(lower, username) || containsPartOf(lower, displayName)) {
            problems.add(problem("advocacy.error.password-personal"));
            return;
        }
        if (lower.chars().distinct().count() < MIN_DIFFERENT_CHARACTERS) {
            problems.add(problem("advocacy.error.password-repetitive"));
        }
    }

    /** True when the password contains the name, or any word of it of three letters or more. */
    private static boolean containsPartOf(String password, String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT).strip();
        if (password.contains(lower)) {
            return true;
        }
        for (String part : lower.split("[^\\p{L}\\p{N}]+")) {
            if (part.length() >= 3 && password.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static InvalidFeedbackException.Problem problem(String key) {
        return new InvalidFeedbackException.Problem("password", key);
    }
}
