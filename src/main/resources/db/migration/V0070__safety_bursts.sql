-- "I don't feel safe" is never refused (issue 25, decision 0025). Each message sent on the safety page is recorded
-- here on arrival so that a flood from one source is grouped in the safeguarding queue as a possible burst, and the
-- leads are alerted to the burst once. Counts live here, not in one instance's memory, so they hold across
-- instances and restarts.

-- One random key per day (UTC) for the keyed hashes below. Keys older than yesterday are deleted as soon as a new
-- day's key is made, so no stored hash can be turned back into an address afterwards (not even by trying every
-- address with the key, which is gone).
CREATE TABLE safety_source_key (
    day    DATE          NOT NULL PRIMARY KEY,
    secret VARBINARY(32) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row, locked while an arrival is counted, so two instances never recognise the same burst twice.
CREATE TABLE safety_burst_lock (
    id TINYINT NOT NULL PRIMARY KEY
) ENGINE = InnoDB;
INSERT INTO safety_burst_lock (id) VALUES (1);

-- A possible burst: more messages from one source within the window than the threshold allows
-- (portal.safeguarding.burst.*). source_kind: ADDRESS (same client address), BROWSER (same browser session, from
-- any address) or WORDS (the same words, any address).
CREATE TABLE safety_burst (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_kind     VARCHAR(10)   NOT NULL,
    source_hash     CHAR(64)      NOT NULL,
    first_at        DATETIME(6)   NOT NULL,
    last_at         DATETIME(6)   NOT NULL,
    alerted_at      DATETIME(6)   NULL,
    alerted_to      VARCHAR(1000) NULL,
    cleared_at      DATETIME(6)   NULL,
    cleared_by      VARCHAR(100)  NULL,
    cleared_reason  TEXT          NULL,
    cleared_outcome VARCHAR(500)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_safety_burst_source ON safety_burst (source_hash, last_at);

-- Each message as it arrived: keyed hashes of the address, of the browser's session and of the words (never the
-- address or the session id itself), what the
-- disclosure rules read in the words, whether the hidden honeypot field was filled, and its burst if any.
CREATE TABLE safety_arrival (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    submission_key     CHAR(36)     NOT NULL,
    feedback_id        BIGINT       NULL,
    arrived_at         DATETIME(6)  NOT NULL,
    address_hash       CHAR(64)     NOT NULL,
    browser_hash       CHAR(64)     NULL,
    words_hash         CHAR(64)     NULL,
    disclosure_tier    VARCHAR(20)  NULL,
    matched            VARCHAR(200) NULL,
    possibly_automated BOOLEAN      NOT NULL DEFAULT FALSE,
    burst_id           BIGINT       NULL,
    CONSTRAINT uq_safety_arrival_submission UNIQUE (submission_key),
    CONSTRAINT fk_safety_arrival_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE,
    CONSTRAINT fk_safety_arrival_burst FOREIGN KEY (burst_id) REFERENCES safety_burst (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_safety_arrival_address ON safety_arrival (address_hash, arrived_at);
CREATE INDEX ix_safety_arrival_browser ON safety_arrival (browser_hash, arrived_at);
CREATE INDEX ix_safety_arrival_words ON safety_arrival (words_hash, arrived_at);
CREATE INDEX ix_safety_arrival_feedback ON safety_arrival (feedback_id);
