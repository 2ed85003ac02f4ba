-- Issue 14, statuses that follow facts (docs/decisions/0021). Closing an item with no reply sent, no plan link and
-- no change recorded needs a reason, which the person reads on /track.
ALTER TABLE feedback
    ADD COLUMN close_reason VARCHAR(1000) NULL;
