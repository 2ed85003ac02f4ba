-- Issue 7: a person asks, by their reference code, for their feedback to be deleted. An admin carries it out
-- (the person's words and contact details are removed; ratings stay, anonymous, for the figures) or refuses it
-- with a reason (for example a safeguarding concern that must be kept). status: WAITING, CARRIED_OUT, REFUSED.
CREATE TABLE erasure_request (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    feedback_id    BIGINT        NOT NULL,
    requested_at   DATETIME(6)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    decided_by     VARCHAR(100)  NULL,
    decided_at     DATETIME(6)   NULL,
    refusal_reason VARCHAR(1000) NULL,
    CONSTRAINT fk_erasure_request_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_erasure_request_status ON erasure_request (status, requested_at);
