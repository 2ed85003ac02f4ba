-- Issue 19 (decision 0017): a reference code alone no longer opens a person's record on /my-data.
-- The second proof is a one-time code sent to the contact details they gave, or, when they gave none,
-- a secret shown once at the end of the journey. Only hashes are stored; codes and grants expire.

-- The secret's hash (Spring Security's delegating encoder, so salted bcrypt), for feedback with no e-mail or phone.
ALTER TABLE feedback ADD COLUMN proof_secret_hash VARCHAR(200) NULL;

-- One-time codes sent by e-mail or text message. Single use, limited tries, short life; deleted a day after.
CREATE TABLE my_data_code (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    feedback_id  BIGINT       NOT NULL,
    code_hash    VARCHAR(200) NOT NULL,
    sent_by      VARCHAR(10)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    attempts     INT          NOT NULL DEFAULT 0,
    used_at      DATETIME(6)  NULL,
    withdrawn_at DATETIME(6)  NULL,
    message_id   BIGINT       NULL,
    CONSTRAINT fk_my_data_code_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_my_data_code_feedback ON my_data_code (feedback_id, created_at);

-- After a second proof: a short-lived grant, kept as the SHA-256 of a 256-bit random token held by the page.
CREATE TABLE my_data_access (
    token_hash  CHAR(64)    NOT NULL PRIMARY KEY,
    feedback_id BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_my_data_access_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outbox also carries one-time codes: by e-mail, or as a text message (kept until a text sender exists).
-- A one-time message's body is blanked once it is sent, withdrawn or out of date.
ALTER TABLE outgoing_email
    ADD COLUMN channel  VARCHAR(10) NOT NULL DEFAULT 'EMAIL',
    ADD COLUMN one_time BOOLEAN     NOT NULL DEFAULT FALSE;
