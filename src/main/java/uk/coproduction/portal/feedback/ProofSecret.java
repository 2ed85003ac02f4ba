package uk.coproduction.portal.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The private code shown once, beside the reference code, to someone who gave no e-mail or phone number: with the
 * reference code it opens their record on "my data" (decision 0017). Like {@code KX7P-4QRT-9MWD}: 12 characters
 * from the reference codes' alphabet, about 59 random bits. Only a salted SHA-256 hash is stored; a slow password
 * hash is not needed because the secret is random and long, not chosen by a person.
 */
public final class ProofSecret {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LENGTH = 12;
    private static final int SALT_BYTES = 16;

    private ProofSecret() {}

    public static String random() {
        StringBuilder secret = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                secret.append('-');
            }
            secret.append(ReferenceCode.ALPHABET.charAt(RANDOM.nextInt(ReferenceCode.ALPHABET.length())));
        }
        return secret.toString();
    }

    /** "salt:hash", both hex. */
    public static String hash(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        String compact = compact(secret).orElseThrow(() -> new IllegalArgumentException("Not a secret"));
        return HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(digest(salt, compact));
    }

    /** Whether the secret as typed (any case, spaces and dashes ignored) is the one behind the stored hash. */
    public static boolean matches(String typed, String storedHash) {
        if (storedHash == null) {
            return false;
        }
        Optional<String> compact = compact(typed);
        int colon = storedHash.indexOf(':');
        if (compact.isEmpty() || colon < 0) {
            return false;
        }
        byte[] salt = HexFormat.of().parseHex(storedHash.substring(0, colon));
        byte[] expected = HexFormat.of().parseHex(storedHash.substring(colon + 1));
        return MessageDigest.isEqual(expected, digest(salt, compact.get()));
    }

    private static Optional<String> compact(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return compact.length() == LENGTH && compact.chars().allMatch(c -> ReferenceCode.ALPHABET.indexOf(c) >= 0)
                ? Optional.of(compact)
                : Optional.empty();
    }

    private static byte[] digest(byte[] salt, String compact) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(compact.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
