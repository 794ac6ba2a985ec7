package dev.tusk.calcite.engine;

import dev.tusk.calcite.exec.PlanRunner;
import dev.tusk.calcite.exec.SessionTransaction;
import dev.tusk.calcite.exec.SqlTrees;
import dev.tusk.calcite.parser.PgExecute;
import dev.tusk.calcite.parser.PgSqlParser;
import dev.tusk.calcite.plan.CompiledQuery;
import dev.tusk.calcite.store.Snapshot;
import dev.tusk.calcite.store.Transaction;
import dev.tusk.calcite.type.CalciteValues;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import dev.tusk.types.PgType;
import dev.tusk.types.TypeRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * EXECUTE name [(arguments)]: evaluates the arguments, coerces them to the prepared statement's parameter types as
 * PostgreSQL's assignment rules allow (42804 otherwise), and runs the statement, whose result and tag it returns.
 */
final class ExecuteStatement implements PreparedQuery {
    /** date, timestamp and timestamptz, which have assignment casts among themselves. */
    private static final java.util.Set<Integer> DATETIMES = java.util.Set.of(1082, 1114, 1184);

    private final CalciteSession session;
    private final SqlPreparedStatements registry;
    private final PgExecute execute;
    private final String sql;

    ExecuteStatement(CalciteSession session, SqlPreparedStatements registry, PgExecute execute, String sql) {
        this.session = session;
        this.registry = registry;
        this.execute = execute;
        this.sql = sql;
    }

    @Override
    public int[] parameterTypes() {
        return new int[0];
    }

    @Override
    public List<Column> columns() {
        PreparedQuery q = registry.find(execute.name);
        return q == null ? List.of() : q.columns();
    }

    @Override
    public QueryResult execute(Parameters parameters, ExecutionContext context) {
        SessionTransaction transaction = session.transaction();
        transaction.checkNotFailed();
        Parameters values;
        PreparedQuery q;
        try {
            q = registry.find(execute.name);
            if (q == null) {
                throw new PgException(
                        SqlState.INVALID_SQL_STATEMENT_NAME,
                        "prepared statement \"" + execute.name + "\" does not exist");
            }
            values = arguments(q.parameterTypes(), context);
        } catch (RuntimeException | AssertionError e) {
            transaction.statementFailed();
            throw CalciteErrors.toPgException(e, sql);
        }
        return q.execute(values, context);
    }

