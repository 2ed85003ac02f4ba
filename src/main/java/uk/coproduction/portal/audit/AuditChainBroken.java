package uk.coproduction.portal.audit;

/**
 * The nightly check found the audit log's hash chain broken. Published inside the check's transaction, after the
 * break is written to the log itself; the mail module tells the administrators (it sits above audit: decision 0043).
 */
public record AuditChainBroken(ChainCheck result) {}
