-- Commissioner workspace (issue 5): themes, moderated quotes, reply-by dates, more than one service per item,
-- changes recorded on plan actions and linked to the feedback behind them, replies drafted and approved,
-- and e-mails to people who asked for a reply by e-mail.

-- Themes: an editable list; keywords (comma separated, any language) let the portal suggest a theme.
CREATE TABLE theme (
    id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name     VARCHAR(100)  NOT NULL,
    keywords VARCHAR(2000) NOT NULL DEFAULT '',
    active   BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_theme_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE feedback_theme (
    feedback_id BIGINT       NOT NULL,
    theme_id    BIGINT       NOT NULL,
    tagged_by   VARCHAR(100) NOT NULL,
    tagged_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (feedback_id, theme_id),
    CONSTRAINT fk_feedback_theme_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_theme_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_feedback_theme_theme ON feedback_theme (theme_id, feedback_id);

INSERT INTO theme (name, keywords) VALUES
    ('Waiting times', 'wait,waiting,waited,long time,months,weeks,queue,list,delay,late,czekać,czekanie,kolejka'),
    ('Communication', 'told,tell,letter,phone,call,email,explain,information,understand,communicat,nobody said,kontakt,informacja'),
    ('Being listened to', 'listen,listened,heard,ignored,ignore,did not hear,didn''t listen,my views,słuchać,wysłuchać'),
    ('Respect and kindness', 'kind,rude,respect,polite,nice,friendly,shouted,mean,uprzejm,miły,szacunek'),
    ('Transition to adult services', 'transition,adult services,turning 18,turn 18,turning 25,moving on,grow up,dorosł'),
    ('Access and getting there', 'bus,travel,transport,far,parking,wheelchair,ramp,lift,access,dojazd'),
    ('Staff and continuity', 'staff,worker,changed worker,new worker,different person,keep changing,turnover,pracownik'),
    ('Being involved in decisions', 'decide,decision,choice,choose,involved,my plan,asked me,say in,decyzja,wybór'),
    ('Activities and fun', 'fun,club,activities,play,friends,holiday,enjoy,zabawa,zajęcia'),
    ('Support for families', 'parent,carer,family,siblings,respite,break,support for us,rodzina,rodzic');

-- Moderation: the words as they may be quoted outside the workspace (names, places, dates removed),
-- and who made them usable. The original comment is never changed.
ALTER TABLE feedback
    ADD COLUMN quote_text        TEXT         NULL,
    ADD COLUMN quote_approved_by VARCHAR(100) NULL,
    ADD COLUMN quote_approved_at DATETIME(6)  NULL,
    -- reply-by date (working days after it came in) and the commissioner who owns the item
    ADD COLUMN reply_by          DATE         NULL,
    ADD COLUMN owner             VARCHAR(100) NULL;

UPDATE feedback SET reply_by = DATE_ADD(DATE(submitted_at), INTERVAL 28 DAY) WHERE reply_by IS NULL;

CREATE INDEX ix_feedback_reply_by ON feedback (reply_by);
CREATE INDEX ix_feedback_owner ON feedback (owner);

-- Per service: how many working days to reply in, and whether it is jointly commissioned
-- (then a reply drafted by one commissioner is approved by another before it is sent).
ALTER TABLE commissioned_service
    ADD COLUMN reply_within_days    INT     NOT NULL DEFAULT 20,
    ADD COLUMN jointly_commissioned BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE commissioned_service SET jointly_commissioned = TRUE
    WHERE joint_pilot = TRUE OR code IN ('COMMUNITY_LD_TEAMS', 'TRANSFORMING_CARE');

-- Feedback about more than one service: the main service stays in feedback.service_id.
CREATE TABLE feedback_service (
    feedback_id BIGINT NOT NULL,
    service_id  BIGINT NOT NULL,
    PRIMARY KEY (feedback_id, service_id),
    CONSTRAINT fk_feedback_service_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_service_service FOREIGN KEY (service_id) REFERENCES commissioned_service (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Feedback linked to LD&A objectives (as well as to Delivery Plan actions).
CREATE TABLE feedback_objective (
    feedback_id  BIGINT NOT NULL,
    objective_id BIGINT NOT NULL,
    PRIMARY KEY (feedback_id, objective_id),
    CONSTRAINT fk_feedback_objective_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_objective_objective FOREIGN KEY (objective_id) REFERENCES objective (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Plan actions: progress notes, editable by administrators.
ALTER TABLE plan_action ADD COLUMN progress_notes TEXT NULL;

-- A change made under a plan action: what was done, when, by whom; which service it changed;
-- a plain and an Easy Read public summary for "You said, we did" (shown only once published).
CREATE TABLE plan_change (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    action_id      BIGINT        NOT NULL,
    service_id     BIGINT        NULL,
    what_changed   VARCHAR(2000) NOT NULL,
    easy_read      VARCHAR(1000) NULL,
    changed_on     DATE          NOT NULL,
    done_by        VARCHAR(200)  NOT NULL,
    published      BOOLEAN       NOT NULL DEFAULT FALSE,
    recorded_by    VARCHAR(100)  NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_plan_change_action FOREIGN KEY (action_id) REFERENCES plan_action (id),
    CONSTRAINT fk_plan_change_service FOREIGN KEY (service_id) REFERENCES commissioned_service (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_plan_change_service ON plan_change (service_id, changed_on);

CREATE TABLE plan_change_feedback (
    change_id   BIGINT NOT NULL,
    feedback_id BIGINT NOT NULL,
    PRIMARY KEY (change_id, feedback_id),
    CONSTRAINT fk_plan_change_feedback_change FOREIGN KEY (change_id) REFERENCES plan_change (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_change_feedback_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_plan_change_feedback_feedback ON plan_change_feedback (feedback_id);

-- Replies: SENT (the person sees it) or AWAITING_APPROVAL (drafted for a jointly commissioned service).
ALTER TABLE feedback_reply
    ADD COLUMN state       VARCHAR(20) NOT NULL DEFAULT 'SENT',
    ADD COLUMN drafted_at  DATETIME(6) NULL,
    ADD COLUMN approved_by BIGINT      NULL,
    MODIFY COLUMN sent_at  DATETIME(6) NULL,
    ADD CONSTRAINT fk_feedback_reply_approver FOREIGN KEY (approved_by) REFERENCES staff_account (id);

-- E-mails to people who asked for a reply by e-mail. The address is forgotten once the e-mail is sent.
CREATE TABLE outgoing_email (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    feedback_id BIGINT        NULL,
    to_address  VARCHAR(320)  NULL,
    subject     VARCHAR(300)  NOT NULL,
    body        TEXT          NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    sent_at     DATETIME(6)   NULL,
    attempts    INT           NOT NULL DEFAULT 0,
    last_error  VARCHAR(500)  NULL,
    CONSTRAINT fk_outgoing_email_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_outgoing_email_unsent ON outgoing_email (sent_at, created_at);
