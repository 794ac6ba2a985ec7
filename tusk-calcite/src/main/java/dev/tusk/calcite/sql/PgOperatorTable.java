package dev.tusk.calcite.sql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.fun.SqlLibraryOperatorTableFactory;
import org.apache.calcite.sql.validate.SqlNameMatcher;
import org.apache.calcite.sql.validate.SqlNameMatchers;

/**
 * The functions and operators PostgreSQL SQL can call: Calcite's standard and PostgreSQL libraries plus Tusk's
 * own, looked up case-insensitively (Calcite's built-ins are upper case; PostgreSQL folds names to lower case).
 */
public final class PgOperatorTable implements SqlOperatorTable {
    private static final SqlNameMatcher ANY_CASE = SqlNameMatchers.withCaseSensitive(false);

    private final SqlOperatorTable extra;
    private final SqlOperatorTable calcite;

    /**
     * Creates the table over Calcite's libraries and {@code extra}; a name {@code extra} defines hides Calcite's
     * operators of that name, so Tusk's implementation is the only candidate.
     */
    public PgOperatorTable(SqlOperatorTable extra) {
        this.extra = extra;
        this.calcite =
                SqlLibraryOperatorTableFactory.INSTANCE.getOperatorTable(SqlLibrary.STANDARD, SqlLibrary.POSTGRESQL);
    }

    @Override
    public void lookupOperatorOverloads(
            SqlIdentifier opName,
            SqlFunctionCategory category,
            SqlSyntax syntax,
            List<SqlOperator> operatorList,
            SqlNameMatcher nameMatcher) {
        // a schema-qualified built-in (pg_catalog.now()) is the built-in
        SqlIdentifier name = opName;
        if (opName.names.size() == 2 && "pg_catalog".equals(opName.names.get(0))) {
            name = new SqlIdentifier(opName.names.get(1), opName.getParserPosition());
        }
        List<SqlOperator> own = new ArrayList<>();
        extra.lookupOperatorOverloads(name, null, syntax, own, ANY_CASE);
        if (!own.isEmpty()) {
            operatorList.addAll(own);
            return;
        }
        calcite.lookupOperatorOverloads(name, category, syntax, operatorList, ANY_CASE);
    }

    @Override
    public List<SqlOperator> getOperatorList() {
        List<SqlOperator> all = new ArrayList<>(extra.getOperatorList());
        all.addAll(calcite.getOperatorList());
        return all;
    }
}
