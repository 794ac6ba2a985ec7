package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.CheckDef;
import dev.tusk.calcite.catalog.ColumnDef;
import dev.tusk.calcite.catalog.ForeignKeyDef;
import dev.tusk.calcite.catalog.SequenceDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.catalog.UniqueDef;
import dev.tusk.calcite.parser.PgAlterTable;
import dev.tusk.calcite.parser.PgColumnDef;
import dev.tusk.calcite.parser.PgConstraintDef;
import dev.tusk.calcite.parser.PgTypeNameSpec;
import dev.tusk.calcite.store.LockMode;
import dev.tusk.calcite.store.Transaction;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.calcite.type.PgTypeResolution;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Notice;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * ALTER TABLE: the actions of one statement are applied in order to a working copy of the table's definition, then
 * {@link TableRewrite} copies the rows into new storage when their shape or indexes change and checks the new
 * constraints against them. The new definition becomes the transaction's catalog, so ROLLBACK restores table and rows.
 */
public final class AlterTable {
    final ExecContext cx;
    final TableDef old;
    CatalogState catalog;
    String name;
    final List<Col> cols = new ArrayList<>();
    final List<Uq> uniques = new ArrayList<>();
    final List<Chk> checks = new ArrayList<>();
    final List<Fk> fks = new ArrayList<>();
    /** Foreign keys of other tables that reference this one. */
    final List<Fk> incoming = new ArrayList<>();

    final java.util.Map<SequenceDef, Col> newSequences = new java.util.LinkedHashMap<>();
    final List<SequenceDef> droppedSequences = new ArrayList<>();
    boolean rewrite;

    /** A column of the working definition. */
    static final class Col {
        String name;
        PgTypeRef type;
        boolean notNull;
        SqlNode defaultExpr;
        char identity;
        /** Its position in the old table, or -1 for a new column. */
        final int source;
        /** The expression (over the old row) that computes its values, or null to copy them. */
        SqlNode fill;
        /** Whether NOT NULL must be checked against the rows. */
        boolean verifyNotNull;

        Col(String name, PgTypeRef type, int source) {
            this.name = name;
            this.type = type;
            this.source = source;
        }
    }

    /** A PRIMARY KEY or UNIQUE constraint; {@code existing} is null for a new one. */
    record Uq(String name, int oid, int indexOid, boolean primary, List<Col> cols, UniqueDef existing) {}

    /** A CHECK constraint; new ones are checked against the rows. */
    record Chk(CheckDef def, boolean fresh) {}

    /**
     * A foreign key whose column positions are recomputed from {@code cols} and {@code refCols} (the latter only
     * when it references this table).
     */
    record Fk(ForeignKeyDef def, int owner, List<Col> cols, List<Col> refCols, boolean fresh) {}

    private AlterTable(ExecContext cx, TableDef old, CatalogState catalog) {
        this.cx = cx;
        this.old = old;
        this.catalog = catalog;
        this.name = old.name();
        for (int i = 0; i < old.columns().size(); i++) {
            ColumnDef c = old.columns().get(i);
            Col col = new Col(c.name(), c.type(), i);
            col.notNull = c.notNull();
            col.defaultExpr = c.defaultExpr();
            col.identity = c.identity();
            cols.add(col);
        }
        for (UniqueDef u : old.uniques()) {
            uniques.add(new Uq(u.name(), u.oid(), u.indexOid(), u.primary(), colsAt(u.columns()), u));
        }
        for (CheckDef c : old.checks()) {
            checks.add(new Chk(c, false));
        }
        for (ForeignKeyDef f : old.foreignKeys()) {
            fks.add(new Fk(
                    f,
                    old.oid(),
                    colsAt(f.columns()),
                    f.refTable() == old.oid() ? colsAt(f.refColumns()) : null,
                    false));
        }
        for (ForeignKeys.TableFk d : ForeignKeys.referencing(catalog, old)) {
            if (d.table().oid() != old.oid()) {
                incoming.add(new Fk(d.fk(), d.table().oid(), null, colsAt(d.fk().refColumns()), false));
            }
        }
    }

