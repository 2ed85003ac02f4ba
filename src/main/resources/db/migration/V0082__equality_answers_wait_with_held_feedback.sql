-- Equality answers given after feedback that is held for review wait with that feedback, out of the representation
-- figures, until a commissioner clears it; then they are moved into equality_response, which never holds a link to
-- any feedback (decisions 0014 and 0026).
ALTER TABLE feedback ADD COLUMN held_equality_answers VARCHAR(2000) NULL;
