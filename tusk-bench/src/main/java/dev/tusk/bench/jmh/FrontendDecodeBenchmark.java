package dev.tusk.bench.jmh;

import dev.tusk.protocol.codec.FrontendMessageDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measures tusk-protocol's {@link FrontendMessageDecoder} turning a stream of client bytes into message records,
 * for the message mixes pgbench's three query modes send; one operation is one decoded message.
 *
 * <p>Each invocation feeds a batch of exactly {@value #MESSAGES} messages through an {@link EmbeddedChannel},
 * either as one buffer ({@code whole}) or cut into 1460-byte segments as TCP would deliver a pipelined burst
 * ({@code mss}), which exercises the decoder's cumulation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FrontendDecodeBenchmark {
    /** Messages per batch; every workload below builds exactly this many. */
    static final int MESSAGES = 100;

    private static final int MSS = 1460;

    /**
     * {@code simple}: Query("SELECT 1"). {@code extended}: Parse/Bind/Describe/Execute/Sync of the unnamed
     * statement (pgbench -M extended). {@code prepared}: Bind/Describe/Execute/Sync of a named statement (pgbench
     * -M prepared). {@code bind10}: the same with ten text parameters and binary results.
     */
    @Param({"simple", "extended", "prepared", "bind10"})
    public String workload;

    /** How the batch arrives: one buffer, or 1460-byte segments. */
    @Param({"whole", "mss"})
    public String delivery;

    private EmbeddedChannel channel;
    private ByteBuf[] segments;

    /** Builds the batch and a channel whose decoder has already accepted a StartupMessage. */
    @Setup(Level.Trial)
    public void setUp() {
        channel = new EmbeddedChannel(new FrontendMessageDecoder());
        ByteBuf startup = Unpooled.buffer();
        startup.writeInt(0).writeInt(196608);
        cstring(startup, "user");
        cstring(startup, "bench");
        cstring(startup, "database");
        cstring(startup, "bench");
        startup.writeByte(0);
        startup.setInt(0, startup.readableBytes());
        channel.writeInbound(startup);
        if (channel.readInbound() == null) {
            throw new IllegalStateException("the decoder did not accept the StartupMessage");
        }
        ByteBuf batch = Unpooled.buffer();
        int built =
                switch (workload) {
                    case "simple" -> repeat(batch, 100, FrontendDecodeBenchmark::query);
                    case "extended" -> repeat(batch, 20, FrontendDecodeBenchmark::extendedCycle);
                    case "prepared" -> repeat(batch, 25, b -> preparedCycle(b, 0));
                    case "bind10" -> repeat(batch, 25, b -> preparedCycle(b, 10));
                    default -> throw new IllegalArgumentException(workload);
                };
        if (built != MESSAGES) {
            throw new IllegalStateException("workload " + workload + " built " + built + " messages");
        }
        byte[] bytes = new byte[batch.readableBytes()];
        batch.readBytes(bytes);
        int segmentSize = delivery.equals("mss") ? MSS : bytes.length;
        int n = (bytes.length + segmentSize - 1) / segmentSize;
        segments = new ByteBuf[n];
        for (int i = 0; i < n; i++) {
            int off = i * segmentSize;
            segments[i] = Unpooled.unreleasableBuffer(
                    Unpooled.wrappedBuffer(bytes, off, Math.min(segmentSize, bytes.length - off)));
        }
    }

    /** Closes the channel. */
    @TearDown(Level.Trial)
    public void tearDown() {
        channel.finishAndReleaseAll();
    }

    /** Decodes one batch of {@value #MESSAGES} messages and consumes every record. */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public int decode(Blackhole bh) {
        int count = 0;
        for (ByteBuf segment : segments) {
            channel.writeInbound(segment.duplicate());
            Object m;
            while ((m = channel.readInbound()) != null) {
                bh.consume(m);
                count++;
            }
        }
        if (count != MESSAGES) {
            throw new IllegalStateException("decoded " + count + " messages, expected " + MESSAGES);
        }
        return count;
    }

    private interface Cycle {
        int write(ByteBuf b);
    }

    private static int repeat(ByteBuf b, int times, Cycle cycle) {
        int n = 0;
        for (int i = 0; i < times; i++) {
            n += cycle.write(b);
        }
        return n;
    }

    private static int query(ByteBuf b) {
        int start = begin(b, 'Q');
        cstring(b, "SELECT 1;");
        end(b, start);
        return 1;
    }

    private static int extendedCycle(ByteBuf b) {
        int start = begin(b, 'P');
        cstring(b, "");
        cstring(b, "SELECT 1;");
        b.writeShort(0);
        end(b, start);
        bind(b, "", 0);
        describePortal(b);
        execute(b);
        sync(b);
        return 5;
    }

    private static int preparedCycle(ByteBuf b, int params) {
        bind(b, "P_0", params);
        describePortal(b);
        execute(b);
        sync(b);
        return 4;
    }

    private static void bind(ByteBuf b, String statement, int params) {
        int start = begin(b, 'B');
        cstring(b, "");
        cstring(b, statement);
        b.writeShort(0); // all parameters in text
        b.writeShort(params);
        for (int i = 0; i < params; i++) {
            byte[] v = ("value-" + (1000 + i)).getBytes(StandardCharsets.UTF_8);
            b.writeInt(v.length).writeBytes(v);
        }
        if (params == 0) {
            b.writeShort(0);
        } else {
            b.writeShort(1).writeShort(1); // binary results
        }
        end(b, start);
    }

    private static void describePortal(ByteBuf b) {
        int start = begin(b, 'D');
        b.writeByte('P');
        cstring(b, "");
        end(b, start);
    }

    private static void execute(ByteBuf b) {
        int start = begin(b, 'E');
        cstring(b, "");
        b.writeInt(0);
        end(b, start);
    }

    private static void sync(ByteBuf b) {
        int start = begin(b, 'S');
        end(b, start);
    }

    private static int begin(ByteBuf b, char type) {
        b.writeByte(type);
        int lengthAt = b.writerIndex();
        b.writeInt(0);
        return lengthAt;
    }

    private static void end(ByteBuf b, int lengthAt) {
        b.setInt(lengthAt, b.writerIndex() - lengthAt);
    }

    private static void cstring(ByteBuf b, String s) {
        b.writeBytes(s.getBytes(StandardCharsets.UTF_8)).writeByte(0);
    }
}
