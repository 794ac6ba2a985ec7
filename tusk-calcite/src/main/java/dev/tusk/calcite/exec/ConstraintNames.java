package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.CheckDef;
import dev.tusk.calcite.catalog.ForeignKeyDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.catalog.UniqueDef;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/** Constraint names as PostgreSQL chooses them (ChooseConstraintName): table_columns_label, then label1, label2, ... */
final class ConstraintNames {
    /** NAMEDATALEN - 1. */
    private static final int MAX_BYTES = 63;

    private ConstraintNames() {}

    /** Every constraint name (and relation name) used in a schema. */
    static Set<String> used(CatalogState catalog, String schema) {
        Set<String> out = new HashSet<>();
        for (TableDef t : catalog.tables(schema).values()) {
            out.add(t.name());
            for (UniqueDef u : t.uniques()) {
                out.add(u.name());
            }
            for (CheckDef c : t.checks()) {
                out.add(c.name());
            }
            for (ForeignKeyDef f : t.foreignKeys()) {
                out.add(f.name());
            }
        }
        out.addAll(catalog.sequences(schema).keySet());
        return out;
    }

    /** A name {@code table_columns_label} not in {@code used}, adding a number to the label if needed. */
    static String choose(String table, List<String> columns, String label, Collection<String> used) {
        String cols = columns.isEmpty() ? null : String.join("_", columns);
        String label2 = label;
        for (int pass = 1; ; pass++) {
            String name = make(table, cols, label2);
            if (!used.contains(name)) {
                return name;
            }
            label2 = label + pass;
        }
    }

    /** makeObjectName: truncates the longer of the two name parts until the whole fits in 63 bytes. */
    private static String make(String name1, String name2, String label) {
        int overhead = label.length() + 1 + (name2 == null ? 0 : 1);
        String a = name1;
        String b = name2 == null ? "" : name2;
        while (bytes(a) + bytes(b) + overhead > MAX_BYTES) {
            if (bytes(a) > bytes(b)) {
                a = a.substring(0, a.length() - 1);
            } else {
                b = b.substring(0, b.length() - 1);
            }
        }
        return name2 == null ? a + "_" + label : a + "_" + b + "_" + label;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The first column a CHECK expression names (PostgreSQL names table CHECK constraints after it), or null. */
    static String firstColumn(SqlNode expr, java.util.function.Predicate<String> isColumn) {
        String[] found = new String[1];
        expr.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlIdentifier id) {
                String last = id.names.get(id.names.size() - 1);
                if (found[0] == null && isColumn.test(last)) {
                    found[0] = last;
                }
                return null;
            }
        });
        return found[0];
    }
}
