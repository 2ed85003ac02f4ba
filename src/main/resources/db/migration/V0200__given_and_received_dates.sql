-- Issue 18, capture that keeps the facts (docs/decisions/0039).
--
-- feedback.submitted_at is the date the voice was GIVEN (the event's date, the paper form's date, or the moment an
-- online journey was sent): every figure, quarter and trigger-kept summary already reads it, so they all count a
-- voice in the quarter it was given. received_at is when the entry reached the portal (typed up, imported, sent);
-- the reply-by date counts from it. received_late: the reply-by date counted from the given date had already passed
-- when it was received, so the item is shown as "received late", never as overdue for time before it reached us.
ALTER TABLE feedback
    ADD COLUMN received_at   DATETIME(6) NULL,
    ADD COLUMN received_late BOOLEAN     NOT NULL DEFAULT FALSE;

UPDATE feedback SET received_at = submitted_at;

-- Paper forms already imported reached the portal when their batch was imported.
UPDATE feedback f JOIN import_row r ON r.feedback_id = f.id JOIN import_batch b ON b.id = r.batch_id
SET f.received_at = GREATEST(b.imported_at, f.submitted_at);

-- Their reply-by was counted from the form's date: where that had passed before the import, they were "overdue" the
-- moment they arrived. Mark them received late and restart the clock at the import (28 calendar days, the same
-- approximation of 20 working days V0005 used; new items count working days exactly).
UPDATE feedback f JOIN import_row r ON r.feedback_id = f.id
SET f.received_late = TRUE,
    f.reply_by      = DATE_ADD(DATE(f.received_at), INTERVAL 28 DAY)
WHERE f.reply_by IS NOT NULL AND f.reply_by < DATE(f.received_at);

-- Answers quick-entered at an event were dated when they were typed: date them on the event's day (noon, so the
-- calendar day is the same in UTC and UK time). The summaries' triggers move them to the event's quarter.
UPDATE feedback f JOIN activity_feedback af ON af.feedback_id = f.id JOIN activity a ON a.id = af.activity_id
SET f.submitted_at = TIMESTAMP(a.held_on, '12:00:00')
WHERE f.channel = 'EVENT' AND a.held_on < DATE(f.submitted_at);

-- Never empty, but NULL-able in its type: a row written without it (bulk demo data, SQL by hand) was received when it
-- was given, which the trigger below fills in; MariaDB refuses an omitted NOT NULL column before any trigger runs,
-- while the check is made on the row the trigger leaves.
ALTER TABLE feedback ADD CONSTRAINT ck_feedback_received_at CHECK (received_at IS NOT NULL);

CREATE TRIGGER trg_feedback_received_at BEFORE INSERT ON feedback FOR EACH ROW
BEGIN
    IF NEW.received_at IS NULL THEN
        SET NEW.received_at = NEW.submitted_at;
    END IF;
END;

CREATE INDEX ix_feedback_received ON feedback (received_at);

-- Advocates: the person's age, asked first, decides which consent can be recorded (decision 0039). NULL only for
-- what was sent before this rule.
--   under 13  a parent's or carer's consent, or a named best-interests decision; never the child's own alone;
--   13 to 15  their own consent only as a Gillick-competent young person the advocate confirmed understands;
--             otherwise a parent's or carer's consent, or a named best-interests decision;
--   16 and up capacity is presumed (Mental Capacity Act 2005 s.1(2)): their own consent; a named best-interests
--             decision (s.4) only where they were found to lack capacity for this decision; never a parent's.
ALTER TABLE feedback_advocacy
    ADD COLUMN persons_age              VARCHAR(12) NULL,
    ADD COLUMN gillick_confirmed        BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN lacks_capacity_confirmed BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT ck_feedback_advocacy_consent_by_age CHECK (
        persons_age IS NULL
        OR (persons_age IN ('UNDER_11', 'AGE_11_12')
            AND consent IN ('PARENT_FOR_YOUNG_CHILD', 'BEST_INTERESTS'))
        OR (persons_age = 'AGE_13_15'
            AND (consent IN ('PARENT_FOR_YOUNG_CHILD', 'BEST_INTERESTS')
                 OR (consent = 'GILLICK_COMPETENT' AND gillick_confirmed = TRUE)))
        OR (persons_age IN ('AGE_16_18', 'AGE_19_25', 'OVER_25')
            AND (consent IN ('OWN_VERBAL', 'OWN_WRITTEN')
                 OR (consent = 'BEST_INTERESTS' AND lacks_capacity_confirmed = TRUE))));

-- Days to the first reply count from receipt (we cannot reply before a form reaches us): the reply figures' covering
-- index carries received_at too, so they are still read from the index alone.
CREATE INDEX ix_feedback_service_facts_received ON feedback (safeguarding_flag, service_id, submitted_at,
    respondent_group, channel, area_id, age_band, reply_by, status, first_reply_at, loop_closed, received_at);
DROP INDEX ix_feedback_service_facts ON feedback;
