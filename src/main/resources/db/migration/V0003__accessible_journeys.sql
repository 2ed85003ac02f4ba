-- Accessible feedback journeys: one question per page, drafts kept by return code, and the answers they add.

-- The charter's questions are asked in words that live in the translation files (English, Easy Read, Polish...),
-- keyed by the expectation's position. The table keeps the charter's own title. See docs/decisions/0004.
ALTER TABLE charter_expectation
    DROP COLUMN young_person_wording,
    DROP COLUMN parent_carer_wording,
    DROP COLUMN easy_read_wording;

-- Picture categories people browse services by: HEALTH, THERAPY, FEELINGS, AUTISM_ADHD, SCHOOL, FUN, HOME.
ALTER TABLE commissioned_service ADD COLUMN category VARCHAR(20) NOT NULL DEFAULT 'HEALTH';
UPDATE commissioned_service SET category = 'HEALTH'
    WHERE code IN ('SPECIALIST_CHILDRENS_NURSING', 'ANNUAL_HEALTH_CHECKS', 'TRANSFORMING_CARE', 'LEDER');
UPDATE commissioned_service SET category = 'THERAPY' WHERE code IN ('SPEECH_LANGUAGE_THERAPY', 'OCCUPATIONAL_THERAPY');
UPDATE commissioned_service SET category = 'FEELINGS' WHERE code IN ('EMOTIONAL_WELLBEING_CAMHS');
UPDATE commissioned_service SET category = 'AUTISM_ADHD' WHERE code IN ('NEURODEVELOPMENTAL_PATHWAY', 'NEURODIVERSE_PATHWAY');
UPDATE commissioned_service SET category = 'SCHOOL'
    WHERE code IN ('INDEPENDENT_SPECIAL_SCHOOLS', 'PORTAGE', 'JOINT_RESOURCE_ALLOCATION', 'SWALE_MASH');
UPDATE commissioned_service SET category = 'FUN' WHERE code IN ('SHORT_BREAKS');
UPDATE commissioned_service SET category = 'HOME'
    WHERE code IN ('SUPPORTED_LIVING', 'HOME_CARE', 'CARE_HOMES', 'COMMUNITY_LD_TEAMS');

-- What a finished journey adds to feedback.
-- wording: YOUNG_PERSON, PARENT_CARER, EASY_READ (the words the person was asked in, and should be replied in)
-- reply_method: NONE, EMAIL, PHONE, ADVOCATE; contact details only when the person asked for a reply.
-- safeguarding_source: PERSON (they said they do not feel safe); later also KEYWORD, STAFF.
ALTER TABLE feedback
    ADD COLUMN language            VARCHAR(20)  NOT NULL DEFAULT 'en-GB',
    ADD COLUMN wording             VARCHAR(20)  NOT NULL DEFAULT 'YOUNG_PERSON',
    ADD COLUMN change_wanted       TEXT         NULL,
    ADD COLUMN reply_method        VARCHAR(20)  NOT NULL DEFAULT 'NONE',
    ADD COLUMN contact_email       VARCHAR(254) NULL,
    ADD COLUMN contact_phone       VARCHAR(40)  NULL,
    ADD COLUMN contact_advocate    VARCHAR(200) NULL,
    ADD COLUMN safeguarding_flag   BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN safeguarding_source VARCHAR(20)  NULL,
    ADD COLUMN reply_made_sense    VARCHAR(10)  NULL,
    ADD COLUMN something_changed   VARCHAR(10)  NULL,
    ADD COLUMN response_at         DATETIME(6)  NULL;

CREATE INDEX ix_feedback_flag_submitted ON feedback (safeguarding_flag, submitted_at);

-- A reply's Easy Read version, for people who gave feedback in Easy Read.
ALTER TABLE feedback_reply ADD COLUMN easy_read_body TEXT NULL;

-- "Tell us more" under each question.
CREATE TABLE feedback_answer_comment (
    feedback_id    BIGINT NOT NULL,
    expectation_id BIGINT NOT NULL,
    comment        TEXT   NOT NULL,
    PRIMARY KEY (feedback_id, expectation_id),
    CONSTRAINT fk_feedback_answer_comment_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_answer_comment_expectation FOREIGN KEY (expectation_id) REFERENCES charter_expectation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A journey in progress, saved at every page so that nothing a person wrote is lost. Found again by its
-- return code; deleted 30 days after it was last touched if it was never sent.
CREATE TABLE feedback_draft (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    return_code      CHAR(9)      NOT NULL,
    submission_key   CHAR(36)     NOT NULL,
    language         VARCHAR(20)  NOT NULL,
    service_id       BIGINT       NULL,
    service_answered BOOLEAN      NOT NULL DEFAULT FALSE,
    area_id          BIGINT       NULL,
    area_answered    BOOLEAN      NOT NULL DEFAULT FALSE,
    respondent_group VARCHAR(30)  NULL,
    age_band         VARCHAR(10)  NULL,
    age_answered     BOOLEAN      NOT NULL DEFAULT FALSE,
    change_wanted    TEXT         NULL,
    change_answered  BOOLEAN      NOT NULL DEFAULT FALSE,
    reply_method     VARCHAR(20)  NULL,
    contact_email    VARCHAR(254) NULL,
    contact_phone    VARCHAR(40)  NULL,
    contact_advocate VARCHAR(200) NULL,
    reference_code   CHAR(7)      NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_feedback_draft_return_code UNIQUE (return_code),
    CONSTRAINT uq_feedback_draft_submission_key UNIQUE (submission_key),
    CONSTRAINT fk_feedback_draft_service FOREIGN KEY (service_id) REFERENCES commissioned_service (id),
    CONSTRAINT fk_feedback_draft_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_feedback_draft_updated ON feedback_draft (updated_at);

-- skipped: the person chose to skip the question (answer is then NULL).
CREATE TABLE feedback_draft_answer (
    draft_id       BIGINT      NOT NULL,
    expectation_id BIGINT      NOT NULL,
    skipped        BOOLEAN     NOT NULL DEFAULT FALSE,
    answer         VARCHAR(16) NULL,
    comment        TEXT        NULL,
    PRIMARY KEY (draft_id, expectation_id),
    CONSTRAINT fk_feedback_draft_answer_draft FOREIGN KEY (draft_id) REFERENCES feedback_draft (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_draft_answer_expectation FOREIGN KEY (expectation_id) REFERENCES charter_expectation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
