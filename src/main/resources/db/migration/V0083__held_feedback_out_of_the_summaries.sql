-- Flag, don't drop (decision 0026): feedback held for review is out of every figure until a commissioner clears
-- it. The three summaries the dashboards read (rating_summary, reply_summary, theme_summary; decision 0012) counted
-- every unflagged item, held or not: their procedures and triggers now count an item only when it is neither
-- safeguarding-flagged nor held, move it in when its hold is cleared, and the summaries are rebuilt from the rows.
-- Generated from V0018 and V0023 with one change: "not flagged" became "not flagged and not held".


DROP TRIGGER trg_feedback_summary_update;

DROP TRIGGER trg_feedback_summary_delete;

DROP TRIGGER trg_feedback_reply_summary_insert;

DROP TRIGGER trg_feedback_reply_summary_update;

DROP TRIGGER trg_feedback_reply_summary_delete;

DROP TRIGGER trg_feedback_theme_summary_move;

DROP TRIGGER trg_feedback_theme_summary_remove;

DROP PROCEDURE portal_summary_add;

DROP PROCEDURE portal_theme_summary_add;

CREATE PROCEDURE portal_summary_add(IN p_feedback BIGINT, IN p_expectation BIGINT, IN p_answer VARCHAR(16),
                                    IN p_delta INT)
    INSERT INTO rating_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel, expectation_id,
                                very_good, good, ok, bad, very_bad, not_sure)
    SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0), f.respondent_group,
           COALESCE(f.age_band, ''), f.channel, p_expectation,
           p_delta * (p_answer = 'VERY_GOOD'), p_delta * (p_answer = 'GOOD'), p_delta * (p_answer = 'OK'),
           p_delta * (p_answer = 'BAD'), p_delta * (p_answer = 'VERY_BAD'), p_delta * (p_answer = 'NOT_SURE')
    FROM feedback f
    WHERE f.id = p_feedback AND f.safeguarding_flag = FALSE AND f.held_for_review = FALSE
    ON DUPLICATE KEY UPDATE very_good = very_good + VALUES(very_good), good = good + VALUES(good),
                            ok = ok + VALUES(ok), bad = bad + VALUES(bad), very_bad = very_bad + VALUES(very_bad),
                            not_sure = not_sure + VALUES(not_sure);

CREATE PROCEDURE portal_theme_summary_add(IN p_feedback BIGINT, IN p_theme BIGINT, IN p_delta INT)
    INSERT INTO theme_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel, theme_id, items)
    SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0), f.respondent_group,
           COALESCE(f.age_band, ''), f.channel, p_theme, p_delta
    FROM feedback f
    WHERE f.id = p_feedback AND f.safeguarding_flag = FALSE AND f.held_for_review = FALSE
    ON DUPLICATE KEY UPDATE items = items + VALUES(items);

CREATE TRIGGER trg_feedback_summary_update AFTER UPDATE ON feedback FOR EACH ROW
BEGIN
    IF NOT (OLD.safeguarding_flag <=> NEW.safeguarding_flag AND OLD.held_for_review <=> NEW.held_for_review AND OLD.service_id <=> NEW.service_id
            AND OLD.area_id <=> NEW.area_id AND OLD.respondent_group <=> NEW.respondent_group
            AND OLD.age_band <=> NEW.age_band AND OLD.channel <=> NEW.channel
            AND portal_quarter_start(OLD.submitted_at) <=> portal_quarter_start(NEW.submitted_at)) THEN
        IF OLD.safeguarding_flag = FALSE AND OLD.held_for_review = FALSE THEN
            INSERT INTO rating_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel,
                                        expectation_id, very_good, good, ok, bad, very_bad, not_sure)
            SELECT portal_quarter_start(OLD.submitted_at), COALESCE(OLD.service_id, 0), COALESCE(OLD.area_id, 0),
                   OLD.respondent_group, COALESCE(OLD.age_band, ''), OLD.channel, r.expectation_id,
                   -(r.answer = 'VERY_GOOD'), -(r.answer = 'GOOD'), -(r.answer = 'OK'), -(r.answer = 'BAD'),
                   -(r.answer = 'VERY_BAD'), -(r.answer = 'NOT_SURE')
            FROM feedback_rating r WHERE r.feedback_id = OLD.id
            ON DUPLICATE KEY UPDATE very_good = very_good + VALUES(very_good), good = good + VALUES(good),
                                    ok = ok + VALUES(ok), bad = bad + VALUES(bad),
                                    very_bad = very_bad + VALUES(very_bad), not_sure = not_sure + VALUES(not_sure);
        END IF;
        IF NEW.safeguarding_flag = FALSE AND NEW.held_for_review = FALSE THEN
            INSERT INTO rating_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel,
                                        expectation_id, very_good, good, ok, bad, very_bad, not_sure)
            SELECT portal_quarter_start(NEW.submitted_at), COALESCE(NEW.service_id, 0), COALESCE(NEW.area_id, 0),
                   NEW.respondent_group, COALESCE(NEW.age_band, ''), NEW.channel, r.expectation_id,
                   (r.answer = 'VERY_GOOD'), (r.answer = 'GOOD'), (r.answer = 'OK'), (r.answer = 'BAD'),
                   (r.answer = 'VERY_BAD'), (r.answer = 'NOT_SURE')
            FROM feedback_rating r WHERE r.feedback_id = NEW.id
            ON DUPLICATE KEY UPDATE very_good = very_good + VALUES(very_good), good = good + VALUES(good),
                                    ok = ok + VALUES(ok), bad = bad + VALUES(bad),
                                    very_bad = very_bad + VALUES(very_bad), not_sure = not_sure + VALUES(not_sure);
        END IF;
    END IF;
