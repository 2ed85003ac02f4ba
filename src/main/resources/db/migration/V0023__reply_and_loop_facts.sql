-- Issue 6, fast at scale: reply and loop-closure figures without aggregating every reply and plan link. See
-- docs/decisions/0012 ("Reply and loop facts").
--
-- Each feedback item carries two facts, kept exactly in step by database triggers whatever writes the rows:
--   first_reply_at  the earliest sent_at of its SENT replies (drafts awaiting approval do not count), NULL if none;
--   loop_closed     TRUE when it is linked (feedback_plan_action) to a plan action on which a change was recorded.
-- Hibernate does not map them (schema validation only checks mapped columns), so no entity save can overwrite them.
ALTER TABLE feedback
    ADD COLUMN first_reply_at DATETIME(6) NULL,
    ADD COLUMN loop_closed    BOOLEAN     NOT NULL DEFAULT FALSE;

-- Recount one item's facts from its replies, or its links and their actions' changes.
CREATE PROCEDURE portal_feedback_first_reply(IN p_feedback BIGINT)
    UPDATE feedback f
    SET f.first_reply_at = (SELECT MIN(r.sent_at) FROM feedback_reply r
                            WHERE r.feedback_id = p_feedback AND r.state = 'SENT' AND r.sent_at IS NOT NULL)
    WHERE f.id = p_feedback;

CREATE PROCEDURE portal_feedback_loop_closed(IN p_feedback BIGINT)
    UPDATE feedback f
    SET f.loop_closed = EXISTS (SELECT 1 FROM feedback_plan_action fpa JOIN plan_change pc ON pc.action_id = fpa.action_id
                                WHERE fpa.feedback_id = p_feedback)
    WHERE f.id = p_feedback;

-- Every item linked to an action: after a change on the action was recorded, moved or deleted.
CREATE PROCEDURE portal_action_loop_closed(IN p_action BIGINT)
    UPDATE feedback f JOIN feedback_plan_action l ON l.feedback_id = f.id
    SET f.loop_closed = EXISTS (SELECT 1 FROM feedback_plan_action fpa JOIN plan_change pc ON pc.action_id = fpa.action_id
                                WHERE fpa.feedback_id = f.id)
    WHERE l.action_id = p_action;

-- Replies. The data generator (@portal_summary_bulk on its own connection) sets its items' facts itself, in bulk.
CREATE TRIGGER trg_feedback_reply_facts_insert AFTER INSERT ON feedback_reply FOR EACH ROW
BEGIN
    IF @portal_summary_bulk IS NULL THEN
        CALL portal_feedback_first_reply(NEW.feedback_id);
    END IF;
END;

CREATE TRIGGER trg_feedback_reply_facts_update AFTER UPDATE ON feedback_reply FOR EACH ROW
BEGIN
    IF NOT (OLD.feedback_id <=> NEW.feedback_id AND OLD.state <=> NEW.state AND OLD.sent_at <=> NEW.sent_at) THEN
        CALL portal_feedback_first_reply(NEW.feedback_id);
        IF NOT (OLD.feedback_id <=> NEW.feedback_id) THEN
            CALL portal_feedback_first_reply(OLD.feedback_id);
        END IF;
    END IF;
END;

CREATE TRIGGER trg_feedback_reply_facts_delete AFTER DELETE ON feedback_reply FOR EACH ROW
BEGIN
    CALL portal_feedback_first_reply(OLD.feedback_id);
END;

-- Links from feedback to plan actions (rows are inserted and deleted, never updated by the portal; an update by
-- hand is handled too).
CREATE TRIGGER trg_feedback_plan_action_facts_insert AFTER INSERT ON feedback_plan_action FOR EACH ROW
BEGIN
    IF @portal_summary_bulk IS NULL THEN
        CALL portal_feedback_loop_closed(NEW.feedback_id);
    END IF;
END;

CREATE TRIGGER trg_feedback_plan_action_facts_update AFTER UPDATE ON feedback_plan_action FOR EACH ROW
BEGIN
    CALL portal_feedback_loop_closed(NEW.feedback_id);
    IF NOT (OLD.feedback_id <=> NEW.feedback_id) THEN
        CALL portal_feedback_loop_closed(OLD.feedback_id);
    END IF;
