package dev.tusk.server.internal.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.protocol.util.HexDump;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.CopyOptions;
import dev.tusk.server.api.PgException;
import dev.tusk.server.internal.copy.CopyFixtures.ListSink;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.FormatSettings;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyInParserTest {

    private static final List<Column> T2 =
            List.of(Column.of("a", BuiltinTypes.INT4), Column.of("b", BuiltinTypes.TEXT));

    private static CopyInParser parser(CopyOptions o, List<Column> cols, ListSink sink) {
        return CopyInParser.create(o, cols, sink, FormatSettings.DEFAULT, "items");
    }

    /** Parses {@code data} in chunks cut at {@code cuts}. */
    private static List<Object[]> parse(CopyOptions o, List<Column> cols, byte[] data, int... cuts) {
        ListSink sink = new ListSink();
        CopyInParser p = parser(o, cols, sink);
        int from = 0;
        for (int cut : cuts) {
            p.feed(Arrays.copyOfRange(data, from, cut));
            from = cut;
        }
        p.feed(Arrays.copyOfRange(data, from, data.length));
        long n = p.finish();
        assertEquals(sink.rows.size(), n);
        return sink.rows;
    }

    /** Same rows whole, byte at a time, and split in two at every position. */
    private static void assertParsesEverySplit(CopyOptions o, List<Column> cols, byte[] data, List<Object[]> expected) {
        String want = CopyFixtures.dump(expected);
        assertEquals(want, CopyFixtures.dump(parse(o, cols, data)));
        int[] all = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            all[i] = i;
        }
        assertEquals(want, CopyFixtures.dump(parse(o, cols, data, all)), "byte at a time");
        for (int i = 0; i <= data.length; i++) {
            assertEquals(want, CopyFixtures.dump(parse(o, cols, data, i)), "split at " + i);
        }
    }

    private static PgException fails(CopyOptions o, List<Column> cols, String data) {
        return fails(o, cols, data.getBytes(StandardCharsets.UTF_8));
    }

    private static PgException fails(CopyOptions o, List<Column> cols, byte[] data) {
        // the same error whether the data comes whole or byte at a time
        PgException whole = assertThrows(PgException.class, () -> {
            CopyInParser p = parser(o, cols, new ListSink());
            p.feed(data);
            p.finish();
        });
        PgException bytewise = assertThrows(PgException.class, () -> {
            CopyInParser p = parser(o, cols, new ListSink());
            for (byte b : data) {
                p.feed(new byte[] {b});
            }
            p.finish();
        });
        assertEquals(whole.fields(), bytewise.fields());
        return whole;
    }

    private static void assertError(PgException e, String sqlState, String message, String context) {
        assertEquals(sqlState, e.sqlState(), e.getMessage());
        assertEquals(message, e.getMessage());
        assertEquals(context, e.fields().get('W'));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ---- the golden outputs read back ----

    @Test
    void textGoldenEverySplit() {
        assertParsesEverySplit(CopyOptions.text(), CopyFixtures.COLUMNS, CopyGolden.TEXT, CopyFixtures.ROWS);
    }

    @Test
    void textWithHeaderPipeAndNullEverySplit() {
        CopyOptions o = CopyOptions.text().withHeader(true).withDelimiter('|').withNullString("NULL");
        assertParsesEverySplit(o, CopyFixtures.COLUMNS, CopyGolden.TEXT_HEADER_PIPE_NULL, CopyFixtures.ROWS);
    }

    @Test
    void csvGoldenEverySplit() {
        assertParsesEverySplit(CopyOptions.csv(), CopyFixtures.COLUMNS, CopyGolden.CSV, CopyFixtures.ROWS);
    }

    @Test
    void csvWithHeaderEverySplit() {
        assertParsesEverySplit(
                CopyOptions.csv().withHeader(true), CopyFixtures.COLUMNS, CopyGolden.CSV_HEADER, CopyFixtures.ROWS);
    }

    @Test
    void csvSingleColumnEverySplit() {
        assertParsesEverySplit(
                CopyOptions.csv(),
                CopyFixtures.COLUMNS.subList(2, 3),
                CopyGolden.CSV_ONE_COLUMN,
                CopyFixtures.nameColumn());
    }

    @Test
    void binaryGoldenEverySplit() {
        assertParsesEverySplit(CopyOptions.binary(), CopyFixtures.COLUMNS, CopyGolden.BINARY, CopyFixtures.ROWS);
    }

    @Test
    void feedsFromByteBufsAndConsumesThem() {
        ListSink sink = new ListSink();
        CopyInParser p = parser(CopyOptions.text(), T2, sink);
        ByteBuf heap = Unpooled.wrappedBuffer(utf8("1\tx\n2"));
        ByteBuf direct = Unpooled.directBuffer().writeBytes(utf8("\ty\n"));
        try {
            p.feed(heap);
            p.feed(direct);
            assertEquals(0, heap.readableBytes());
            assertEquals(0, direct.readableBytes());
        } finally {
            heap.release();
            direct.release();
        }
        assertEquals(2, p.finish());
        assertEquals("[1, x]\n[2, y]\n", sink.dump());
    }

    // ---- text format ----

    @Test
    void textEscapes() {
        String in = "\\b\\f\\n\\r\\t\\v\\\\\\q\\101\\x41\\x4a\\xg\\0101\\7\\zx\n";
        List<Object[]> rows = parse(CopyOptions.text(), T2.subList(1, 2), utf8(in));
        assertEquals("\b\f\n\r\t\u000b\\qAAJxg\b1\u0007zx", rows.get(0)[0]);
    }

    @Test
    void textNullMarkerIsMatchedOnTheRawInput() {
        List<Object[]> rows = parse(CopyOptions.text(), T2, utf8("\\N\t\\N\n1\t\\\\N\n2\t\n"));
        assertEquals("[null, null]\n[1, \\N]\n[2, ]\n", CopyFixtures.dump(rows));
    }

    @Test
    void textAcceptsCrLfAndCrLineEnds() {
        assertEquals(
                "[1, x]\n[2, y]\n", CopyFixtures.dump(parse(CopyOptions.text(), T2, utf8("1\tx\r\n2\ty\r\n"), 4, 5)));
        assertEquals("[1, x]\n[2, y]\n", CopyFixtures.dump(parse(CopyOptions.text(), T2, utf8("1\tx\r2\ty\r"), 4)));
        assertEquals("[1, x]\n[2, y]\n", CopyFixtures.dump(parse(CopyOptions.text(), T2, utf8("1\tx\r2\ty"))));
    }

    @Test
    void textLastLineWithoutNewline() {
        assertEquals("[1, x]\n[2, y]\n", CopyFixtures.dump(parse(CopyOptions.text(), T2, utf8("1\tx\n2\ty"))));
    }

    @Test
    void textEndOfDataMarkerStopsAndIgnoresTheRest() {
        assertEquals("[1, x]\n", CopyFixtures.dump(parse(CopyOptions.text(), T2, utf8("1\tx\n\\.\n2\tgarbage\n"), 6)));
        assertEquals("[1, x]\n", CopyFixtures.dump(parse(CopyOptions.text(), T2, utf8("1\tx\r\n\\.\r\nzzz"))));
        // PostgreSQL 15 also takes \. after data on a line: the data before it is the last row
        assertEquals("[1, x]\n[2, y]\n", CopyFixtures.dump(parse(CopyOptions.text(), T2, utf8("1\tx\n2\ty\\.\n"))));
    }

    @Test
    void textEndOfDataMarkerErrors() {
        assertError(
                fails(CopyOptions.text(), T2, "1\tx\n\\.x\n"),
                "22P04",
                "end-of-copy marker corrupt",
                "COPY items, line 2");
        assertError(
                fails(CopyOptions.text(), T2, "1\tx\r\n\\.\n"),
                "22P04",
                "end-of-copy marker does not match previous newline style",
                "COPY items, line 2");
        assertError(
                fails(CopyOptions.text(), T2, "1\tx\n\\."),
                "22P04",
                "end-of-copy marker corrupt",
                "COPY items, line 2");
    }

    @Test
    void textHeaderSkipsOneLine() {
        assertEquals(
                "[1, x]\n",
                CopyFixtures.dump(parse(CopyOptions.text().withHeader(true), T2, utf8("anything\tat all\n1\tx\n"))));
        assertEquals("", CopyFixtures.dump(parse(CopyOptions.text().withHeader(true), T2, utf8("a\tb"))));
    }

    // error messages and contexts as PostgreSQL 15.18 reported them for the same input

    @Test
    void extraData() {
        assertError(
                fails(CopyOptions.text(), T2, "1\tx\ty\n"),
                "22P04",
                "extra data after last expected column",
                "COPY items, line 1: \"1\tx\ty\"");
        assertError(
                fails(CopyOptions.csv(), T2, "1,x,y\n"),
                "22P04",
                "extra data after last expected column",
                "COPY items, line 1: \"1,x,y\"");
    }

    @Test
    void missingData() {
        assertError(
                fails(CopyOptions.text(), T2, "1\tx\n2\n"),
                "22P04",
                "missing data for column \"b\"",
                "COPY items, line 2: \"2\"");
    }

    @Test
    void badValueNamesLineColumnAndValue() {
        assertError(
                fails(CopyOptions.text(), T2, "1\tx\n2\ty\n3x\tz\n"),
                "22P02",
                "invalid input syntax for type integer: \"3x\"",
                "COPY items, line 3, column a: \"3x\"");
        assertError(
                fails(CopyOptions.csv(), T2, "x,y\n"),
                "22P02",
                "invalid input syntax for type integer: \"x\"",
                "COPY items, line 1, column a: \"x\"");
    }

    @Test
    void longValuesAreCutInTheContext() {
        String v = "9".repeat(150);
        PgException e = fails(CopyOptions.text(), T2, v + "\tx\n");
        assertEquals(
                "COPY items, line 1, column a: \"" + "9".repeat(100) + "...\"",
                e.fields().get('W'));
    }

    @Test
    void newlineStyleErrors() {
        assertError(
                fails(CopyOptions.text(), T2, "1\tx\r\n2\ty\n"),
                "22P04",
                "literal newline found in data",
                "COPY items, line 2");
        assertEquals(
                "Use \"\\n\" to represent newline.",
                fails(CopyOptions.text(), T2, "1\tx\r2\ty\n").hint());
        PgException e = fails(CopyOptions.text(), T2, "1\tx\n2\ty\r\n");
        assertError(e, "22P04", "literal carriage return found in data", "COPY items, line 2");
        assertEquals("Use \"\\r\" to represent carriage return.", e.hint());
        e = fails(CopyOptions.csv(), T2, "1,x\n2,y\r\n");
        assertError(e, "22P04", "unquoted carriage return found in data", "COPY items, line 2");
        assertEquals("Use quoted CSV field to represent carriage return.", e.hint());
    }

    @Test
    void invalidUtf8() {
        assertError(
                fails(CopyOptions.text(), T2, new byte[] {'1', '\t', (byte) 0xFF, '\n'}),
                "22021",
                "invalid byte sequence for encoding \"UTF8\": 0xff",
                "COPY items, line 1");
        assertError(
                fails(CopyOptions.text(), T2, "1\t\\377\n"),
                "22021",
                "invalid byte sequence for encoding \"UTF8\": 0xff",
                "COPY items, line 1: \"1\t\\377\"");
        assertError(
                fails(CopyOptions.text(), T2, "1\t\\000\n"),
                "22021",
                "invalid byte sequence for encoding \"UTF8\": 0x00",
                "COPY items, line 1: \"1\t\\000\"");
        assertEquals("[1, é]\n", CopyFixtures.dump(parse(CopyOptions.text(), T2, utf8("1\t\\xc3\\251\n"))));
    }

    @Test
    void sinkErrorsGetTheLine() {
        ListSink failing = new ListSink() {
            @Override
            public void accept(Object[] row) {
                throw PgException.builder("23505", "duplicate key value violates unique constraint \"t_pkey\"")
                        .detail("Key (a)=(1) already exists.")
                        .field('n', "t_pkey")
                        .build();
            }
        };
        CopyInParser p = parser(CopyOptions.text(), T2, failing);
        PgException e = assertThrows(PgException.class, () -> p.feed(utf8("1\tx\n")));
        assertEquals("23505", e.sqlState());
        assertEquals("Key (a)=(1) already exists.", e.detail());
        assertEquals("t_pkey", e.fields().get('n'));
        assertEquals("COPY items, line 1", e.fields().get('W'));
        assertThrows(IllegalStateException.class, () -> p.feed(utf8("2\ty\n")));
    }

    // ---- csv ----

    @Test
    void csvNullVersusEmptyString() {
        List<Object[]> rows = parse(CopyOptions.csv(), T2, utf8("1,\n2,\"\"\n,x\n"));
        assertEquals("[1, null]\n[2, ]\n[null, x]\n", CopyFixtures.dump(rows));
        // a quoted NULL marker is a string
        rows = parse(CopyOptions.csv().withNullString("NA"), T2, utf8("1,NA\n2,\"NA\"\n"));
        assertEquals("[1, null]\n[2, NA]\n", CopyFixtures.dump(rows));
    }

    @Test
    void csvQuotesEscapesAndMultiLineValues() {
        byte[] data = utf8("1,\"a \"\"q\"\" b\"\n2,\"multi\nline\r\nvalue\"\n3,ab\"c,d\"e\n");
        assertParsesEverySplit(
                CopyOptions.csv(),
                T2,
                data,
                List.of(new Object[] {1, "a \"q\" b"}, new Object[] {2, "multi\nline\r\nvalue"}, new Object[] {
                    3, "abc,de"
                }));
        List<Object[]> rows = parse(CopyOptions.csv().withEscape('\\'), T2, utf8("1,\"a\\\"b\\\\c\\d\"\n"));
        assertEquals("[1, a\"b\\c\\d]\n", CopyFixtures.dump(rows));
    }

    @Test
    void csvEndMarkerOnlyAloneOnALine() {
        assertEquals("[1, x]\n", CopyFixtures.dump(parse(CopyOptions.csv(), T2, utf8("1,x\n\\.\n2,y\n"))));
        assertEquals("[1, \\.]\n[2, \\.x]\n", CopyFixtures.dump(parse(CopyOptions.csv(), T2, utf8("1,\\.\n2,\\.x\n"))));
        List<Column> one = T2.subList(1, 2);
        assertEquals("[\\.x]\n[\\.]\n", CopyFixtures.dump(parse(CopyOptions.csv(), one, utf8("\\.x\n\"\\.\"\n"))));
        assertEquals("[a]\n[\\.]\n", CopyFixtures.dump(parse(CopyOptions.csv(), one, utf8("a\n\\."))));
    }

    @Test
    void csvUnterminatedQuote() {
        assertError(
                fails(CopyOptions.csv(), T2, "1,\"abc\n"),
                "22P04",
                "unterminated CSV quoted field",
                "COPY items, line 1: \"1,\"abc\n\"");
    }

    @Test
    void csvHeaderMatch() {
        CopyOptions o = CopyOptions.csv().withHeader(true);
        ListSink sink = new ListSink();
        CopyInParser p = CopyInParser.create(o, true, T2, sink, FormatSettings.DEFAULT, "items");
        p.feed(utf8("a,b\n1,x\n"));
        assertEquals(1, p.finish());
        PgException e = assertThrows(PgException.class, () -> CopyInParser.create(
                        o, true, T2, new ListSink(), FormatSettings.DEFAULT, "items")
                .feed(utf8("a,c\n1,x\n")));
        assertError(
                e,
                "22P04",
                "column name mismatch in header line field 2: got \"c\", expected \"b\"",
                "COPY items, line 1: \"a,c\"");
        e = assertThrows(PgException.class, () -> CopyInParser.create(
                        o, true, T2, new ListSink(), FormatSettings.DEFAULT, "items")
                .feed(utf8("a\n1,x\n")));
        assertError(
                e, "22P04", "wrong number of fields in header line: got 1, expected 2", "COPY items, line 1: \"a\"");
        e = assertThrows(PgException.class, () -> CopyInParser.create(
                        o, true, T2, new ListSink(), FormatSettings.DEFAULT, "items")
                .feed(utf8("a,\n1,x\n")));
        assertError(
                e,
                "22P04",
                "column name mismatch in header line field 2: got null value (\"\"), expected \"b\"",
                "COPY items, line 1: \"a,\"");
    }

    // ---- binary ----

    private static final String HEADER = "5047434f50590aff0d0a00 00000000 00000000";

    private static byte[] bin(String hex) {
        return HexDump.parse(HEADER + hex);
    }

    @Test
    void binaryHeaderErrors() {
        assertError(
                fails(CopyOptions.binary(), T2, HexDump.parse("5047434f50580aff0d0a00")),
                "22P04",
                "COPY file signature not recognized",
                null);
        assertError(fails(CopyOptions.binary(), T2, new byte[0]), "22P04", "COPY file signature not recognized", null);
        assertError(
                fails(CopyOptions.binary(), T2, HexDump.parse("5047434f50590aff0d0a00 0001")),
                "22P04",
                "invalid COPY file header (missing flags)",
                null);
        assertError(
                fails(CopyOptions.binary(), T2, HexDump.parse("5047434f50590aff0d0a00 00010000 00000000")),
                "22P04",
                "invalid COPY file header (WITH OIDS)",
                null);
        assertError(
                fails(CopyOptions.binary(), T2, HexDump.parse("5047434f50590aff0d0a00 00020000 00000000")),
                "22P04",
                "unrecognized critical flags in COPY file header",
                null);
        assertError(
                fails(CopyOptions.binary(), T2, HexDump.parse("5047434f50590aff0d0a00 00000000 00000005 6162")),
                "22P04",
                "invalid COPY file header (wrong length)",
                null);
        // a header extension is skipped
        assertEquals(
                "[1, x]\n",
                CopyFixtures.dump(parse(
                        CopyOptions.binary(),
                        T2,
                        HexDump.parse("5047434f50590aff0d0a00 00000000 00000003 616263"
                                + "0002 00000004 00000001 00000001 78 ffff"))));
    }

    @Test
    void binaryTupleErrors() {
        assertError(
                fails(CopyOptions.binary(), T2, bin("0003")),
                "22P04",
                "row field count is 3, expected 2",
                "COPY items, line 1");
        assertError(
                fails(CopyOptions.binary(), T2, bin("0002 00000004 00000001 00000001")),
                "22P04",
                "unexpected EOF in COPY data",
                "COPY items, line 1, column b");
        assertError(
                fails(CopyOptions.binary(), T2, bin("0002 00000004 00000001 00000001 78 0002 00000005")),
                "22P04",
                "unexpected EOF in COPY data",
                "COPY items, line 2, column a");
        assertError(
                fails(CopyOptions.binary(), T2, bin("0002 00000003 000001")),
                "08P01",
                "insufficient data left in message",
                "COPY items, line 1, column a");
        assertError(
                fails(CopyOptions.binary(), T2, bin("0002 00000005 0000000001")),
                "22P03",
                "incorrect binary data format",
                "COPY items, line 1, column a");
        assertError(
                fails(CopyOptions.binary(), T2, bin("0002 fffffffe")),
                "22P04",
                "invalid field size",
                "COPY items, line 1, column a");
        assertError(
                fails(CopyOptions.binary(), T2, bin("ffff ff")),
                "22P04",
                "received copy data after EOF marker",
                "COPY items, line 1");
    }

    @Test
    void binaryHugeFieldLengthsAllocateNothing() {
        PgException e = fails(CopyOptions.binary(), T2, bin("0002 00000004 00000001 7f000000"));
        assertError(e, "54000", "out of memory", "COPY items, line 1, column b");
        assertEquals("Cannot enlarge string buffer containing 0 bytes by 2130706432 more bytes.", e.detail());
        // a plausible length with little data behind it: only what arrives is buffered
        e = fails(CopyOptions.binary(), T2, bin("0002 00000004 00000001 3ffffffe 6162"));
        assertError(e, "22P04", "unexpected EOF in COPY data", "COPY items, line 1, column b");
    }

    @Test
    void binaryEndsQuietlyWithoutTrailer() {
        assertEquals(
                "[1, x]\n[null, ]\n",
                CopyFixtures.dump(parse(
                        CopyOptions.binary(), T2, bin("0002 00000004 00000001 00000001 78 0002 ffffffff 00000000"))));
        assertNull(parse(CopyOptions.binary(), T2, bin("")).isEmpty() ? null : "rows");
    }

    @Test
    void contextFieldsOnly() {
        PgException e = fails(CopyOptions.text(), T2, "x\ty\n");
        assertEquals(
                Map.of(
                        'S', "ERROR",
                        'V', "ERROR",
                        'C', "22P02",
                        'M', "invalid input syntax for type integer: \"x\"",
                        'W', "COPY items, line 1, column a: \"x\""),
                e.fields());
    }
}
