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

-- One covering index for every reply figure of a service (dashboard, workspace, overview): a service's unflagged
-- feedback in a period, by group, channel, area and age band, with its reply-by date, status and both facts, read
-- from the index alone. It replaces V0018's narrower index on (flag, service, reply_by, status, submitted_at).
CREATE INDEX ix_feedback_service_facts ON feedback (safeguarding_flag, service_id, submitted_at, respondent_group,
    channel, area_id, age_band, reply_by, status, first_reply_at, loop_closed);
DROP INDEX ix_feedback_flag_service ON feedback;
