package dev.tusk.testkit.sqltest;

import java.sql.SQLException;
import java.util.Objects;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLWarning;
import org.postgresql.util.ServerErrorMessage;

/**
 * The fields of an ErrorResponse or NoticeResponse that conformance compares; a driver-side failure (no server
 * message) has severity {@code CLIENT}.
 *
 * @param severity e.g. {@code ERROR}, {@code NOTICE}
 * @param sqlState the five-character SQLSTATE
 * @param message the primary message
 * @param detail the DETAIL field, or empty
 * @param hint the HINT field, or empty
 * @param position the 1-based cursor position in the statement, or 0
 */
public record ServerMessage(
        String severity, String sqlState, String message, String detail, String hint, int position) {

    /** Checks the components. */
    public ServerMessage {
        Objects.requireNonNull(severity, "severity");
        sqlState = Objects.requireNonNullElse(sqlState, "");
        message = Objects.requireNonNullElse(message, "");
        detail = Objects.requireNonNullElse(detail, "");
        hint = Objects.requireNonNullElse(hint, "");
    }

    /** The server's error fields, or the driver's message when the server sent none. */
    static ServerMessage of(SQLException e) {
        ServerErrorMessage m = null;
        if (e instanceof PSQLException p) {
            m = p.getServerErrorMessage();
        } else if (e instanceof PSQLWarning w) {
            m = w.getServerErrorMessage();
        }
        if (m == null) {
            return new ServerMessage("CLIENT", e.getSQLState(), e.getMessage(), "", "", 0);
        }
        return new ServerMessage(
                Objects.requireNonNullElse(m.getSeverity(), ""),
                m.getSQLState(),
                m.getMessage(),
                m.getDetail(),
                m.getHint(),
                m.getPosition());
    }

    /** One line, e.g. {@code ERROR 42P01: relation "t" does not exist (position 15)}, then DETAIL and HINT lines. */
    public String render() {
        StringBuilder sb = new StringBuilder(severity)
                .append(' ')
                .append(sqlState)
                .append(": ")
                .append(message);
        if (position > 0) {
            sb.append(" (position ").append(position).append(')');
        }
        if (!detail.isEmpty()) {
            sb.append("\n  DETAIL: ").append(detail);
        }
        if (!hint.isEmpty()) {
            sb.append("\n  HINT: ").append(hint);
        }
        return sb.toString();
    }
}
