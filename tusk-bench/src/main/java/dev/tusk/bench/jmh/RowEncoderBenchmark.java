package dev.tusk.bench.jmh;

import dev.tusk.server.api.Column;
import dev.tusk.server.api.RowStream;
import dev.tusk.server.internal.encode.RowEncoder;
import dev.tusk.types.FormatSettings;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures tusk-server's {@link RowEncoder} writing DataRow messages of six typical columns (int4, int8,
 * float8, text, timestamptz, numeric) into a pooled Netty buffer, as the server does for every result row;
 * one operation is one DataRow. {@code columns} picks the six-column row or a one-column row of one type, so the
 * cost of each type shows. Compare with {@link CodecRowEncodeBenchmark} for the encoder's own overhead.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RowEncoderBenchmark extends RowEncodeState {
    /** {@code all}: the six columns; or one column of a single type, to see where time and bytes go. */
    @Param({"all", "int4", "int8", "float8", "text", "timestamptz", "numeric"})
    public String columns;

    private RowEncoder encoder;
    private ArrayRows arrayRows;

    /** Builds the encoder for the Bind result format over the selected columns. */
    @Override
    void prepare() {
        List<Column> all = SampleRows.columns();
        Object[][] sample = rows;
        List<Column> selected = all;
        if (!columns.equals("all")) {
            int index = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).name().equals(columns)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new IllegalArgumentException("unknown column type " + columns);
            }
            selected = List.of(all.get(index));
            for (int r = 0; r < sample.length; r++) {
                sample[r] = new Object[] {sample[r][index]};
            }
        }
        short code = (short) (binary() ? 1 : 0);
        encoder = RowEncoder.create(selected, new short[] {code}, FormatSettings.DEFAULT);
        arrayRows = new ArrayRows(sample);
    }

    /** Encodes {@value #ROWS} DataRows into the buffer (cleared first) and returns the bytes written. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int encode() {
        buf.clear();
        arrayRows.rewind();
        while (arrayRows.next()) {
            encoder.writeDataRow(arrayRows, buf);
        }
        return buf.readableBytes();
    }

    /** A rewindable row stream over arrays, so the benchmark allocates nothing of its own per row. */
    private static final class ArrayRows implements RowStream {
        private final Object[][] rows;
        private int index = -1;

        ArrayRows(Object[][] rows) {
            this.rows = rows;
        }

        void rewind() {
            index = -1;
        }

        @Override
        public boolean next() {
            return ++index < rows.length;
        }

        @Override
        public Object get(int column) {
            return rows[index][column];
        }
    }
}