END;

CREATE TRIGGER trg_feedback_plan_action_facts_delete AFTER DELETE ON feedback_plan_action FOR EACH ROW
BEGIN
    CALL portal_feedback_loop_closed(OLD.feedback_id);
END;

-- Changes recorded on actions (always counted, also for the data generator: there are few).
CREATE TRIGGER trg_plan_change_facts_insert AFTER INSERT ON plan_change FOR EACH ROW
BEGIN
    CALL portal_action_loop_closed(NEW.action_id);
END;

CREATE TRIGGER trg_plan_change_facts_update AFTER UPDATE ON plan_change FOR EACH ROW
BEGIN
    IF NOT (OLD.action_id <=> NEW.action_id) THEN
        CALL portal_action_loop_closed(OLD.action_id);
        CALL portal_action_loop_closed(NEW.action_id);
    END IF;
END;

CREATE TRIGGER trg_plan_change_facts_delete AFTER DELETE ON plan_change FOR EACH ROW
BEGIN
    CALL portal_action_loop_closed(OLD.action_id);
END;

-- The facts of the feedback already there.
UPDATE feedback f
    JOIN (SELECT r.feedback_id, MIN(r.sent_at) AS first_sent FROM feedback_reply r
          WHERE r.state = 'SENT' AND r.sent_at IS NOT NULL GROUP BY r.feedback_id) x ON x.feedback_id = f.id
SET f.first_reply_at = x.first_sent;

UPDATE feedback f
    JOIN (SELECT DISTINCT fpa.feedback_id FROM feedback_plan_action fpa
          JOIN plan_change pc ON pc.action_id = fpa.action_id) x ON x.feedback_id = f.id
SET f.loop_closed = TRUE;

-- The all-services overview: items, items with a sent reply and items whose loop is closed, per quarter × service ×
-- area × group × age band × channel (rating_summary's keys and conventions). Kept by triggers on feedback only: the
-- facts above change through an UPDATE of feedback, which these triggers see like any other change of a key.
CREATE TABLE reply_summary (
    quarter_start    DATE        NOT NULL,
    service_id       BIGINT      NOT NULL,
    area_id          BIGINT      NOT NULL,
    respondent_group VARCHAR(30) NOT NULL,
    age_band         VARCHAR(10) NOT NULL,
    channel          VARCHAR(20) NOT NULL,
    items            INT         NOT NULL DEFAULT 0,
    replied          INT         NOT NULL DEFAULT 0,
    loop_closed      INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (service_id, quarter_start, area_id, respondent_group, age_band, channel),
    KEY ix_reply_summary_quarter (quarter_start, service_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One item added to (delta 1) or taken from (delta -1) the summary; flagged items are never in it.
CREATE PROCEDURE portal_reply_summary_add(IN p_flag BOOLEAN, IN p_submitted DATETIME(6), IN p_service BIGINT,
                                          IN p_area BIGINT, IN p_group VARCHAR(30), IN p_age VARCHAR(10),
                                          IN p_channel VARCHAR(20), IN p_first_reply DATETIME(6),
                                          IN p_loop_closed BOOLEAN, IN p_delta INT)
BEGIN
    IF p_flag = FALSE THEN
        INSERT INTO reply_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel, items,
                                   replied, loop_closed)
        VALUES (portal_quarter_start(p_submitted), COALESCE(p_service, 0), COALESCE(p_area, 0), p_group,
                COALESCE(p_age, ''), p_channel, p_delta, p_delta * (p_first_reply IS NOT NULL),
                p_delta * (p_loop_closed = TRUE))
        ON DUPLICATE KEY UPDATE items = items + VALUES(items), replied = replied + VALUES(replied),
                                loop_closed = loop_closed + VALUES(loop_closed);
    END IF;
END;

CREATE TRIGGER trg_feedback_reply_summary_insert AFTER INSERT ON feedback FOR EACH ROW
BEGIN
    CALL portal_reply_summary_add(NEW.safeguarding_flag, NEW.submitted_at, NEW.service_id, NEW.area_id,
                                  NEW.respondent_group, NEW.age_band, NEW.channel, NEW.first_reply_at,
                                  NEW.loop_closed, 1);
END;

CREATE TRIGGER trg_feedback_reply_summary_update AFTER UPDATE ON feedback FOR EACH ROW
BEGIN
    IF NOT (OLD.safeguarding_flag <=> NEW.safeguarding_flag AND OLD.service_id <=> NEW.service_id
            AND OLD.area_id <=> NEW.area_id AND OLD.respondent_group <=> NEW.respondent_group
            AND OLD.age_band <=> NEW.age_band AND OLD.channel <=> NEW.channel
            AND portal_quarter_start(OLD.submitted_at) <=> portal_quarter_start(NEW.submitted_at)
            AND (OLD.first_reply_at IS NULL) = (NEW.first_reply_at IS NULL)
            AND OLD.loop_closed <=> NEW.loop_closed) THEN
        CALL portal_reply_summary_add(OLD.safeguarding_flag, OLD.submitted_at, OLD.service_id, OLD.area_id,
                                      OLD.respondent_group, OLD.age_band, OLD.channel, OLD.first_reply_at,
                                      OLD.loop_closed, -1);
        CALL portal_reply_summary_add(NEW.safeguarding_flag, NEW.submitted_at, NEW.service_id, NEW.area_id,
                                      NEW.respondent_group, NEW.age_band, NEW.channel, NEW.first_reply_at,
                                      NEW.loop_closed, 1);
    END IF;
END;

CREATE TRIGGER trg_feedback_reply_summary_delete AFTER DELETE ON feedback FOR EACH ROW
BEGIN
    CALL portal_reply_summary_add(OLD.safeguarding_flag, OLD.submitted_at, OLD.service_id, OLD.area_id,
                                  OLD.respondent_group, OLD.age_band, OLD.channel, OLD.first_reply_at,
                                  OLD.loop_closed, -1);
END;

INSERT INTO reply_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel, items, replied,
                           loop_closed)
SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0), f.respondent_group,
       COALESCE(f.age_band, ''), f.channel, COUNT(*), COUNT(f.first_reply_at), SUM(f.loop_closed)
