-- Issue 17, staff pages at a million (docs/decisions/0055). Every figure counts only items that are neither
-- safeguarding-flagged nor held for review (reporting.Voices: "f.safeguarding_flag = FALSE AND f.held_for_review =
-- FALSE"). The reply figures' covering index (V0200) was made before held_for_review existed (V0081), so every counted
-- query had to read each item's row to check it: at 200,000 items MariaDB chose ix_feedback_flag_submitted and looked
-- up ~100,000 rows for one count. With held_for_review second, the counted condition is an index prefix again and
-- every count by service, quarter, group, channel, area or age band (headline figures, representation, the services
-- list, the dashboard's reply figures) is read from the index alone. Same columns otherwise, so nothing else loses it.
CREATE INDEX ix_feedback_counted_facts ON feedback (safeguarding_flag, held_for_review, service_id, submitted_at,
    respondent_group, channel, area_id, age_band, reply_by, status, first_reply_at, loop_closed, received_at);
DROP INDEX ix_feedback_service_facts_received ON feedback;
