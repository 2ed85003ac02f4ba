package uk.coproduction.portal.base.database;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, the network to it down) apart from a fault in the
 * portal. Pages that take people's words use it to say "we could not save just now, try again" instead of an error
 * page, keeping everything on the page: a retry is safe because every submission has its own key.
 */
public final class DatabaseUnreachable {

    private DatabaseUnreachable() {}

    /** True when the failure, or anything that caused it, says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException
                    || t instanceof TransactionSystemException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || isConnectionState(t)
                    || isFailedRollback(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 is "connection exception": a connection the server dropped (killed, restarting) reports
     * itself this way even as a plain SQLException, e.g. when the pool tries to roll it back.
     */
    private static boolean isFailedRollback(Throwable t) {
        // A connection the server dropped mid-transaction fails again at rollback ("Connection is closed", with no
        // SQLSTATE), and Spring reports that rollback failure in place of the first one. Nothing was committed.
        return t.getClass().getName().equals("org.hibernate.TransactionException")
                && t.getMessage() != null
                && t.getMessage().startsWith("Unable to rollback");
    }

    private static boolean isConnectionState(Throwable t) {
        return t instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("08");
    }
}
