package dev.tusk.testkit.sqltest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the OIDs of a database's own objects name, read from the server's own catalog: {@code relation
 * shop.customers}, {@code constraint shop.orders.orders_pkey}, ... Only OIDs from 16384 up (PostgreSQL's {@code
 * FirstNormalObjectId}) are read: the built-in objects below it have the same OIDs on every PostgreSQL 15.
 *
 * @param names the name of each object OID; an OID found in several catalogs has their names joined by {@code |}
 * @param database the session's {@code current_database()}, or empty when the server cannot say
 * @param user the session's {@code current_user}, or empty when the server cannot say
 */
record CatalogObjectNames(Map<Long, String> names, String database, String user) {

    /** The first OID of objects made after initdb. */
    static final long FIRST_NORMAL_OBJECT_ID = 16384;

    /**
     * One query per catalog, each answering (oid, name) for the objects of one kind. A server without one of these
     * catalogs (or a function they call) leaves its objects unnamed, so their OIDs stay numbers and mismatch.
     */
    private static final List<String> QUERIES = List.of(
            "SELECT n.oid, 'schema ' || n.nspname FROM pg_catalog.pg_namespace n WHERE n.oid >= 16384",
            "SELECT c.oid, 'relation ' || n.nspname || '.' || c.relname FROM pg_catalog.pg_class c"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE c.oid >= 16384 AND n.nspname <> 'pg_toast'",
            // a TOAST table and its index are named after their table's OID (pg_toast.pg_toast_16387): name them by
            // the table instead
            "SELECT c.reltoastrelid, 'TOAST table of ' || n.nspname || '.' || c.relname FROM pg_catalog.pg_class c"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.reltoastrelid >= 16384",
            "SELECT i.indexrelid, 'TOAST index of ' || n.nspname || '.' || c.relname FROM pg_catalog.pg_class c"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                    + " JOIN pg_catalog.pg_index i ON i.indrelid = c.reltoastrelid WHERE c.reltoastrelid >= 16384",
            "SELECT t.oid, 'type ' || n.nspname || '.' || t.typname FROM pg_catalog.pg_type t"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE t.oid >= 16384",
            "SELECT p.oid, 'function ' || n.nspname || '.' || p.proname FROM pg_catalog.pg_proc p"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE p.oid >= 16384",
            "SELECT k.oid, 'constraint ' || n.nspname || '.' || coalesce(r.relname, t.typname, '') || '.' || k.conname"
                    + " FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_namespace n ON n.oid = k.connamespace"
                    + " LEFT JOIN pg_catalog.pg_class r ON r.oid = k.conrelid"
                    + " LEFT JOIN pg_catalog.pg_type t ON t.oid = k.contypid WHERE k.oid >= 16384",
            "SELECT d.oid, 'default ' || n.nspname || '.' || c.relname || '.' || a.attname"
                    + " FROM pg_catalog.pg_attrdef d JOIN pg_catalog.pg_class c ON c.oid = d.adrelid"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                    + " JOIN pg_catalog.pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum"
                    + " WHERE d.oid >= 16384",
            "SELECT r.oid, 'rule ' || n.nspname || '.' || c.relname || '.' || r.rulename"
                    + " FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE r.oid >= 16384",
            "SELECT t.oid, 'trigger ' || n.nspname || '.' || c.relname || '.' || t.tgname"
                    + " FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE t.oid >= 16384",
            "SELECT oid, 'database ' || datname FROM pg_catalog.pg_database WHERE oid >= 16384",
            "SELECT oid, 'role ' || rolname FROM pg_catalog.pg_roles WHERE oid >= 16384",
            "SELECT oid, 'extension ' || extname FROM pg_catalog.pg_extension WHERE oid >= 16384",
            "SELECT oid, 'collation ' || collname FROM pg_catalog.pg_collation WHERE oid >= 16384",
            "SELECT oid, 'language ' || lanname FROM pg_catalog.pg_language WHERE oid >= 16384",
            "SELECT oid, 'access method ' || amname FROM pg_catalog.pg_am WHERE oid >= 16384",
            "SELECT oid, 'tablespace ' || spcname FROM pg_catalog.pg_tablespace WHERE oid >= 16384");

    /** Reads the names through a session of its own; a query the server cannot answer names nothing. */
    static CatalogObjectNames read(SqlTarget.Database database) {
        Map<Long, String> names = new TreeMap<>();
        String db = "";
        String user = "";
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT current_database(), current_user")) {
                if (rs.next()) {
                    db = nullToEmpty(rs.getString(1));
                    user = nullToEmpty(rs.getString(2));
                }
            } catch (SQLException e) {
                // the server cannot say: names stay as sent
            }
            for (String query : QUERIES) {
                try (ResultSet rs = s.executeQuery(query)) {
                    while (rs.next()) {
                        String name = rs.getString(2);
                        if (name != null) {
                            names.merge(rs.getLong(1), name, (a, b) -> a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
                        }
                    }
                } catch (SQLException e) {
                    // this catalog is missing on the server: its objects' OIDs stay numbers
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a session to read the catalog's names: " + e.getMessage(), e);
        }
        return new CatalogObjectNames(names, db, user);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
