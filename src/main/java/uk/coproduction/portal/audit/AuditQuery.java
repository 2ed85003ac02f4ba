package uk.coproduction.portal.audit;

import java.time.LocalDate;

/** What to look for in the audit log; blank or null parts match everything. Dates are whole UK days, inclusive. */
public record AuditQuery(String actor, String action, String objectType, String objectId, LocalDate from,
                         LocalDate to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);
}
