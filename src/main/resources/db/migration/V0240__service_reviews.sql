-- Issue 21, reviews of a service (decision 0047): an annual stakeholder survey, a "You're Welcome" review or a deep
-- dive, opened by a commissioner of the service for a period, asking chosen audiences the six charter questions and
-- the review's own questions.

-- opens_on/closes_on are UK calendar days, both included. closed_at set = closed by hand (after the safeguarding
-- leads have read every flagged answer); a review is also over once closes_on has passed. Nothing is ever deleted.
CREATE TABLE review (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_id  BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    opens_on    DATE         NOT NULL,
    closes_on   DATE         NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    closed_at   DATETIME(6)  NULL,
    closed_by   VARCHAR(100) NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_review_service FOREIGN KEY (service_id) REFERENCES commissioned_service (id),
    CONSTRAINT ck_review_kind CHECK (kind IN ('ANNUAL_SURVEY', 'YOURE_WELCOME', 'DEEP_DIVE')),
    CONSTRAINT ck_review_period CHECK (closes_on >= opens_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_review_service ON review (service_id, opens_on);

-- Each audience a review asks, with its own link: public_id is the unguessable part of the signed token (as a
-- campaign link's, decision 0027), so each audience's link says which audience answered.
CREATE TABLE review_audience (
    review_id BIGINT      NOT NULL,
    audience  VARCHAR(20) NOT NULL,
    public_id VARCHAR(32) NOT NULL,
    PRIMARY KEY (review_id, audience),
    CONSTRAINT uq_review_audience_public_id UNIQUE (public_id),
    CONSTRAINT fk_review_audience_review FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT ck_review_audience CHECK (audience IN ('YOUNG_PEOPLE', 'PARENTS_CARERS', 'LDA_ADULTS',
                                                      'FRONTLINE_STAFF', 'PROVIDERS', 'PARTNERS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The review's own questions, asked after the six charter questions, in position order. A shipped question
-- ("You're Welcome") has a message_key and its words live in the translation files
-- (<message_key>.young-person / .parent-carer / .easy-read); a commissioner's own question has no key and its words
-- are rows of review_question_text. SCALE: faces and "not sure", optional words; WORDS: words only.
CREATE TABLE review_question (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    review_id   BIGINT       NOT NULL,
    position    INT          NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    message_key VARCHAR(120) NULL,
    CONSTRAINT uq_review_question_position UNIQUE (review_id, position),
    CONSTRAINT fk_review_question_review FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT ck_review_question_kind CHECK (kind IN ('SCALE', 'WORDS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A commissioner's own question in each voice and language. en-GB in every voice is required; another language
-- falls back to en-GB when it has no row.
CREATE TABLE review_question_text (
    question_id BIGINT        NOT NULL,
    language    VARCHAR(40)   NOT NULL,
    wording     VARCHAR(20)   NOT NULL,
    text        VARCHAR(500)  NOT NULL,
    PRIMARY KEY (question_id, language, wording),
    CONSTRAINT fk_review_question_text_question FOREIGN KEY (question_id) REFERENCES review_question (id),
    CONSTRAINT ck_review_question_text_wording CHECK (wording IN ('YOUNG_PERSON', 'PARENT_CARER', 'EASY_READ'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One person's answers to a review. Their charter answers (ratings and words per charter question) are the
-- feedback item made through the one intake (feedback_id), so safeguarding rules, reference code and audit run as
-- for every channel. entered_by, organisation_id and consent are set when an advocate or partner organisation
-- entered answers they gathered (consent: the advocacy ConsentBasis names); all null for a person's own answers.
CREATE TABLE review_response (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    review_id       BIGINT       NOT NULL,
    audience        VARCHAR(20)  NOT NULL,
    feedback_id     BIGINT       NOT NULL,
    wording         VARCHAR(20)  NOT NULL,
    language        VARCHAR(40)  NOT NULL,
    entered_by      VARCHAR(100) NULL,
    organisation_id BIGINT       NULL,
    consent         VARCHAR(30)  NULL,
    answered_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uq_review_response_feedback UNIQUE (feedback_id),
    CONSTRAINT fk_review_response_audience FOREIGN KEY (review_id, audience)
        REFERENCES review_audience (review_id, audience),
    CONSTRAINT fk_review_response_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id),
    CONSTRAINT fk_review_response_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_review_response_wording CHECK (wording IN ('YOUNG_PERSON', 'PARENT_CARER', 'EASY_READ')),
    CONSTRAINT ck_review_response_entered CHECK ((entered_by IS NULL AND organisation_id IS NULL AND consent IS NULL)
        OR (entered_by IS NOT NULL AND organisation_id IS NOT NULL AND consent IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_review_response_review ON review_response (review_id, audience);

-- The answer to one of the review's own questions: a rating (RatingAnswer names) for a SCALE question, words, or
-- both. A skipped question has no row.
CREATE TABLE review_answer (
    response_id BIGINT      NOT NULL,
    question_id BIGINT      NOT NULL,
    rating      VARCHAR(10) NULL,
    words       TEXT        NULL,
    PRIMARY KEY (response_id, question_id),
    CONSTRAINT fk_review_answer_response FOREIGN KEY (response_id) REFERENCES review_response (id),
    CONSTRAINT fk_review_answer_question FOREIGN KEY (question_id) REFERENCES review_question (id),
    CONSTRAINT ck_review_answer_rating CHECK (rating IS NULL OR rating IN ('VERY_GOOD', 'GOOD', 'OK', 'BAD',
                                                                          'VERY_BAD', 'NOT_SURE')),
    CONSTRAINT ck_review_answer_something CHECK (rating IS NOT NULL OR words IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
