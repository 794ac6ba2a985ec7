package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.CheckDef;
import dev.tusk.calcite.catalog.ColumnDef;
import dev.tusk.calcite.catalog.SequenceDef;
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
import dev.tusk.calcite.store.SequenceOptions;
import dev.tusk.calcite.store.SequenceType;
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
        if (catalog.relationExists(schema, name)) {
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
            if (d.collation() != null) {
                String collation = d.collation().toLowerCase(java.util.Locale.ROOT);
                if (!collation.equals("c")
                        && !collation.equals("posix")
                        && !collation.equals("default")
                        && !collation.equals("pg_catalog.default")
                        && !collation.equals("ucs_basic")) {
                    throw new PgException(
                            SqlState.UNDEFINED_OBJECT,
                            "collation \"" + d.collation() + "\" for encoding \"UTF8\" does not exist");
                }
            }
            if (!names.add(col)) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + col + "\" specified more than once");
            }
            ColumnBuilder cb = new ColumnBuilder(col, cols.size() + 1, columnType(d));
            cb.serial = serialType(d);
            if (cb.serial != null) {
                cb.notNull = true;
            }
            cols.add(cb);
        }
        List<PendingUnique> uniques = new ArrayList<>();
        List<CheckDef> checks = new ArrayList<>();
        List<PgConstraintDef> fkDefs = new ArrayList<>();
        List<String> fkColumns = new ArrayList<>();
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
                    case FOREIGN_KEY -> {
                        fkDefs.add(k);
                        fkColumns.add(c.name);
                    }
                    case IDENTITY -> {
                        String t = c.type.type().typname();
                        if (!t.equals("int2") && !t.equals("int4") && !t.equals("int8")) {
                            throw new PgException(
                                    SqlState.DATATYPE_MISMATCH,
                                    "identity column type must be smallint, integer, or bigint");
                        }
                        c.identity = k.always() ? 'a' : 'd';
                        c.identityOptions = k.sequenceOptions();
                        c.notNull = true;
                    }
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
                case CHECK -> {
                    String first = ConstraintNames.firstColumn(k.expression(), names::contains);
                    checks.add(new CheckDef(
                            k.name() != null ? k.name() : name + (first == null ? "" : "_" + first) + "_check",
                            cx.transaction().database().newOid(),
                            k.expression()));
                }
                case FOREIGN_KEY -> {
                    fkDefs.add(k);
                    fkColumns.add(null);
                }
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
        for (ColumnBuilder c : cols) {
            if (c.serial == null && c.identity == '\0') {
                continue;
            }
            if (c.defaultExpr != null) {
                throw new PgException(
                        SqlState.SYNTAX_ERROR,
                        "multiple default values specified for column \"" + c.name + "\" of table \"" + name + "\"");
            }
            String seqName = freeName(catalog, schema, name + "_" + c.name + "_seq");
            SequenceOptions options =
                    sequenceOptions(c.identityOptions, c.type.type().typname());
            dev.tusk.calcite.store.Sequence seq = st.database().store().createSequence(seqName, options);
            st.onEnd(null, () -> st.database().store().dropSequence(seq));
            catalog =
                    catalog.withSequence(new SequenceDef(st.database().newOid(), schema, seqName, seq, oid, c.attnum));
            c.defaultExpr = nextvalCall(schema, seqName);
        }
        List<ColumnDef> columns = new ArrayList<>();
        for (ColumnBuilder c : cols) {
            columns.add(new ColumnDef(
                    c.name,
                    c.attnum,
                    c.type,
                    c.notNull,
                    c.defaultExpr,
                    c.defaultExpr == null ? null : c.defaultExpr.toString(),
                    c.identity));
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
            int indexOid = st.database().newOid(); // PostgreSQL creates the index before its constraint
            uniqueDefs.add(new UniqueDef(indexName, st.database().newOid(), indexOid, u.primary(), positions, index));
        }
        TableDef table = new TableDef(oid, schema, name, columns, uniqueDefs, checks, data);
        if (!fkDefs.isEmpty()) {
            CatalogState withTable = catalog.withTable(table);
            Set<String> used = ConstraintNames.used(withTable, schema);
            List<dev.tusk.calcite.catalog.ForeignKeyDef> fks = new ArrayList<>();
            for (int i = 0; i < fkDefs.size(); i++) {
                fks.add(ForeignKeyDefinitions.define(
                        fkDefs.get(i),
                        table,
                        fkColumns.get(i),
                        withTable,
                        cx.searchPath(),
                        used,
                        st.database().newOid()));
            }
            table = table.withForeignKeys(fks);
        }
        st.changeCatalog(catalog.withTable(table));
        return "CREATE TABLE";
    }

    /** CREATE SEQUENCE; returns the command tag. */
    public static String createSequence(dev.tusk.calcite.parser.PgCreateSequence stmt, ExecContext cx) {
        if (stmt.temporary) {
            throw unsupported("CREATE TEMPORARY SEQUENCE");
        }
        SessionTransaction st = cx.transaction();
        st.lockDdl(() -> cx.cancel().get());
        CatalogState catalog = st.catalog();
        String schema = Names.creationSchema(catalog, stmt.name, cx.searchPath());
        String name = stmt.name.names.get(stmt.name.names.size() - 1);
        if (catalog.relationExists(schema, name)) {
            if (stmt.ifNotExists) {
                cx.session()
                        .sendNotice(new Notice(
                                "NOTICE",
                                SqlState.DUPLICATE_TABLE.code(),
                                "relation \"" + name + "\" already exists, skipping",
                                null,
                                null));
                return "CREATE SEQUENCE";
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        for (String k : stmt.options.keySet()) {
            if (k.startsWith("owned:")) {
                throw unsupported("CREATE SEQUENCE ... OWNED BY");
            }
        }
        SequenceOptions options = sequenceOptions(stmt.options, "int8");
        dev.tusk.calcite.store.Sequence seq = st.database().store().createSequence(name, options);
        st.onEnd(null, () -> st.database().store().dropSequence(seq));
        st.changeCatalog(catalog.withSequence(new SequenceDef(st.database().newOid(), schema, name, seq, 0, 0)));
        return "CREATE SEQUENCE";
    }

    /** DROP TABLE or DROP SEQUENCE; returns the command tag. */
    public static String drop(PgDrop stmt, ExecContext cx) {
        if (stmt.kind == PgDrop.Kind.SEQUENCE) {
            return dropSequences(stmt, cx);
        }
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
                Relations.checkDropKind(catalog, id, cx.searchPath(), DbObject.Kind.TABLE);
                if (stmt.ifExists) {
                    cx.session()
                            .sendNotice(Notice.notice(
                                    "table \"" + String.join(".", id.names) + "\" does not exist, skipping"));
                    continue;
                }
                throw new PgException(
                        SqlState.UNDEFINED_TABLE, "table \"" + String.join(".", id.names) + "\" does not exist");
            }
            drops.add(t);
        }
        catalog = ForeignKeyDrops.dropReferencing(catalog, drops, stmt.cascade, cx);
        Transaction tx = st.statement();
        catalog = Dependents.drop(
                Dependents.of(drops.stream().map(DbObject::of).toList(), stmt.cascade, catalog, cx), catalog, st);
        for (TableDef t : drops) {
            t.data().lock(tx, LockMode.EXCLUSIVE);
            catalog = catalog.withoutTable(t);
            st.onEnd(() -> st.database().store().dropTable(t.data()), null);
            for (SequenceDef s : catalog.ownedSequences(t.oid())) {
                catalog = catalog.withoutSequence(s);
                st.onEnd(() -> st.database().store().dropSequence(s.sequence()), null);
            }
        }
        st.changeCatalog(catalog);
        return "DROP TABLE";
    }

    private static String dropSequences(PgDrop stmt, ExecContext cx) {
        SessionTransaction st = cx.transaction();
        st.lockDdl(() -> cx.cancel().get());
        CatalogState catalog = st.catalog();
        for (SqlIdentifier id : stmt.names) {
            SequenceDef found = null;
            List<String> schemas = id.names.size() > 1 ? List.of(id.names.get(id.names.size() - 2)) : cx.searchPath();
            String name = id.names.get(id.names.size() - 1);
            for (String schema : schemas) {
                found = catalog.sequence(schema, name);
                if (found != null) {
                    break;
                }
            }
            if (found == null) {
                Relations.checkDropKind(catalog, id, cx.searchPath(), DbObject.Kind.SEQUENCE);
                if (stmt.ifExists) {
                    cx.session()
                            .sendNotice(new Notice(
                                    "NOTICE",
                                    SqlState.SUCCESSFUL_COMPLETION.code(),
                                    "sequence \"" + String.join(".", id.names) + "\" does not exist, skipping",
                                    null,
                                    null));
                    continue;
                }
                throw new PgException(
                        SqlState.UNDEFINED_TABLE, "sequence \"" + String.join(".", id.names) + "\" does not exist");
            }
            if (found.ownerTable() != 0 && !stmt.cascade) {
                throw PgException.builder(
                                SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                                "cannot drop sequence " + found.name() + " because other objects depend on it")
                        .hint("Use DROP ... CASCADE to drop the dependent objects too.")
                        .build();
            }
            SequenceDef gone = found;
            catalog = catalog.withoutSequence(gone);
            st.onEnd(() -> st.database().store().dropSequence(gone.sequence()), null);
        }
        st.changeCatalog(catalog);
        return "DROP SEQUENCE";
    }

    /** TRUNCATE; returns the command tag. */
    public static String truncate(PgTruncate stmt, ExecContext cx) {
        SessionTransaction st = cx.transaction();
        CatalogState catalog = st.catalog();
        Transaction tx = st.statement();
        List<TableDef> tables = new ArrayList<>();
        for (SqlIdentifier id : stmt.names) {
            tables.add(Names.table(catalog, id, cx.searchPath()));
        }
        ForeignKeyDrops.truncateReferencing(catalog, tables, stmt.cascade, cx);
        for (TableDef t : tables) {
            t.data().truncate(tx);
            st.markTruncated(t.oid());
            if (stmt.restartIdentity) {
                for (SequenceDef s : catalog.ownedSequences(t.oid())) {
                    // like PostgreSQL, the restart itself is not undone by ROLLBACK in this version
                    s.sequence()
                            .alter(
                                    s.sequence().options(),
                                    s.sequence().options().start());
                }
            }
        }
        return "TRUNCATE TABLE";
    }

    static PgTypeRef columnType(PgColumnDef d) {
        if (!(d.type().getTypeNameSpec() instanceof PgTypeNameSpec spec)) {
            throw new PgException(SqlState.SYNTAX_ERROR, "unexpected type " + d.type());
        }
        String serial = serialType(d);
        if (serial != null) {
            return PgTypeRef.of(
                    switch (serial) {
                        case "int2" -> BuiltinTypes.INT2;
                        case "int8" -> BuiltinTypes.INT8;
                        default -> BuiltinTypes.INT4;
                    });
        }
        PgTypeRef t = PgTypeResolution.resolve(spec);
        if (t.type() == BuiltinTypes.UNKNOWN) {
            throw new PgException(
                    SqlState.INVALID_TABLE_DEFINITION,
                    "column \"" + d.name().getSimple() + "\" has pseudo-type unknown");
        }
        return t;
    }

    /** The integer type of a serial pseudo-type column, or null. */
    static String serialType(PgColumnDef d) {
        if (!(d.type().getTypeNameSpec() instanceof PgTypeNameSpec spec)
                || spec.arrayDims() > 0
                || (spec.schema() != null && !spec.schema().equals("pg_catalog"))) {
            return null;
        }
        return switch (spec.name()) {
            case "serial", "serial4" -> "int4";
            case "bigserial", "serial8" -> "int8";
            case "smallserial", "serial2" -> "int2";
            default -> null;
        };
    }

    /** A relation name not yet used in the schema: {@code base}, else base1, base2, ... */
    static String freeName(CatalogState catalog, String schema, String base) {
        String n = base;
        for (int i = 1; catalog.relationExists(schema, n); i++) {
            n = base + i;
        }
        return n;
    }

    /** {@code nextval('schema.name')} as a parse tree. */
    static SqlNode nextvalCall(String schema, String sequence) {
        String sql = "SELECT nextval('" + quoteName(schema) + "." + quoteName(sequence) + "')";
        org.apache.calcite.sql.SqlSelect select =
                (org.apache.calcite.sql.SqlSelect) dev.tusk.calcite.parser.PgSqlParser.parse(sql);
        return select.getSelectList().get(0);
    }

    private static String quoteName(String name) {
        String q = quoteIfNeeded(name);
        return q.replace("'", "''");
    }

    /** Sequence options from CREATE SEQUENCE / identity syntax, with the column's type as the default AS type. */
    static SequenceOptions sequenceOptions(java.util.Map<String, Long> given, String columnType) {
        SequenceOptions.Builder b = SequenceOptions.builder();
        b.as(
                switch (columnType) {
                    case "int2" -> SequenceType.SMALLINT;
                    case "int4" -> SequenceType.INTEGER;
                    default -> SequenceType.BIGINT;
                });
        for (java.util.Map.Entry<String, Long> e : given.entrySet()) {
            String k = e.getKey();
            Long v = e.getValue();
            if (k.startsWith("as:")) {
                b.as(
                        switch (k.substring(3)) {
                            case "int2" -> SequenceType.SMALLINT;
                            case "int4" -> SequenceType.INTEGER;
                            case "int8" -> SequenceType.BIGINT;
                            default ->
                                throw new PgException(
                                        SqlState.INVALID_PARAMETER_VALUE,
                                        "sequence type must be smallint, integer, or bigint");
                        });
            } else if (k.startsWith("owned:")) {
                // OWNED BY is recorded by the caller
            } else {
                switch (k) {
                    case "increment" -> b.increment(v);
                    case "minvalue" -> {
                        if (v == null) {
                            b.noMinValue();
                        } else {
                            b.minValue(v);
                        }
                    }
                    case "maxvalue" -> {
                        if (v == null) {
                            b.noMaxValue();
                        } else {
                            b.maxValue(v);
                        }
                    }
                    case "start" -> b.start(v);
                    case "cache" -> b.cache(v);
                    case "cycle" -> b.cycle(v != null && v != 0);
                    case "restart" -> {}
                    default ->
                        throw new PgException(SqlState.SYNTAX_ERROR, "unrecognized sequence option \"" + k + "\"");
                }
            }
        }
        return b.build();
    }

    static KeyEquivalence equivalence(PgTypeRef t) {
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

    static String quoteIfNeeded(String name) {
        return dev.tusk.types.sqlname.Identifiers.quote(name);
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
        String serial;
        char identity;
        java.util.Map<String, Long> identityOptions = java.util.Map.of();

        ColumnBuilder(String name, int attnum, PgTypeRef type) {
            this.name = name;
            this.attnum = attnum;
            this.type = type;
        }
    }
}
