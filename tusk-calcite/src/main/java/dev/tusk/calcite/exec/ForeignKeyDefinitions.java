package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.ColumnDef;
import dev.tusk.calcite.catalog.ForeignKeyDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.catalog.UniqueDef;
import dev.tusk.calcite.parser.PgConstraintDef;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;

/** Turns a parsed REFERENCES / FOREIGN KEY clause into a {@link ForeignKeyDef}, with PostgreSQL's checks and errors. */
final class ForeignKeyDefinitions {
    private ForeignKeyDefinitions() {}

    /**
     * Defines a foreign key of {@code child}.
     *
     * @param catalog the catalog to find the referenced table in (holding {@code child} itself, for a self-reference)
     * @param column the column of a column constraint, or null for a table constraint
     * @param usedNames constraint names already taken (the chosen name is added)
     */
    static ForeignKeyDef define(
            PgConstraintDef k,
            TableDef child,
            String column,
            CatalogState catalog,
            List<String> searchPath,
            Collection<String> usedNames,
            int oid) {
        List<String> fkNames = new ArrayList<>();
        if (column != null) {
            fkNames.add(column);
        } else {
            for (SqlNode n : k.columns()) {
                fkNames.add(((SqlIdentifier) n).getSimple());
            }
        }
        int[] fkCols = new int[fkNames.size()];
        for (int i = 0; i < fkCols.length; i++) {
            fkCols[i] = child.columnIndex(fkNames.get(i));
            if (fkCols[i] < 0) {
                throw missingColumn(fkNames.get(i));
            }
        }
        TableDef parent = Names.table(catalog, k.refTable(), searchPath);
        int[] pkCols;
        UniqueDef index;
        if (k.refColumns() == null) {
            index = parent.primaryKey();
            if (index == null) {
                throw new PgException(
                        SqlState.UNDEFINED_OBJECT,
                        "there is no primary key for referenced table \"" + parent.name() + "\"");
            }
            pkCols = index.columns().clone();
            if (pkCols.length != fkCols.length) {
                throw disagree();
            }
        } else {
            pkCols = new int[k.refColumns().size()];
            for (int i = 0; i < pkCols.length; i++) {
                String name = ((SqlIdentifier) k.refColumns().get(i)).getSimple();
                pkCols[i] = parent.columnIndex(name);
                if (pkCols[i] < 0) {
                    throw missingColumn(name);
                }
            }
            if (pkCols.length != fkCols.length) {
                throw disagree();
            }
            index = matchingUnique(parent, pkCols);
        }
        String name = k.name();
        if (name == null) {
            name = ConstraintNames.choose(child.name(), fkNames, "fkey", usedNames);
        }
        usedNames.add(name);
        for (int i = 0; i < fkCols.length; i++) {
            ColumnDef f = child.columns().get(fkCols[i]);
            ColumnDef p = parent.columns().get(pkCols[i]);
            if (!KeyTypes.compatible(f.type(), p.type())) {
                throw PgException.builder(
                                SqlState.DATATYPE_MISMATCH,
                                "foreign key constraint \"" + name + "\" cannot be implemented")
                        .detail("Key columns \"" + f.name() + "\" and \"" + p.name()
                                + "\" are of incompatible types: " + f.type().displayName() + " and "
                                + p.type().displayName() + ".")
                        .build();
            }
        }
        return new ForeignKeyDef(
                name,
                oid,
                fkCols,
                parent.oid(),
                pkCols,
                index.name(),
                k.matchFull(),
                code(k.onDelete()),
                code(k.onUpdate()));
    }

    /** The PRIMARY KEY or UNIQUE constraint on exactly these columns (in any order); 42830 if none. */
    private static UniqueDef matchingUnique(TableDef parent, int[] cols) {
        int[] want = cols.clone();
        Arrays.sort(want);
        for (int i = 1; i < want.length; i++) {
            if (want[i] == want[i - 1]) {
                throw noUnique(parent);
            }
        }
        UniqueDef pk = parent.primaryKey();
        if (pk != null && sameSet(pk.columns(), want)) {
            return pk;
        }
        for (UniqueDef u : parent.uniques()) {
            if (sameSet(u.columns(), want)) {
                return u;
            }
        }
        throw noUnique(parent);
    }

    private static boolean sameSet(int[] a, int[] sortedB) {
        int[] s = a.clone();
        Arrays.sort(s);
        return Arrays.equals(s, sortedB);
    }

    private static PgException noUnique(TableDef parent) {
        return new PgException(
                SqlState.INVALID_FOREIGN_KEY,
                "there is no unique constraint matching given keys for referenced table \"" + parent.name() + "\"");
    }

    private static PgException disagree() {
        return new PgException(
                SqlState.INVALID_FOREIGN_KEY, "number of referencing and referenced columns for foreign key disagree");
    }

    private static PgException missingColumn(String name) {
        return new PgException(
                SqlState.UNDEFINED_COLUMN,
                "column \"" + name + "\" referenced in foreign key constraint does not exist");
    }

    private static char code(PgConstraintDef.Action a) {
        return switch (a) {
            case NO_ACTION -> 'a';
            case RESTRICT -> 'r';
            case CASCADE -> 'c';
            case SET_NULL -> 'n';
            case SET_DEFAULT -> 'd';
        };
    }
}
