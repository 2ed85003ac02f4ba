-- Flag, don't drop (decision 0026): feedback that looks sent by a program is kept, held for a person to review, and
-- left out of every figure until cleared.
ALTER TABLE feedback
    ADD COLUMN held_for_review   BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN held_reason       VARCHAR(30)  NULL,
    ADD COLUMN held_at           DATETIME(6)  NULL,
    ADD COLUMN held_cleared_by   VARCHAR(200) NULL,
    ADD COLUMN held_cleared_at   DATETIME(6)  NULL,
    ADD COLUMN words_fingerprint CHAR(64)     NULL;
CREATE INDEX ix_feedback_words_fingerprint ON feedback (words_fingerprint, submitted_at);
CREATE INDEX ix_feedback_held ON feedback (held_for_review, held_at);
