package dev.tusk.examples.memory.exec;

import dev.tusk.examples.memory.store.TableDef;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.PgType;
import java.util.ArrayList;
import java.util.List;

/** The columns an expression can reference: those of the table (or function) in FROM, if any. */
public final class Scope {

    /** One visible column: its qualifier, name, type and where it comes from (table OID, attnum). */
    public record Slot(String qualifier, String name, PgType type, int typmod, int tableOid, int attnum) {}

    /** The empty scope of a SELECT without FROM. */
    public static final Scope EMPTY = new Scope(List.of());

    private final List<Slot> slots;

    /** A scope over these slots; row arrays hold the values in the same order. */
    public Scope(List<Slot> slots) {
        this.slots = List.copyOf(slots);
    }

    /** The scope of a table, qualified by its alias or name. */
    public static Scope of(TableDef table, String alias) {
        List<Slot> slots = new ArrayList<>();
        String qualifier = alias != null ? alias : table.name();
        for (int i = 0; i < table.columns().size(); i++) {
            var c = table.columns().get(i);
            slots.add(new Slot(qualifier, c.name(), c.type(), c.typmod(), table.oid(), i + 1));
        }
        return new Scope(slots);
    }

    /** The visible columns in row order. */
    public List<Slot> slots() {
        return slots;
    }

    /** The row index of a column; 42703 (or 42P01 for an unknown qualifier) when there is none. */
    public int resolve(String qualifier, String name, int position) {
        if (qualifier != null && slots.stream().noneMatch(s -> s.qualifier().equals(qualifier))) {
            throw PgException.builder(
                            SqlState.UNDEFINED_TABLE, "missing FROM-clause entry for table \"" + qualifier + "\"")
                    .position(position)
                    .build();
        }
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            if (s.name().equals(name) && (qualifier == null || s.qualifier().equals(qualifier))) {
                return i;
            }
        }
        String shown = qualifier == null ? name : qualifier + "." + name;
        throw PgException.builder(SqlState.UNDEFINED_COLUMN, "column \"" + shown + "\" does not exist")
                .position(position)
                .build();
    }
}
