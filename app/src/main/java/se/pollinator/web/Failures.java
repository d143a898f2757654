package se.pollinator.web;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.util.DisconnectedClientHelper;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.util.function.Predicate;

/** Tells what kind of failure an exception is, by looking through its causes. */
final class Failures {

    private Failures() {
    }

    /**
     * True when the database could not be reached or dropped the connection: a failure that a
     * retry can get past. Checked before {@link #isClientGone}, whose "broken pipe" test would
     * otherwise take the database's socket for the client's.
     */
    static boolean isDatabaseUnreachable(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof CannotCreateTransactionException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof TransientDataAccessException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLException sql && isConnectionState(sql))
                || anyCause(failure, SocketException.class::isInstance) && hasSqlCause(failure);
    }

    /** True when the failure or any of its causes is such. */
    static boolean anyCause(Throwable failure, Predicate<Throwable> such) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (such.test(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** True when the client closed the connection, so there is nobody to answer. */
    static boolean isClientGone(Throwable failure) {
        return !hasSqlCause(failure) && DisconnectedClientHelper.isClientDisconnectedException(failure);
    }

    /** The exception's own message and its root cause's, on one line for the log. */
    static String summary(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return failure.getClass().getSimpleName() + (root == failure ? "" : " caused by " + root);
    }

    /**
     * SQLSTATE class 08 is a connection exception; 57P01-57P03 a server that is shutting down or
     * starting. The pool answers a connection it already closed with no state, only a message.
     */
    private static boolean isConnectionState(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            String message = String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT);
            return message.contains("connection") && message.contains("closed");
        }
        return state.startsWith("08") || state.startsWith("57P");
    }

    private static boolean hasSqlCause(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof SQLException || cause instanceof DataAccessException);
    }
}
