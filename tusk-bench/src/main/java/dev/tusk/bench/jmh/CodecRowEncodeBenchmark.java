package dev.tusk.bench.jmh;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.TypeCodec;
import dev.tusk.types.codec.Float8Codec;
import dev.tusk.types.codec.Int4Codec;
import dev.tusk.types.codec.Int8Codec;
import dev.tusk.types.codec.NumericCodec;
import dev.tusk.types.codec.StringCodec;
import dev.tusk.types.codec.TimestamptzCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures framing DataRow messages of six typical columns (int4, int8, float8, text, timestamptz, numeric)
 * straight from tusk-types' codecs into a pooled Netty buffer; the floor under any server-side row encoder, and
 * the codecs' own cost per format. One operation is one DataRow.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecRowEncodeBenchmark {
    /** Rows per invocation. */
    static final int ROWS = 100;

    /** Result format of every column: {@code text} or {@code binary}. */
    @Param({"text", "binary"})
    public String format;

    private final TypeCodec<?>[] codecs = {
        Int4Codec.INSTANCE,
        Int8Codec.INSTANCE,
        Float8Codec.INSTANCE,
        StringCodec.TEXT,
        TimestamptzCodec.INSTANCE,
        NumericCodec.INSTANCE
    };

    private Object[][] rows;
    private boolean binary;
    private ByteBuf buf;
    private final BufSink sink = new BufSink();
    private final FormatSettings settings = FormatSettings.DEFAULT;

    /** Builds {@value #ROWS} rows of varied values and a pooled output buffer. */
    @Setup(Level.Trial)
    public void setUp() {
        binary = format.equals("binary");
        rows = SampleRows.rows(ROWS);
        buf = PooledByteBufAllocator.DEFAULT.directBuffer(64 * 1024);
        sink.buf = buf;
    }

    /** Releases the buffer. */
    @TearDown(Level.Trial)
    public void tearDown() {
        buf.release();
    }

    /** Encodes {@value #ROWS} DataRows into the buffer (cleared first) and returns the bytes written. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int encode() {
        buf.clear();
        for (Object[] row : rows) {
            buf.writeByte('D');
            int messageLengthAt = buf.writerIndex();
            buf.writeInt(0);
            buf.writeShort(row.length);
            for (int c = 0; c < row.length; c++) {
                Object v = row[c];
                if (v == null) {
                    buf.writeInt(-1);
                    continue;
                }
                int valueLengthAt = buf.writerIndex();
                buf.writeInt(0);
                if (binary) {
                    codecs[c].encodeBinaryObject(v, settings, sink);
                } else {
                    codecs[c].encodeTextObject(v, settings, sink);
                }
                buf.setInt(valueLengthAt, buf.writerIndex() - valueLengthAt - 4);
            }
            buf.setInt(messageLengthAt, buf.writerIndex() - messageLengthAt);
        }
        return buf.readableBytes();
    }

    /** Test data shared by the row-encoding benchmarks. */
    static final class SampleRows {
        private SampleRows() {}

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

    /** A ByteSink over a Netty buffer, as a server encoder would use. */
    private static final class BufSink implements ByteSink {
        ByteBuf buf;

        @Override
        public void writeByte(int b) {
            buf.writeByte(b);
        }

        @Override
        public void writeShort(int s) {
            buf.writeShort(s);
        }

        @Override
        public void writeInt(int i) {
            buf.writeInt(i);
        }

        @Override
        public void writeLong(long l) {
            buf.writeLong(l);
        }

        @Override
        public void writeBytes(byte[] b, int off, int len) {
            buf.writeBytes(b, off, len);
        }
    }
}
