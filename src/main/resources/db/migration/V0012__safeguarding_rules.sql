-- Safeguarding rules: why an item was flagged (the words that matched, or which staff member flagged it and why)
-- and when it was flagged (acknowledge-by times count from then). safeguarding_source: PERSON, KEYWORD, STAFF.
ALTER TABLE feedback
    ADD COLUMN safeguarding_matched    VARCHAR(200) NULL,
    ADD COLUMN safeguarding_flagged_by VARCHAR(100) NULL,
    ADD COLUMN safeguarding_reason     TEXT         NULL,
    ADD COLUMN safeguarding_flagged_at DATETIME(6)  NULL;
