-- Issue 6, "who we are not hearing from" (docs/decisions/0014).

-- Optional equality monitoring answers, kept apart from the feedback: no feedback id, no reference code, no service,
-- no time finer than the quarter, no address. Only what is needed to count them in aggregate beside the populations.
-- Each answer is NULL when the question was not answered (or not asked), or a code such as PREFER_NOT_TO_SAY.
CREATE TABLE equality_response (
    id                   BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    quarter              CHAR(7)     NOT NULL,
    team                 VARCHAR(20) NULL,
    area_id              BIGINT      NULL,
    respondent_group     VARCHAR(30) NOT NULL,
    age_band             VARCHAR(30) NULL,
    disability           VARCHAR(30) NULL,
    sex                  VARCHAR(30) NULL,
    gender_same_as_birth VARCHAR(30) NULL,
    ethnic_group         VARCHAR(30) NULL,
    religion             VARCHAR(30) NULL,
    sexual_orientation   VARCHAR(30) NULL,
    married_or_civil     VARCHAR(30) NULL,
    pregnancy_maternity  VARCHAR(30) NULL,
    CONSTRAINT fk_equality_area FOREIGN KEY (area_id) REFERENCES area (id),
    INDEX ix_equality_quarter (quarter, team, area_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Population figures administrators enter, and which respondents each is compared with: either feedback from a
-- respondent group (and age bands, comma separated), optionally for one team or one service; or, when characteristic
-- is set (QUESTION:ANSWER, e.g. DISABILITY:YES), the people who gave that equality monitoring answer.
CREATE TABLE population_figure (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    area_id          BIGINT       NOT NULL,
    team             VARCHAR(20)  NULL,
    service_id       BIGINT       NULL,
    respondent_group VARCHAR(30)  NULL,
    age_bands        VARCHAR(100) NULL,
    characteristic   VARCHAR(60)  NULL,
    people           INT          NOT NULL,
    updated_at       DATETIME     NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    CONSTRAINT fk_population_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT fk_population_service FOREIGN KEY (service_id) REFERENCES commissioned_service (id),
    CONSTRAINT ck_population_people CHECK (people > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
