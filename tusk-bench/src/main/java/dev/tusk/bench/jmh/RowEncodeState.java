package dev.tusk.bench.jmh;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the row-encoding benchmarks share: the result format, {@value #ROWS} sample rows per invocation and a
 * pooled output buffer, so they measure the same work and differ only in the encoder.
 */
@State(Scope.Thread)
public abstract class RowEncodeState {
    /** Rows per invocation. */
    static final int ROWS = 100;

    /** Result format of every column: {@code text} or {@code binary}. */
    @Param({"text", "binary"})
    public String format;

    /** The sample rows of (int4, int8, float8, text, timestamptz, numeric). */
    Object[][] rows;

    /** The output buffer, cleared by each invocation. */
    ByteBuf buf;

    /** Builds the rows and the buffer, then lets the benchmark build its encoder. */
    @Setup(Level.Trial)
    public final void setUp() {
        rows = SampleRows.rows(ROWS);
        buf = PooledByteBufAllocator.DEFAULT.directBuffer(64 * 1024);
        prepare();
    }

    /** Releases the buffer. */
    @TearDown(Level.Trial)
    public final void tearDown() {
        buf.release();
    }

    /** Whether the result format is binary. */
    final boolean binary() {
        return format.equals("binary");
    }

    /** Builds what the benchmark needs beyond the rows and the buffer (which are ready). */
    abstract void prepare();
}
