-- Issue 7: after repeated wrong passwords a staff account is locked for a while (portal.login.*).
ALTER TABLE staff_account
    ADD COLUMN failed_sign_ins INT         NOT NULL DEFAULT 0,
    ADD COLUMN locked_until    DATETIME(6) NULL;
