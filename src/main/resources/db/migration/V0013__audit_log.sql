-- Issue 7: the audit log. Who did what, when, to which object. Rows are only ever added: the triggers below refuse
-- any UPDATE or DELETE, whoever asks, so the log cannot be quietly rewritten through the application.
CREATE TABLE audit_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    actor       VARCHAR(100) NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    action      VARCHAR(60)  NOT NULL,
    object_type VARCHAR(40)  NOT NULL,
    object_id   VARCHAR(60)  NULL,
    details     VARCHAR(1000) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at, id);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_event_object ON audit_event (object_type, object_id);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log cannot be changed';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log cannot be changed';
