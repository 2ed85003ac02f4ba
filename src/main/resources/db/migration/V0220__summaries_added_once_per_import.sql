-- Issue 24, finding 5 (docs/decisions/0036, "Imports at the speed of the database"): of a 10,000-row import, most
-- of the database's time went to the per-row upkeep of the summaries (a procedure call and an upsert into
-- reply_summary for every item; rating_summary's per-answer upsert was already switched off by @portal_summary_bulk).
--
-- An import (FeedbackBatchInsert) now sets @portal_summaries_deferred on its own connection, inside its transaction,
-- and always clears it again; while it is set, the two triggers that fire for new rows skip them, and the import adds
-- exactly its own items to rating_summary and reply_summary with one set-based INSERT … SELECT … GROUP BY each, with
-- the same rule as the triggers (flagged and held items are not counted), before the transaction commits. A variable
-- of its own, not @portal_summary_bulk: the data generator sets that one and relies on reply_summary's trigger.
-- Every other path (journeys, advocates, events, updates, deletes, SQL by hand) is unchanged: the variable is NULL.

DROP TRIGGER trg_feedback_reply_summary_insert;

CREATE TRIGGER trg_feedback_reply_summary_insert AFTER INSERT ON feedback FOR EACH ROW
BEGIN
    IF @portal_summaries_deferred IS NULL THEN
        CALL portal_reply_summary_add(NEW.safeguarding_flag OR NEW.held_for_review, NEW.submitted_at, NEW.service_id,
                                      NEW.area_id, NEW.respondent_group, NEW.age_band, NEW.channel, NEW.first_reply_at,
                                      NEW.loop_closed, 1);
    END IF;
END;

DROP TRIGGER trg_feedback_rating_summary_insert;

CREATE TRIGGER trg_feedback_rating_summary_insert AFTER INSERT ON feedback_rating FOR EACH ROW
BEGIN
    IF @portal_summaries_deferred IS NULL AND @portal_summary_bulk IS NULL THEN
        CALL portal_summary_add(NEW.feedback_id, NEW.expectation_id, NEW.answer, 1);
    END IF;
END;
