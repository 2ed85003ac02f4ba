-- Issue 14, publishing words safely (docs/decisions/0021). A quote is proposed by one commissioner (the words are
-- redacted automatically on the way in) and published only when a second commissioner approves it.
--   quote_text                 the redacted words; published only once quote_approved_at is set
--   quote_proposed_by / _at    who proposed them, and when
--   quote_approved_by / _at    the second commissioner who published them, and when (never the proposer)
--   quote_words                whose words they are: PERSON, or ADVOCATE_SUMMARY (an advocate's summary, never
--                              shown as the person's own words)
ALTER TABLE feedback
    ADD COLUMN quote_proposed_by VARCHAR(100) NULL,
    ADD COLUMN quote_proposed_at DATETIME(6)  NULL,
    ADD COLUMN quote_words       VARCHAR(20)  NULL;

-- Quotes published before this had one pair of eyes and no automatic redaction: they go back to "proposed", so a
-- second commissioner looks again before they are public.
UPDATE feedback
SET quote_proposed_by = quote_approved_by, quote_proposed_at = quote_approved_at,
    quote_approved_by = NULL, quote_approved_at = NULL
WHERE quote_approved_at IS NOT NULL;

UPDATE feedback f
SET f.quote_words = CASE
        WHEN f.channel = 'ADVOCATE' AND NOT EXISTS (
            SELECT 1 FROM feedback_advocacy a WHERE a.feedback_id = f.id
              AND COALESCE(a.comment_source, 'OWN_WORDS') = 'OWN_WORDS'
              AND COALESCE(a.change_source, 'OWN_WORDS') = 'OWN_WORDS') THEN 'ADVOCATE_SUMMARY'
        ELSE 'PERSON' END
WHERE f.quote_text IS NOT NULL;

-- By construction: a published quote has a proposer, a different approver, and says whose words it is.
ALTER TABLE feedback ADD CONSTRAINT ck_feedback_quote_second_look CHECK (
    quote_approved_at IS NULL
    OR (quote_text IS NOT NULL AND quote_proposed_by IS NOT NULL AND quote_approved_by IS NOT NULL
        AND quote_approved_by <> quote_proposed_by AND quote_words IS NOT NULL));
