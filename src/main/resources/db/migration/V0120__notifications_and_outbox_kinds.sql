-- Issue 15 (notifications, decision 0030). Each member of staff's own choice about the daily digest, and the day
-- the digest last looked for them, so it runs at most once a day per person even if the job runs twice.
CREATE TABLE staff_notification_setting (
    account_id           BIGINT      NOT NULL PRIMARY KEY,
    daily_digest         BOOLEAN     NOT NULL DEFAULT TRUE,
    digest_covered_until DATETIME(6) NULL,
    digest_last_run_on   DATE        NULL,
    changed_at           DATETIME(6) NULL,
    CONSTRAINT fk_staff_notification_setting_account FOREIGN KEY (account_id) REFERENCES staff_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What each outgoing message is, so the outbox screen can decide what an administrator may see of it. Rows queued
-- before this migration are told apart by what only each kind has (one-time codes their flag, wrong-password
-- warnings no feedback, safeguarding alerts their fixed subjects); the rest are replies to residents, the kind that
-- shows least. gave_up_at: the sender stopped trying (after portal.mail.max-attempts).
ALTER TABLE outgoing_email
    ADD COLUMN kind       VARCHAR(30) NOT NULL DEFAULT 'RESIDENT_REPLY',
    ADD COLUMN gave_up_at DATETIME(6) NULL;

UPDATE outgoing_email SET kind = 'ONE_TIME_CODE' WHERE one_time = TRUE;
UPDATE outgoing_email SET kind = 'SIGN_IN_ALERT' WHERE one_time = FALSE AND feedback_id IS NULL;
UPDATE outgoing_email SET kind = 'SAFEGUARDING_ALERT'
WHERE one_time = FALSE AND feedback_id IS NOT NULL
  AND (subject LIKE 'New safeguarding concern %' OR subject LIKE 'Safeguarding concern % not acknowledged%');
UPDATE outgoing_email SET gave_up_at = created_at WHERE sent_at IS NULL AND attempts > 0 AND to_address IS NULL;

CREATE INDEX ix_outgoing_email_created ON outgoing_email (created_at);
