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
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlNameMatcher;
import org.apache.calcite.sql.validate.SqlNameMatchers;

/**
 * The functions and operators PostgreSQL SQL can call: Calcite's standard and PostgreSQL libraries plus Tusk's
 * own, looked up case-insensitively (Calcite's built-ins are upper case; PostgreSQL folds names to lower case).
 * A name Tusk defines hides Calcite's functions of that name entirely, so which implementation runs never depends
 * on Calcite's overload ordering.
 */
public final class PgOperatorTable implements SqlOperatorTable {
    private static final SqlNameMatcher ANY_CASE = SqlNameMatchers.withCaseSensitive(false);

    private final SqlOperatorTable tusk;
    private final SqlOperatorTable calcite;
    private final SqlOperatorTable all;

    /** Creates the table over Calcite's libraries and Tusk's own functions, {@code tusk}. */
    public PgOperatorTable(SqlOperatorTable tusk) {
        this.tusk = tusk;
        this.calcite =
                SqlLibraryOperatorTableFactory.INSTANCE.getOperatorTable(SqlLibrary.STANDARD, SqlLibrary.POSTGRESQL);
        this.all = SqlOperatorTables.chain(tusk, calcite);
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
        int before = operatorList.size();
        tusk.lookupOperatorOverloads(name, category, syntax, operatorList, ANY_CASE);
        if (operatorList.size() == before) {
            calcite.lookupOperatorOverloads(name, category, syntax, operatorList, ANY_CASE);
        }
    }

    @Override
    public List<SqlOperator> getOperatorList() {
        return new ArrayList<>(all.getOperatorList());
    }
}
