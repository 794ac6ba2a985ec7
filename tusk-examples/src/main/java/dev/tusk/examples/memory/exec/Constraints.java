package dev.tusk.examples.memory.exec;

import dev.tusk.examples.memory.store.ColumnDef;
import dev.tusk.examples.memory.store.TableDef;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.FormatSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** NOT NULL and PRIMARY KEY checks with PostgreSQL's messages, details and error fields. */
public final class Constraints {

    private Constraints() {}

    /** 23502 when a NOT NULL column of the row is null. */
    public static void checkNotNull(TableDef table, Object[] row, FormatSettings settings) {
        for (int i = 0; i < row.length; i++) {
            ColumnDef c = table.columns().get(i);
            if (c.notNull() && row[i] == null) {
                throw PgException.builder(
                                SqlState.NOT_NULL_VIOLATION,
                                "null value in column \"" + c.name() + "\" of relation \"" + table.name()
                                        + "\" violates not-null constraint")
                        .detail("Failing row contains " + describe(table, row, settings) + ".")
                        .field('s', "public")
                        .field('t', table.name())
                        .field('c', c.name())
                        .build();
            }
        }
    }

    /** 23505 when two of the rows have the same primary key. */
    public static void checkPrimaryKey(TableDef table, List<Object[]> rows, FormatSettings settings) {
        if (table.primaryKey().isEmpty()) {
            return;
        }
        Set<List<Object>> seen = new HashSet<>(rows.size() * 2);
        for (Object[] row : rows) {
            List<Object> key = new ArrayList<>(table.primaryKey().size());
            for (int i : table.primaryKey()) {
                key.add(Values.key(row[i]));
            }
            if (!seen.add(key)) {
                throw duplicate(table, row, settings);
            }
        }
    }

    private static PgException duplicate(TableDef table, Object[] row, FormatSettings settings) {
        StringBuilder names = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (int i : table.primaryKey()) {
            ColumnDef c = table.columns().get(i);
            if (!names.isEmpty()) {
                names.append(", ");
                values.append(", ");
            }
            names.append(c.name());
            values.append(Values.text(row[i], c.type(), settings));
        }
        return PgException.builder(
                        SqlState.UNIQUE_VIOLATION,
                        "duplicate key value violates unique constraint \"" + table.primaryKeyName() + "\"")
                .detail("Key (" + names + ")=(" + values + ") already exists.")
                .field('s', "public")
                .field('t', table.name())
                .field('n', table.primaryKeyName())
                .build();
    }

    /** A row as PostgreSQL shows it in DETAIL: {@code (1, null, abc)}. */
    static String describe(TableDef table, Object[] row, FormatSettings settings) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(
                    row[i] == null
                            ? "null"
                            : Values.text(row[i], table.columns().get(i).type(), settings));
        }
        return b.append(')').toString();
    }
}
