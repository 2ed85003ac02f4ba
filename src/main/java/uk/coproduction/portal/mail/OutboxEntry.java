package uk.coproduction.portal.mail;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One message as an administrator sees it on the outbox screen: never the body, a resident's address or a subject
 * that names a reference code (decision 0030).
 *
 * @param recipient     the work address of a member of staff, or null for a resident (shown as hidden)
 * @param subject       the subject when {@link MessageKind#subjectShownToAdministrators()}, otherwise null
 * @param nextAttemptAt when the sender tries a failed message again; null when it will not by itself
 * @param canRetry      failed, and the address is still known
 */
public record OutboxEntry(
        long id,
        MessageKind kind,
        String channel,
        OutboxState state,
        @Nullable String recipient,
        @Nullable String subject,
        Instant queuedAt,
        @Nullable Instant sentAt,
        int attempts,
        @Nullable String lastError,
        @Nullable Instant nextAttemptAt,
        boolean givenUp,
        boolean canRetry) {}
