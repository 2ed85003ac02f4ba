package uk.coproduction.portal.audit;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** What to look for in the audit log; blank or null parts match everything. Dates are whole UK days, inclusive. */
public record AuditQuery(
        @Nullable String actor,
        @Nullable String action,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);
}