END;

CREATE TRIGGER trg_feedback_summary_delete BEFORE DELETE ON feedback FOR EACH ROW
BEGIN
    IF OLD.safeguarding_flag = FALSE AND OLD.held_for_review = FALSE THEN
        INSERT INTO rating_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel,
                                    expectation_id, very_good, good, ok, bad, very_bad, not_sure)
        SELECT portal_quarter_start(OLD.submitted_at), COALESCE(OLD.service_id, 0), COALESCE(OLD.area_id, 0),
               OLD.respondent_group, COALESCE(OLD.age_band, ''), OLD.channel, r.expectation_id,
               -(r.answer = 'VERY_GOOD'), -(r.answer = 'GOOD'), -(r.answer = 'OK'), -(r.answer = 'BAD'),
               -(r.answer = 'VERY_BAD'), -(r.answer = 'NOT_SURE')
        FROM feedback_rating r WHERE r.feedback_id = OLD.id
        ON DUPLICATE KEY UPDATE very_good = very_good + VALUES(very_good), good = good + VALUES(good),
                                ok = ok + VALUES(ok), bad = bad + VALUES(bad),
                                very_bad = very_bad + VALUES(very_bad), not_sure = not_sure + VALUES(not_sure);
    END IF;
END;

CREATE TRIGGER trg_feedback_reply_summary_insert AFTER INSERT ON feedback FOR EACH ROW
BEGIN
    CALL portal_reply_summary_add(NEW.safeguarding_flag OR NEW.held_for_review, NEW.submitted_at, NEW.service_id, NEW.area_id,
                                  NEW.respondent_group, NEW.age_band, NEW.channel, NEW.first_reply_at,
                                  NEW.loop_closed, 1);
END;

CREATE TRIGGER trg_feedback_reply_summary_update AFTER UPDATE ON feedback FOR EACH ROW
BEGIN
    IF NOT (OLD.safeguarding_flag <=> NEW.safeguarding_flag AND OLD.held_for_review <=> NEW.held_for_review AND OLD.service_id <=> NEW.service_id
            AND OLD.area_id <=> NEW.area_id AND OLD.respondent_group <=> NEW.respondent_group
            AND OLD.age_band <=> NEW.age_band AND OLD.channel <=> NEW.channel
            AND portal_quarter_start(OLD.submitted_at) <=> portal_quarter_start(NEW.submitted_at)
            AND (OLD.first_reply_at IS NULL) = (NEW.first_reply_at IS NULL)
            AND OLD.loop_closed <=> NEW.loop_closed) THEN
        CALL portal_reply_summary_add(OLD.safeguarding_flag OR OLD.held_for_review, OLD.submitted_at, OLD.service_id, OLD.area_id,
                                      OLD.respondent_group, OLD.age_band, OLD.channel, OLD.first_reply_at,
                                      OLD.loop_closed, -1);
        CALL portal_reply_summary_add(NEW.safeguarding_flag OR NEW.held_for_review, NEW.submitted_at, NEW.service_id, NEW.area_id,
                                      NEW.respondent_group, NEW.age_band, NEW.channel, NEW.first_reply_at,
                                      NEW.loop_closed, 1);
    END IF;
END;

