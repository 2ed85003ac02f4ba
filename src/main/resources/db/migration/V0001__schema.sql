-- Schema of the walking skeleton. Flyway owns it; Hibernate only validates.
-- Reference data lives in V0002; demo data is never in a migration (it is loaded by the demo profile).

CREATE TABLE charter_expectation (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    position             INT          NOT NULL,
    title                VARCHAR(200) NOT NULL,
    young_person_wording VARCHAR(300) NOT NULL,
    parent_carer_wording VARCHAR(300) NOT NULL,
    easy_read_wording    VARCHAR(300) NOT NULL,
    CONSTRAINT uq_charter_expectation_position UNIQUE (position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE area (
    id   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40)  NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT uq_area_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- kind: COUNCIL, NHS, PROVIDER, VOICE_PARTNER, ADVOCACY
CREATE TABLE organisation (
    id   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40)  NOT NULL,
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(30)  NOT NULL,
    CONSTRAINT uq_organisation_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- team: CHILDRENS (children, young people and SEND) or LDA (learning disability and autism)
-- cycle_stage: ANALYSE, PLAN, DO, REVIEW (the commissioning cycle)
CREATE TABLE commissioned_service (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(60)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    description       VARCHAR(1000) NOT NULL,
    search_terms      VARCHAR(500)  NOT NULL DEFAULT '',
    team              VARCHAR(20)   NOT NULL,
    client_group      VARCHAR(200)  NOT NULL,
    commissioner_id   BIGINT        NOT NULL,
    provider_id       BIGINT        NOT NULL,
    cycle_stage       VARCHAR(10)   NOT NULL,
    contract_end      DATE          NULL,
    joint_pilot       BOOLEAN       NOT NULL DEFAULT FALSE,
    active            BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_service_code UNIQUE (code),
    CONSTRAINT fk_service_commissioner FOREIGN KEY (commissioner_id) REFERENCES organisation (id),
    CONSTRAINT fk_service_provider FOREIGN KEY (provider_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_area (
    service_id BIGINT NOT NULL,
    area_id    BIGINT NOT NULL,
    PRIMARY KEY (service_id, area_id),
    CONSTRAINT fk_service_area_service FOREIGN KEY (service_id) REFERENCES commissioned_service (id),
    CONSTRAINT fk_service_area_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Plans: plan -> domain -> outcome -> action (the Joint Commissioning Delivery Plan shape)
CREATE TABLE plan (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(60)  NOT NULL,
    short_name VARCHAR(60)  NOT NULL,
    title      VARCHAR(300) NOT NULL,
    period VARCHAR(60)  NOT NULL,
    team   VARCHAR(20)  NOT NULL,
    CONSTRAINT uq_plan_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_domain (
    id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id BIGINT       NOT NULL,
    code    VARCHAR(20)  NOT NULL,
    title   VARCHAR(300) NOT NULL,
    CONSTRAINT uq_plan_domain_code UNIQUE (plan_id, code),
    CONSTRAINT fk_plan_domain_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_outcome (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    domain_id BIGINT       NOT NULL,
    code      VARCHAR(20)  NOT NULL,
    title     VARCHAR(500) NOT NULL,
    CONSTRAINT uq_plan_outcome_code UNIQUE (domain_id, code),
    CONSTRAINT fk_plan_outcome_domain FOREIGN KEY (domain_id) REFERENCES plan_domain (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- status: NOT_STARTED, IN_PROGRESS, DONE
CREATE TABLE plan_action (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    outcome_id BIGINT        NOT NULL,
    code       VARCHAR(20)   NOT NULL,
    title      VARCHAR(1000) NOT NULL,
    owner      VARCHAR(200)  NOT NULL,
    timescale  VARCHAR(100)  NOT NULL,
    status     VARCHAR(20)   NOT NULL DEFAULT 'NOT_STARTED',
    CONSTRAINT uq_plan_action_code UNIQUE (outcome_id, code),
    CONSTRAINT fk_plan_action_outcome FOREIGN KEY (outcome_id) REFERENCES plan_outcome (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- LD&A SMART objectives (and later other outcome indicators): a target per objective.
CREATE TABLE objective (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(60)    NOT NULL,
    team         VARCHAR(20)    NOT NULL,
    outcome_area VARCHAR(200)   NOT NULL,
    title        VARCHAR(1000)  NOT NULL,
    target_value DECIMAL(12, 2) NULL,
    target_unit  VARCHAR(40)    NULL,
    CONSTRAINT uq_objective_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Staff accounts (residents never need one). Roles in their own table: one person can hold several.
CREATE TABLE staff_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(100) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    organisation_id BIGINT       NULL,
    team            VARCHAR(20)  NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_staff_account_username UNIQUE (username),
    CONSTRAINT fk_staff_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_staff_account_role_account FOREIGN KEY (account_id) REFERENCES staff_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Feedback. respondent_group: YOUNG_PERSON, PARENT_CARER, LDA_ADULT, SOMEONE_ELSE (later: advocates, staff, ...)
-- channel: ONLINE (first-hand), ADVOCATE, EVENT, PAPER, STAFF
-- status: NEW, READ, LINKED, REPLIED, CHANGE_PLANNED, CHANGE_MADE, CLOSED
CREATE TABLE feedback (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference_code   CHAR(7)     NOT NULL,
    submission_key   CHAR(36)    NULL,
    service_id       BIGINT      NULL,
    area_id          BIGINT      NULL,
    respondent_group VARCHAR(30) NOT NULL,
    age_band         VARCHAR(10) NULL,
    channel          VARCHAR(20) NOT NULL DEFAULT 'ONLINE',
    comment          TEXT        NULL,
    status           VARCHAR(20) NOT NULL,
    submitted_at     DATETIME(6) NOT NULL,
    version          INT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_feedback_reference_code UNIQUE (reference_code),
    CONSTRAINT uq_feedback_submission_key UNIQUE (submission_key),
    CONSTRAINT fk_feedback_service FOREIGN KEY (service_id) REFERENCES commissioned_service (id),
    CONSTRAINT fk_feedback_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_feedback_status_submitted ON feedback (status, submitted_at);
CREATE INDEX ix_feedback_service_submitted ON feedback (service_id, submitted_at);

-- answer: VERY_GOOD, GOOD, OK, BAD, VERY_BAD, NOT_SURE (a skipped question has no row)
CREATE TABLE feedback_rating (
    feedback_id    BIGINT      NOT NULL,
    expectation_id BIGINT      NOT NULL,
    answer         VARCHAR(16) NOT NULL,
    PRIMARY KEY (feedback_id, expectation_id),
    CONSTRAINT fk_feedback_rating_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_rating_expectation FOREIGN KEY (expectation_id) REFERENCES charter_expectation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE feedback_plan_action (
    feedback_id BIGINT NOT NULL,
    action_id   BIGINT NOT NULL,
    PRIMARY KEY (feedback_id, action_id),
    CONSTRAINT fk_feedback_plan_action_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_plan_action_action FOREIGN KEY (action_id) REFERENCES plan_action (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE feedback_reply (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    feedback_id BIGINT      NOT NULL,
    body        TEXT        NOT NULL,
    author_id   BIGINT      NOT NULL,
    sent_at     DATETIME(6) NOT NULL,
    CONSTRAINT fk_feedback_reply_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_reply_author FOREIGN KEY (author_id) REFERENCES staff_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every status change: who and when (the evidence trail the commissioner workspace builds on).
CREATE TABLE feedback_status_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    feedback_id BIGINT       NOT NULL,
    from_status VARCHAR(20)  NULL,
    to_status   VARCHAR(20)  NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_feedback_status_change_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_feedback_status_change_feedback ON feedback_status_change (feedback_id, changed_at);
