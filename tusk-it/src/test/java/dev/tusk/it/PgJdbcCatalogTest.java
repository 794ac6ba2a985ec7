package dev.tusk.it;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.PGResultSetMetaData;

/**
 * pgjdbc's DatabaseMetaData (getTables, getColumns, keys, indexes, types, schemas, catalogs, procedures, functions,
 * privileges, ...) and ResultSetMetaData of a query on each table of the catalog schema, read from Tusk and from
 * PostgreSQL 15 and compared row by row and column by column (one line per row, {@code LABEL=value} per column).
 * Normalised, because they legitimately differ: the database name (each side has its own), the OID pgjdbc appends to
 * SPECIFIC_NAME ({@code now_1299}), and the order of getTypeInfo's rows (pgjdbc's query has no ORDER BY, so they
 * are sorted). Checks failing on Tusk today are listed in {@code src/test/clients/catalog-known-failures-jdbc.txt}.
 */
class PgJdbcCatalogTest {

    private static final List<String> SHOP_TABLES = List.of("customers", "products", "orders", "order_items");

    /**
     * One DatabaseMetaData call: its name in the report, the call, and how its rows are compared: {@code SORTED}
     * (getTypeInfo: pgjdbc's query has no ORDER BY, its rows come in catalog order), {@code OWN_DATABASE}
     * (getCatalogs: a PostgreSQL instance has other databases, only the test's own is compared) or {@code AS_IS}.
     */
    private record Call(String name, MetaCall call, Rows rows) {}

    /** How a call's rows are compared. */
    private enum Rows {
        AS_IS,
        SORTED,
        OWN_DATABASE
    }

    @FunctionalInterface
    private interface MetaCall {
        ResultSet run(DatabaseMetaData md) throws SQLException;
    }

    static List<Call> calls() {
        List<Call> out = new ArrayList<>();
        out.add(new Call("getCatalogs()", DatabaseMetaData::getCatalogs, Rows.OWN_DATABASE));
        out.add(new Call("getSchemas()", DatabaseMetaData::getSchemas, Rows.AS_IS));
        out.add(new Call("getSchemas(null, sh%)", md -> md.getSchemas(null, "sh%"), Rows.AS_IS));
        out.add(new Call("getTableTypes()", DatabaseMetaData::getTableTypes, Rows.AS_IS));
        out.add(new Call("getTables(null, shop, %, null)", md -> md.getTables(null, "shop", "%", null), Rows.AS_IS));
        out.add(new Call(
                "getTables(null, public, %, [TABLE])",
                md -> md.getTables(null, "public", "%", new String[] {"TABLE"}), Rows.AS_IS));
        out.add(new Call(
                "getTables(null, %, %, [VIEW])",
                md -> md.getTables(null, "%", "%", new String[] {"VIEW"}), Rows.AS_IS));
        out.add(new Call(
                "getTables(null, shop, %, [SEQUENCE])",
                md -> md.getTables(null, "shop", "%", new String[] {"SEQUENCE"}), Rows.AS_IS));
        out.add(new Call(
                "getTables(null, shop, %, [INDEX])",
                md -> md.getTables(null, "shop", "%", new String[] {"INDEX"}), Rows.AS_IS));
        out.add(new Call("getColumns(null, shop, %, %)", md -> md.getColumns(null, "shop", "%", "%"), Rows.AS_IS));
        out.add(new Call("getColumns(null, public, %, %)", md -> md.getColumns(null, "public", "%", "%"), Rows.AS_IS));
        for (String t : SHOP_TABLES) {
            out.add(new Call(
                    "getPrimaryKeys(null, shop, " + t + ")", md -> md.getPrimaryKeys(null, "shop", t), Rows.AS_IS));
        }
        out.add(new Call(
                "getPrimaryKeys(null, public, measurements)",
                md -> md.getPrimaryKeys(null, "public", "measurements"),
                Rows.AS_IS));
        for (String t : SHOP_TABLES) {
            out.add(new Call(
                    "getImportedKeys(null, shop, " + t + ")", md -> md.getImportedKeys(null, "shop", t), Rows.AS_IS));
            out.add(new Call(
                    "getExportedKeys(null, shop, " + t + ")", md -> md.getExportedKeys(null, "shop", t), Rows.AS_IS));
            out.add(new Call(
                    "getIndexInfo(null, shop, " + t + ", false, false)",
                    md -> md.getIndexInfo(null, "shop", t, false, false),
                    Rows.AS_IS));
        }
        out.add(new Call(
                "getIndexInfo(null, shop, order_items, true, false)",
                md -> md.getIndexInfo(null, "shop", "order_items", true, false),
                Rows.AS_IS));
        out.add(new Call(
                "getCrossReference(shop.orders, shop.order_items)",
                md -> md.getCrossReference(null, "shop", "orders", null, "shop", "order_items"),
                Rows.AS_IS));
        out.add(new Call(
                "getBestRowIdentifier(null, shop, customers, session, true)",
                md -> md.getBestRowIdentifier(null, "shop", "customers", DatabaseMetaData.bestRowSession, true),
                Rows.AS_IS));
        out.add(new Call("getTypeInfo()", DatabaseMetaData::getTypeInfo, Rows.SORTED));
        out.add(new Call(
                "getProcedures(null, pg_catalog, now)", md -> md.getProcedures(null, "pg_catalog", "now"), Rows.AS_IS));
        out.add(new Call("getProcedures(null, shop, %)", md -> md.getProcedures(null, "shop", "%"), Rows.AS_IS));
        out.add(new Call(
                "getProcedureColumns(null, pg_catalog, current_schemas, %)",
                md -> md.getProcedureColumns(null, "pg_catalog", "current_schemas", "%"), Rows.AS_IS));
        out.add(new Call(
                "getFunctions(null, pg_catalog, now)", md -> md.getFunctions(null, "pg_catalog", "now"), Rows.AS_IS));
        out.add(new Call(
                "getFunctions(null, pg_catalog, current_schema%)",
                md -> md.getFunctions(null, "pg_catalog", "current_schema%"), Rows.AS_IS));
        out.add(new Call(
                "getTablePrivileges(null, shop, %)", md -> md.getTablePrivileges(null, "shop", "%"), Rows.AS_IS));
        out.add(new Call(
                "getColumnPrivileges(null, shop, customers, %)",
                md -> md.getColumnPrivileges(null, "shop", "customers", "%"), Rows.AS_IS));
        return out;
    }

