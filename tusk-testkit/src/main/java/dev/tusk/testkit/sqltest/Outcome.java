package dev.tusk.testkit.sqltest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postgresql.core.Oid;

/**
 * Everything a server answered to one statement sent as a simple Query, as the conformance harness compares it.
 *
 * @param result the RowDescription and DataRows, when the statement returned rows (even zero rows)
 * @param commandTag the CommandComplete tag, e.g. {@code INSERT 0 1}, or empty after an error
 * @param notices the NoticeResponses, in order
 * @param error the ErrorResponse, if the statement failed
 * @param transactionStatus the ReadyForQuery status afterwards: {@code idle}, {@code in transaction} or {@code
 *     in failed transaction}
 * @param parameterChanges the ParameterStatus values that changed during the statement
 */
public record Outcome(
        Optional<Rows> result,
        String commandTag,
        List<ServerMessage> notices,
        Optional<ServerMessage> error,
        String transactionStatus,
        Map<String, String> parameterChanges) {

    /** Copies the collections. */
    public Outcome {
        notices = List.copyOf(notices);
        parameterChanges = Map.copyOf(parameterChanges);
    }

    /** One column of a RowDescription. */
    public record Column(String name, int typeOid, int typmod, int format) {

        /** E.g. {@code id int4}, {@code price numeric(typmod 655366)}, {@code b bytea(binary)}. */
        public String render() {
            StringBuilder sb = new StringBuilder(name)
                    .append(' ')
                    .append(Oid.toString(typeOid).toLowerCase(Locale.ROOT))
                    .append("[oid ")
                    .append(typeOid);
            if (typmod != -1) {
                sb.append(", typmod ").append(typmod);
            }
            if (format != 0) {
                sb.append(", format ").append(format);
            }
            return sb.append(']').toString();
        }
    }

    /**
     * The columns and the rows as PostgreSQL text; a {@code null} element is SQL NULL.
     *
     * @param columns the RowDescription fields
     * @param rows the DataRows in the order received
     */
    public record Rows(List<Column> columns, List<List<String>> rows) {

        /** Copies the lists (rows may hold nulls). */
        public Rows {
            columns = List.copyOf(columns);
            List<List<String>> copy = new ArrayList<>(rows.size());
            for (List<String> row : rows) {
                copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
            }
            rows = Collections.unmodifiableList(copy);
        }
    }
}
