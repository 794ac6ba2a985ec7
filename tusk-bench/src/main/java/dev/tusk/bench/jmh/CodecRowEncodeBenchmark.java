package dev.tusk.bench.jmh;

import dev.tusk.server.internal.encode.ByteBufSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.TypeCodec;
import dev.tusk.types.codec.Float8Codec;
import dev.tusk.types.codec.Int4Codec;
import dev.tusk.types.codec.Int8Codec;
import dev.tusk.types.codec.NumericCodec;
import dev.tusk.types.codec.StringCodec;
import dev.tusk.types.codec.TimestamptzCodec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
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
public class CodecRowEncodeBenchmark extends RowEncodeState {
    private final TypeCodec<?>[] codecs = {
        Int4Codec.INSTANCE,
        Int8Codec.INSTANCE,
        Float8Codec.INSTANCE,
        StringCodec.TEXT,
        TimestamptzCodec.INSTANCE,
        NumericCodec.INSTANCE
    };

    private boolean binary;
    private final ByteBufSink sink = new ByteBufSink();
    private final FormatSettings settings = FormatSettings.DEFAULT;

    @Override
    void prepare() {
        binary = binary();
        sink.wrap(buf);
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
}