    /** The queries whose ResultSetMetaData is compared. */
    static List<String> queries() {
        List<String> out = new ArrayList<>();
        for (String t : SHOP_TABLES) {
            out.add("SELECT * FROM shop." + t);
        }
        out.add("SELECT * FROM shop.big_orders");
        out.add("SELECT * FROM public.measurements");
        out.add("SELECT * FROM public.notes");
        out.add("SELECT c.id, c.email, o.order_id, o.status, 1 AS one FROM shop.customers c"
                + " JOIN shop.orders o ON o.customer_id = c.id");
        return out;
    }

    @ParameterizedTest(name = "pgjdbc metadata on {0}")
    @MethodSource("dev.tusk.it.CatalogPair#subjects")
    void metadata(Targets.Factory factory) throws SQLException {
        ToolChecks checks = new ToolChecks(
                factory.name(), "pgjdbc", CatalogPair.KNOWN_DIR.resolve("catalog-known-failures-jdbc.txt"));
        try (CatalogPair pair = CatalogPair.open(factory, checks);
                Connection want = CatalogPair.connect(pair.reference);
                Connection got = CatalogPair.connect(pair.subject)) {
            String wantDb = pair.reference.database();
            String gotDb = pair.subject.database();
            compare(checks, "scalar properties", () -> scalars(want, wantDb), () -> scalars(got, gotDb));
            for (Call call : calls()) {
                compare(
                        checks,
                        call.name(),
                        () -> rows(call.call().run(want.getMetaData()), wantDb, call.rows()),
                        () -> rows(call.call().run(got.getMetaData()), gotDb, call.rows()));
            }
            for (String sql : queries()) {
                compare(
                        checks,
                        "ResultSetMetaData of " + sql,
                        () -> resultSetMetaData(want, sql),
                        () -> resultSetMetaData(got, sql));
            }
        }
        checks.judge(CatalogPair.isReference(factory));
    }

    @FunctionalInterface
    private interface Text {
        String get() throws SQLException;
    }

