package dev.tusk.examples.memory.exec;

import dev.tusk.examples.memory.sql.Statement;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.Notice;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.RowStream;
import dev.tusk.server.api.SessionContext;
import dev.tusk.types.BuiltinTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Session statements: SET, RESET, SHOW, LISTEN, UNLISTEN, NOTIFY, DEALLOCATE and DISCARD ALL. */
public final class UtilityPlan implements Plan {

    private final List<Column> columns;
    private final Function<EvalContext, QueryResult> action;

    private UtilityPlan(List<Column> columns, Function<EvalContext, QueryResult> action) {
        this.columns = columns;
        this.action = action;
    }

    /** Plans one of the session statements. */
    public static UtilityPlan plan(Statement s, SessionContext session) {
        return switch (s) {
            case Statement.Set set -> new UtilityPlan(List.of(), cx -> set(set, cx));
            case Statement.Reset reset -> new UtilityPlan(List.of(), cx -> reset(reset.name(), cx));
            case Statement.Show show -> show(show.name(), session);
            case Statement.Listen l ->
                new UtilityPlan(List.of(), cx -> {
                    cx.session().listen(l.channel());
                    return new QueryResult.Command("LISTEN");
                });
            case Statement.Unlisten u ->
                new UtilityPlan(List.of(), cx -> {
                    if (u.channel() == null) {
                        cx.session().unlistenAll();
                    } else {
                        cx.session().unlisten(u.channel());
                    }
                    return new QueryResult.Command("UNLISTEN");
                });
            case Statement.Notify n ->
                new UtilityPlan(List.of(), cx -> {
                    cx.state().notify(n.channel(), n.payload());
                    return new QueryResult.Command("NOTIFY");
                });
            case Statement.DiscardAll d -> new UtilityPlan(List.of(), UtilityPlan::discardAll);
            case Statement.Deallocate d ->
                new UtilityPlan(List.of(), cx -> {
                    if (d.name() == null) {
                        cx.session().deallocateAll();
                        return new QueryResult.Command("DEALLOCATE ALL");
                    }
                    if (!cx.session().deallocate(d.name())) {
                        throw new PgException(
                                SqlState.INVALID_SQL_STATEMENT_NAME,
                                "prepared statement \"" + d.name() + "\" does not exist");
                    }
                    return new QueryResult.Command("DEALLOCATE");
                });
            default -> throw new IllegalArgumentException("not a session statement: " + s);
        };
    }

    private static QueryResult set(Statement.Set set, EvalContext cx) {
        SessionContext session = cx.session();
        String value = set.value() != null ? set.value() : cx.state().defaultSetting(set.name());
        if (set.local()) {
            if (!cx.state().inBlock()) {
                session.sendNotice(new Notice(
                        "WARNING",
                        SqlState.NO_ACTIVE_SQL_TRANSACTION.code(),
                        "SET LOCAL can only be used in transaction blocks",
                        null,
                        null));
                return new QueryResult.Command("SET");
            }
            cx.state().saveLocal(set.name(), session.setting(set.name()));
        }
        if (value != null) {
            session.setSetting(set.name(), value);
        }
        return new QueryResult.Command("SET");
    }

    private static QueryResult reset(String name, EvalContext cx) {
        if (name == null) {
            for (Map.Entry<String, String> e : cx.state().defaults().entrySet()) {
                if (!e.getValue().equals(cx.session().setting(e.getKey()))) {
                    cx.session().setSetting(e.getKey(), e.getValue());
                }
            }
            return new QueryResult.Command("RESET");
        }
        String value = cx.state().defaultSetting(name);
        if (value == null && cx.session().setting(name) == null) {
            if (cx.state().setting(name) == null) {
                throw new PgException(
                        SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + name + "\"");
            }
            return new QueryResult.Command("RESET"); // a fixed setting: nothing to undo
        }
        cx.session().setSetting(name, value == null ? "" : value);
        return new QueryResult.Command("RESET");
    }

    private static UtilityPlan show(String name, SessionContext session) {
        if (name.equals("all")) {
            List<Column> cols = List.of(
                    Column.of("name", BuiltinTypes.TEXT),
                    Column.of("setting", BuiltinTypes.TEXT),
                    Column.of("description", BuiltinTypes.TEXT));
            return new UtilityPlan(cols, cx -> {
                Map<String, String> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                sorted.putAll(cx.session().settings());
                List<Object[]> rows = new ArrayList<>();
                sorted.forEach((k, v) -> rows.add(new Object[] {k, v, ""}));
                return QueryResult.Rows.select(cols, RowStream.of(rows));
            });
        }
        // the column is named as the server spells the setting (DateStyle, TimeZone), else as given
        String shown = name;
        for (String key : session.settings().keySet()) {
            if (key.equalsIgnoreCase(name)) {
                shown = key;
            }
        }
        List<Column> cols = List.of(Column.of(shown, BuiltinTypes.TEXT));
        return new UtilityPlan(cols, cx -> {
            String value = cx.state().setting(name);
            if (value == null) {
                throw new PgException(
                        SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + name + "\"");
            }
            return QueryResult.Rows.select(cols, RowStream.of(List.<Object[]>of(new Object[] {value})));
        });
    }

    private static QueryResult discardAll(EvalContext cx) {
        if (cx.state().inBlock()) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, "DISCARD ALL cannot run inside a transaction block");
        }
        reset(null, cx);
        cx.session().unlistenAll();
        cx.session().deallocateAll();
        return new QueryResult.Command("DISCARD ALL");
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public QueryResult run(EvalContext cx) {
        return action.apply(cx);
    }
}
