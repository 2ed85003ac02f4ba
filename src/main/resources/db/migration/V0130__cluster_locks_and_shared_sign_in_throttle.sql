-- Issue 15, decision 0031: two or more instances share one database.
-- Each scheduled job runs on one instance at a time: ShedLock's table (JdbcTemplateLockProvider, times from the
-- database's own clock, so instances whose clocks differ still agree on when a lock ends).
CREATE TABLE shedlock
(
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);

-- The sign-in throttle's counts (security.SignInThrottle), shared by every instance: a guesser whose tries a load
-- balancer spreads over N instances is slowed as if there were one. The key is a SHA-256 of the client address (and
-- the typed username), so a password typed into the username field is never stored.
CREATE TABLE sign_in_throttle
(
    throttle_key    CHAR(64)    NOT NULL,
    failures        INT         NOT NULL,
    last_failure_at DATETIME(6) NOT NULL,
    blocked_until   DATETIME(6) NULL,
    PRIMARY KEY (throttle_key),
    KEY sign_in_throttle_last_failure (last_failure_at)
);