FROM feedback f
WHERE f.safeguarding_flag = FALSE
GROUP BY 1, 2, 3, 4, 5, 6;

-- One covering index for every reply figure of a service (dashboard, workspace, overview): a service's unflagged
-- feedback in a period, by group, channel, area and age band, with its reply-by date, status and both facts, read
-- from the index alone. It replaces V0018's narrower index on (flag, service, reply_by, status, submitted_at).
CREATE INDEX ix_feedback_service_facts ON feedback (safeguarding_flag, service_id, submitted_at, respondent_group,
    channel, area_id, age_band, reply_by, status, first_reply_at, loop_closed);
DROP INDEX ix_feedback_flag_service ON feedback;

-- Themes over time: how many unflagged items carry each theme, per quarter × service × area × group × age band ×
-- channel (the keys of rating_summary, stored the same way: missing service/area 0, missing age band ''), so the
-- dashboard's themes part reads a few thousand rows instead of joining a million items to their themes. Kept in step
-- by triggers on feedback_theme and feedback, as rating_summary is (docs/decisions/0012).
CREATE TABLE theme_summary (
    quarter_start    DATE        NOT NULL,
    service_id       BIGINT      NOT NULL,
    area_id          BIGINT      NOT NULL,
    respondent_group VARCHAR(30) NOT NULL,
    age_band         VARCHAR(10) NOT NULL,
    channel          VARCHAR(20) NOT NULL,
    theme_id         BIGINT      NOT NULL,
    items            INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (service_id, quarter_start, area_id, respondent_group, age_band, channel, theme_id),
    KEY ix_theme_summary_quarter (quarter_start, service_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One item's theme added to (delta 1) or taken from (delta -1) the summary, under the item's current attributes.
CREATE PROCEDURE portal_theme_summary_add(IN p_feedback BIGINT, IN p_theme BIGINT, IN p_delta INT)
    INSERT INTO theme_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel, theme_id, items)
    SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0), f.respondent_group,
           COALESCE(f.age_band, ''), f.channel, p_theme, p_delta
    FROM feedback f
    WHERE f.id = p_feedback AND f.safeguarding_flag = FALSE
    ON DUPLICATE KEY UPDATE items = items + VALUES(items);

