package dev.tusk.calcite.sql;

import dev.tusk.calcite.parser.PgTypeNameSpec;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * PostgreSQL's values of the SQL-standard session variables Calcite answers with its own constants:
 * {@code current_catalog} is the database, {@code current_schema} the first schema of search_path that exists
 * (NULL if none), both of type {@code name}.
 */
public final class SessionVariables extends SqlShuttle {
    private final List<String> searchPath;

    private SessionVariables(List<String> searchPath) {
        this.searchPath = searchPath;
    }

    /** Whether the expression is one of the variables this class replaces (its column is named after it). */
    static boolean is(SqlNode node) {
        return isCatalog(node)
                || node instanceof SqlCall call && call.getOperator() == SqlStdOperatorTable.CURRENT_SCHEMA;
    }

    /** {@code current_catalog}: Calcite's parser leaves it an identifier, which its validator would call. */
    private static boolean isCatalog(SqlNode node) {
        return node instanceof SqlIdentifier id
                        && id.names.size() == 1
                        && !id.isComponentQuoted(0)
                        && id.names.get(0).equalsIgnoreCase("current_catalog")
                || node instanceof SqlCall call && call.getOperator() == SqlStdOperatorTable.CURRENT_CATALOG;
    }

    /** A select item that is a variable, named after it as PostgreSQL names the column. */
    static SqlNode named(SqlNode item) {
        String name = isCatalog(item) ? "current_catalog" : "current_schema";
        return SqlStdOperatorTable.AS.createCall(
                item.getParserPosition(), item, new SqlIdentifier(name, SqlParserPos.QUOTED_ZERO));
    }

    @Override
    public SqlNode visit(SqlIdentifier id) {
        return isCatalog(id) ? currentDatabase(id.getParserPosition()) : id;
    }

    private static SqlNode currentDatabase(SqlParserPos pos) {
        return new SqlUnresolvedFunction(
                        new SqlIdentifier("current_database", pos),
                        null,
                        null,
                        null,
                        null,
                        SqlFunctionCategory.USER_DEFINED_FUNCTION)
                .createCall(pos);
    }

    /**
     * Replaces the variables in a rewritten tree.
     *
     * @param searchPath the existing schemas of search_path in order, with pg_catalog first when it was not listed
     */
    public static SqlNode substitute(SqlNode node, List<String> searchPath) {
        SqlNode out = node.accept(new SessionVariables(searchPath));
        return out == null ? node : out;
    }

    @Override
    public SqlNode visit(SqlCall call) {
        SqlParserPos pos = call.getParserPosition();
        if (isCatalog(call)) {
            return currentDatabase(pos);
        }
        if (call.getOperator() == SqlStdOperatorTable.CURRENT_SCHEMA) {
            // pg_catalog searched implicitly is not the current schema; the search path cannot tell an explicit
            // "pg_catalog, ..." apart, and PostgreSQL would answer pg_catalog there
            String schema = searchPath.stream()
                    .filter(s -> !s.equals("pg_catalog"))
                    .findFirst()
                    .orElse(null);
            SqlNode value = schema == null ? SqlLiteral.createNull(pos) : SqlLiteral.createCharString(schema, pos);
            PgTypeNameSpec name = new PgTypeNameSpec(List.of("name"), false, List.of(), null, null, 0, pos);
            return SqlStdOperatorTable.CAST.createCall(pos, value, new SqlDataTypeSpec(name, pos));
        }
        if (call.getKind() == org.apache.calcite.sql.SqlKind.AS) {
            // the alias is a name, not an expression
            call.setOperand(0, call.operand(0).accept(this));
            return call;
        }
        return super.visit(call);
    }
}
