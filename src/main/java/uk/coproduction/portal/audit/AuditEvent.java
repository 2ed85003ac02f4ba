package uk.coproduction.portal.audit;

import java.time.Instant;

/** One line of the audit log, as the audit page shows it; {@code seq} is its place in the hash chain ("entry N"). */
public record AuditEvent(
        long id,
        long seq,
        String actor,
        Instant occurredAt,
        String action,
        String objectType,
        String objectId,
        String details) {}
