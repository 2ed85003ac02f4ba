-- The safeguarding queue: what a safeguarding lead did about each flagged item, and when. Never edited, only added to.
-- kind: ACKNOWLEDGED, REFERRED_CHILDRENS_FRONT_DOOR, REFERRED_ADULTS_FRONT_DOOR, POLICE, NO_ACTION, RETURNED_TO_TRIAGE
CREATE TABLE safeguarding_action (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    feedback_id BIGINT       NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    note        TEXT         NULL,
    taken_by    VARCHAR(100) NOT NULL,
    taken_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_safeguarding_action_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_safeguarding_action_feedback ON safeguarding_action (feedback_id, taken_at);
