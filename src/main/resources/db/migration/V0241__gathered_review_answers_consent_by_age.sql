-- Issue 21: answers an advocate or partner organisation gathered for a review follow the same consent-by-age rule as
-- their on-behalf feedback (decision 0039): the person's age as the advocate gave it, and what the advocate
-- confirmed (Gillick competence for a 13 to 15-year-old's own consent; a finding of lack of capacity behind a
-- best-interests decision from 16). Null and false for a person's own answers.
ALTER TABLE review_response
    ADD COLUMN persons_age              VARCHAR(20) NULL,
    ADD COLUMN gillick_confirmed        BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN lacks_capacity_confirmed BOOLEAN     NOT NULL DEFAULT FALSE;

-- By construction: an entry someone else made says how old the person is; one the person made themselves does not.
ALTER TABLE review_response ADD CONSTRAINT ck_review_response_age CHECK (
    (entered_by IS NULL AND persons_age IS NULL AND gillick_confirmed = FALSE AND lacks_capacity_confirmed = FALSE)
    OR (entered_by IS NOT NULL AND persons_age IS NOT NULL));
