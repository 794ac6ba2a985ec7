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

    private final Map<String, String> serverDefaults;
    private final SettingsUndo undo = new SettingsUndo((name, value) -> assign(name, value == null ? "" : value));

    SessionStatements(SessionContext session, SessionTransaction tx) {
        this.session = session;
        this.tx = tx;
        // what RESET returns to: the server's defaults and the startup packet's options, as the session began
        Map<String, String> start = new java.util.HashMap<>();
        session.settings().forEach((k, v) -> start.put(k.toLowerCase(java.util.Locale.ROOT), v));
        this.serverDefaults = Map.copyOf(start);
    }

    PreparedQuery prepare(PgStatement stmt) {
        if (stmt instanceof PgSetStatement set) {
            return command(List.of(), () -> set(set));
        }
        if (stmt instanceof PgShowStatement show) {
            return show(show);
        }
        if (stmt instanceof dev.tusk.calcite.parser.PgResetStatement reset) {
            return command(List.of(), () -> reset(reset));
        }
        if (stmt instanceof dev.tusk.calcite.parser.PgSetTransactionStatement st) {
            return command(List.of(), () -> setTransaction(st));
        }
        throw CalciteSession.notSupported(stmt.tag());
    }

    /** The value SHOW and current_setting() give: the session's, else PostgreSQL's default; null if unknown. */
    String value(String name) {
        String v = session.setting(name);
        return v != null ? v : SettingDefaults.get(name);
    }

    private QueryResult set(PgSetStatement set) {
        String value;
        if (set.values.size() == 1 && set.values.get(0) == null) {
            value = defaultValue(set.name);
        } else {
            List<String> parts = new ArrayList<>();
            for (SqlNode v : set.values) {
                parts.add(v instanceof SqlLiteral lit ? lit.toValue() : v.toString());
            }
            value = String.join(", ", parts);
        }
        if (set.local && !tx.inBlock()) {
            session.sendNotice(new Notice(
                    "WARNING",
                    SqlState.NO_ACTIVE_SQL_TRANSACTION.code(),
                    "SET LOCAL can only be used in transaction blocks",
                    null,
                    null));
            return new QueryResult.Command("SET");
        }
        String before = value(set.name);
        assign(set.name, value);
        if (tx.inBlock()) {
            undo().recorded(set.name, before, value(set.name), set.local);
        }
        return new QueryResult.Command("SET");
    }

    /** The transaction's settings log, its COMMIT and ROLLBACK hooks registered on first use. */
    private SettingsUndo undo() {
        if (undo.isEmpty()) {
            tx.onEnd(undo::commit, undo::rollback);
        }
        return undo;
    }

    private void assign(String name, String value) {
        if (value == null) {
            return;
        }
        if (session.setting(name) == null && SettingDefaults.get(name) != null && !name.contains(".")) {
            // a known PostgreSQL setting the server did not define: keep it in the session from now on
            session.setSetting(name, value);
            return;
        }
        session.setSetting(name, value);
    }

    private String defaultValue(String name) {
        String d = SettingDefaults.get(name);
        if (d != null) {
            return d;
        }
        String current = session.setting(name);
        if (current == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + name + "\"");
        }
        return serverDefaults.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), current);
    }

    private QueryResult reset(dev.tusk.calcite.parser.PgResetStatement reset) {
        if (reset.name == null) {
            for (Map.Entry<String, String> e : serverDefaults.entrySet()) {
                String now = session.setting(e.getKey());
                if (now != null && !now.equals(e.getValue())) {
                    session.setSetting(e.getKey(), e.getValue());
                }
            }
            for (Map.Entry<String, String> e : session.settings().entrySet()) {
                String d = SettingDefaults.get(e.getKey());
                if (d != null
                        && !d.equals(e.getValue())
                        && !serverDefaults.containsKey(e.getKey().toLowerCase(java.util.Locale.ROOT))) {
                    session.setSetting(e.getKey(), d);
                }
            }
            return new QueryResult.Command("RESET");
        }
        String key = reset.name.toLowerCase(java.util.Locale.ROOT);
        String d = serverDefaults.containsKey(key) ? serverDefaults.get(key) : SettingDefaults.get(reset.name);
        if (d == null) {
            if (session.setting(reset.name) == null) {
                throw new PgException(
                        SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + reset.name + "\"");
            }
            d = "";
        }
        String before = value(reset.name);
        assign(reset.name, d);
        if (tx.inBlock()) {
            undo().recorded(reset.name, before, value(reset.name), false);
        }
        return new QueryResult.Command("RESET");
    }

    private QueryResult setTransaction(dev.tusk.calcite.parser.PgSetTransactionStatement st) {
        IsolationLevel level = isolation(st.modes);
        if (level != null) {
            if (!st.sessionCharacteristics && !tx.inBlock()) {
                session.sendNotice(new Notice(
                        "WARNING",
                        SqlState.NO_ACTIVE_SQL_TRANSACTION.code(),
                        "SET TRANSACTION can only be used in transaction blocks",
                        null,
                        null));
                return new QueryResult.Command("SET");
            }
            tx.setIsolation(level, st.sessionCharacteristics);
        }
        return new QueryResult.Command("SET");
    }

    private PreparedQuery show(PgShowStatement show) {
        if (show.name == null) {
            List<Column> cols = List.of(
                    Column.of("name", BuiltinTypes.TEXT),
                    Column.of("setting", BuiltinTypes.TEXT),
                    Column.of("description", BuiltinTypes.TEXT));
            return rows(cols, "SHOW", () -> {
                Map<String, String> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                sorted.putAll(SettingDefaults.all());
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
        return rows(List.of(Column.of(shown, BuiltinTypes.TEXT)), "SHOW", () -> {
            String value = value(show.name);
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
                    undo().savepoint(stmt.savepoint);
                    return new QueryResult.Command("SAVEPOINT");
                }
                case RELEASE -> {
                    tx.checkNotFailed();
                    tx.release(stmt.savepoint);
                    undo.release(stmt.savepoint);
                    return new QueryResult.Command("RELEASE");
                }
                case ROLLBACK_TO -> {
                    tx.rollbackTo(stmt.savepoint);
                    undo.rollbackTo(stmt.savepoint);
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

    private static PreparedQuery rows(List<Column> columns, String tag, java.util.function.Supplier<RowStream> rows) {
        return command(columns, () -> new QueryResult.Rows(columns, rows.get(), tag, false));
    }
}
