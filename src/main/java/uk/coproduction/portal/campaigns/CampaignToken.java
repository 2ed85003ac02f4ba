package uk.coproduction.portal.campaigns;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The token a campaign link carries: the campaign's unguessable public id, a dot, and an HMAC-SHA256 over the id
 * with the deployment's key. Guessing an id is hopeless (128 random bits) and changing one character of either part
 * makes the signature wrong, so only links the portal made are honoured.
 */
final class CampaignToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern SHAPE = Pattern.compile("([A-Za-z0-9_-]{22})\\.([A-Za-z0-9_-]{43})");

    private CampaignToken() {}

    /** A new unguessable public id. */
    static String newPublicId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    static String sign(String publicId, byte[] key) {
        return publicId + "." + ENCODER.encodeToString(mac(publicId, key));
    }

    /** The public id a token carries when its signature is right; empty for anything forged, altered or malformed. */
    static Optional<String> verify(String token, byte[] key) {
        if (token == null) {
            return Optional.empty();
        }
        var matcher = SHAPE.matcher(token.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        // The signature as written is compared with the one encoding of the right one: decoding first would accept
        // a last character that differs only in the bits base64 leaves unused, so one link would have several
        // spellings. Constant time, so the time taken says nothing about how much of a guess was right.
        byte[] given = matcher.group(2).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = ENCODER.encodeToString(mac(matcher.group(1), key)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static byte[] mac(String publicId, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(publicId.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
