-- Issue 4, paper and staff voices: CSV imports of paper forms and other survey tools, and frontline workers' views.

-- One imported file: who, when, which file (its SHA-256, so the same file is never imported twice) and what happened
-- to its rows. Rows with problems are never imported; rows already imported from an earlier file are skipped.
CREATE TABLE import_batch (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_name             VARCHAR(255) NOT NULL,
    file_hash             CHAR(64)     NOT NULL,
    team                  VARCHAR(20)  NOT NULL,
    imported_by           BIGINT       NOT NULL,
    imported_at           DATETIME(6)  NOT NULL,
    rows_imported         INT          NOT NULL,
    rows_with_problems    INT          NOT NULL,
    rows_already_imported INT          NOT NULL,
    CONSTRAINT uq_import_batch_file_hash UNIQUE (file_hash),
    CONSTRAINT fk_import_batch_imported_by FOREIGN KEY (imported_by) REFERENCES staff_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_import_batch_team ON import_batch (team, imported_at);

-- Each imported row: the feedback it became, its row in the file, and a hash of its cells (with how many identical
-- rows came before it in the same file), so a row already imported from any file is not imported again.
CREATE TABLE import_row (
    feedback_id BIGINT   NOT NULL PRIMARY KEY,
    batch_id    BIGINT   NOT NULL,
    source_row  INT      NOT NULL,
    row_hash    CHAR(64) NOT NULL,
    CONSTRAINT uq_import_row_hash UNIQUE (row_hash),
    CONSTRAINT fk_import_row_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE,
    CONSTRAINT fk_import_row_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_import_row_batch ON import_row (batch_id);

-- Frontline workers' views (respondent_group FRONTLINE_WORKER, channel STAFF): the quarter they count for
-- (the delivery plan asks for these quarterly; "2026-Q4" is October to December 2026) and the role they gave.
CREATE TABLE frontline_response (
    feedback_id BIGINT       NOT NULL PRIMARY KEY,
    quarter     CHAR(7)      NOT NULL,
    role        VARCHAR(200) NULL,
    CONSTRAINT fk_frontline_response_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_frontline_response_quarter ON frontline_response (quarter);
