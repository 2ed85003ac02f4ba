-- Every reply has the time it was drafted (issue 16's front door found it): the column came in V0005 as NULL for
-- replies written before it, and rows written by hand (test fixtures, older generators) left it empty, so the
-- "Replies to approve" page could meet a reply with no date. Replies before V0005 were drafted when they were sent,
-- or, if never sent, no later than the item arrived. Done through a kept list, so the update of feedback_reply does
-- not read feedback in the same statement (its triggers write feedback).
CREATE TEMPORARY TABLE reply_drafted_at AS
SELECT r.id, COALESCE(r.sent_at, f.submitted_at) AS drafted_at
FROM feedback_reply r
JOIN feedback f ON f.id = r.feedback_id
WHERE r.drafted_at IS NULL;

UPDATE feedback_reply r
JOIN reply_drafted_at d ON d.id = r.id
SET r.drafted_at = d.drafted_at;

DROP TEMPORARY TABLE reply_drafted_at;

ALTER TABLE feedback_reply MODIFY drafted_at DATETIME(6) NOT NULL;
