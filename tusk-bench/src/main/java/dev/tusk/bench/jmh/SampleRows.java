package dev.tusk.bench.jmh;

import dev.tusk.server.api.Column;
import dev.tusk.types.BuiltinTypes;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Test data shared by the row-encoding benchmarks. */
final class SampleRows {
    private SampleRows() {}

    /** The six columns of the sample rows: int4, int8, float8, text, timestamptz, numeric. */
    static List<Column> columns() {
        return List.of(
                Column.of("int4", BuiltinTypes.INT4),
                Column.of("int8", BuiltinTypes.INT8),
                Column.of("float8", BuiltinTypes.FLOAT8),
                Column.of("text", BuiltinTypes.TEXT),
                Column.of("timestamptz", BuiltinTypes.TIMESTAMPTZ),
                Column.of("numeric", BuiltinTypes.NUMERIC));
    }

    /** Rows of (int4, int8, float8, text, timestamptz, numeric) with varied lengths; every tenth numeric null. */
    static Object[][] rows(int n) {
        Object[][] rows = new Object[n][];
        OffsetDateTime base = OffsetDateTime.of(2024, 3, 14, 15, 9, 26, 535_897_000, ZoneOffset.UTC);
        for (int i = 0; i < n; i++) {
            rows[i] = new Object[] {
                i * 7919,
                9_000_000_000L + i * 1_000_003L,
                i * 3.14159 + 0.5,
                "customer-" + i + (i % 3 == 0 ? " with a somewhat longer description" : ""),
                base.plusSeconds(i * 3607L).plusNanos(i * 1000L),
                i % 10 == 9 ? null : new BigDecimal(i * 12345).movePointLeft(2)
            };
        }
        return rows;
    }
}