CREATE TRIGGER trg_feedback_theme_summary_insert AFTER INSERT ON feedback_theme FOR EACH ROW
BEGIN
    IF @portal_summary_bulk IS NULL THEN
        CALL portal_theme_summary_add(NEW.feedback_id, NEW.theme_id, 1);
    END IF;
END;

CREATE TRIGGER trg_feedback_theme_summary_update AFTER UPDATE ON feedback_theme FOR EACH ROW
BEGIN
    IF NOT (OLD.feedback_id <=> NEW.feedback_id AND OLD.theme_id <=> NEW.theme_id) THEN
        CALL portal_theme_summary_add(OLD.feedback_id, OLD.theme_id, -1);
        CALL portal_theme_summary_add(NEW.feedback_id, NEW.theme_id, 1);
    END IF;
END;

CREATE TRIGGER trg_feedback_theme_summary_delete AFTER DELETE ON feedback_theme FOR EACH ROW
BEGIN
    CALL portal_theme_summary_add(OLD.feedback_id, OLD.theme_id, -1);
END;

-- An item moved to another flag, service, area, group, age band, channel or quarter: move its themes too.
CREATE TRIGGER trg_feedback_theme_summary_move AFTER UPDATE ON feedback FOR EACH ROW
BEGIN
    IF NOT (OLD.safeguarding_flag <=> NEW.safeguarding_flag AND OLD.service_id <=> NEW.service_id
            AND OLD.area_id <=> NEW.area_id AND OLD.respondent_group <=> NEW.respondent_group
            AND OLD.age_band <=> NEW.age_band AND OLD.channel <=> NEW.channel
            AND portal_quarter_start(OLD.submitted_at) <=> portal_quarter_start(NEW.submitted_at)) THEN
        IF OLD.safeguarding_flag = FALSE THEN
            INSERT INTO theme_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel, theme_id,
                                       items)
            SELECT portal_quarter_start(OLD.submitted_at), COALESCE(OLD.service_id, 0), COALESCE(OLD.area_id, 0),
                   OLD.respondent_group, COALESCE(OLD.age_band, ''), OLD.channel, t.theme_id, -1
            FROM feedback_theme t WHERE t.feedback_id = OLD.id
            ON DUPLICATE KEY UPDATE items = items + VALUES(items);
        END IF;
        IF NEW.safeguarding_flag = FALSE THEN
            INSERT INTO theme_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel, theme_id,
                                       items)
            SELECT portal_quarter_start(NEW.submitted_at), COALESCE(NEW.service_id, 0), COALESCE(NEW.area_id, 0),
                   NEW.respondent_group, COALESCE(NEW.age_band, ''), NEW.channel, t.theme_id, 1
            FROM feedback_theme t WHERE t.feedback_id = NEW.id
            ON DUPLICATE KEY UPDATE items = items + VALUES(items);
        END IF;
    END IF;
END;

-- Deleting feedback deletes its themes by ON DELETE CASCADE, which fires no trigger: take them out here first.
CREATE TRIGGER trg_feedback_theme_summary_remove BEFORE DELETE ON feedback FOR EACH ROW
BEGIN
    IF OLD.safeguarding_flag = FALSE THEN
        INSERT INTO theme_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel, theme_id,
                                   items)
        SELECT portal_quarter_start(OLD.submitted_at), COALESCE(OLD.service_id, 0), COALESCE(OLD.area_id, 0),
               OLD.respondent_group, COALESCE(OLD.age_band, ''), OLD.channel, t.theme_id, -1
        FROM feedback_theme t WHERE t.feedback_id = OLD.id
        ON DUPLICATE KEY UPDATE items = items + VALUES(items);
    END IF;
END;

-- The themes already given.
INSERT INTO theme_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel, theme_id, items)
SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0), f.respondent_group,
       COALESCE(f.age_band, ''), f.channel, t.theme_id, COUNT(*)
FROM feedback f JOIN feedback_theme t ON t.feedback_id = f.id
WHERE f.safeguarding_flag = FALSE
GROUP BY 1, 2, 3, 4, 5, 6, 7;
