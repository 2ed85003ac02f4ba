package uk.coproduction.portal.base.limits;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Signs the browser cookie and the check's challenges (HMAC-SHA256). The key is {@code portal.limits.signing-key}
 * when a deployment sets one; otherwise one is made at the first start and kept in the database, so every instance
 * signs alike and a restart does not make every browser new.
 */
@Component
public class SigningKey {

    private final byte[] key;

    SigningKey(ArrivalLimitSettings settings, JdbcTemplate jdbc, Clock clock) {
        String configured = settings.signingKey();
        if (configured != null && !configured.isBlank()) {
            this.key = configured.getBytes(StandardCharsets.UTF_8);
            return;
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.update(
                "INSERT IGNORE INTO arrival_signing_key (id, secret, created_at) VALUES (1, ?, ?)",
                HexFormat.of().formatHex(fresh),
                Timestamp.from(clock.instant()));
        this.key = HexFormat.of()
                .parseHex(jdbc.queryForObject("SELECT secret FROM arrival_signing_key WHERE id = 1", String.class));
    }

    /** The signature of these words, as hex. */
    public String sign(String words) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(words.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java", e);
        }
    }

    /** True when the signature is these words' own, compared in constant time. */
    public boolean signed(String words, String signature) {
        return signature != null
                && MessageDigest.isEqual(
                        sign(words).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }
}
