-- Events and sessions (issue 4): coproduction activities, who took part (counts, never names), how they were run,
-- the answers people gave there (feedback with channel EVENT), the Lundy check and what changed as a result.

-- kind: WORKSHOP, PARTNERSHIP_BOARD, SCHOOL_OR_CLUB_SESSION, SURVEY, CO_DESIGN_DAY, OTHER
-- cycle_stage: ANALYSE, PLAN, DO, REVIEW (the stage of the commissioning cycle the activity informs)
-- lundy_*: YES, PARTLY, NO (null until the Lundy check is recorded)
CREATE TABLE activity (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title                 VARCHAR(200)  NOT NULL,
    kind                  VARCHAR(30)   NOT NULL,
    held_on               DATE          NOT NULL,
    service_id            BIGINT        NOT NULL,
    cycle_stage           VARCHAR(10)   NOT NULL,
    accessible_venue      BOOLEAN       NOT NULL DEFAULT FALSE,
    accessible_materials  BOOLEAN       NOT NULL DEFAULT FALSE,
    communication_support BOOLEAN       NOT NULL DEFAULT FALSE,
    how_run_note          VARCHAR(2000) NULL,
    lundy_space           VARCHAR(10)   NULL,
    lundy_space_note      VARCHAR(1000) NULL,
    lundy_voice           VARCHAR(10)   NULL,
    lundy_voice_note      VARCHAR(1000) NULL,
    lundy_audience        VARCHAR(10)   NULL,
    lundy_audience_note   VARCHAR(1000) NULL,
    lundy_influence       VARCHAR(10)   NULL,
    lundy_influence_note  VARCHAR(1000) NULL,
    lundy_checked_by      VARCHAR(100)  NULL,
    lundy_checked_at      DATETIME(6)   NULL,
    what_changed          TEXT          NULL,
    changed_on            DATE          NULL,
    change_recorded_by    VARCHAR(100)  NULL,
    change_recorded_at    DATETIME(6)   NULL,
    recorded_by           VARCHAR(100)  NOT NULL,
    recorded_at           DATETIME(6)   NOT NULL,
    version               INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_activity_service FOREIGN KEY (service_id) REFERENCES commissioned_service (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_activity_held_on ON activity (held_on, id);
CREATE INDEX ix_activity_recorded_by ON activity (recorded_by);

-- Every service the activity concerns, the main one (activity.service_id) included.
CREATE TABLE activity_service (
    activity_id BIGINT NOT NULL,
    service_id  BIGINT NOT NULL,
    PRIMARY KEY (activity_id, service_id),
    CONSTRAINT fk_activity_service_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_service_service FOREIGN KEY (service_id) REFERENCES commissioned_service (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_activity_service_service ON activity_service (service_id, activity_id);

CREATE TABLE activity_plan (
    activity_id BIGINT NOT NULL,
    plan_id     BIGINT NOT NULL,
    PRIMARY KEY (activity_id, plan_id),
    CONSTRAINT fk_activity_plan_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_plan_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_plan_action (
    activity_id BIGINT NOT NULL,
    action_id   BIGINT NOT NULL,
    PRIMARY KEY (activity_id, action_id),
    CONSTRAINT fk_activity_plan_action_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_plan_action_action FOREIGN KEY (action_id) REFERENCES plan_action (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who took part: how many people of each group and age band (age_band null: not asked or not an age-banded group).
CREATE TABLE activity_participants (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    activity_id      BIGINT      NOT NULL,
    respondent_group VARCHAR(30) NOT NULL,
    age_band         VARCHAR(10) NULL,
    people           INT         NOT NULL,
    CONSTRAINT fk_activity_participants_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The answers people gave at the activity (feedback with channel EVENT, each row of the quick entry one item).
CREATE TABLE activity_feedback (
    activity_id BIGINT NOT NULL,
    feedback_id BIGINT NOT NULL,
    PRIMARY KEY (activity_id, feedback_id),
    CONSTRAINT uq_activity_feedback_feedback UNIQUE (feedback_id),
    CONSTRAINT fk_activity_feedback_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_feedback_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
