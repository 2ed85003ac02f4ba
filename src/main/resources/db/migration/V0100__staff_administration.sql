-- Staff administration (issue 15, decision 0028): an administrator can ask someone to choose a new password at their
-- next sign-in, and sees when each account last signed in.
ALTER TABLE staff_account
    ADD COLUMN must_change_password BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN last_signed_in_at    DATETIME(6) NULL;
