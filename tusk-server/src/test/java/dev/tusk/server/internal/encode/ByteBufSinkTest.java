package dev.tusk.server.internal.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** ByteBufSink's in-place decimal digits spell numbers as Long.toString does. */
class ByteBufSinkTest {
    @Test
    void writeDecimalMatchesLongToString() {
        ByteBuf buf = Unpooled.buffer(4);
        try {
            ByteBufSink sink = new ByteBufSink(buf);
            SplittableRandom random = new SplittableRandom(42);
            long[] edge = {0, 7, -7, 10, -10, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MIN_VALUE};
            for (int i = 0; i < 10_000; i++) {
                long v = i < edge.length ? edge[i] : random.nextLong() >> random.nextInt(64);
                buf.clear();
                buf.writeByte('x');
                sink.writeDecimal(v);
                assertEquals("x" + v, buf.toString(StandardCharsets.US_ASCII));
            }
        } finally {
            buf.release();
        }
    }
}
