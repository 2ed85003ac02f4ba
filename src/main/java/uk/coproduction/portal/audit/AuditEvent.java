package uk.coproduction.portal.audit;

import java.time.Instant;

/** One line of the audit log, as the audit page shows it. */
public record AuditEvent(long id, String actor, Instant occurredAt, String action, String objectType, String objectId,
                         String details) {
}
