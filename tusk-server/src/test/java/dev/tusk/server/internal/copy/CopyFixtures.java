package dev.tusk.server.internal.copy;

import dev.tusk.server.api.Column;
import dev.tusk.server.api.CopyInSink;
import dev.tusk.types.BuiltinTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The table and rows the golden COPY data was captured from, and a sink that collects rows. */
final class CopyFixtures {

    private CopyFixtures() {}

    static final List<Column> COLUMNS = List.of(
            Column.of("id", BuiltinTypes.INT4),
            Column.of("qty", BuiltinTypes.INT8),
            Column.of("name", BuiltinTypes.TEXT),
            Column.of("ok", BuiltinTypes.BOOL),
            Column.of("price", BuiltinTypes.FLOAT8));

    static final List<Object[]> ROWS = List.of(
            new Object[] {1, 10L, "plain", true, 1.5},
            new Object[] {2, -9000000000L, "tab\there", false, -0.1},
            new Object[] {3, null, "line\nbreak\rcr\\back", null, 1e300},
            new Object[] {4, 0L, "", true, Double.NaN},
            new Object[] {null, 7L, "a,b \"q\"", false, Double.NEGATIVE_INFINITY},
            new Object[] {6, 1L, "üñí €", true, 0.0},
            new Object[] {7, 2L, "\\.", null, 3.14159},
            new Object[] {8, 3L, "bs\b ff\f vt\u000b x\u0001y|p", true, 100.0});

    /** The single {@code name} column of {@link #ROWS}. */
    static List<Object[]> nameColumn() {
        List<Object[]> out = new ArrayList<>();
        for (Object[] r : ROWS) {
            out.add(new Object[] {r[2]});
        }
        return out;
    }

    /** Collects accepted rows. */
    static class ListSink implements CopyInSink {
        final List<Object[]> rows = new ArrayList<>();

        @Override
        public void accept(Object[] row) {
            rows.add(row);
        }

        @Override
        public long finish() {
            return rows.size();
        }

        @Override
        public void abort(Throwable reason) {}

        String dump() {
            StringBuilder sb = new StringBuilder();
            for (Object[] r : rows) {
                sb.append(Arrays.toString(r)).append('\n');
            }
            return sb.toString();
        }
    }

    static String dump(List<Object[]> rows) {
        StringBuilder sb = new StringBuilder();
        for (Object[] r : rows) {
            sb.append(Arrays.toString(r)).append('\n');
        }
        return sb.toString();
    }
}
