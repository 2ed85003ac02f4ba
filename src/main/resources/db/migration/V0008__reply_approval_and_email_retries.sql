-- Replies (issue 5): an approver can return a drafted reply to its author with a note (state RETURNED),
-- and e-mails that could not be sent wait longer before each new attempt.
ALTER TABLE feedback_reply
    ADD COLUMN return_note VARCHAR(2000) NULL,
    ADD COLUMN returned_by BIGINT        NULL,
    ADD COLUMN returned_at DATETIME(6)   NULL,
    ADD CONSTRAINT fk_feedback_reply_returner FOREIGN KEY (returned_by) REFERENCES staff_account (id);

ALTER TABLE outgoing_email ADD COLUMN next_attempt_at DATETIME(6) NULL;
