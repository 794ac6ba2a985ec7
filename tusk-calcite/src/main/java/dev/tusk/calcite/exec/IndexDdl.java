package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.ColumnDef;
import dev.tusk.calcite.catalog.IndexDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.catalog.UniqueDef;
import dev.tusk.calcite.parser.PgCreateIndex;
import dev.tusk.calcite.parser.PgDrop;
import dev.tusk.calcite.store.HashIndex;
import dev.tusk.calcite.store.IndexColumn;
import dev.tusk.calcite.store.LockMode;
import dev.tusk.calcite.store.Transaction;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Notice;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;

/**
 * CREATE INDEX and DROP INDEX. Every index is a store hash index, whether the statement says btree or hash:
 * plans use it for equality lookups on all its columns; a UNIQUE one also enforces uniqueness as a unique
 * constraint's does. Expression and partial indexes and other access methods are refused with 0A000.
 */
public final class IndexDdl {
    private IndexDdl() {}

    /** CREATE [UNIQUE] INDEX; returns the command tag. */
    public static String create(PgCreateIndex stmt, ExecContext cx) {
        SessionTransaction st = cx.transaction();
        if (stmt.concurrently && st.inBlock()) {
            // outside a block it is an ordinary CREATE INDEX here: Tusk's index build never blocks readers
            throw new PgException(
                    SqlState.ACTIVE_SQL_TRANSACTION, "CREATE INDEX CONCURRENTLY cannot run inside a transaction block");
        }
        st.lockDdl(() -> cx.cancel().get());
        CatalogState catalog = st.catalog();
        TableDef table = Names.table(catalog, stmt.table, cx.searchPath());
        String method = stmt.method == null ? "btree" : stmt.method.toLowerCase(Locale.ROOT);
        if (!method.equals("btree") && !method.equals("hash")) {
            if (method.equals("gist") || method.equals("gin") || method.equals("brin") || method.equals("spgist")) {
                throw new PgException(
                        SqlState.FEATURE_NOT_SUPPORTED, "index access method \"" + method + "\" is not supported");
            }
            throw new PgException(SqlState.UNDEFINED_OBJECT, "access method \"" + method + "\" does not exist");
        }
        if (method.equals("hash") && stmt.unique) {
            throw new PgException(
                    SqlState.FEATURE_NOT_SUPPORTED, "access method \"hash\" does not support unique indexes");
        }
        if (method.equals("hash") && stmt.keys.size() > 1) {
            throw new PgException(
                    SqlState.FEATURE_NOT_SUPPORTED, "access method \"hash\" does not support multicolumn indexes");
        }
        if (stmt.where != null) {
            throw new PgException(
                    SqlState.FEATURE_NOT_SUPPORTED, "partial indexes (CREATE INDEX ... WHERE) are not supported");
        }
        List<Integer> positions = new ArrayList<>();
        List<String> columnNames = new ArrayList<>();
        for (SqlNode key : stmt.keys) {
            SqlNode k = key;
            while (k.getKind() == SqlKind.DESCENDING
                    || k.getKind() == SqlKind.NULLS_FIRST
                    || k.getKind() == SqlKind.NULLS_LAST) {
                if (method.equals("hash")) {
                    throw new PgException(
                            SqlState.FEATURE_NOT_SUPPORTED, "access method \"hash\" does not support ASC/DESC options");
                }
                k = ((SqlCall) k).operand(0);
            }
            if (!(k instanceof SqlIdentifier id) || !id.isSimple()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "index expressions are not supported");
            }
            String name = id.getSimple();
            int at = -1;
            for (int i = 0; i < table.columns().size(); i++) {
                if (table.columns().get(i).name().equals(name)) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + name + "\" does not exist");
            }
            ColumnDef c = table.columns().get(at);
            if (c.type().type() == BuiltinTypes.JSON) {
                throw PgException.builder(
                                SqlState.UNDEFINED_OBJECT,
                                "data type json has no default operator class for access method \"" + method + "\"")
                        .hint("You must specify an operator class for the index or define a default operator class"
                                + " for the data type.")
                        .build();
            }
            positions.add(at);
            columnNames.add(name);
        }
        String schema = table.schema();
        String name = stmt.name;
        if (name != null && catalog.relationExists(schema, name)) {
            if (stmt.ifNotExists) {
                cx.session()
                        .sendNotice(new Notice(
                                "NOTICE",
                                SqlState.DUPLICATE_TABLE.code(),
                                "relation \"" + name + "\" already exists, skipping",
                                null,
                                null));
                return "CREATE INDEX";
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        if (name == null) {
            name = chooseName(catalog, schema, table.name(), columnNames);
        }
        List<IndexColumn> keyColumns = new ArrayList<>();
        for (int p : positions) {
            ColumnDef c = table.columns().get(p);
            keyColumns.add(new IndexColumn(
                    p,
                    DdlExecutor.quoteIfNeeded(c.name()),
                    DdlExecutor.equivalence(c.type()),
                    v -> ValueText.render(v, c.type(), cx.types(), cx.session().formatSettings())));
        }
        Transaction tx = st.statement();
        HashIndex index = table.data().createIndex(tx, name, stmt.unique, true, keyColumns);
        st.onEnd(null, () -> table.data().dropIndex(index));
        int[] cols = positions.stream().mapToInt(Integer::intValue).toArray();
        IndexDef def = new IndexDef(
                st.database().newOid(), schema, name, table.oid(), table.name(), stmt.unique, cols, method, index);
        st.changeCatalog(catalog.withIndex(def));
        return "CREATE INDEX";
    }

    /** DROP INDEX; returns the command tag. */
    public static String drop(PgDrop stmt, ExecContext cx) {
        SessionTransaction st = cx.transaction();
        st.lockDdl(() -> cx.cancel().get());
        CatalogState catalog = st.catalog();
        List<IndexDef> drops = new ArrayList<>();
        for (SqlIdentifier id : stmt.names) {
            String name = id.names.get(id.names.size() - 1);
            List<String> schemas = id.names.size() > 1 ? List.of(id.names.get(id.names.size() - 2)) : cx.searchPath();
            if (id.names.size() > 1 && !catalog.schemas().containsKey(schemas.get(0))) {
                throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + schemas.get(0) + "\" does not exist");
            }
            IndexDef found = null;
            for (String schema : schemas) {
                found = catalog.index(schema, name);
                if (found != null) {
                    break;
                }
                for (TableDef t : catalog.tables(schema).values()) {
                    for (UniqueDef u : t.uniques()) {
                        if (u.name().equals(name)) {
                            throw PgException.builder(
                                            SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                                            "cannot drop index " + name + " because constraint " + name + " on table "
                                                    + t.name() + " requires it")
                                    .hint("You can drop constraint " + name + " on table " + t.name() + " instead.")
                                    .build();
                        }
                    }
                }
                if (catalog.relationExists(schema, name)) {
                    PgException.Builder b =
                            PgException.builder(SqlState.WRONG_OBJECT_TYPE, "\"" + name + "\" is not an index");
                    if (catalog.table(schema, name) != null) {
                        b.hint("Use DROP TABLE to remove a table.");
                    } else if (catalog.sequence(schema, name) != null) {
                        b.hint("Use DROP SEQUENCE to remove a sequence.");
                    }
                    throw b.build();
                }
            }
            if (found == null) {
                if (stmt.ifExists) {
                    cx.session()
                            .sendNotice(Notice.notice(
                                    "index \"" + String.join(".", id.names) + "\" does not exist, skipping"));
                    continue;
                }
                throw new PgException(
                        SqlState.UNDEFINED_OBJECT, "index \"" + String.join(".", id.names) + "\" does not exist");
            }
            drops.add(found);
        }
        Transaction tx = st.statement();
        for (IndexDef i : drops) {
            TableDef t = null;
            for (TableDef candidate : catalog.tables(i.schema()).values()) {
                if (candidate.oid() == i.tableOid()) {
                    t = candidate;
                }
            }
            if (t != null) {
                t.data().lock(tx, LockMode.EXCLUSIVE);
                var data = t.data();
                // after the new catalog is published, so no plan made from it reads the index
                st.onEnd(() -> data.dropIndex(i.index()), null);
            }
            catalog = catalog.withoutIndex(i);
        }
        st.changeCatalog(catalog);
        return "DROP INDEX";
    }

    /** PostgreSQL's ChooseIndexName for a plain index: table_col1_col2_idx, numbered on a clash, within 63 bytes. */
    static String chooseName(CatalogState catalog, String schema, String table, List<String> columns) {
        String cols = String.join("_", columns);
        for (int pass = 0; ; pass++) {
            String label = pass == 0 ? "idx" : "idx" + pass;
            String name = makeObjectName(table, cols, label);
            if (!catalog.relationExists(schema, name)) {
                return name;
            }
        }
    }

    /** {@link #chooseName} in an empty public schema (for tests). */
    public static String chooseNameForTest(String table, List<String> columns) {
        return makeObjectName(table, String.join("_", columns), "idx");
    }

    /** PostgreSQL's makeObjectName: name1_name2_label, the longer name truncated first to fit NAMEDATALEN - 1. */
    private static String makeObjectName(String name1, String name2, String label) {
        int overhead = label.length() + 1 + (name2.isEmpty() ? 0 : 1);
        int avail = 63 - overhead;
        int len1 = bytes(name1);
        int len2 = bytes(name2);
        while (len1 + len2 > avail) {
            if (len1 > len2) {
                len1--;
            } else {
                len2--;
            }
        }
        String n1 = clip(name1, len1);
        String n2 = clip(name2, len2);
        return n1 + (name2.isEmpty() ? "" : "_" + n2) + "_" + label;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest prefix of s within n UTF-8 bytes (pg_mbcliplen). */
    private static String clip(String s, int n) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + len > n) {
                break;
            }
            used += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
