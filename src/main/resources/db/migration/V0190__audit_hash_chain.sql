-- Issue 18 (decision 0038): the audit log becomes a hash chain. Each entry gets its place in the chain (seq, unique,
-- no gaps), the hash of the entry before it and the SHA-256 of its own content with that hash, so changing, removing
-- or reordering an entry breaks the chain from there on, and AuditChainCheck finds where.
--
-- The database does the chaining itself (the BEFORE INSERT trigger below), so every insert, by any path, is chained,
-- and nobody can supply their own seq or hash. The trigger locks the one row of audit_chain_head (SELECT ... FOR
-- UPDATE), so two transactions or two instances writing at once get consecutive places, never the same one: the second
-- waits for the first to commit. On Galera (all writes to one node, decision 0031) the same row lock serialises them.

ALTER TABLE audit_event
    ADD COLUMN seq        BIGINT   NULL,
    ADD COLUMN prev_hash  CHAR(64) CHARACTER SET ascii NULL,
    ADD COLUMN entry_hash CHAR(64) CHARACTER SET ascii NULL;

-- Where the chain ends: the last entry's place and hash. One row, locked by every insert.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) CHARACTER SET ascii NOT NULL
) ENGINE = InnoDB;

-- Where the chain starts after retention removed its oldest entries: the last removed entry's place and hash, which
-- the first kept entry's prev_hash must equal. Written only by audit_apply_retention; only ever added to.
CREATE TABLE audit_chain_anchor (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    through_seq  BIGINT      NOT NULL,
    through_hash CHAR(64) CHARACTER SET ascii NOT NULL,
    removed      BIGINT      NOT NULL,
    cutoff       DATETIME(6) NOT NULL,
    applied_at   DATETIME(6) NOT NULL
) ENGINE = InnoDB;

-- The content an entry's hash covers, in one canonical text: the place, the previous hash, then each field as
-- "<bytes in UTF-8>:<value>" ("-" when empty), separated by "|". The length prefixes make the text unambiguous,
-- whatever characters a field holds. AuditChainCheck builds the same text in Java, independently, and compares.
CREATE FUNCTION audit_entry_hash(p_seq BIGINT, p_prev CHAR(64) CHARACTER SET ascii,
                                 p_actor VARCHAR(100) CHARACTER SET utf8mb4, p_at DATETIME(6),
                                 p_action VARCHAR(60) CHARACTER SET utf8mb4,
                                 p_type VARCHAR(40) CHARACTER SET utf8mb4, p_id VARCHAR(60) CHARACTER SET utf8mb4,
                                 p_details VARCHAR(1000) CHARACTER SET utf8mb4)
    RETURNS CHAR(64) CHARACTER SET ascii DETERMINISTIC NO SQL
    RETURN SHA2(CONCAT(p_seq, '|', p_prev, '|',
                       IFNULL(CONCAT(OCTET_LENGTH(p_actor), ':', p_actor), '-'), '|',
                       DATE_FORMAT(p_at, '%Y-%m-%d %H:%i:%s.%f'), '|',
                       IFNULL(CONCAT(OCTET_LENGTH(p_action), ':', p_action), '-'), '|',
                       IFNULL(CONCAT(OCTET_LENGTH(p_type), ':', p_type), '-'), '|',
                       IFNULL(CONCAT(OCTET_LENGTH(p_id), ':', p_id), '-'), '|',
                       IFNULL(CONCAT(OCTET_LENGTH(p_details), ':', p_details), '-')), 256);

-- The entries written before this migration are chained in the order they were written (id order).
DROP TRIGGER audit_event_no_update;
SET @audit_seq = 0;
SET @audit_prev = REPEAT('0', 64);
UPDATE audit_event
SET seq        = (@audit_seq := @audit_seq + 1),
    prev_hash  = @audit_prev,
    entry_hash = (@audit_prev := audit_entry_hash(seq, prev_hash, actor, occurred_at, action, object_type,
                                                  object_id, details))
ORDER BY id;
INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, @audit_seq, @audit_prev);

ALTER TABLE audit_event
    MODIFY seq        BIGINT   NOT NULL DEFAULT 0,
    MODIFY prev_hash  CHAR(64) CHARACTER SET ascii NOT NULL DEFAULT '',
    MODIFY entry_hash CHAR(64) CHARACTER SET ascii NOT NULL DEFAULT '',
    ADD CONSTRAINT uq_audit_event_seq UNIQUE (seq);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log cannot be changed';

CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW
BEGIN
    DECLARE v_seq BIGINT;
    DECLARE v_hash CHAR(64) CHARACTER SET ascii;
    SELECT last_seq, last_hash INTO v_seq, v_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE;
    SET NEW.seq = v_seq + 1;
    SET NEW.prev_hash = v_hash;
    SET NEW.entry_hash = audit_entry_hash(NEW.seq, NEW.prev_hash, NEW.actor, NEW.occurred_at, NEW.action,
                                          NEW.object_type, NEW.object_id, NEW.details);
    UPDATE audit_chain_head SET last_seq = NEW.seq, last_hash = NEW.entry_hash WHERE id = 1;
END;

-- Retention (portal.audit.keep-for, AuditRetentionJob) is the one way entries leave the log: this procedure removes
-- the oldest entries, those from the start of the chain written before p_before, and anchors the chain on the last removed
-- entry in the same transaction. The delete trigger lets a row go only while this procedure runs and only up to that
-- place; any other DELETE is refused.
DROP TRIGGER audit_event_no_delete;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
BEGIN
    IF @audit_retention_through IS NULL OR OLD.seq > @audit_retention_through THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log cannot be changed';
    END IF;
END;

CREATE PROCEDURE audit_apply_retention(IN p_before DATETIME(6), OUT p_removed BIGINT)
BEGIN
    DECLARE v_head BIGINT;
    DECLARE v_seq BIGINT;
    DECLARE v_hash CHAR(64) CHARACTER SET ascii;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        SET @audit_retention_through = NULL;
        RESIGNAL;
    END;
    SET p_removed = 0;
    -- Writers wait while the oldest entries go, so the chain's start and end are not moved at the same time.
    SELECT last_seq INTO v_head FROM audit_chain_head WHERE id = 1 FOR UPDATE;
    -- The longest run of entries from the start that are all older than p_before (the clocks of two instances may
    -- differ a little, so an older entry can follow a newer one: it waits for the next run).
    SET v_seq = (SELECT MIN(seq) - 1 FROM audit_event WHERE occurred_at >= p_before);
    IF v_seq IS NULL THEN
        SET v_seq = (SELECT MAX(seq) FROM audit_event);
    END IF;
    IF v_seq IS NOT NULL AND NOT EXISTS (SELECT 1 FROM audit_event WHERE seq <= v_seq) THEN
        SET v_seq = NULL;
    END IF;
    IF v_seq IS NOT NULL THEN
        SET v_hash = (SELECT entry_hash FROM audit_event WHERE seq = v_seq);
        SET @audit_retention_through = v_seq;
        DELETE FROM audit_event WHERE seq <= v_seq;
        SET p_removed = ROW_COUNT();
        SET @audit_retention_through = NULL;
        INSERT INTO audit_chain_anchor (through_seq, through_hash, removed, cutoff, applied_at)
        VALUES (v_seq, v_hash, p_removed, p_before, NOW(6));
    END IF;
END;

CREATE TRIGGER audit_chain_anchor_no_update BEFORE UPDATE ON audit_chain_anchor FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log cannot be changed';

CREATE TRIGGER audit_chain_anchor_no_delete BEFORE DELETE ON audit_chain_anchor FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log cannot be changed';

CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);
