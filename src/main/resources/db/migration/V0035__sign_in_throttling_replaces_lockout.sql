-- Issue 19: sign-in no longer locks an account (an anonymous caller could lock any member of staff out, for ever).
-- Throttling is per client address and account, in memory (security.SignInThrottle). What stays here is what the
-- account owner is told: wrong passwords since their last sign-in, and when they were last e-mailed about them.
ALTER TABLE staff_account
    DROP COLUMN locked_until,
    ADD COLUMN email                       VARCHAR(254) NULL,
    ADD COLUMN last_failed_sign_in_at      DATETIME(6)  NULL,
    ADD COLUMN failures_before_sign_in     INT          NOT NULL DEFAULT 0,
    ADD COLUMN last_failure_before_sign_in DATETIME(6)  NULL,
    ADD COLUMN failure_alert_sent_at       DATETIME(6)  NULL;
