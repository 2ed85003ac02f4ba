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

    private ReferenceCode() {
    }

    public static String random() {
        StringBuilder code = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            if (i == 3) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * Reads a code as a person typed it: any case, with or without the dash, with spaces.
     * Empty when it cannot be a code at all.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (compact.length() != 6 || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, 3) + "-" + compact.substring(3));
    }
}