    private Parameters arguments(int[] oids, ExecutionContext context) {
        List<SqlNode> args = execute.arguments == null ? List.of() : execute.arguments.getList();
        if (args.size() != oids.length) {
            throw PgException.builder(
                            SqlState.SYNTAX_ERROR,
                            "wrong number of parameters for prepared statement \"" + execute.name + "\"")
                    .detail("Expected " + oids.length + " parameters but got " + args.size() + ".")
                    .build();
        }
        PgType[] types = new PgType[oids.length];
        for (int i = 0; i < oids.length; i++) {
            int oid = oids[i];
            types[i] = TypeRegistry.builtins()
                    .byOid(oid)
                    .orElseThrow(() ->
                            new PgException(SqlState.UNDEFINED_OBJECT, "type with OID " + oid + " does not exist"));
        }
        if (args.isEmpty()) {
            return new ValueParameters(types, new Object[0], context.session().formatSettings());
        }
        var cx = session.context(CalciteSession.cancelFlag(context));
        var root = session.transaction().catalog().calciteRoot();
        List<SqlNode> bare = new ArrayList<>();
        for (SqlNode a : args) {
            bare.add(SqlTrees.copy(a));
        }
        CompiledQuery typed =
                cx.planner().compile(SqlTrees.select(bare, null, null), new int[0], cx.searchPath(), root);
        List<SqlNode> casts = new ArrayList<>();
        Object[] literals = new Object[args.size()];
        for (int i = 0; i < args.size(); i++) {
            PgType from = typed.columns().get(i).type().type();
            if (untyped(args.get(i))) {
                // PostgreSQL reads an unknown literal with the parameter type's input function
                literals[i] = input((SqlLiteral) args.get(i), types[i], context);
                casts.add(SqlTrees.cast(
                        SqlLiteral.createNull(org.apache.calcite.sql.parser.SqlParserPos.ZERO),
                        PgTypeRef.of(types[i])));
                continue;
            }
            if (!assignable(from, types[i])) {
                throw PgException.builder(
                                SqlState.DATATYPE_MISMATCH,
                                "parameter $" + (i + 1) + " of type " + from.formatType()
                                        + " cannot be coerced to the expected type " + types[i].formatType())
                        .hint("You will need to rewrite or cast the expression.")
                        .position(PgSqlParser.offset(sql, start(args.get(i))))
                        .build();
            }
            casts.add(SqlTrees.cast(SqlTrees.copy(args.get(i)), PgTypeRef.of(types[i])));
        }
        CompiledQuery q = cx.planner().compile(SqlTrees.select(casts, null, null), new int[0], cx.searchPath(), root);
        Transaction tx = session.transaction().transaction();
        tx.beginStatement();
        Snapshot snapshot = tx.snapshot();
        tx.endStatement();
        AtomicBoolean cancel = cx.cancel();
        Object[] row = PlanRunner.run(
                        q,
                        root,
                        cx.types(),
                        context.session(),
                        snapshot,
                        new Object[0],
                        cancel,
                        session.transaction().sequences())
                .get(0);
        Object[] values = new Object[row.length];
        for (int i = 0; i < row.length; i++) {
            values[i] = untyped(args.get(i))
                    ? literals[i]
                    : CalciteValues.toPg(
                            row[i], q.rowType().getFieldList().get(i).getType());
        }
        return new ValueParameters(types, values, context.session().formatSettings());
    }

    /** The value of an unknown-typed literal argument: NULL, or the text read by the type's input function. */
    private Object input(SqlLiteral lit, PgType type, ExecutionContext context) {
        if (lit.getTypeName() == SqlTypeName.NULL) {
            return null;
        }
        byte[] text = lit.getValueAs(String.class).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            return type.codec()
                    .decodeText(text, 0, text.length, context.session().formatSettings());
        } catch (dev.tusk.types.PgTypeException e) {
            throw PgException.builder(e.sqlState(), e.getMessage())
                    .detail(e.detail())
                    .hint(e.hint())
                    .position(PgSqlParser.offset(sql, lit.getParserPosition()))
                    .build();
        }
    }

    /** Where an argument starts in the text: its leftmost leaf (a call's own position may start before it). */
    private static org.apache.calcite.sql.parser.SqlParserPos start(SqlNode node) {
        org.apache.calcite.sql.parser.SqlParserPos best = null;
        if (node instanceof org.apache.calcite.sql.SqlCall call) {
            for (SqlNode o : call.getOperandList()) {
                if (o == null || o instanceof org.apache.calcite.sql.SqlDataTypeSpec) {
                    continue;
                }
                org.apache.calcite.sql.parser.SqlParserPos p = start(o);
                if (p.getLineNum() > 0
                        && (best == null
                                || p.getLineNum() < best.getLineNum()
                                || p.getLineNum() == best.getLineNum() && p.getColumnNum() < best.getColumnNum())) {
                    best = p;
                }
            }
        }
        return best != null ? best : node.getParserPosition();
    }

    /** A string literal or NULL: PostgreSQL's unknown, read by the parameter type's input function. */
    private static boolean untyped(SqlNode arg) {
        return arg instanceof SqlLiteral lit
                && (lit.getTypeName() == SqlTypeName.NULL || lit.getTypeName() == SqlTypeName.CHAR);
    }

    /** Whether PostgreSQL has an implicit or assignment cast (the rules EXECUTE's arguments follow). */
    private static boolean assignable(PgType from, PgType to) {
        if (from.oid() == to.oid() || to.typcategory() == 'S') {
            return true;
        }
        char f = from.typcategory();
        char t = to.typcategory();
        if (f == 'N' && t == 'N') {
            return true;
        }
        return DATETIMES.contains(from.oid()) && DATETIMES.contains(to.oid());
    }
}
