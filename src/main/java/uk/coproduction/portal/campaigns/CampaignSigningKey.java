package uk.coproduction.portal.campaigns;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;

/**
 * The key campaign tokens are signed with: {@code portal.campaigns.signing-key} when the deployment sets one (at
 * least 32 characters), otherwise a random key made once and kept in the database, so every instance and every
 * restart agrees and printed QR codes keep working. Changing the key makes every existing link refused (kindly).
 */
@Component
class CampaignSigningKey {

    static final int MINIMUM_CONFIGURED_LENGTH = 32;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String configured;
    /** Made or read on first use. */
    private volatile byte @Nullable [] key;

    CampaignSigningKey(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${portal.campaigns.signing-key:}") String configured) {
        this.jdbc = jdbc;
        // The first use may come inside a read-only transaction (the staff list): the key is made in its own.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        if (!configured.isBlank() && configured.strip().length() < MINIMUM_CONFIGURED_LENGTH) {
            throw new IllegalStateException("portal.campaigns.signing-key must be at least " + MINIMUM_CONFIGURED_LENGTH
                    + " characters; leave it out to let the portal make and keep one");
        }
        this.configured = configured.strip();
    }

    byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = configured.isEmpty() ? kept() : configured.getBytes(StandardCharsets.UTF_8);
            key = known;
        }
        return known;
    }

    /** The key in the database; the first instance to need one makes it, and any other takes that one. */
    private byte[] kept() {
        String secret = ownTransaction.execute(status -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            jdbc.update(
                    "INSERT IGNORE INTO campaign_signing_key (id, secret, created_at) VALUES (1, ?, ?)",
                    Base64.getEncoder().encodeToString(random),
                    Timestamp.from(clock.instant()));
            // the row was inserted just above if no instance had made it: it is there now
            return Objects.requireNonNull(
                    jdbc.queryForObject("SELECT secret FROM campaign_signing_key WHERE id = 1", String.class));
        });
        return Base64.getDecoder().decode(secret);
    }
}
