-- Outcomes (issue 6): the Children and Young People's Outcomes Framework (seven outcomes, each with indicators) and
-- the latest values of the LD&A SMART objectives (V0001/V0002), entered by administrators, and the services each
-- indicator or objective is about, so that dashboards can show them beside the voices for the same services.
-- direction: AT_LEAST (met when the latest value is at or above the target) or AT_MOST (at or below it).

CREATE TABLE cyp_outcome (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    position INT          NOT NULL,
    title    VARCHAR(300) NOT NULL,
    CONSTRAINT uq_cyp_outcome_position UNIQUE (position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outcome_indicator (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(60)    NOT NULL,
    outcome_id   BIGINT         NOT NULL,
    title        VARCHAR(1000)  NOT NULL,
    target_value DECIMAL(12, 2) NULL,
    target_unit  VARCHAR(40)    NULL,
    direction    VARCHAR(10)    NOT NULL DEFAULT 'AT_LEAST',
    latest_value DECIMAL(12, 2) NULL,
    latest_period VARCHAR(60)   NULL,
    latest_as_of DATE           NULL,
    source_note  VARCHAR(500)   NULL,
    updated_by   VARCHAR(100)   NULL,
    updated_at   DATETIME(6)    NULL,
    CONSTRAINT uq_outcome_indicator_code UNIQUE (code),
    CONSTRAINT fk_outcome_indicator_outcome FOREIGN KEY (outcome_id) REFERENCES cyp_outcome (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE objective
    ADD COLUMN direction     VARCHAR(10)    NOT NULL DEFAULT 'AT_LEAST',
    ADD COLUMN latest_value  DECIMAL(12, 2) NULL,
    ADD COLUMN latest_period VARCHAR(60)    NULL,
    ADD COLUMN latest_as_of  DATE           NULL,
    ADD COLUMN source_note   VARCHAR(500)   NULL,
    ADD COLUMN updated_by    VARCHAR(100)   NULL,
    ADD COLUMN updated_at    DATETIME(6)    NULL;

UPDATE objective SET direction = 'AT_MOST' WHERE code = 'LDA_TRANSFORMING_CARE_INPATIENTS';

CREATE TABLE outcome_indicator_service (
    indicator_id BIGINT NOT NULL,
    service_id   BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, service_id),
    CONSTRAINT fk_outcome_indicator_service_indicator FOREIGN KEY (indicator_id) REFERENCES outcome_indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_outcome_indicator_service_service FOREIGN KEY (service_id) REFERENCES commissioned_service (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE objective_service (
    objective_id BIGINT NOT NULL,
    service_id   BIGINT NOT NULL,
    PRIMARY KEY (objective_id, service_id),
    CONSTRAINT fk_objective_service_objective FOREIGN KEY (objective_id) REFERENCES objective (id) ON DELETE CASCADE,
    CONSTRAINT fk_objective_service_service FOREIGN KEY (service_id) REFERENCES commissioned_service (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The seven outcomes of the Children and Young People's Outcomes Framework, with indicators (editable).
INSERT INTO cyp_outcome (position, title) VALUES
    (1, 'Children get the best start in life'),
    (2, 'Children and young people are healthy and have good emotional wellbeing'),
    (3, 'Children and young people with SEND learn and achieve'),
    (4, 'Children and young people are safe and feel safe'),
    (5, 'Children, young people and families are included in their community'),
    (6, 'Children, young people and families are listened to and their views shape services'),
    (7, 'Young people are prepared for adulthood');

INSERT INTO outcome_indicator (code, outcome_id, title, target_value, target_unit, direction) VALUES
    ('CYP_PORTAGE_PLAN_6_WEEKS', (SELECT id FROM cyp_outcome WHERE position = 1),
        'Families referred to Portage who have a home learning plan within 6 weeks', 90.00, '%', 'AT_LEAST'),
    ('CYP_GOOD_LEVEL_OF_DEVELOPMENT', (SELECT id FROM cyp_outcome WHERE position = 1),
        'Children with special educational needs reaching a good level of development at the end of Reception', 25.00, '%', 'AT_LEAST'),
    ('CYP_CAMHS_18_WEEKS', (SELECT id FROM cyp_outcome WHERE position = 2),
        'Children and young people referred to CAMHS seen within 18 weeks', 92.00, '%', 'AT_LEAST'),
    ('CYP_NEURO_WAIT_WEEKS', (SELECT id FROM cyp_outcome WHERE position = 2),
        'Median wait from referral to a neurodevelopmental (ADHD or autism) assessment', 52.00, 'weeks', 'AT_MOST'),
    ('CYP_SALT_18_WEEKS', (SELECT id FROM cyp_outcome WHERE position = 2),
        'Children and young people referred to Speech and Language Therapy seen within 18 weeks', 92.00, '%', 'AT_LEAST'),
    ('CYP_EHCP_20_WEEKS', (SELECT id FROM cyp_outcome WHERE position = 3),
        'New Education, Health and Care plans issued within 20 weeks', 60.00, '%', 'AT_LEAST'),
    ('CYP_NURSING_CARE_PLANS', (SELECT id FROM cyp_outcome WHERE position = 4),
        'Children with complex health needs who have an up-to-date care plan', 95.00, '%', 'AT_LEAST'),
    ('CYP_SHORT_BREAKS_PLACES', (SELECT id FROM cyp_outcome WHERE position = 5),
        'Disabled children and young people using a short break in the year', 2500.00, 'children', 'AT_LEAST'),
    ('CYP_INDEPENDENT_PLACEMENTS', (SELECT id FROM cyp_outcome WHERE position = 5),
        'Children and young people with an EHC plan placed in independent special schools', 1600.00, 'children', 'AT_MOST'),
    ('CYP_FEEDBACK_REPLIED', (SELECT id FROM cyp_outcome WHERE position = 6),
        'Feedback from children, young people and families answered within 20 working days', 90.00, '%', 'AT_LEAST'),
    ('CYP_PREPARING_FOR_ADULTHOOD', (SELECT id FROM cyp_outcome WHERE position = 7),
        'Young people with an EHC plan who have a preparing-for-adulthood review from Year 9', 80.00, '%', 'AT_LEAST'),
    ('CYP_EET_16_25', (SELECT id FROM cyp_outcome WHERE position = 7),
        'Young people aged 16 to 25 with an EHC plan in education, employment or training', 75.00, '%', 'AT_LEAST');

INSERT INTO outcome_indicator_service (indicator_id, service_id)
SELECT i.id, s.id FROM outcome_indicator i JOIN commissioned_service s ON (i.code, s.code) IN (
    ('CYP_PORTAGE_PLAN_6_WEEKS', 'PORTAGE'),
    ('CYP_GOOD_LEVEL_OF_DEVELOPMENT', 'PORTAGE'),
    ('CYP_CAMHS_18_WEEKS', 'EMOTIONAL_WELLBEING_CAMHS'),
    ('CYP_NEURO_WAIT_WEEKS', 'NEURODEVELOPMENTAL_PATHWAY'),
    ('CYP_SALT_18_WEEKS', 'SPEECH_LANGUAGE_THERAPY'),
    ('CYP_EHCP_20_WEEKS', 'JOINT_RESOURCE_ALLOCATION'),
    ('CYP_NURSING_CARE_PLANS', 'SPECIALIST_CHILDRENS_NURSING'),
    ('CYP_SHORT_BREAKS_PLACES', 'SHORT_BREAKS'),
    ('CYP_INDEPENDENT_PLACEMENTS', 'INDEPENDENT_SPECIAL_SCHOOLS'),
    ('CYP_FEEDBACK_REPLIED', 'SWALE_MASH'),
    ('CYP_PREPARING_FOR_ADULTHOOD', 'OCCUPATIONAL_THERAPY'),
    ('CYP_PREPARING_FOR_ADULTHOOD', 'SWALE_MASH'),
    ('CYP_EET_16_25', 'INDEPENDENT_SPECIAL_SCHOOLS'));

INSERT INTO objective_service (objective_id, service_id)
SELECT o.id, s.id FROM objective o JOIN commissioned_service s ON (o.code, s.code) IN (
    ('LDA_ANNUAL_HEALTH_CHECKS', 'ANNUAL_HEALTH_CHECKS'),
    ('LDA_HEALTH_ACTION_PLANS', 'ANNUAL_HEALTH_CHECKS'),
    ('LDA_TRANSFORMING_CARE_INPATIENTS', 'TRANSFORMING_CARE'),
    ('LDA_LIVING_LOCALLY', 'SUPPORTED_LIVING'),
    ('LDA_LIVING_LOCALLY', 'HOME_CARE'),
    ('LDA_LEDER_WITHIN_6_MONTHS', 'LEDER'),
    ('LDA_REASONABLE_ADJUSTMENTS', 'COMMUNITY_LD_TEAMS'),
    ('LDA_REASONABLE_ADJUSTMENTS', 'NEURODIVERSE_PATHWAY'));
