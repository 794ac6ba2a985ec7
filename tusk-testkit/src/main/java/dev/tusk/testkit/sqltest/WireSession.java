package dev.tusk.testkit.sqltest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.Field;
import org.postgresql.core.Query;
import org.postgresql.core.QueryExecutor;
import org.postgresql.core.ResultCursor;
import org.postgresql.core.ResultHandler;
import org.postgresql.core.Tuple;

/**
 * One pgjdbc session that sends each statement as a simple Query and records the answer as an {@link Outcome}.
 *
 * <p>It talks to pgjdbc's protocol layer (its {@link QueryExecutor}) instead of {@link java.sql.Statement}: that
 * gives the CommandComplete tag, the RowDescription's type OIDs and modifiers and each DataRow field's bytes
 * exactly as the server sent them, and it never queries the server's catalogs for metadata, which an engine under
 * test may not have yet. Simple Query results are always in text format, so values compare byte for byte.
 */
final class WireSession implements AutoCloseable {

    private static final int FLAGS = QueryExecutor.QUERY_EXECUTE_AS_SIMPLE
            | QueryExecutor.QUERY_SUPPRESS_BEGIN
            | QueryExecutor.QUERY_BOTH_ROWS_AND_STATUS
            | QueryExecutor.QUERY_NO_BINARY_TRANSFER;

    private final Connection connection;
    private final QueryExecutor executor;

    WireSession(Connection connection) throws SQLException {
        this.connection = connection;
        this.executor = connection.unwrap(BaseConnection.class).getQueryExecutor();
    }

    /** Sends one statement and waits for ReadyForQuery; a driver-side failure becomes a CLIENT error. */
    Outcome execute(String sql) {
        Map<String, String> before = parameters();
        Recorder recorder = new Recorder();
        try {
            Query query = executor.createSimpleQuery(sql);
            try {
                if (query.getSubqueries() != null) {
                    throw new IllegalArgumentException(
                            "a script entry must hold one statement; end each with ';' at the end of a line: " + sql);
                }
                executor.execute(query, query.createParameterList(), recorder, 0, 0, FLAGS);
            } finally {
                query.close();
            }
        } catch (SQLException e) {
            recorder.handleError(e);
        }
        return recorder.outcome(transactionStatus(), changes(before, parameters()));
    }

    private String transactionStatus() {
        if (executor.isClosed()) {
            return "connection closed";
        }
        return switch (executor.getTransactionState()) {
            case IDLE -> "idle";
            case OPEN -> "in transaction";
            case FAILED -> "in failed transaction";
        };
    }

    private Map<String, String> parameters() {
        return new TreeMap<>(executor.getParameterStatuses());
    }

    private static Map<String, String> changes(Map<String, String> before, Map<String, String> after) {
        Map<String, String> out = new LinkedHashMap<>();
        after.forEach((k, v) -> {
            if (!Objects.equals(before.get(k), v)) {
                out.put(k, v);
            }
        });
        return out;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** Collects what pgjdbc's protocol layer reports while one query runs. */
    private static final class Recorder implements ResultHandler {
        private final List<Outcome.Rows> results = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private final List<ServerMessage> notices = new ArrayList<>();
        private SQLException error;
        private SQLWarning warnings;

        @Override
        public void handleResultRows(Query fromQuery, Field[] fields, List<Tuple> tuples, ResultCursor cursor) {
            List<Outcome.Column> columns = new ArrayList<>(fields.length);
            for (Field f : fields) {
                columns.add(new Outcome.Column(f.getColumnLabel(), f.getOID(), f.getMod(), f.getFormat()));
            }
            List<List<String>> rows = new ArrayList<>(tuples.size());
            for (Tuple t : tuples) {
                List<String> row = new ArrayList<>(t.fieldCount());
                for (int i = 0; i < t.fieldCount(); i++) {
                    row.add(text(t.get(i)));
                }
                rows.add(row);
            }
            results.add(new Outcome.Rows(columns, rows));
        }

        @Override
        public void handleCommandStatus(String status, long updateCount, long insertOID) {
            tags.add(status);
        }

        @Override
        public void handleWarning(SQLWarning warning) {
            notices.add(ServerMessage.of(warning));
            if (warnings == null) {
                warnings = warning;
            } else {
                warnings.setNextWarning(warning);
            }
        }

        @Override
        public void handleError(SQLException e) {
            if (error == null) {
                error = e;
            } else {
                error.setNextException(e);
            }
        }

        @Override
        public void handleCompletion() {}

        @Override
        public void secureProgress() {}

        @Override
        public SQLException getException() {
            return error;
        }

        @Override
        public SQLWarning getWarning() {
            return warnings;
        }

        Outcome outcome(String transactionStatus, Map<String, String> parameterChanges) {
            if (results.size() > 1 || tags.size() > 1) {
                throw new IllegalStateException("one statement gave " + tags.size() + " results: " + tags);
            }
            return new Outcome(
                    results.stream().findFirst(),
                    tags.isEmpty() ? "" : tags.get(0),
                    notices,
                    Optional.ofNullable(error).map(ServerMessage::of),
                    transactionStatus,
                    parameterChanges);
        }

        /** The field as UTF-8 text (the client encoding pgjdbc sets); bytes that are not UTF-8 shown in hex. */
        private static String text(byte[] bytes) {
            if (bytes == null) {
                return null;
            }
            try {
                return StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                return "<not UTF-8: " + HexFormat.of().formatHex(bytes) + ">";
            }
        }
    }
}
