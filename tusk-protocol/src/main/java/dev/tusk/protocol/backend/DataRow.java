package dev.tusk.protocol.backend;

import dev.tusk.protocol.util.Bytes;
import java.util.List;

/**
 * One result row.
 *
 * @param values the column values in text or binary form; a {@code null} entry is SQL NULL
 */
public record DataRow(List<byte[]> values) implements BackendMessage {
    /** Copies the list (not the arrays). */
    public DataRow {
        values = Bytes.copyOf(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataRow d && Bytes.equals(values, d.values);
    }

    @Override
    public int hashCode() {
        return Bytes.hashCode(values);
    }

    @Override
    public String toString() {
        return "DataRow[values=" + Bytes.toString(values) + "]";
    }
}
