-- Outcome histories (issue 18, decision 0037): every value of an outcome indicator or SMART objective is kept with
-- the date it is for, where it came from, who recorded it and when. Rows are never changed or deleted by the
-- application: a correction is a new row that names the row it corrects (corrects_id), so the earlier value stays
-- visible in the history. The latest value of an indicator is read from here; the single latest_* columns go.
-- source: HAND (entered on the outcome figures page) or IMPORT (a CSV file of values).

CREATE TABLE outcome_value (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    indicator_id BIGINT         NULL,
    objective_id BIGINT         NULL,
    value        DECIMAL(12, 2) NOT NULL,
    as_of        DATE           NOT NULL,
    period_label VARCHAR(60)    NOT NULL,
    source       VARCHAR(10)    NOT NULL,
    source_note  VARCHAR(500)   NULL,
    recorded_by  VARCHAR(100)   NOT NULL,
    recorded_at  DATETIME(6)    NOT NULL,
    corrects_id  BIGINT         NULL,
    CONSTRAINT ck_outcome_value_one_measure CHECK ((indicator_id IS NULL) <> (objective_id IS NULL)),
    CONSTRAINT ck_outcome_value_source CHECK (source IN ('HAND', 'IMPORT')),
    -- one correction per value: two people correcting the same figure at once cannot both win silently
    CONSTRAINT uq_outcome_value_corrects UNIQUE (corrects_id),
    CONSTRAINT fk_outcome_value_indicator FOREIGN KEY (indicator_id) REFERENCES outcome_indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_outcome_value_objective FOREIGN KEY (objective_id) REFERENCES objective (id) ON DELETE CASCADE,
    CONSTRAINT fk_outcome_value_corrects FOREIGN KEY (corrects_id) REFERENCES outcome_value (id),
    INDEX ix_outcome_value_indicator (indicator_id, as_of),
    INDEX ix_outcome_value_objective (objective_id, as_of)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Today's latest values become each indicator's first dated value, with who entered them and when.
INSERT INTO outcome_value (indicator_id, value, as_of, period_label, source, source_note, recorded_by, recorded_at)
SELECT id, latest_value, latest_as_of, COALESCE(latest_period, ''), 'HAND', source_note,
       COALESCE(updated_by, 'before V0180'), COALESCE(updated_at, CURRENT_TIMESTAMP(6))
FROM outcome_indicator WHERE latest_value IS NOT NULL AND latest_as_of IS NOT NULL;

INSERT INTO outcome_value (objective_id, value, as_of, period_label, source, source_note, recorded_by, recorded_at)
SELECT id, latest_value, latest_as_of, COALESCE(latest_period, ''), 'HAND', source_note,
       COALESCE(updated_by, 'before V0180'), COALESCE(updated_at, CURRENT_TIMESTAMP(6))
FROM objective WHERE latest_value IS NOT NULL AND latest_as_of IS NOT NULL;

-- Which plan domains each indicator informs, so a plan's page can set the trend beside the voices for that domain.
-- The LD&A plan's domains are the LD&A outcome areas; the children's indicators are placed by what they measure.
CREATE TABLE outcome_indicator_plan_domain (
    indicator_id   BIGINT NOT NULL,
    plan_domain_id BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, plan_domain_id),
    CONSTRAINT fk_oipd_indicator FOREIGN KEY (indicator_id) REFERENCES outcome_indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_oipd_domain FOREIGN KEY (plan_domain_id) REFERENCES plan_domain (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE objective_plan_domain (
    objective_id   BIGINT NOT NULL,
    plan_domain_id BIGINT NOT NULL,
    PRIMARY KEY (objective_id, plan_domain_id),
    CONSTRAINT fk_opd_objective FOREIGN KEY (objective_id) REFERENCES objective (id) ON DELETE CASCADE,
    CONSTRAINT fk_opd_domain FOREIGN KEY (plan_domain_id) REFERENCES plan_domain (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO objective_plan_domain (objective_id, plan_domain_id)
SELECT o.id, d.id FROM objective o
JOIN plan_domain d ON d.title = o.outcome_area
JOIN plan p ON p.id = d.plan_id AND p.code = 'LDA_STRATEGY'
WHERE o.team = 'LDA';

INSERT INTO outcome_indicator_plan_domain (indicator_id, plan_domain_id)
SELECT i.id, d.id FROM outcome_indicator i
JOIN plan p ON p.code = 'JCDP_2020_21'
JOIN plan_domain d ON d.plan_id = p.id AND (i.code, d.code) IN (
    ('CYP_FEEDBACK_REPLIED', '1'),
    ('CYP_PORTAGE_PLAN_6_WEEKS', '2'),
    ('CYP_NURSING_CARE_PLANS', '2'),
    ('CYP_EHCP_20_WEEKS', '2'),
    ('CYP_CAMHS_18_WEEKS', '3'),
    ('CYP_SALT_18_WEEKS', '3'),
    ('CYP_NEURO_WAIT_WEEKS', '3'),
    ('CYP_SHORT_BREAKS_PLACES', '3'),
    ('CYP_INDEPENDENT_PLACEMENTS', '3'),
    ('CYP_FEEDBACK_REPLIED', '4'),
    ('CYP_GOOD_LEVEL_OF_DEVELOPMENT', '4'),
    ('CYP_PREPARING_FOR_ADULTHOOD', '4'),
    ('CYP_EET_16_25', '4'));

ALTER TABLE outcome_indicator
    DROP COLUMN latest_value, DROP COLUMN latest_period, DROP COLUMN latest_as_of, DROP COLUMN source_note;
ALTER TABLE objective
    DROP COLUMN latest_value, DROP COLUMN latest_period, DROP COLUMN latest_as_of, DROP COLUMN source_note;
