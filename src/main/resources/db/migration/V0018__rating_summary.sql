-- Issue 6, fast at scale: charter scores read a summary of the answers instead of joining every feedback row to its
-- ratings (a million pieces of feedback have about six million ratings). See docs/decisions/0012.
--
-- rating_summary holds, for every combination of quarter, service, area, group, age band, channel and expectation,
-- how many answers of each kind were given. Only feedback that is NOT safeguarding-flagged is counted (flagged items
-- are never in any figure). Frontline workers' answers are counted (the group filter decides whether they show).
-- Missing values are stored as 0 (service, area) and '' (age band) so that every row has a unique key.
-- Database triggers keep it exactly in step with feedback and feedback_rating, whatever writes them (online journeys,
-- advocates, events, imports, frontline views, demo data, an administrator's SQL).
CREATE TABLE rating_summary (
    quarter_start    DATE        NOT NULL,
    service_id       BIGINT      NOT NULL,
    area_id          BIGINT      NOT NULL,
    respondent_group VARCHAR(30) NOT NULL,
    age_band         VARCHAR(10) NOT NULL,
    channel          VARCHAR(20) NOT NULL,
    expectation_id   BIGINT      NOT NULL,
    very_good        INT         NOT NULL DEFAULT 0,
    good             INT         NOT NULL DEFAULT 0,
    ok               INT         NOT NULL DEFAULT 0,
    bad              INT         NOT NULL DEFAULT 0,
    very_bad         INT         NOT NULL DEFAULT 0,
    not_sure         INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (service_id, quarter_start, area_id, respondent_group, age_band, channel, expectation_id),
    KEY ix_rating_summary_quarter (quarter_start, service_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The first day of the quarter a moment falls in.
CREATE FUNCTION portal_quarter_start(moment DATETIME(6)) RETURNS DATE DETERMINISTIC
    RETURN MAKEDATE(YEAR(moment), 1) + INTERVAL (QUARTER(moment) - 1) QUARTER;

-- One rating added to (delta 1) or taken from (delta -1) the summary, for a feedback item's attributes.
CREATE PROCEDURE portal_summary_add(IN p_feedback BIGINT, IN p_expectation BIGINT, IN p_answer VARCHAR(16),
                                    IN p_delta INT)
    INSERT INTO rating_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel, expectation_id,
                                very_good, good, ok, bad, very_bad, not_sure)
    SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0), f.respondent_group,
           COALESCE(f.age_band, ''), f.channel, p_expectation,
           p_delta * (p_answer = 'VERY_GOOD'), p_delta * (p_answer = 'GOOD'), p_delta * (p_answer = 'OK'),
           p_delta * (p_answer = 'BAD'), p_delta * (p_answer = 'VERY_BAD'), p_delta * (p_answer = 'NOT_SURE')
    FROM feedback f
    WHERE f.id = p_feedback AND f.safeguarding_flag = FALSE
    ON DUPLICATE KEY UPDATE very_good = very_good + VALUES(very_good), good = good + VALUES(good),
                            ok = ok + VALUES(ok), bad = bad + VALUES(bad), very_bad = very_bad + VALUES(very_bad),
                            not_sure = not_sure + VALUES(not_sure);

-- The data generator (a bulk load of a million items) sets @portal_summary_bulk on its own connection and adds its
-- rows' totals itself, in the same transaction; every other path goes through these triggers.
CREATE TRIGGER trg_feedback_rating_summary_insert AFTER INSERT ON feedback_rating FOR EACH ROW
BEGIN
    IF @portal_summary_bulk IS NULL THEN
        CALL portal_summary_add(NEW.feedback_id, NEW.expectation_id, NEW.answer, 1);
    END IF;
END;

CREATE TRIGGER trg_feedback_rating_summary_update AFTER UPDATE ON feedback_rating FOR EACH ROW
BEGIN
    CALL portal_summary_add(OLD.feedback_id, OLD.expectation_id, OLD.answer, -1);
    CALL portal_summary_add(NEW.feedback_id, NEW.expectation_id, NEW.answer, 1);
END;

CREATE TRIGGER trg_feedback_rating_summary_delete AFTER DELETE ON feedback_rating FOR EACH ROW
BEGIN
    CALL portal_summary_add(OLD.feedback_id, OLD.expectation_id, OLD.answer, -1);
END;

-- A change to what an item is counted under (flag, service, area, group, age band, channel, quarter): take its
-- ratings out under the old values and put them back under the new ones.
CREATE TRIGGER trg_feedback_summary_update AFTER UPDATE ON feedback FOR EACH ROW
BEGIN
    IF NOT (OLD.safeguarding_flag <=> NEW.safeguarding_flag AND OLD.service_id <=> NEW.service_id
            AND OLD.area_id <=> NEW.area_id AND OLD.respondent_group <=> NEW.respondent_group
            AND OLD.age_band <=> NEW.age_band AND OLD.channel <=> NEW.channel
            AND portal_quarter_start(OLD.submitted_at) <=> portal_quarter_start(NEW.submitted_at)) THEN
        IF OLD.safeguarding_flag = FALSE THEN
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
        IF NEW.safeguarding_flag = FALSE THEN
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

-- Deleting feedback deletes its ratings by ON DELETE CASCADE, and MariaDB does not fire triggers for cascaded
-- deletes: take the ratings out here, before they go.
CREATE TRIGGER trg_feedback_summary_delete BEFORE DELETE ON feedback FOR EACH ROW
BEGIN
    IF OLD.safeguarding_flag = FALSE THEN
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

-- The answers already given.
INSERT INTO rating_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel, expectation_id,
                            very_good, good, ok, bad, very_bad, not_sure)
SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0), f.respondent_group,
       COALESCE(f.age_band, ''), f.channel, r.expectation_id,
       SUM(r.answer = 'VERY_GOOD'), SUM(r.answer = 'GOOD'), SUM(r.answer = 'OK'), SUM(r.answer = 'BAD'),
       SUM(r.answer = 'VERY_BAD'), SUM(r.answer = 'NOT_SURE')
FROM feedback f JOIN feedback_rating r ON r.feedback_id = f.id
WHERE f.safeguarding_flag = FALSE
GROUP BY 1, 2, 3, 4, 5, 6, 7;

-- Headline figures (reply rate, loop closure, overdue) per service at a million items: find a service's unflagged
-- feedback and its reply-by dates and status from the index alone, and each item's sent replies without the table.
CREATE INDEX ix_feedback_flag_service ON feedback (safeguarding_flag, service_id, reply_by, status, submitted_at);
CREATE INDEX ix_feedback_reply_sent ON feedback_reply (feedback_id, state, sent_at);
