package dev.tusk.calcite.engine;

import dev.tusk.calcite.parser.PgDeallocate;
import dev.tusk.calcite.parser.PgExecute;
import dev.tusk.calcite.parser.PgPrepare;
import dev.tusk.calcite.parser.PgStatement;
import dev.tusk.calcite.parser.PgTypeNameSpec;
import dev.tusk.calcite.type.PgTypeResolution;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.calcite.sql.SqlDataTypeSpec;

/**
 * SQL-level PREPARE, EXECUTE and DEALLOCATE: the session's named statements. They live until DEALLOCATE, DISCARD
 * ALL or the end of the session (not transactional, as in PostgreSQL); DEALLOCATE also reaches the statements the
 * client named in the extended protocol's Parse, which share PostgreSQL's namespace.
 */
final class SqlPreparedStatements {
    private final CalciteSession session;
    private final Map<String, PreparedQuery> statements = new HashMap<>();

    SqlPreparedStatements(CalciteSession session) {
        this.session = session;
    }

    static boolean handles(PgStatement stmt) {
        return stmt instanceof PgPrepare || stmt instanceof PgExecute || stmt instanceof PgDeallocate;
    }

    PreparedQuery prepare(PgStatement stmt, String sql) {
        if (stmt instanceof PgExecute execute) {
            return new ExecuteStatement(session, this, execute, sql);
        }
        if (stmt instanceof PgPrepare prepare) {
            return command(sql, cx -> prepare(prepare, sql));
        }
        PgDeallocate d = (PgDeallocate) stmt;
        return command(sql, cx -> deallocate(d));
    }

    /** The statement PREPAREd under this name, or null. */
    PreparedQuery find(String name) {
        return statements.get(name);
    }

    private String prepare(PgPrepare p, String sql) {
        if (statements.containsKey(p.name)) {
            throw new PgException(
                    SqlState.DUPLICATE_PSTATEMENT, "prepared statement \"" + p.name + "\" already exists");
        }
        int[] declared = new int[p.types.size()];
        for (int i = 0; i < declared.length; i++) {
            SqlDataTypeSpec spec = p.types.get(i);
            if (!(spec.getTypeNameSpec() instanceof PgTypeNameSpec pg)) {
                throw new PgException(SqlState.SYNTAX_ERROR, "unexpected type " + spec);
            }
            declared[i] = PgTypeResolution.resolve(pg).type().oid();
        }
        PreparedQuery inner = session.prepare(p.statement, sql, declared);
        int[] types = inner.parameterTypes();
        for (int i = 0; i < types.length; i++) {
            if (types[i] == 0 || types[i] == dev.tusk.types.BuiltinTypes.UNKNOWN.oid() && i >= declared.length) {
                throw new PgException(
                        SqlState.INDETERMINATE_DATATYPE, "could not determine data type of parameter $" + (i + 1));
            }
        }
        statements.put(p.name, inner);
        return "PREPARE";
    }

    private String deallocate(PgDeallocate d) {
        if (d.name == null) {
            deallocateAll();
            return "DEALLOCATE ALL";
        }
        PreparedQuery q = statements.remove(d.name);
        if (q != null) {
            q.close();
        } else if (!session.session().deallocate(d.name)) {
            throw new PgException(
                    SqlState.INVALID_SQL_STATEMENT_NAME, "prepared statement \"" + d.name + "\" does not exist");
        }
        return "DEALLOCATE";
    }

    /** DEALLOCATE ALL and DISCARD ALL: the SQL statements and the protocol's named ones. */
    void deallocateAll() {
        closeAll();
        session.session().deallocateAll();
    }

    /** Drops the SQL statements (the session ends). */
    void closeAll() {
        statements.values().forEach(PreparedQuery::close);
        statements.clear();
    }

    /** A statement that does its work at Execute, in the session's transaction lifecycle, returning its tag. */
    private PreparedQuery command(String sql, Function<ExecutionContext, String> run) {
        return new PreparedQuery() {
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
                var tx = session.transaction();
                tx.checkNotFailed();
                try {
                    String tag = run.apply(context);
                    tx.statementSucceeded();
                    return new QueryResult.Command(tag);
                } catch (RuntimeException | AssertionError e) {
                    tx.statementFailed();
                    throw CalciteErrors.toPgException(e, sql);
                }
            }
        };
    }
}
