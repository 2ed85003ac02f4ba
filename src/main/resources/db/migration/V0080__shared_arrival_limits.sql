-- Limits for people arriving without an account, shared by every instance and kept across restarts (decision 0026).
CREATE TABLE arrival_bucket (
    bucket_key  VARCHAR(190) NOT NULL PRIMARY KEY,
    tokens      DOUBLE       NOT NULL,
    refilled_at DATETIME(6)  NOT NULL
);
CREATE INDEX ix_arrival_bucket_refilled ON arrival_bucket (refilled_at);

-- Each proof-of-work challenge may be answered once.
CREATE TABLE arrival_check_used (
    nonce   CHAR(32)    NOT NULL PRIMARY KEY,
    used_at DATETIME(6) NOT NULL
);

-- The key that signs browser cookies and challenges when the deployment does not set one: made once, shared by all.
CREATE TABLE arrival_signing_key (
    id         TINYINT      NOT NULL PRIMARY KEY,
    secret     CHAR(64)     NOT NULL,
    created_at DATETIME(6)  NOT NULL
);
