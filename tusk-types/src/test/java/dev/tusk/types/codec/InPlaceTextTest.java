package dev.tusk.types.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.types.ByteArraySink;
import dev.tusk.types.ByteSink;
import dev.tusk.types.DateStyle;
import dev.tusk.types.FormatSettings;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free encoders (digits written in place rather than through a String) against the String
 * paths they replace, on many random values: integers, ISO timestamps, numerics in text and binary.
 */
class InPlaceTextTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(20261122);

    /** A sink using only ByteSink's default methods, so the interface's own writeDecimal is exercised. */
    private static final class PlainSink implements ByteSink {
        final ByteArraySink inner = new ByteArraySink();

        @Override
        public void writeByte(int b) {
            inner.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int off, int len) {
            inner.writeBytes(b, off, len);
        }
    }

    private static String ascii(ByteArraySink s) {
        return new String(s.toByteArray(), StandardCharsets.US_ASCII);
    }

    @Test
    void writeDecimalSpellsAsLongToString() {
        long[] edge = {0, 1, -1, 9, 10, -10, 99, 100, Long.MAX_VALUE, Long.MIN_VALUE, 999_999_999_999_999_999L};
        for (int i = 0; i < 20_000; i++) {
            long v = i < edge.length ? edge[i] : RANDOM.nextLong() >> RANDOM.nextInt(64);
            ByteArraySink a = new ByteArraySink(1);
            a.writeDecimal(v);
            PlainSink p = new PlainSink();
            p.writeDecimal(v);
            assertEquals(Long.toString(v), ascii(a));
            assertEquals(Long.toString(v), ascii(p.inner));
        }
    }

    @Test
    void isoTimestampsAsTheStringPath() {
        FormatSettings utc = FormatSettings.DEFAULT;
        FormatSettings ny = utc.withTimeZone(ZoneId.of("America/New_York"));
        FormatSettings kolkata = utc.withTimeZone(ZoneId.of("Asia/Kolkata")).withDateStyle(DateStyle.parse("ISO, DMY"));
        for (int i = 0; i < 20_000; i++) {
            long m = RANDOM.nextLong(TimestampCodec.MIN_MICROS, TimestampCodec.END_MICROS);
            if (i < 800) {
                // every day around the eras' and centuries' leap-day edges, BC and AD
                long[] starts = {-730_485, -36_524 * 3, 0, 146_097, -146_097 * 5, 36_524 * 10, 60, -60};
                m = (starts[i / 100] + i % 100 - 50) * 86_400_000_000L + 1;
            }
            if (i % 3 == 0) {
                m -= Math.floorMod(m, 1_000_000L) * (i % 2); // whole seconds too
            }
            ByteArraySink sink = new ByteArraySink();
            TimestampCodec.INSTANCE.encodeText(TimestampCodec.fromMicros(m), utc, sink);
            assertEquals(TimestampCodec.text(m, Integer.MIN_VALUE, null, utc), ascii(sink));
            OffsetDateTime t = TimestamptzCodec.fromMicros(m);
            for (FormatSettings s : new FormatSettings[] {utc, ny, kolkata}) {
                int offset = s.timeZone().getRules().getOffset(t.toInstant()).getTotalSeconds();
                sink.reset();
                TimestamptzCodec.INSTANCE.encodeText(t, s, sink);
                assertEquals(TimestampCodec.text(m + offset * 1_000_000L, offset, null, s), ascii(sink));
            }
        }
        ByteArraySink sink = new ByteArraySink();
        TimestamptzCodec.INSTANCE.encodeText(OffsetDateTime.of(1850, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC), ny, sink);
        assertEquals("1850-06-01 07:03:58-04:56:02", ascii(sink));
    }

    @Test
    void numericsAsTheStringPath() {
        for (int i = 0; i < 50_000; i++) {
            int digits = 1 + RANDOM.nextInt(i % 2 == 0 ? 15 : 22);
            BigInteger unscaled = new BigInteger(digits * 4, new java.util.Random(RANDOM.nextLong()));
            if (RANDOM.nextBoolean()) {
                unscaled = unscaled.negate();
            }
            BigDecimal bd = new BigDecimal(unscaled, RANDOM.nextInt(22));
            if (i < 4 * 19) {
                // the largest unscaled values of each path, at every scale
                long[] edges = {999_999_999_999_999L, -999_999_999_999_999L, 1_000_000_000_000_000L, 1};
                bd = BigDecimal.valueOf(edges[i / 19], i % 19);
            }
            ByteArraySink text = new ByteArraySink();
            NumericCodec.INSTANCE.encodeText(bd, FormatSettings.DEFAULT, text);
            assertEquals(bd.toPlainString(), ascii(text));
            ByteArraySink binary = new ByteArraySink();
            NumericCodec.INSTANCE.encodeBinary(bd, FormatSettings.DEFAULT, binary);
            if (bd.signum() != 0) {
                ByteArraySink general = new ByteArraySink();
                NumericCodec.encodeGeneral(bd, bd.scale(), general);
                assertArrayEquals(general.toByteArray(), binary.toByteArray(), bd.toPlainString());
            }
            assertEquals(
                    bd, NumericCodec.INSTANCE.decodeBinary(binary.toByteArray(), FormatSettings.DEFAULT), "round trip");
        }
    }
}
