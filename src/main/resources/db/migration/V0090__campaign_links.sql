-- Issue 25, campaign and event links: a review, a frontline quarter or a school/event session gets a link carrying a
-- signed token (decision 0027). The link opens one journey, and its expected audience and window become an allowance
-- the visitor's session carries while it is open.

-- public_id is the unguessable part of the token (128 random bits, URL-safe base64); the token is public_id, a dot
-- and an HMAC over it, so only links the portal made are honoured. closed_at set = closed by hand (a leaked link);
-- re-opening clears it. journeys_started counts visitors who followed the link while it was open (once a session).
CREATE TABLE campaign (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    public_id        VARCHAR(32)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    journey          VARCHAR(20)  NOT NULL,
    service_id       BIGINT       NULL,
    quarter          CHAR(7)      NULL,
    expected_people  INT          NOT NULL,
    opens_at         DATETIME(6)  NOT NULL,
    closes_at        DATETIME(6)  NOT NULL,
    closed_at        DATETIME(6)  NULL,
    created_by       BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    journeys_started BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_campaign_public_id UNIQUE (public_id),
    CONSTRAINT fk_campaign_service FOREIGN KEY (service_id) REFERENCES commissioned_service (id),
    CONSTRAINT fk_campaign_created_by FOREIGN KEY (created_by) REFERENCES staff_account (id),
    CONSTRAINT ck_campaign_journey CHECK (journey IN ('RESIDENT_FEEDBACK', 'FRONTLINE')),
    CONSTRAINT ck_campaign_people CHECK (expected_people > 0),
    CONSTRAINT ck_campaign_window CHECK (closes_at > opens_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The signing key when the deployment does not configure one (portal.campaigns.signing-key): made once, on first
-- use, and kept here so every instance and every restart signs and checks with the same key. One row only.
CREATE TABLE campaign_signing_key (
    id         TINYINT     NOT NULL PRIMARY KEY,
    secret     VARCHAR(88) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT ck_campaign_signing_key_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The campaign a journey was started through: on the draft while the person answers, then on the feedback row
-- (frontline workers' views are feedback rows too, so this covers frontline responses).
ALTER TABLE feedback_draft ADD COLUMN campaign_id BIGINT NULL,
    ADD CONSTRAINT fk_feedback_draft_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id);
ALTER TABLE feedback ADD COLUMN campaign_id BIGINT NULL,
    ADD CONSTRAINT fk_feedback_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id);
CREATE INDEX ix_feedback_campaign ON feedback (campaign_id, submitted_at);
