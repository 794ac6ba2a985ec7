package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.CheckDef;
import dev.tusk.calcite.catalog.ColumnDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.catalog.UniqueDef;
import dev.tusk.calcite.parser.PgColumnDef;
import dev.tusk.calcite.parser.PgConstraintDef;
import dev.tusk.calcite.parser.PgCreateTable;
import dev.tusk.calcite.parser.PgDrop;
import dev.tusk.calcite.parser.PgTruncate;
import dev.tusk.calcite.parser.PgTypeNameSpec;
import dev.tusk.calcite.store.HashIndex;
import dev.tusk.calcite.store.IndexColumn;
import dev.tusk.calcite.store.KeyEquivalence;
import dev.tusk.calcite.store.LockMode;
import dev.tusk.calcite.store.StoredTable;
import dev.tusk.calcite.store.Transaction;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.calcite.type.PgTypeResolution;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Notice;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;

/** CREATE TABLE, DROP TABLE and TRUNCATE over the catalog and the store, transactionally. */
public final class DdlExecutor {
    private DdlExecutor() {}

    /** CREATE TABLE; returns the command tag. */
    public static String createTable(PgCreateTable stmt, ExecContext cx) {
        if (stmt.query != null) {
            throw unsupported("CREATE TABLE AS");
        }
        if (stmt.temporary) {
            throw unsupported("CREATE TEMPORARY TABLE");
        }
        SessionTransaction st = cx.transaction();
        st.lockDdl(() -> cx.cancel().get());
        CatalogState catalog = st.catalog();
        String schema = Names.creationSchema(catalog, stmt.name, cx.searchPath());
        String name = stmt.name.names.get(stmt.name.names.size() - 1);
        if (catalog.table(schema, name) != null) {
            if (stmt.ifNotExists) {
                cx.session()
                        .sendNotice(new Notice(
                                "NOTICE",
                                SqlState.DUPLICATE_TABLE.code(),
                                "relation \"" + name + "\" already exists, skipping",
                                null,
                                null));
                return "CREATE TABLE";
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        // columns
        List<PgColumnDef> defs = stmt.columns;
        Set<String> names = new LinkedHashSet<>();
        List<ColumnBuilder> cols = new ArrayList<>();
        for (PgColumnDef d : defs) {
            String col = d.name().getSimple();
            if (!names.add(col)) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + col + "\" specified more than once");
            }
            cols.add(new ColumnBuilder(col, cols.size() + 1, columnType(d)));
        }
        List<PendingUnique> uniques = new ArrayList<>();
        List<CheckDef> checks = new ArrayList<>();
        for (int i = 0; i < defs.size(); i++) {
            ColumnBuilder c = cols.get(i);
            for (PgConstraintDef k : defs.get(i).constraints()) {
                switch (k.kind()) {
                    case NOT_NULL -> c.notNull = true;
                    case NULL -> {}
                    case DEFAULT -> c.defaultExpr = k.expression();
                    case PRIMARY_KEY -> uniques.add(new PendingUnique(k.name(), true, List.of(c.name)));
                    case UNIQUE -> uniques.add(new PendingUnique(k.name(), false, List.of(c.name)));
                    case CHECK ->
                        checks.add(new CheckDef(
                                k.name() != null ? k.name() : name + "_" + c.name + "_check",
                                cx.transaction().database().newOid(),
                                k.expression()));
                    case FOREIGN_KEY -> throw unsupported("FOREIGN KEY constraints");
                    case IDENTITY -> throw unsupported("identity columns");
                    case GENERATED -> throw unsupported("generated columns");
                }
            }
        }
        for (PgConstraintDef k : stmt.constraints) {
            switch (k.kind()) {
                case PRIMARY_KEY, UNIQUE -> {
                    List<String> keyCols = new ArrayList<>();
                    for (SqlNode n : k.columns()) {
                        String col = ((SqlIdentifier) n).getSimple();
                        if (!names.contains(col)) {
                            throw new PgException(
                                    SqlState.UNDEFINED_COLUMN, "column \"" + col + "\" named in key does not exist");
                        }
                        keyCols.add(col);
                    }
                    uniques.add(new PendingUnique(k.name(), k.kind() == PgConstraintDef.Kind.PRIMARY_KEY, keyCols));
                }
                case CHECK ->
                    checks.add(new CheckDef(
                            k.name() != null ? k.name() : name + "_check",
                            cx.transaction().database().newOid(),
                            k.expression()));
                case FOREIGN_KEY -> throw unsupported("FOREIGN KEY constraints");
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "unexpected table constraint " + k.kind());
            }
        }
        long primaries = uniques.stream().filter(PendingUnique::primary).count();
        if (primaries > 1) {
            throw new PgException(
                    SqlState.INVALID_TABLE_DEFINITION,
                    "multiple primary keys for table \"" + name + "\" are not allowed");
        }
        for (PendingUnique u : uniques) {
            if (u.primary()) {
                for (String col : u.columns()) {
                    cols.get(indexOf(cols, col)).notNull = true;
                }
            }
        }
        int oid = cx.transaction().database().newOid();
        Transaction tx = st.statement();
        StoredTable data = st.database().store().createTable(schema, name);
        st.onEnd(null, () -> st.database().store().dropTable(data));
        List<ColumnDef> columns = new ArrayList<>();
        for (ColumnBuilder c : cols) {
            columns.add(new ColumnDef(
                    c.name,
                    c.attnum,
                    c.type,
                    c.notNull,
                    c.defaultExpr,
                    c.defaultExpr == null ? null : c.defaultExpr.toString()));
        }
        List<UniqueDef> uniqueDefs = new ArrayList<>();
        Set<String> usedNames = new LinkedHashSet<>();
        for (PendingUnique u : uniques) {
            String indexName = u.name() != null
                    ? u.name()
                    : u.primary() ? name + "_pkey" : uniqueName(name, u.columns(), usedNames);
            usedNames.add(indexName);
            int[] positions =
                    u.columns().stream().mapToInt(col -> indexOf(cols, col)).toArray();
            List<IndexColumn> keyColumns = new ArrayList<>();
            for (int p : positions) {
                ColumnDef c = columns.get(p);
                keyColumns.add(new IndexColumn(
                        p,
                        quoteIfNeeded(c.name()),
                        equivalence(c.type()),
                        v -> ValueText.render(
                                v, c.type(), cx.types(), cx.session().formatSettings())));
            }
            HashIndex index = data.createIndex(tx, indexName, true, true, keyColumns);
            uniqueDefs.add(new UniqueDef(indexName, st.database().newOid(), u.primary(), positions, index));
        }
        TableDef table = new TableDef(oid, schema, name, columns, uniqueDefs, checks, data);
        st.changeCatalog(catalog.withTable(table));
        return "CREATE TABLE";
    }

    /** DROP TABLE; returns the command tag. */
    public static String drop(PgDrop stmt, ExecContext cx) {
        if (stmt.kind != PgDrop.Kind.TABLE) {
            throw unsupported("DROP " + stmt.kind.sql());
        }
        SessionTransaction st = cx.transaction();
        st.lockDdl(() -> cx.cancel().get());
        CatalogState catalog = st.catalog();
        List<TableDef> drops = new ArrayList<>();
        for (SqlIdentifier id : stmt.names) {
            TableDef t = Names.findTable(catalog, id, cx.searchPath());
            if (t == null) {
                if (stmt.ifExists) {
                    cx.session()
                            .sendNotice(new Notice(
                                    "NOTICE",
                                    SqlState.SUCCESSFUL_COMPLETION.code(),
                                    "table \"" + String.join(".", id.names) + "\" does not exist, skipping",
                                    null,
                                    null));
                    continue;
                }
                throw new PgException(
                        SqlState.UNDEFINED_TABLE, "table \"" + String.join(".", id.names) + "\" does not exist");
            }
            drops.add(t);
        }
        Transaction tx = st.statement();
        for (TableDef t : drops) {
            t.data().lock(tx, LockMode.EXCLUSIVE);
            catalog = catalog.withoutTable(t);
            st.onEnd(() -> st.database().store().dropTable(t.data()), null);
        }
        st.changeCatalog(catalog);
        return "DROP TABLE";
    }

    /** TRUNCATE; returns the command tag. */
    public static String truncate(PgTruncate stmt, ExecContext cx) {
        if (stmt.restartIdentity) {
            throw unsupported("TRUNCATE ... RESTART IDENTITY");
        }
        SessionTransaction st = cx.transaction();
        CatalogState catalog = st.catalog();
        Transaction tx = st.statement();
        List<TableDef> tables = new ArrayList<>();
        for (SqlIdentifier id : stmt.names) {
            tables.add(Names.table(catalog, id, cx.searchPath()));
        }
        for (TableDef t : tables) {
            t.data().truncate(tx);
        }
        return "TRUNCATE TABLE";
    }

    private static PgTypeRef columnType(PgColumnDef d) {
        if (!(d.type().getTypeNameSpec() instanceof PgTypeNameSpec spec)) {
            throw new PgException(SqlState.SYNTAX_ERROR, "unexpected type " + d.type());
        }
        String n = spec.name();
        if (spec.schema() == null
                && spec.arrayDims() == 0
                && (n.equals("serial")
                        || n.equals("bigserial")
                        || n.equals("smallserial")
                        || n.equals("serial4")
                        || n.equals("serial8")
                        || n.equals("serial2"))) {
            throw unsupported("serial columns");
        }
        PgTypeRef t = PgTypeResolution.resolve(spec);
        if (t.type() == BuiltinTypes.UNKNOWN) {
            throw new PgException(
                    SqlState.INVALID_TABLE_DEFINITION,
                    "column \"" + d.name().getSimple() + "\" has pseudo-type unknown");
        }
        return t;
    }

    private static KeyEquivalence equivalence(PgTypeRef t) {
        return t.type() == BuiltinTypes.NUMERIC ? KeyEquivalence.NUMERIC : KeyEquivalence.EQUALS;
    }

    private static String uniqueName(String table, List<String> columns, Set<String> used) {
        String base = table + "_" + String.join("_", columns) + "_key";
        String name = base;
        for (int i = 1; used.contains(name); i++) {
            name = table + "_" + String.join("_", columns) + "_key" + i;
        }
        return name;
    }

    private static String quoteIfNeeded(String name) {
        return name.matches("[a-z_][a-z0-9_$]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static int indexOf(List<ColumnBuilder> cols, String name) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).name.equals(name)) {
                return i;
            }
        }
        throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + name + "\" named in key does not exist");
    }

    static PgException unsupported(String what) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, what + " is not supported yet");
    }

    private record PendingUnique(String name, boolean primary, List<String> columns) {}

    private static final class ColumnBuilder {
        final String name;
        final int attnum;
        final PgTypeRef type;
        boolean notNull;
        SqlNode defaultExpr;

        ColumnBuilder(String name, int attnum, PgTypeRef type) {
            this.name = name;
            this.attnum = attnum;
            this.type = type;
        }
    }
}
