package dev.tusk.calcite.engine;

import dev.tusk.calcite.exec.SessionTransaction;
import dev.tusk.calcite.parser.PgSetStatement;
import dev.tusk.calcite.parser.PgShowStatement;
import dev.tusk.calcite.parser.PgStatement;
import dev.tusk.calcite.parser.PgTransactionStatement;
import dev.tusk.calcite.store.IsolationLevel;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.Notice;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.RowStream;
import dev.tusk.server.api.SessionContext;
import dev.tusk.server.api.TransactionStatus;
import dev.tusk.types.BuiltinTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;

/**
 * The statements a session runs itself: SET, SHOW and the transaction commands.
 */
final class SessionStatements {
    private final SessionContext session;
    private final SessionTransaction tx;

    SessionStatements(SessionContext session, SessionTransaction tx) {
        this.session = session;
        this.tx = tx;
    }

    PreparedQuery prepare(PgStatement stmt) {
        if (stmt instanceof PgSetStatement set) {
            return command(List.of(), () -> set(set));
        }
        if (stmt instanceof PgShowStatement show) {
            return show(show);
        }
        throw CalciteSession.notSupported(stmt.tag());
    }

    private QueryResult set(PgSetStatement set) {
        if (set.values.size() == 1 && set.values.get(0) == null) {
            throw CalciteSession.notSupported("SET ... TO DEFAULT");
        }
        if (set.local && session.transactionStatus() == TransactionStatus.IDLE) {
            session.sendNotice(new Notice(
                    "WARNING",
                    SqlState.NO_ACTIVE_SQL_TRANSACTION.code(),
                    "SET LOCAL can only be used in transaction blocks",
                    null,
                    null));
            return new QueryResult.Command("SET");
        }
        if (set.local) {
            throw CalciteSession.notSupported("SET LOCAL");
        }
        List<String> parts = new ArrayList<>();
        for (SqlNode v : set.values) {
            parts.add(v instanceof SqlLiteral lit ? lit.toValue() : v.toString());
        }
        session.setSetting(set.name, String.join(", ", parts));
        return new QueryResult.Command("SET");
    }

    private PreparedQuery show(PgShowStatement show) {
        if (show.name == null) {
            List<Column> cols = List.of(
                    Column.of("name", BuiltinTypes.TEXT),
                    Column.of("setting", BuiltinTypes.TEXT),
                    Column.of("description", BuiltinTypes.TEXT));
            return rows(cols, () -> {
                Map<String, String> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                sorted.putAll(session.settings());
                List<Object[]> rows = new ArrayList<>();
                sorted.forEach((k, v) -> rows.add(new Object[] {k, v, ""}));
                return RowStream.of(rows);
            });
        }
        String shown = show.name;
        for (String key : session.settings().keySet()) {
            if (key.equalsIgnoreCase(show.name)) {
                shown = key;
            }
        }
        return rows(List.of(Column.of(shown, BuiltinTypes.TEXT)), () -> {
            String value = session.setting(show.name);
            if (value == null) {
                throw new PgException(
                        SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + show.name + "\"");
            }
            return RowStream.of(List.<Object[]>of(new Object[] {value}));
        });
    }

    /** BEGIN, COMMIT, ROLLBACK and savepoints: allowed in a failed block (they are how it ends). */
    PreparedQuery transaction(PgTransactionStatement stmt) {
        return command(List.of(), () -> {
            switch (stmt.kind) {
                case BEGIN -> {
                    tx.begin(isolation(stmt.modes));
                    return new QueryResult.Command("BEGIN");
                }
                case COMMIT -> {
                    if (stmt.chain) {
                        throw CalciteSession.notSupported("COMMIT AND CHAIN");
                    }
                    return new QueryResult.Command(tx.commit());
                }
                case ROLLBACK -> {
                    if (stmt.chain) {
                        throw CalciteSession.notSupported("ROLLBACK AND CHAIN");
                    }
                    tx.rollback();
                    return new QueryResult.Command("ROLLBACK");
                }
                case SAVEPOINT -> {
                    tx.checkNotFailed();
                    tx.savepoint(stmt.savepoint);
                    return new QueryResult.Command("SAVEPOINT");
                }
                case RELEASE -> {
                    tx.checkNotFailed();
                    tx.release(stmt.savepoint);
                    return new QueryResult.Command("RELEASE");
                }
                case ROLLBACK_TO -> {
                    tx.rollbackTo(stmt.savepoint);
                    return new QueryResult.Command("ROLLBACK");
                }
                default -> throw CalciteSession.notSupported(stmt.tag());
            }
        });
    }

    private static IsolationLevel isolation(List<PgTransactionStatement.Mode> modes) {
        IsolationLevel level = null;
        for (PgTransactionStatement.Mode m : modes) {
            switch (m) {
                case SERIALIZABLE, REPEATABLE_READ -> level = IsolationLevel.REPEATABLE_READ;
                case READ_COMMITTED, READ_UNCOMMITTED -> level = IsolationLevel.READ_COMMITTED;
                case READ_ONLY -> throw CalciteSession.notSupported("READ ONLY transactions");
                default -> {}
            }
        }
        return level;
    }

    private static PreparedQuery command(List<Column> columns, java.util.function.Supplier<QueryResult> run) {
        return new PreparedQuery() {
            @Override
            public int[] parameterTypes() {
                return new int[0];
            }

            @Override
            public List<Column> columns() {
                return columns;
            }

            @Override
            public QueryResult execute(
                    dev.tusk.server.api.Parameters parameters, dev.tusk.server.api.ExecutionContext context) {
                return run.get();
            }
        };
    }

    private static PreparedQuery rows(List<Column> columns, java.util.function.Supplier<RowStream> rows) {
        return command(columns, () -> QueryResult.Rows.select(columns, rows.get()));
    }
}
