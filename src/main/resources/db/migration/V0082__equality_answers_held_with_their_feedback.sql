-- Equality answers given after feedback that is held for review are held with it and left out of the representation
-- figures (decision 0026). The link to the feedback exists only while it is held: clearing the feedback releases the
-- answers and removes the link, so they stand apart from the feedback again (decision 0014).
ALTER TABLE equality_response ADD COLUMN held_with_feedback BIGINT NULL;
CREATE INDEX ix_equality_response_held ON equality_response (held_with_feedback);
