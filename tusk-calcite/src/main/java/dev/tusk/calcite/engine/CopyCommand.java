package dev.tusk.calcite.engine;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.ColumnDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.exec.DmlPlanner;
import dev.tusk.calcite.exec.ExecContext;
import dev.tusk.calcite.exec.Names;
import dev.tusk.calcite.exec.PreparedDml;
import dev.tusk.calcite.exec.SessionTransaction;
import dev.tusk.calcite.parser.PgCopy;
import dev.tusk.calcite.parser.PgDelete;
import dev.tusk.calcite.parser.PgInsert;
import dev.tusk.calcite.parser.PgSqlParser;
import dev.tusk.calcite.parser.PgUpdate;
import dev.tusk.calcite.plan.CompiledQuery;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import dev.tusk.types.sqlname.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;

/**
 * COPY table [(columns)] FROM STDIN, COPY table [(columns)] TO STDOUT and COPY (query) TO STDOUT: checks the options
 * and the target, then hands the server a {@link CopyFromSink} or the query's rows. COPY FROM inserts in the
 * session's transaction as one statement (all or nothing).
 */
final class CopyCommand implements PreparedQuery {
    private final CalciteSession session;
    private final PgCopy copy;
    private final String sql;

    private CopyCommand(CalciteSession session, PgCopy copy, String sql) {
        this.session = session;
        this.copy = copy;
        this.sql = sql;
    }

    static PreparedQuery prepare(CalciteSession session, PgCopy copy, String sql) {
        return new CopyCommand(session, copy, sql);
    }

    @Override
    public int[] parameterTypes() {
        return new int[0];
    }

    @Override
    public List<Column> columns() {
        return List.of();
    }

    @Override
    public QueryResult execute(Parameters parameters, ExecutionContext context) {
        SessionTransaction transaction = session.transaction();
        transaction.checkNotFailed();
        AtomicBoolean cancel = CalciteSession.cancelFlag(context);
        ExecContext cx = session.context(cancel);
        try {
            CopySpec spec = CopySpec.read(copy.options, copy.from);
            if (copy.query != null) {
                return copyQuery(spec, copy.query, null, context);
            }
            CatalogState catalog = transaction.catalog();
            TableDef table = Names.table(catalog, copy.table, cx.searchPath());
            List<Integer> targets = targets(table);
            if (!copy.from) {
                List<String> names = new ArrayList<>();
                for (int i : targets) {
                    names.add(Identifiers.quote(table.columns().get(i).name()));
                }
                String select = "SELECT " + String.join(", ", names) + " FROM "
                        + Identifiers.quoteQualified(table.schema(), table.name());
                return copyQuery(spec, PgSqlParser.parse(select), table, context);
            }
            if (spec.freeze() && !transaction.createdOrTruncatedHere(table)) {
                throw new PgException(
                        SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE,
                        "cannot perform COPY FREEZE because the table was not created or truncated in the current"
                                + " subtransaction");
            }
            return copyFrom(spec, table, targets, cx, context);
        } catch (RuntimeException | AssertionError | ExceptionInInitializerError e) {
            transaction.statementFailed();
            throw Cancellation.reason(CalciteErrors.toPgException(e, sql), context);
        }
    }

    private QueryResult copyQuery(CopySpec spec, SqlNode query, TableDef table, ExecutionContext context) {
        if (query instanceof PgInsert || query instanceof PgUpdate || query instanceof PgDelete) {
            throw new PgException(
                    SqlState.FEATURE_NOT_SUPPORTED,
                    "COPY (INSERT/UPDATE/DELETE ... RETURNING) TO is not supported yet");
        }
        CatalogState catalog = session.transaction().catalog();
        CompiledQuery compiled =
                session.engine().planner().compile(query, new int[0], session.searchPath(), catalog.calciteRoot());
        if (!compiled.parameterTypes().isEmpty()) {
            throw new PgException(SqlState.UNDEFINED_PARAMETER, "there is no parameter $1");
        }
        PreparedQuery prepared = session.query(compiled, sql);
        java.util.Set<Integer> forced = forceQuote(spec.forceQuote(), prepared.columns(), table);
        QueryResult.Rows rows = (QueryResult.Rows) prepared.execute(Parameters.NONE, context);
        return new QueryResult.CopyOut(spec.options().withForceQuote(forced), rows.columns(), rows.rows());
    }

