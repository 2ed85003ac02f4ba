package uk.coproduction.portal.feedback;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The short code a person keeps to see what happened to their feedback, like {@code KX7-4PQ}.
 * Letters and digits that look alike (I/1/L, O/0) are left out so the code can be read aloud and typed back.
 */
public final class ReferenceCode {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceCode() {}

    public static String random() {
        return random(3);
    }

    /** A draft's return code, like {@code KX7P-4QRT}: longer than a reference code, so the two are not confused. */
    public static String randomReturnCode() {
        return random(4);
    }

    private static String random(int half) {
        StringBuilder code = new StringBuilder(half * 2 + 1);
        for (int i = 0; i < half * 2; i++) {
            if (i == half) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Reads a return code as typed: any case, with or without the dash, with spaces. */
    public static Optional<String> normaliseReturnCode(String typed) {
        return normalise(typed, 4);
    }

    /**
     * Reads a code as a person typed it: any case, with or without the dash, with spaces.
     * Empty when it cannot be a code at all.
     */
    public static Optional<String> normalise(String typed) {
        return normalise(typed, 3);
    }

    private static Optional<String> normalise(String typed, int half) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (compact.length() != half * 2 || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, half) + "-" + compact.substring(half));
    }
}
