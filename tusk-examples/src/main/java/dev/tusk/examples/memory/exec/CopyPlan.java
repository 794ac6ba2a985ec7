package dev.tusk.examples.memory.exec;

import dev.tusk.examples.memory.sql.Statement;
import dev.tusk.examples.memory.sql.Statement.CopyOptionsSpec;
import dev.tusk.examples.memory.store.ColumnDef;
import dev.tusk.examples.memory.store.TableData;
import dev.tusk.examples.memory.store.TableDef;
import dev.tusk.examples.memory.store.Transaction;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.CopyInSink;
import dev.tusk.server.api.CopyOptions;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.QueryResult;
import java.util.ArrayList;
import java.util.List;

/**
 * COPY: {@code FROM STDIN} hands the server a sink that inserts the rows atomically when the client
 * finishes (constraints enforced); {@code TO STDOUT} streams a table or a query's rows.
 */
public final class CopyPlan implements Plan {

    private final Statement.Copy copy;
    private final CopyOptions options;
    private final SelectPlan query;

    private CopyPlan(Statement.Copy copy, CopyOptions options, SelectPlan query) {
        this.copy = copy;
        this.options = options;
        this.query = query;
    }

    /** Plans a COPY; checks the options, and the table and columns against the transaction's view. */
    public static CopyPlan plan(Statement.Copy s, Transaction tx, ParamTypes params) {
        CopyOptions options = options(s.options());
        SelectPlan query = null;
        if (s.query() != null) {
            query = SelectPlan.plan(s.query(), tx, params);
        } else {
            targets(Sources.table(tx, s.table()).def(), s.columns());
        }
        return new CopyPlan(s, options, query);
    }

    /** The server's COPY options from the statement's, with PostgreSQL's checks. */
    static CopyOptions options(CopyOptionsSpec spec) {
        String format = spec.format() == null ? "text" : spec.format();
        CopyOptions o =
                switch (format) {
                    case "text" -> CopyOptions.text();
                    case "csv" -> CopyOptions.csv();
                    case "binary" -> CopyOptions.binary();
                    default ->
                        throw new PgException(
                                SqlState.INVALID_PARAMETER_VALUE, "COPY format \"" + format + "\" not recognized");
                };
        boolean binary = format.equals("binary");
        boolean csv = format.equals("csv");
        if (binary && spec.delimiter() != null) {
            throw new PgException(SqlState.SYNTAX_ERROR, "cannot specify DELIMITER in BINARY mode");
        }
        if (binary && spec.nullString() != null) {
            throw new PgException(SqlState.SYNTAX_ERROR, "cannot specify NULL in BINARY mode");
        }
        if (binary && Boolean.TRUE.equals(spec.header())) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot specify HEADER in BINARY mode");
        }
        if (!csv && spec.quote() != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY quote available only in CSV mode");
        }
        if (!csv && spec.escape() != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY escape available only in CSV mode");
        }
        if (spec.delimiter() != null) {
            o = o.withDelimiter(single(spec.delimiter(), "COPY delimiter"));
        }
        if (spec.nullString() != null) {
            o = o.withNullString(spec.nullString());
        }
        if (spec.header() != null) {
            o = o.withHeader(spec.header());
        }
        if (spec.quote() != null) {
            o = o.withQuote(single(spec.quote(), "COPY quote"));
        }
        if (spec.escape() != null) {
            o = o.withEscape(single(spec.escape(), "COPY escape"));
        }
        if (csv && o.delimiter() == o.quote()) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY delimiter and quote must be different");
        }
        if (!binary && (o.delimiter() == '\r' || o.delimiter() == '\n')) {
            throw new PgException(
                    SqlState.INVALID_PARAMETER_VALUE, "COPY delimiter cannot be newline or carriage return");
        }
        return o;
    }

    private static char single(String s, String what) {
        if (s.length() != 1 || s.charAt(0) > 127) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, what + " must be a single one-byte character");
        }
        return s.charAt(0);
    }

    /** The target column indexes: the listed ones, or all. */
    private static List<Integer> targets(TableDef def, List<String> names) {
        List<Integer> out = new ArrayList<>();
        if (names == null) {
            for (int i = 0; i < def.columns().size(); i++) {
                out.add(i);
            }
            return out;
        }
        for (String n : names) {
            int i = def.indexOf(n);
            if (i < 0) {
                throw new PgException(
                        SqlState.UNDEFINED_COLUMN,
                        "column \"" + n + "\" of relation \"" + def.name() + "\" does not exist");
            }
            if (out.contains(i)) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + n + "\" specified more than once");
            }
            out.add(i);
        }
        return out;
    }

    @Override
    public List<Column> columns() {
        return List.of();
    }

    @Override
    public QueryResult run(EvalContext cx) {
        if (query != null) {
            return new QueryResult.CopyOut(options, query.columns(), query.rows(cx));
        }
        TableData data = Sources.table(cx.state().tx(), copy.table());
        TableDef def = data.def();
        List<Integer> targets = targets(def, copy.columns());
        List<Column> columns = new ArrayList<>();
        for (int i : targets) {
            ColumnDef c = def.columns().get(i);
            columns.add(new Column(c.name(), c.type(), c.typmod(), def.oid(), (short) (i + 1)));
        }
        if (copy.from()) {
            return new QueryResult.CopyIn(options, columns, new Sink(cx, def, targets), def.name());
        }
        int[] picks = targets.stream().mapToInt(Integer::intValue).toArray();
        java.util.Iterator<Object[]> rows = data.rows().stream()
                .map(row -> {
                    Object[] out = new Object[picks.length];
                    for (int k = 0; k < picks.length; k++) {
                        out[k] = row[picks[k]];
                    }
                    return out;
                })
                .iterator();
        return new QueryResult.CopyOut(options, columns, new LazyRows(rows, cx.execution()));
    }

    /** Collects the copied rows and inserts them all at once when the client is done. */
    private static final class Sink implements CopyInSink {
        private final EvalContext cx;
        private final TableDef def;
        private final List<Integer> targets;
        private final List<Object[]> rows = new ArrayList<>();

        Sink(EvalContext cx, TableDef def, List<Integer> targets) {
            this.cx = cx;
            this.def = def;
            this.targets = targets;
        }

        @Override
        public void accept(Object[] values) {
            Object[] row = new Object[def.columns().size()];
            for (int k = 0; k < values.length && k < targets.size(); k++) {
                ColumnDef c = def.columns().get(targets.get(k));
                row[targets.get(k)] = Values.cast(values[k], c.type(), c.type(), c.typmod(), cx.formatSettings());
            }
            Constraints.checkNotNull(def, row, cx.formatSettings());
            rows.add(row);
        }

        @Override
        public long finish() {
            SessionState state = cx.state();
            boolean own = !state.inBlock();
            Transaction tx = own ? state.catalog().begin() : state.block();
            try {
                TableData current = tx.table(def.name());
                if (current == null || current.def().oid() != def.oid()) {
                    throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + def.name() + "\" does not exist");
                }
                List<Object[]> all = new ArrayList<>(current.rows().size() + rows.size());
                all.addAll(current.rows());
                all.addAll(rows);
                Constraints.checkPrimaryKey(def, all, cx.formatSettings());
                tx.put(def.name(), current, current.withRows(all));
                if (own) {
                    tx.commit();
                }
                return rows.size();
            } catch (RuntimeException e) {
                if (own) {
                    tx.rollback();
                }
                throw e;
            }
        }

        @Override
        public void abort(Throwable reason) {
            rows.clear();
        }
    }
}
