-- Issue 24 finding 3 and issue 18: one identity for an imported row, within a file and across files (decision 0036).
-- fingerprint: SHA-256 of the row's normalised identity (service, date, group, age band, area, answers, words), so a
-- new file is compared with every earlier import in one indexed query. Rows imported before this migration have
-- none and are still recognised by row_hash (their cells exactly as written).
-- A likely duplicate is imported only when the importer ticks "import anyway"; the row then records what it was
-- taken for (duplicate_reason, e.g. "same as line 2") and that it was imported anyway, and the batch counts them.
-- row_hash is no longer unique: a row imported anyway may have the same cells as one imported before.
ALTER TABLE import_row
    ADD COLUMN fingerprint CHAR(64) NULL,
    ADD COLUMN duplicate_reason VARCHAR(300) NULL,
    ADD COLUMN imported_anyway BOOLEAN NOT NULL DEFAULT FALSE;

CREATE INDEX ix_import_row_fingerprint ON import_row (fingerprint);
CREATE INDEX ix_import_row_hash ON import_row (row_hash);
ALTER TABLE import_row DROP INDEX uq_import_row_hash;

ALTER TABLE import_batch
    ADD COLUMN rows_imported_anyway INT NOT NULL DEFAULT 0;
