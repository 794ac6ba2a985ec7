package dev.tusk.server.internal.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.server.api.Column;
import dev.tusk.server.api.CopyOptions;
import dev.tusk.server.internal.copy.CopyFixtures.ListSink;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.FormatSettings;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random rows written by {@link CopyOutWriter} and read back by {@link CopyInParser} in random chunks. */
class CopyRoundTripTest {

    private static final List<Column> COLUMNS = List.of(
            Column.of("s", BuiltinTypes.TEXT), Column.of("n", BuiltinTypes.INT8), Column.of("u", BuiltinTypes.TEXT));

    private static final String ALPHABET = "ab,\"|\\\t\n\r.N \u0001\u000b\b\féü€😀";

    private static String randomText(Random r) {
        int n = r.nextInt(8);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(ALPHABET.codePointAt(
                    ALPHABET.offsetByCodePoints(0, r.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
        }
        return sb.toString();
    }

    private static List<Object[]> randomRows(Random r, int count) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {
                r.nextInt(5) == 0 ? null : randomText(r),
                r.nextInt(5) == 0 ? null : r.nextLong(),
                r.nextInt(3) == 0 ? "\\." : randomText(r)
            });
        }
        return rows;
    }

    private static byte[] write(CopyOptions o, List<Object[]> rows) throws Exception {
        return CopyOutWriterTest.copyOut(o, COLUMNS, rows);
    }

    private static List<Object[]> read(CopyOptions o, byte[] data, Random r) {
        ListSink sink = new ListSink();
        CopyInParser p = CopyInParser.create(o, COLUMNS, sink, FormatSettings.DEFAULT, "t");
        int i = 0;
        while (i < data.length) {
            int n = Math.min(data.length - i, r.nextInt(7) == 0 ? 0 : 1 + r.nextInt(12));
            ByteBuf chunk = Unpooled.directBuffer(Math.max(n, 1)).writeBytes(data, i, n);
            try {
                p.feed(chunk);
            } finally {
                chunk.release();
            }
            i += n;
        }
        p.finish();
        return sink.rows;
    }

    @Test
    void everyFormatRoundTrips() throws Exception {
        List<CopyOptions> formats = List.of(
                CopyOptions.text(),
                CopyOptions.text().withDelimiter('|').withNullString("NULL").withHeader(true),
                CopyOptions.csv(),
                CopyOptions.csv()
                        .withHeader(true)
                        .withDelimiter(';')
                        .withQuote('\'')
                        .withEscape('\\'),
                CopyOptions.csv().withNullString("\\N"),
                CopyOptions.binary());
        Random r = new Random(20261122);
        for (CopyOptions o : formats) {
            for (int round = 0; round < 40; round++) {
                List<Object[]> rows = randomRows(r, r.nextInt(6));
                byte[] data = write(o, rows);
                assertEquals(CopyFixtures.dump(rows), CopyFixtures.dump(read(o, data, r)), o + " round " + round);
            }
        }
    }
}
