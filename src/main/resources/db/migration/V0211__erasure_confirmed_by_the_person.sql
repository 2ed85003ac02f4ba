-- Decision 0040: erasure with care. The person first sees what will be removed and what stays as anonymous counts;
-- the preview hands the page a confirmation token (kept here only as its SHA-256), bound to the one piece of
-- feedback and short-lived. Only that token, with the page's access, carries the erasure out.
CREATE TABLE erasure_confirmation (
    token_hash  CHAR(64)    NOT NULL PRIMARY KEY,
    feedback_id BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_erasure_confirmation_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What each carried-out request removed (ErasurePreview.Part names, e.g. 'COMMENT,EMAIL'), so staff see the outcome.
-- decided_by is 'resident' when the person's own confirmation carried it out at once.
ALTER TABLE erasure_request ADD COLUMN removed VARCHAR(500) NULL;
