package io.costledger.db;

import java.sql.SQLException;

/** A statement failed; the SQL exception is the cause, the SQL itself is never shown to a client. */
public class DataAccessException extends RuntimeException {

    public DataAccessException(String what, SQLException cause) {
        super(what + ": " + cause.getMessage(), cause);
    }

    public SQLException sqlException() {
        return (SQLException) getCause();
    }
}
