package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.ForeignKeyDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Notice;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What DROP TABLE and TRUNCATE do about foreign keys that reference the tables they remove or empty. */
final class ForeignKeyDrops {
    private ForeignKeyDrops() {}

    /**
     * DROP TABLE: 2BP01 if a table not dropped references one that is, unless CASCADE, which drops those
     * constraints with PostgreSQL's NOTICE. Returns the catalog without them.
     */
    static CatalogState dropReferencing(CatalogState catalog, List<TableDef> drops, boolean cascade, ExecContext cx) {
        Set<Integer> gone = new HashSet<>();
        for (TableDef t : drops) {
            gone.add(t.oid());
        }
        List<ForeignKeys.TableFk> deps = new ArrayList<>();
        for (TableDef t : drops) {
            for (ForeignKeys.TableFk d : ForeignKeys.referencing(catalog, t)) {
                if (!gone.contains(d.table().oid())) {
                    deps.add(d);
                }
            }
        }
        if (deps.isEmpty()) {
            return catalog;
        }
        deps.sort(java.util.Comparator.comparingInt(d -> d.fk().oid()));
        List<String> lines = new ArrayList<>();
        for (ForeignKeys.TableFk d : deps) {
            TableDef parent = catalog.tableByOid(d.fk().refTable());
            lines.add("constraint " + d.fk().name() + " on table " + d.table().name() + " depends on table "
                    + parent.name());
        }
        if (!cascade) {
            TableDef first = catalog.tableByOid(deps.get(0).fk().refTable());
            throw PgException.builder(
                            SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                            "cannot drop table " + first.name() + " because other objects depend on it")
                    .detail(String.join("\n", lines))
                    .hint("Use DROP ... CASCADE to drop the dependent objects too.")
                    .build();
        }
        List<String> cascades = new ArrayList<>();
        for (ForeignKeys.TableFk d : deps) {
            cascades.add("drop cascades to constraint " + d.fk().name() + " on table "
                    + d.table().name());
        }
        notice(cx, cascades);
        for (ForeignKeys.TableFk d : deps) {
            catalog = withoutForeignKey(catalog, d.table().oid(), d.fk());
        }
        return catalog;
    }

    /** A catalog where table {@code owner} no longer has the foreign key. */
    static CatalogState withoutForeignKey(CatalogState catalog, int owner, ForeignKeyDef fk) {
        TableDef t = catalog.tableByOid(owner);
        List<ForeignKeyDef> keep = new ArrayList<>(t.foreignKeys());
        keep.removeIf(f -> f.oid() == fk.oid());
        return catalog.withTable(t.withForeignKeys(keep));
    }

    /** NOTICE "drop cascades to ..." as PostgreSQL words it for one object or several. */
    static void notice(ExecContext cx, List<String> cascades) {
        if (cascades.isEmpty()) {
            return;
        }
        if (cascades.size() == 1) {
            cx.session().sendNotice(new Notice("NOTICE", "00000", cascades.get(0), null, null));
        } else {
            cx.session()
                    .sendNotice(new Notice(
                            "NOTICE",
                            "00000",
                            "drop cascades to " + cascades.size() + " other objects",
                            String.join("\n", cascades),
                            null));
        }
    }

    /**
     * TRUNCATE: 0A000 if a table not truncated references one that is, unless CASCADE, which adds the referencing
     * tables (recursively) to {@code tables} with a NOTICE for each.
     */
    static void truncateReferencing(CatalogState catalog, List<TableDef> tables, boolean cascade, ExecContext cx) {
        Set<Integer> in = new HashSet<>();
        for (TableDef t : tables) {
            in.add(t.oid());
        }
        for (int i = 0; i < tables.size(); i++) {
            for (ForeignKeys.TableFk d : ForeignKeys.referencing(catalog, tables.get(i))) {
                TableDef child = d.table();
                if (in.contains(child.oid())) {
                    continue;
                }
                if (!cascade) {
                    throw PgException.builder(
                                    SqlState.FEATURE_NOT_SUPPORTED,
                                    "cannot truncate a table referenced in a foreign key constraint")
                            .detail("Table \"" + child.name() + "\" references \""
                                    + tables.get(i).name() + "\".")
                            .hint("Truncate table \"" + child.name()
                                    + "\" at the same time, or use TRUNCATE ... CASCADE.")
                            .build();
                }
                in.add(child.oid());
                tables.add(child);
                cx.session()
                        .sendNotice(new Notice(
                                "NOTICE", "00000", "truncate cascades to table \"" + child.name() + "\"", null, null));
            }
        }
    }
}