CREATE TRIGGER trg_feedback_reply_summary_delete AFTER DELETE ON feedback FOR EACH ROW
BEGIN
    CALL portal_reply_summary_add(OLD.safeguarding_flag OR OLD.held_for_review, OLD.submitted_at, OLD.service_id, OLD.area_id,
                                  OLD.respondent_group, OLD.age_band, OLD.channel, OLD.first_reply_at,
                                  OLD.loop_closed, -1);
END;

CREATE TRIGGER trg_feedback_theme_summary_move AFTER UPDATE ON feedback FOR EACH ROW
BEGIN
    IF NOT (OLD.safeguarding_flag <=> NEW.safeguarding_flag AND OLD.held_for_review <=> NEW.held_for_review AND OLD.service_id <=> NEW.service_id
            AND OLD.area_id <=> NEW.area_id AND OLD.respondent_group <=> NEW.respondent_group
            AND OLD.age_band <=> NEW.age_band AND OLD.channel <=> NEW.channel
            AND portal_quarter_start(OLD.submitted_at) <=> portal_quarter_start(NEW.submitted_at)) THEN
        IF OLD.safeguarding_flag = FALSE AND OLD.held_for_review = FALSE THEN
            INSERT INTO theme_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel, theme_id,
                                       items)
            SELECT portal_quarter_start(OLD.submitted_at), COALESCE(OLD.service_id, 0), COALESCE(OLD.area_id, 0),
                   OLD.respondent_group, COALESCE(OLD.age_band, ''), OLD.channel, t.theme_id, -1
            FROM feedback_theme t WHERE t.feedback_id = OLD.id
            ON DUPLICATE KEY UPDATE items = items + VALUES(items);
        END IF;
        IF NEW.safeguarding_flag = FALSE AND NEW.held_for_review = FALSE THEN
            INSERT INTO theme_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel, theme_id,
                                       items)
            SELECT portal_quarter_start(NEW.submitted_at), COALESCE(NEW.service_id, 0), COALESCE(NEW.area_id, 0),
                   NEW.respondent_group, COALESCE(NEW.age_band, ''), NEW.channel, t.theme_id, 1
            FROM feedback_theme t WHERE t.feedback_id = NEW.id
            ON DUPLICATE KEY UPDATE items = items + VALUES(items);
        END IF;
    END IF;
END;

CREATE TRIGGER trg_feedback_theme_summary_remove BEFORE DELETE ON feedback FOR EACH ROW
BEGIN
    IF OLD.safeguarding_flag = FALSE AND OLD.held_for_review = FALSE THEN
        INSERT INTO theme_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel, theme_id,
                                   items)
        SELECT portal_quarter_start(OLD.submitted_at), COALESCE(OLD.service_id, 0), COALESCE(OLD.area_id, 0),
               OLD.respondent_group, COALESCE(OLD.age_band, ''), OLD.channel, t.theme_id, -1
        FROM feedback_theme t WHERE t.feedback_id = OLD.id
        ON DUPLICATE KEY UPDATE items = items + VALUES(items);
    END IF;
END;

DELETE FROM rating_summary;

DELETE FROM reply_summary;

DELETE FROM theme_summary;

INSERT INTO rating_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel, expectation_id,
                            very_good, good, ok, bad, very_bad, not_sure)
SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0), f.respondent_group,
       COALESCE(f.age_band, ''), f.channel, r.expectation_id,
       SUM(r.answer = 'VERY_GOOD'), SUM(r.answer = 'GOOD'), SUM(r.answer = 'OK'), SUM(r.answer = 'BAD'),
       SUM(r.answer = 'VERY_BAD'), SUM(r.answer = 'NOT_SURE')
FROM feedback f JOIN feedback_rating r ON r.feedback_id = f.id
WHERE f.safeguarding_flag = FALSE AND f.held_for_review = FALSE
GROUP BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO reply_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel, items, replied,
                           loop_closed)
SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0), f.respondent_group,
       COALESCE(f.age_band, ''), f.channel, COUNT(*), COUNT(f.first_reply_at), SUM(f.loop_closed)
FROM feedback f
WHERE f.safeguarding_flag = FALSE AND f.held_for_review = FALSE
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO theme_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel, theme_id, items)
SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0), f.respondent_group,
       COALESCE(f.age_band, ''), f.channel, t.theme_id, COUNT(*)
FROM feedback f JOIN feedback_theme t ON t.feedback_id = f.id
WHERE f.safeguarding_flag = FALSE AND f.held_for_review = FALSE
GROUP BY 1, 2, 3, 4, 5, 6, 7;