    /** The output columns FORCE_QUOTE names (all for {@code *}), with PostgreSQL's errors for the others. */
    private static java.util.Set<Integer> forceQuote(List<String> names, List<Column> columns, TableDef table) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (String n : names) {
            if (n.equals("*")) {
                for (int i = 0; i < columns.size(); i++) {
                    out.add(i);
                }
                continue;
            }
            int at = -1;
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(n)) {
                    at = i;
                }
            }
            if (at < 0) {
                if (table == null) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + n + "\" does not exist");
                }
                if (table.column(n) == null) {
                    throw new PgException(
                            SqlState.UNDEFINED_COLUMN,
                            "column \"" + n + "\" of relation \"" + table.name() + "\" does not exist");
                }
                throw new PgException(
                        SqlState.INVALID_COLUMN_REFERENCE, "FORCE_QUOTE column \"" + n + "\" not referenced by COPY");
            }
            out.add(at);
        }
        return out;
    }

    private QueryResult copyFrom(
            CopySpec spec, TableDef table, List<Integer> targets, ExecContext cx, ExecutionContext context) {
        StringBuilder insert = new StringBuilder("INSERT INTO ")
                .append(Identifiers.quoteQualified(table.schema(), table.name()))
                .append(" (");
        StringBuilder values = new StringBuilder(" VALUES (");
        int[] declared = new int[targets.size()];
        List<Column> columns = new ArrayList<>();
        boolean[] forceNotNull = new boolean[targets.size()];
        boolean[] forceNull = new boolean[targets.size()];
        mark(spec.forceNotNull(), "FORCE_NOT_NULL", table, targets, forceNotNull);
        mark(spec.forceNull(), "FORCE_NULL", table, targets, forceNull);
        for (int k = 0; k < targets.size(); k++) {
            ColumnDef c = table.columns().get(targets.get(k));
            insert.append(k > 0 ? ", " : "").append(Identifiers.quote(c.name()));
            values.append(k > 0 ? ", " : "").append('$').append(k + 1);
            declared[k] = c.type().type().oid();
            columns.add(
                    forceNull[k]
                            ? Column.of(c.name(), dev.tusk.types.BuiltinTypes.TEXT)
                            : new Column(
                                    c.name(), c.type().type(), c.type().typmod(), table.oid(), (short) c.attnum()));
        }
        SqlNode parsed =
                PgSqlParser.parse(insert.append(')').append(values).append(')').toString());
        PreparedDml dml = DmlPlanner.insert((PgInsert) parsed, declared, cx);
        boolean direct = true;
        for (int i = 0; i < table.columns().size(); i++) {
            ColumnDef c = table.columns().get(i);
            if (!targets.contains(i) && (c.defaultExpr() != null || c.identity() != '\0')) {
                direct = false; // defaults to compute: run the INSERT's plan per row
            }
        }
        CopyFromSink sink = new CopyFromSink(
                dml,
                targets.stream().mapToInt(Integer::intValue).toArray(),
                direct,
                forceNotNull,
                forceNull,
                spec.options().nullString(),
                cx,
                context,
                session.engine().types(),
                sql);
        return new QueryResult.CopyIn(spec.options(), columns, sink, table.name());
    }

    private static void mark(List<String> names, String option, TableDef table, List<Integer> targets, boolean[] out) {
        for (String n : names) {
            int at = -1;
            for (int k = 0; k < targets.size(); k++) {
                if (table.columns().get(targets.get(k)).name().equals(n)) {
                    at = k;
                }
            }
            if (at < 0) {
                if (table.column(n) == null) {
                    throw new PgException(
                            SqlState.UNDEFINED_COLUMN,
                            "column \"" + n + "\" of relation \"" + table.name() + "\" does not exist");
                }
                throw new PgException(
                        SqlState.INVALID_COLUMN_REFERENCE, option + " column \"" + n + "\" not referenced by COPY");
            }
            out[at] = true;
        }
    }

    /** The target columns: the listed ones in order, else all. */
    private List<Integer> targets(TableDef table) {
        List<Integer> out = new ArrayList<>();
        if (copy.columns == null) {
            for (int i = 0; i < table.columns().size(); i++) {
                out.add(i);
            }
            return out;
        }
        for (SqlNode n : copy.columns) {
            String name = ((SqlIdentifier) n).getSimple();
            ColumnDef c = table.column(name);
            if (c == null) {
                throw new PgException(
                        SqlState.UNDEFINED_COLUMN,
                        "column \"" + name + "\" of relation \"" + table.name() + "\" does not exist");
            }
            int i = table.columns().indexOf(c);
            if (out.contains(i)) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + name + "\" specified more than once");
            }
            out.add(i);
        }
        return out;
    }
}