    private static void compare(ToolChecks checks, String name, Text reference, Text subject) throws SQLException {
        String expected = reference.get();
        String actual;
        try {
            actual = subject.get();
        } catch (SQLException e) {
            checks.fail(name, e.getSQLState() + " " + e.getMessage(), expected);
            return;
        }
        checks.compare(name, expected, actual);
    }

    /** Metadata answered by single values, several of which pgjdbc reads from the catalog. */
    private static String scalars(Connection c, String database) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        StringBuilder out = new StringBuilder();
        out.append("getDatabaseProductName=")
                .append(md.getDatabaseProductName())
                .append('\n');
        out.append("getDatabaseMajorVersion=")
                .append(md.getDatabaseMajorVersion())
                .append('\n');
        out.append("getUserName=").append(md.getUserName()).append('\n');
        out.append("getIdentifierQuoteString=")
                .append(md.getIdentifierQuoteString())
                .append('\n');
        out.append("getSearchStringEscape=").append(md.getSearchStringEscape()).append('\n');
        out.append("getMaxColumnNameLength=")
                .append(md.getMaxColumnNameLength())
                .append('\n');
        out.append("getMaxTableNameLength=").append(md.getMaxTableNameLength()).append('\n');
        out.append("getSQLKeywords=").append(md.getSQLKeywords()).append('\n');
        out.append("getDefaultTransactionIsolation=")
                .append(md.getDefaultTransactionIsolation())
                .append('\n');
        out.append("getCatalog=").append(normalise(c.getCatalog(), database)).append('\n');
        out.append("getSchema=").append(c.getSchema()).append('\n');
        return out.toString();
    }

    /**
     * A result set as text: the row count, then one line per row; the database's name becomes DB. With
     * {@link Rows#OWN_DATABASE}, only rows whose TABLE_CAT is the test's database are kept.
     */
    private static String rows(ResultSet rs, String database, Rows how) throws SQLException {
        try (rs) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                if (how == Rows.OWN_DATABASE && !database.equals(rs.getString("TABLE_CAT"))) {
                    continue;
                }
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    String label = md.getColumnLabel(i);
                    String value = normalise(rs.getString(i), database);
                    if (value != null && label.equalsIgnoreCase("specific_name")) {
                        value = value.replaceAll("_\\d+$", "_OID");
                    }
                    line.append(i > 1 ? ", " : "").append(label).append('=').append(value);
                }
                lines.add(line.toString());
            }
            if (how == Rows.SORTED) {
                lines.sort(null);
            }
            StringBuilder out = new StringBuilder();
            out.append(lines.size()).append(" rows\n");
            lines.forEach(l -> out.append(l).append('\n'));
            return out.toString();
        }
    }

    /** What pgjdbc says about each column of a query's result. */
    private static String resultSetMetaData(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql + " LIMIT 0")) {
            ResultSetMetaData md = rs.getMetaData();
            PGResultSetMetaData pg = md.unwrap(PGResultSetMetaData.class);
            StringBuilder out = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                out.append("column ").append(i).append(": ");
                out.append("name=").append(md.getColumnName(i));
                out.append(", label=").append(md.getColumnLabel(i));
                out.append(", type=").append(md.getColumnType(i));
                out.append(", typeName=").append(md.getColumnTypeName(i));
                out.append(", className=").append(md.getColumnClassName(i));
                out.append(", tableName=").append(md.getTableName(i));
                out.append(", schemaName=").append(md.getSchemaName(i));
                out.append(", baseTable=")
                        .append(pg.getBaseSchemaName(i))
                        .append('.')
                        .append(pg.getBaseTableName(i));
                out.append(", baseColumn=").append(pg.getBaseColumnName(i));
                out.append(", nullable=").append(md.isNullable(i));
                out.append(", autoIncrement=").append(md.isAutoIncrement(i));
                out.append(", precision=").append(md.getPrecision(i));
                out.append(", scale=").append(md.getScale(i));
                out.append(", displaySize=").append(md.getColumnDisplaySize(i));
                out.append(", signed=").append(md.isSigned(i));
                out.append(", caseSensitive=").append(md.isCaseSensitive(i));
                out.append('\n');
            }
            return out.toString();
        }
    }

    private static String normalise(String value, String database) {
        return value != null && value.equals(database) ? "DB" : value;
    }
}