    private List<Col> colsAt(int[] positions) {
        List<Col> out = new ArrayList<>();
        for (int p : positions) {
            out.add(cols.get(p));
        }
        return out;
    }

    /** Runs ALTER TABLE; returns the command tag. */
    public static String execute(PgAlterTable stmt, ExecContext cx) {
        SessionTransaction st = cx.transaction();
        st.lockDdl(() -> cx.cancel().get());
        CatalogState catalog = st.catalog();
        TableDef t = Names.findTable(catalog, stmt.name, cx.searchPath());
        if (t == null) {
            String shown = String.join(".", stmt.name.names);
            if (stmt.ifExists) {
                cx.session().sendNotice(Notice.notice("relation \"" + shown + "\" does not exist, skipping"));
                return "ALTER TABLE";
            }
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + shown + "\" does not exist");
        }
        Transaction tx = st.statement();
        t.data().lock(tx, LockMode.EXCLUSIVE);
        AlterTable work = new AlterTable(cx, t, catalog);
        for (PgAlterTable.Action a : stmt.actions) {
            work.apply(a);
        }
        st.changeCatalog(TableRewrite.finish(work, tx));
        return "ALTER TABLE";
    }

    private void apply(PgAlterTable.Action action) {
        switch (action) {
            case PgAlterTable.AddColumn a -> addColumn(a.column(), a.ifNotExists());
            case PgAlterTable.DropColumn a -> dropColumn(a.name(), a.ifExists(), a.cascade());
            case PgAlterTable.RenameColumn a -> renameColumn(a.name(), a.newName());
            case PgAlterTable.RenameTable a -> renameTable(a.newName());
            case PgAlterTable.RenameConstraint a -> renameConstraint(a.name(), a.newName());
            case PgAlterTable.SetDefault a -> setDefault(a.column(), a.expression());
            case PgAlterTable.SetNotNull a -> setNotNull(a.column(), a.notNull());
            case PgAlterTable.SetType a -> setType(a.column(), a.type(), a.using());
            case PgAlterTable.AddConstraint a -> addConstraint(a.constraint(), null);
            case PgAlterTable.DropConstraint a -> dropConstraint(a.name(), a.ifExists(), a.cascade());
            case PgAlterTable.OwnerTo a -> ownerTo(a.owner());
            case PgAlterTable.SetTablespace a -> {
                if (!a.tablespace().equals("pg_default")) {
                    throw new PgException(
                            SqlState.UNDEFINED_OBJECT, "tablespace \"" + a.tablespace() + "\" does not exist");
                }
            }
            case PgAlterTable.Inherit a ->
                throw DdlExecutor.unsupported(a.no() ? "ALTER TABLE ... NO INHERIT" : "ALTER TABLE ... INHERIT");
            // ObjectDdl runs ALTER TABLE ... SET/RESET (storage parameters) when they are the only actions
            case PgAlterTable.SetOptions a ->
                throw DdlExecutor.unsupported("ALTER TABLE ... SET (...) together with other actions");
            case PgAlterTable.ResetOptions a ->
                throw DdlExecutor.unsupported("ALTER TABLE ... RESET (...) together with other actions");
        }
    }

    Col col(String columnName) {
        for (Col c : cols) {
            if (c.name.equals(columnName)) {
                return c;
            }
        }
        return null;
    }

    private Col existingColumn(String columnName) {
        Col c = col(columnName);
        if (c == null) {
            throw new PgException(
                    SqlState.UNDEFINED_COLUMN,
                    "column \"" + columnName + "\" of relation \"" + name + "\" does not exist");
        }
        return c;
    }

    private void addColumn(PgColumnDef d, boolean ifNotExists) {
        String colName = d.name().getSimple();
        if (col(colName) != null) {
            String msg = "column \"" + colName + "\" of relation \"" + name + "\" already exists";
            if (ifNotExists) {
                cx.session()
                        .sendNotice(
                                new Notice("NOTICE", SqlState.DUPLICATE_COLUMN.code(), msg + ", skipping", null, null));
                return;
            }
            throw new PgException(SqlState.DUPLICATE_COLUMN, msg);
        }
        if (d.collation() != null) {
            throw DdlExecutor.unsupported("COLLATE in ALTER TABLE ADD COLUMN");
        }
        Col c = new Col(colName, DdlExecutor.columnType(d), -1);
        cols.add(c);
        rewrite = true;
        String serial = DdlExecutor.serialType(d);
        java.util.Map<String, Long> identityOptions = null;
        for (PgConstraintDef k : d.constraints()) {
            switch (k.kind()) {
                case NOT_NULL -> c.notNull = true;
                case NULL -> {}
                case DEFAULT -> c.defaultExpr = k.expression();
                case IDENTITY -> {
                    String t = c.type.type().typname();
                    if (!t.equals("int2") && !t.equals("int4") && !t.equals("int8")) {
                        throw new PgException(
                                SqlState.DATATYPE_MISMATCH,
                                "identity column type must be smallint, integer, or bigint");
                    }
                    c.identity = k.always() ? 'a' : 'd';
                    c.notNull = true;
                    identityOptions = k.sequenceOptions();
                }
                case GENERATED -> throw DdlExecutor.unsupported("generated columns");
                default -> addConstraint(k, c);
            }
        }
        if (serial != null || identityOptions != null) {
            if (c.defaultExpr != null) {
                throw new PgException(
                        SqlState.SYNTAX_ERROR,
                        "multiple default values specified for column \"" + colName + "\" of table \"" + name + "\"");
            }
            c.notNull = true;
            CatalogState withSeqs = catalog;
            String seqName = DdlExecutor.freeName(withSeqs, old.schema(), name + "_" + colName + "_seq");
            SessionTransaction st = cx.transaction();
            dev.tusk.calcite.store.Sequence seq = st.database()
                    .store()
                    .createSequence(
                            seqName,
                            DdlExecutor.sequenceOptions(
                                    identityOptions == null ? java.util.Map.of() : identityOptions,
                                    c.type.type().typname()));
            st.onEnd(null, () -> st.database().store().dropSequence(seq));
            SequenceDef def = new SequenceDef(st.database().newOid(), old.schema(), seqName, seq, old.oid(), 0);
            newSequences.put(def, c);
            catalog = catalog.withSequence(def);
            c.defaultExpr = DdlExecutor.nextvalCall(old.schema(), seqName);
        }
        if (c.defaultExpr != null) {
            c.fill = c.defaultExpr;
        }
        if (c.notNull) {
            c.verifyNotNull = true;
        }
    }

    private void dropColumn(String colName, boolean ifExists, boolean cascade) {
        Col c = col(colName);
        if (c == null) {
            if (ifExists) {
                cx.session()
                        .sendNotice(Notice.notice(
                                "column \"" + colName + "\" of relation \"" + name + "\" does not exist, skipping"));
                return;
            }
            existingColumn(colName);
        }
        List<Fk> dependents = new ArrayList<>();
        for (Fk f : incoming) {
            if (f.refCols().contains(c)) {
                dependents.add(f);
            }
        }
        for (Fk f : fks) {
            if (f.refCols() != null && f.refCols().contains(c) && !f.cols().contains(c)) {
                dependents.add(f);
            }
        }
        if (!dependents.isEmpty() && !cascade) {
            List<String> lines = new ArrayList<>();
            for (Fk f : dependents) {
                lines.add("constraint " + f.def().name() + " on table " + ownerName(f) + " depends on column " + colName
                        + " of table " + name);
            }
            throw PgException.builder(
                            SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                            "cannot drop column " + colName + " of table " + name
                                    + " because other objects depend on it")
                    .detail(String.join("\n", lines))
                    .hint("Use DROP ... CASCADE to drop the dependent objects too.")
                    .build();
        }
        List<String> notices = new ArrayList<>();
        for (Fk f : dependents) {
            notices.add("drop cascades to constraint " + f.def().name() + " on table " + ownerName(f));
            incoming.remove(f);
            fks.remove(f);
        }
        ForeignKeyDrops.notice(cx, notices);
        cols.remove(c);
        uniques.removeIf(u -> u.cols().contains(c));
        checks.removeIf(k -> mentions(k.def().expr(), colName));
        fks.removeIf(f -> f.cols().contains(c));
        for (SequenceDef s : catalog.ownedSequences(old.oid())) {
            if (c.source >= 0 && s.ownerColumn() == c.source + 1) {
                droppedSequences.add(s);
                catalog = catalog.withoutSequence(s);
            }
        }
        rewrite = true;
    }

    private String ownerName(Fk f) {
        return f.owner() == old.oid() ? name : catalog.tableByOid(f.owner()).name();
    }

    private static boolean mentions(SqlNode expr, String column) {
        boolean[] found = new boolean[1];
        expr.accept(new org.apache.calcite.sql.util.SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlIdentifier id) {
                found[0] |= id.names.get(id.names.size() - 1).equals(column);
                return null;
            }
        });
        return found[0];
    }

    private void renameColumn(String from, String to) {
        Col c = col(from);
        if (c == null) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + from + "\" does not exist");
        }
        if (col(to) != null) {
            throw new PgException(
                    SqlState.DUPLICATE_COLUMN, "column \"" + to + "\" of relation \"" + name + "\" already exists");
        }
        c.name = to;
        for (int i = 0; i < checks.size(); i++) {
            Chk k = checks.get(i);
            CheckDef d = k.def();
            checks.set(i, new Chk(new CheckDef(d.name(), d.oid(), renamed(d.expr(), from, to)), k.fresh()));
        }
        for (Uq u : uniques) {
            if (u.cols().contains(c)) {
                rewrite = true; // index key names appear in error details
            }
        }
    }

    private static SqlNode renamed(SqlNode expr, String from, String to) {
        return SqlTrees.copy(expr).accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlIdentifier id) {
                if (id.names.get(id.names.size() - 1).equals(from)) {
                    return id.setName(id.names.size() - 1, to);
                }
                return id;
            }
        });
    }

    private void renameTable(String to) {
        if (catalog.relationExists(old.schema(), to) && !to.equals(name)) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + to + "\" already exists");
        }
        name = to;
        rewrite = true; // the storage's name appears in error fields
    }

    private Set<String> constraintNames() {
        Set<String> used = ConstraintNames.used(catalog, old.schema());
        for (Uq u : uniques) {
            used.add(u.name());
        }
        for (Chk k : checks) {
            used.add(k.def().name());
        }
        for (Fk f : fks) {
            used.add(f.def().name());
        }
        return used;
    }

    /** Whether a table, sequence or index (PRIMARY KEY/UNIQUE constraint) of the schema has this name. */
    private boolean relationOrIndexExists(String relation) {
        if (catalog.relationExists(old.schema(), relation) || relation.equals(name)) {
            return true;
        }
        for (TableDef t : catalog.tables(old.schema()).values()) {
            if (t.oid() != old.oid() && t.unique(relation) != null) {
                return true;
            }
        }
        return uniques.stream().anyMatch(u -> u.name().equals(relation));
    }

    private boolean hasConstraint(String constraint) {
        return uniques.stream().anyMatch(u -> u.name().equals(constraint))
                || checks.stream().anyMatch(k -> k.def().name().equals(constraint))
                || fks.stream().anyMatch(f -> f.def().name().equals(constraint));
    }

    private void renameConstraint(String from, String to) {
        if (!hasConstraint(from)) {
            throw new PgException(
                    SqlState.UNDEFINED_OBJECT, "constraint \"" + from + "\" for table \"" + name + "\" does not exist");
        }
        if (hasConstraint(to)) {
            throw new PgException(
                    SqlState.DUPLICATE_OBJECT,
                    "constraint \"" + to + "\" for relation \"" + name + "\" already exists");
        }
        for (int i = 0; i < uniques.size(); i++) {
            Uq u = uniques.get(i);
            if (u.name().equals(from)) {
                if (catalog.relationExists(old.schema(), to)) {
                    throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + to + "\" already exists");
                }
                uniques.set(i, new Uq(to, u.oid(), u.indexOid(), u.primary(), u.cols(), null));
                rewrite = true;
                renameRefIndex(from, to);
            }
        }
        for (int i = 0; i < checks.size(); i++) {
            CheckDef d = checks.get(i).def();
            if (d.name().equals(from)) {
                checks.set(
                        i,
                        new Chk(
                                new CheckDef(to, d.oid(), d.expr()),
                                checks.get(i).fresh()));
            }
        }
        for (int i = 0; i < fks.size(); i++) {
            Fk f = fks.get(i);
            if (f.def().name().equals(from)) {
                fks.set(i, new Fk(f.def().withName(to), f.owner(), f.cols(), f.refCols(), f.fresh()));
            }
        }
    }

    private void renameRefIndex(String from, String to) {
        for (int i = 0; i < incoming.size(); i++) {
            Fk f = incoming.get(i);
            if (f.def().refIndex().equals(from)) {
                incoming.set(i, new Fk(f.def().withRefIndex(to), f.owner(), f.cols(), f.refCols(), f.fresh()));
            }
        }
        for (int i = 0; i < fks.size(); i++) {
            Fk f = fks.get(i);
            if (f.refCols() != null && f.def().refIndex().equals(from)) {
                fks.set(i, new Fk(f.def().withRefIndex(to), f.owner(), f.cols(), f.refCols(), f.fresh()));
            }
        }
    }

    private void setDefault(String column, SqlNode e) {
        Col c = existingColumn(column);
        if (c.identity != '\0') {
            PgException.Builder b = PgException.builder(
                    SqlState.SYNTAX_ERROR,
                    "column \"" + column + "\" of relation \"" + name + "\" is an identity column");
            if (e == null) {
                b.hint("Use ALTER TABLE ... ALTER COLUMN ... DROP IDENTITY instead.");
            }
            throw b.build();
        }
        c.defaultExpr = e;
    }

    private void setNotNull(String column, boolean notNull) {
        Col c = existingColumn(column);
        if (notNull) {
            if (!c.notNull) {
                c.notNull = true;
                c.verifyNotNull = true;
            }
            return;
        }
        for (Uq u : uniques) {
            if (u.primary() && u.cols().contains(c)) {
                throw new PgException(
                        SqlState.INVALID_TABLE_DEFINITION, "column \"" + column + "\" is in a primary key");
            }
        }
        if (c.identity != '\0') {
            throw new PgException(
                    SqlState.SYNTAX_ERROR,
                    "column \"" + column + "\" of relation \"" + name + "\" is an identity column");
        }
        c.notNull = false;
        c.verifyNotNull = false;
    }

    private void setType(String column, org.apache.calcite.sql.SqlDataTypeSpec typeSpec, SqlNode using) {
        Col c = existingColumn(column);
        if (!(typeSpec.getTypeNameSpec() instanceof PgTypeNameSpec spec)) {
            throw new PgException(SqlState.SYNTAX_ERROR, "unexpected type " + typeSpec);
        }
        PgTypeRef type = PgTypeResolution.resolve(spec);
        if (c.source < 0) {
            throw DdlExecutor.unsupported("ALTER COLUMN TYPE of a column added in the same statement");
        }
        if (using == null && !AssignmentCasts.assignable(c.type.type(), type.type())) {
            throw PgException.builder(
                            SqlState.DATATYPE_MISMATCH,
                            "column \"" + column + "\" cannot be cast automatically to type " + type.displayName())
                    .hint("You might need to specify \"USING "
                            + DdlExecutor.quoteIfNeeded(
                                    old.columns().get(c.source).name()) + "::" + type.displayName() + "\".")
                    .build();
        }
        c.type = type;
        c.fill = using != null ? using : SqlTrees.id(old.columns().get(c.source).name());
        rewrite = true;
        for (int i = 0; i < checks.size(); i++) {
            Chk k = checks.get(i);
            if (mentions(k.def().expr(), column)) {
                checks.set(i, new Chk(k.def(), true)); // PostgreSQL re-parses and re-checks them
            }
        }
        for (Fk f : fks) {
            int i = f.cols().indexOf(c);
            if (i >= 0 && f.refCols() == null) {
                ColumnDef p = catalog.tableByOid(f.def().refTable())
                        .columns()
                        .get(f.def().refColumns()[i]);
                checkFkTypes(f.def(), column, type, p.name(), p.type());
            }
        }
        for (Fk f : incoming) {
            int i = f.refCols().indexOf(c);
            if (i >= 0) {
                ColumnDef ch =
                        catalog.tableByOid(f.owner()).columns().get(f.def().columns()[i]);
                checkFkTypes(f.def(), ch.name(), ch.type(), column, type);
            }
        }
    }

    private static void checkFkTypes(ForeignKeyDef fk, String fkCol, PgTypeRef fkType, String pkCol, PgTypeRef pkType) {
        if (!KeyTypes.compatible(fkType, pkType)) {
            throw PgException.builder(
                            SqlState.DATATYPE_MISMATCH,
                            "foreign key constraint \"" + fk.name() + "\" cannot be implemented")
                    .detail("Key columns \"" + fkCol + "\" and \"" + pkCol + "\" are of incompatible types: "
                            + fkType.displayName() + " and " + pkType.displayName() + ".")
                    .build();
        }
    }

    /** ADD table constraint, or a constraint of a column being added ({@code column} not null). */
    private void addConstraint(PgConstraintDef k, Col column) {
        boolean indexed = k.kind() == PgConstraintDef.Kind.PRIMARY_KEY || k.kind() == PgConstraintDef.Kind.UNIQUE;
        if (indexed && k.name() != null && relationOrIndexExists(k.name())) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + k.name() + "\" already exists");
        }
        if (k.name() != null && hasConstraint(k.name())) {
            throw new PgException(
                    SqlState.DUPLICATE_OBJECT,
                    "constraint \"" + k.name() + "\" for relation \"" + name + "\" already exists");
        }
        switch (k.kind()) {
            case PRIMARY_KEY, UNIQUE -> {
                boolean primary = k.kind() == PgConstraintDef.Kind.PRIMARY_KEY;
                List<Col> key = new ArrayList<>();
                if (column != null) {
                    key.add(column);
                } else {
                    for (SqlNode n : k.columns()) {
                        String cn = ((SqlIdentifier) n).getSimple();
                        Col c = col(cn);
                        if (c == null) {
                            throw new PgException(
                                    SqlState.UNDEFINED_COLUMN, "column \"" + cn + "\" named in key does not exist");
                        }
                        key.add(c);
                    }
                }
                if (primary && uniques.stream().anyMatch(Uq::primary)) {
                    throw new PgException(
                            SqlState.INVALID_TABLE_DEFINITION,
                            "multiple primary keys for table \"" + name + "\" are not allowed");
                }
                String indexName = k.name();
                Set<String> used = constraintNames();
                if (indexName == null) {
                    List<String> names = new ArrayList<>();
                    for (Col c : key) {
                        names.add(c.name);
                    }
                    indexName = primary
                            ? ConstraintNames.choose(name, List.of(), "pkey", used)
                            : ConstraintNames.choose(name, names, "key", used);
                }
                if (primary) {
                    for (Col c : key) {
                        if (!c.notNull) {
                            c.notNull = true;
                            c.verifyNotNull = true;
                        }
                    }
                }
                int indexOid = cx.transaction().database().newOid(); // the index before its constraint, as PostgreSQL
                uniques.add(new Uq(indexName, cx.transaction().database().newOid(), indexOid, primary, key, null));
                rewrite = true;
            }
            case CHECK -> {
                String checkName = k.name();
                if (checkName == null) {
                    String first = column != null
                            ? column.name
                            : ConstraintNames.firstColumn(k.expression(), n -> col(n) != null);
                    checkName = ConstraintNames.choose(
                            name, first == null ? List.of() : List.of(first), "check", constraintNames());
                }
                checks.add(new Chk(
                        new CheckDef(checkName, cx.transaction().database().newOid(), k.expression()), true));
            }
            case FOREIGN_KEY -> addForeignKey(k, column);
            default -> throw new PgException(SqlState.SYNTAX_ERROR, "unexpected constraint " + k.kind());
        }
    }

    private void addForeignKey(PgConstraintDef k, Col column) {
        TableDef current = TableRewrite.draft(this);
        CatalogState withDraft = catalog.withTableReplaced(old, current);
        Set<String> used = new HashSet<>(constraintNames());
        ForeignKeyDef def = ForeignKeyDefinitions.define(
                k,
                current,
                column == null ? null : column.name,
                withDraft,
                cx.searchPath(),
                used,
                cx.transaction().database().newOid());
        List<Col> refCols = def.refTable() == old.oid() ? colsAt(def.refColumns()) : null;
        fks.add(new Fk(def, old.oid(), colsAt(def.columns()), refCols, true));
        if (def.refTable() != old.oid()) {
            catalog.tableByOid(def.refTable()).data().lock(cx.transaction().statement(), LockMode.SHARE);
        }
    }

    private void dropConstraint(String constraint, boolean ifExists, boolean cascade) {
        if (!hasConstraint(constraint)) {
            String msg = "constraint \"" + constraint + "\" of relation \"" + name + "\" does not exist";
            if (ifExists) {
                cx.session().sendNotice(Notice.notice(msg + ", skipping"));
                return;
            }
            throw new PgException(SqlState.UNDEFINED_OBJECT, msg);
        }
        for (Uq u : new ArrayList<>(uniques)) {
            if (!u.name().equals(constraint)) {
                continue;
            }
            List<Fk> dependents = new ArrayList<>();
            for (Fk f : incoming) {
                if (f.def().refIndex().equals(constraint)) {
                    dependents.add(f);
                }
            }
            for (Fk f : fks) {
                if (f.refCols() != null && f.def().refIndex().equals(constraint)) {
                    dependents.add(f);
                }
            }
            if (!dependents.isEmpty() && !cascade) {
                List<String> lines = new ArrayList<>();
                for (Fk f : dependents) {
                    lines.add("constraint " + f.def().name() + " on table " + ownerName(f) + " depends on index "
                            + constraint);
                }
                throw PgException.builder(
                                SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                                "cannot drop constraint " + constraint + " on table " + name
                                        + " because other objects depend on it")
                        .detail(String.join("\n", lines))
                        .hint("Use DROP ... CASCADE to drop the dependent objects too.")
                        .build();
            }
            List<String> notices = new ArrayList<>();
            for (Fk f : dependents) {
                notices.add("drop cascades to constraint " + f.def().name() + " on table " + ownerName(f));
                incoming.remove(f);
                fks.remove(f);
            }
            ForeignKeyDrops.notice(cx, notices);
            uniques.remove(u);
            rewrite = true;
        }
        checks.removeIf(k -> k.def().name().equals(constraint));
        fks.removeIf(f -> f.def().name().equals(constraint));
    }

    private void ownerTo(String owner) {
        if (!owner.equals(cx.session().user())) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"" + owner + "\" does not exist");
        }
    }
}
