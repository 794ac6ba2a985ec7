package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.SequenceDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.catalog.ViewDef;
import dev.tusk.calcite.store.LockMode;
import dev.tusk.calcite.store.Transaction;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Notice;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What else a DROP removes: the views that read a dropped table or view, the objects of a dropped schema. Without
 * CASCADE their existence fails the DROP with PostgreSQL's 2BP01 and its DETAIL; with CASCADE they go too, with
 * PostgreSQL's "drop cascades to ..." notice. Objects are visited depth first in OID (creation) order, as
 * PostgreSQL's dependency scan finds them.
 */
public final class Dependents {
    private Dependents() {}

    private record Found(DbObject object, DbObject via) {}

    /**
     * Checks or reports what dropping {@code targets} (all named by one DROP) takes along, and returns those
     * objects, dependents before what they depend on.
     */
    public static List<DbObject> of(List<DbObject> targets, boolean cascade, CatalogState catalog, ExecContext cx) {
        Set<Integer> seen = new HashSet<>();
        for (DbObject t : targets) {
            seen.add(t.oid());
        }
        // PostgreSQL reports what depends on the dropped objects directly (in OID order) as depending on them,
        // each followed by what depends on it in turn
        List<List<DbObject>> roots = new ArrayList<>();
        Set<Integer> direct = new HashSet<>();
        for (DbObject t : targets) {
            List<DbObject> d = direct(t, catalog);
            roots.add(d);
            d.forEach(o -> direct.add(o.oid()));
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            for (DbObject d : roots.get(i)) {
                if (seen.add(d.oid())) {
                    found.add(new Found(d, targets.get(i)));
                    walk(d, catalog, seen, direct, found);
                }
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        List<String> path = cx.searchPath();
        if (!cascade) {
            StringBuilder detail = new StringBuilder();
            for (Found f : found) {
                if (!detail.isEmpty()) {
                    detail.append('\n');
                }
                detail.append(f.object().describe(catalog, path))
                        .append(" depends on ")
                        .append(f.via().describe(catalog, path));
            }
            String message = targets.size() == 1
                    ? "cannot drop " + targets.get(0).describe(catalog, path) + " because other objects depend on it"
                    : "cannot drop desired object(s) because other objects depend on them";
            throw PgException.builder(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, message)
                    .detail(detail.toString())
                    .hint("Use DROP ... CASCADE to drop the dependent objects too.")
                    .build();
        }
        if (found.size() == 1) {
            cx.session()
                    .sendNotice(new Notice(
                            "NOTICE",
                            SqlState.SUCCESSFUL_COMPLETION.code(),
                            "drop cascades to " + found.get(0).object().describe(catalog, path),
                            null,
                            null));
        } else {
            StringBuilder detail = new StringBuilder();
            for (Found f : found) {
                if (!detail.isEmpty()) {
                    detail.append('\n');
                }
                detail.append("drop cascades to ").append(f.object().describe(catalog, path));
            }
            cx.session()
                    .sendNotice(new Notice(
                            "NOTICE",
                            SqlState.SUCCESSFUL_COMPLETION.code(),
                            "drop cascades to " + found.size() + " other objects",
                            detail.toString(),
                            null));
        }
        List<DbObject> out = new ArrayList<>();
        for (int i = found.size() - 1; i >= 0; i--) {
            out.add(found.get(i).object());
        }
        return out;
    }

    private static void walk(
            DbObject from, CatalogState catalog, Set<Integer> seen, Set<Integer> direct, List<Found> found) {
        for (DbObject d : direct(from, catalog)) {
            if (!direct.contains(d.oid()) && seen.add(d.oid())) {
                found.add(new Found(d, from));
                walk(d, catalog, seen, direct, found);
            }
        }
    }

    /** The objects that depend on {@code o} directly, in OID order. */
    static List<DbObject> direct(DbObject o, CatalogState catalog) {
        List<DbObject> out = new ArrayList<>();
        if (o.kind() == DbObject.Kind.SCHEMA) {
            for (TableDef t : catalog.tables(o.name()).values()) {
                out.add(DbObject.of(t));
            }
            for (ViewDef v : catalog.views(o.name()).values()) {
                out.add(DbObject.of(v));
            }
            for (SequenceDef s : catalog.sequences(o.name()).values()) {
                if (s.ownerTable() == 0) { // an owned sequence goes with its table
                    out.add(DbObject.of(s));
                }
            }
        } else {
            for (String schema : catalog.schemas().keySet()) {
                for (ViewDef v : catalog.views(schema).values()) {
                    if (v.dependsOn().contains(o.oid())) {
                        out.add(DbObject.of(v));
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(DbObject::oid));
        return out;
    }

    /**
     * Removes relations from the catalog, with their storage when the transaction commits (tables take an
     * exclusive lock first; their owned sequences go with them).
     */
    public static CatalogState drop(List<DbObject> objects, CatalogState catalog, SessionTransaction st) {
        CatalogState c = catalog;
        for (DbObject o : objects) {
            switch (o.kind()) {
                case VIEW -> {
                    ViewDef v = c.view(o.schema(), o.name());
                    if (v != null) {
                        c = c.withoutView(v);
                    }
                }
                case SEQUENCE -> {
                    SequenceDef s = c.sequence(o.schema(), o.name());
                    if (s != null) {
                        c = c.withoutSequence(s);
                        st.onEnd(() -> st.database().store().dropSequence(s.sequence()), null);
                    }
                }
                case TABLE -> {
                    TableDef t = c.table(o.schema(), o.name());
                    if (t != null) {
                        Transaction tx = st.statement();
                        t.data().lock(tx, LockMode.EXCLUSIVE);
                        c = c.withoutTable(t);
                        st.onEnd(() -> st.database().store().dropTable(t.data()), null);
                        for (SequenceDef s : c.ownedSequences(t.oid())) {
                            c = c.withoutSequence(s);
                            st.onEnd(() -> st.database().store().dropSequence(s.sequence()), null);
                        }
                    }
                }
                case SCHEMA -> throw new IllegalArgumentException("a schema is not dropped as a dependent");
            }
        }
        return c;
    }
}
