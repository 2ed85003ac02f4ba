-- Advocates submitting on someone's behalf (issue 4): how consent was given, whose words each text is, how the
-- views were gathered, and whether the submission was read back to the person. One row per feedback that came
-- through an advocate (feedback.channel = 'ADVOCATE'); the feedback row itself holds the answers and texts.

-- Organisations advocates can belong to. kind adds SCHOOL to COUNCIL, NHS, PROVIDER, VOICE_PARTNER, ADVOCACY.
-- Illustrative, like the other voluntary organisations in V0002: administrators edit them.
INSERT INTO organisation (code, name, kind) VALUES
    ('KENT_INDEPENDENT_ADVOCACY', 'Kent independent advocacy service', 'ADVOCACY'),
    ('KENT_SPECIAL_SCHOOLS', 'Kent special schools network', 'SCHOOL');

-- consent: OWN_VERBAL, OWN_WRITTEN, PARENT_FOR_YOUNG_CHILD, GILLICK_COMPETENT, BEST_INTERESTS
--   (a best-interests decision under the Mental Capacity Act names who made it: best_interests_by)
-- comment_source, change_source: OWN_WORDS or ADVOCATE_SUMMARY (NULL when that text is empty)
-- read_back: AGREED (read back to the person, who agreed with it) or NOT_READ_BACK
-- organisation_id: the advocate's organisation when they submitted (kept if they later move)
CREATE TABLE feedback_advocacy (
    feedback_id       BIGINT       NOT NULL PRIMARY KEY,
    advocate_id       BIGINT       NOT NULL,
    organisation_id   BIGINT       NULL,
    consent           VARCHAR(30)  NOT NULL,
    best_interests_by VARCHAR(200) NULL,
    comment_source    VARCHAR(20)  NULL,
    change_source     VARCHAR(20)  NULL,
    read_back         VARCHAR(20)  NOT NULL,
    recorded_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_feedback_advocacy_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_advocacy_advocate FOREIGN KEY (advocate_id) REFERENCES staff_account (id),
    CONSTRAINT fk_feedback_advocacy_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_feedback_advocacy_best_interests
        CHECK (consent <> 'BEST_INTERESTS' OR best_interests_by IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_feedback_advocacy_advocate ON feedback_advocacy (advocate_id, feedback_id);

-- method: CONVERSATION, PICTURES (pictures or Talking Mats), OBSERVATION, COMMUNICATION_AID; one or more.
CREATE TABLE feedback_advocacy_gathering (
    feedback_id BIGINT      NOT NULL,
    method      VARCHAR(30) NOT NULL,
    PRIMARY KEY (feedback_id, method),
    CONSTRAINT fk_feedback_advocacy_gathering FOREIGN KEY (feedback_id) REFERENCES feedback_advocacy (feedback_id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
