package uk.coproduction.portal.backup;

/** A file that cannot be restored (not a portal backup, cut short, unreadable); the message says why. */
public class BackupRefusedException extends RuntimeException {

    public BackupRefusedException(String message) {
        super(message);
    }
}
