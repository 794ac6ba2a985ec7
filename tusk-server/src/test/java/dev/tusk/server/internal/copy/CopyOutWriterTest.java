package dev.tusk.server.internal.copy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.protocol.util.HexDump;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.CopyOptions;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.RowStream;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.FormatSettings;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyOutWriterTest {

    /** The bytes of a whole COPY TO (start, rows, end) without CopyData framing. */
    static byte[] copyOut(CopyOptions options, List<Column> columns, List<Object[]> rows) throws Exception {
        CopyOutWriter w = new CopyOutWriter(options, columns, FormatSettings.DEFAULT);
        ByteBuf out = Unpooled.buffer();
        try {
            w.writeStart(out);
            RowStream rs = RowStream.of(rows);
            while (rs.next()) {
                w.writeRow(rs, out);
            }
            w.writeEnd(out);
            return ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
    }

    private static void assertBytes(byte[] expected, byte[] actual) {
        String diff = HexDump.diff(expected, actual);
        assertNull(diff, diff);
    }

    @Test
    void textMatchesPostgres() throws Exception {
        assertBytes(CopyGolden.TEXT, copyOut(CopyOptions.text(), CopyFixtures.COLUMNS, CopyFixtures.ROWS));
    }

    @Test
    void textWithHeaderDelimiterAndNullMatchesPostgres() throws Exception {
        CopyOptions o = CopyOptions.text().withHeader(true).withDelimiter('|').withNullString("NULL");
        assertBytes(CopyGolden.TEXT_HEADER_PIPE_NULL, copyOut(o, CopyFixtures.COLUMNS, CopyFixtures.ROWS));
    }

    @Test
    void csvMatchesPostgres() throws Exception {
        assertBytes(CopyGolden.CSV, copyOut(CopyOptions.csv(), CopyFixtures.COLUMNS, CopyFixtures.ROWS));
    }

    @Test
    void csvWithHeaderMatchesPostgres() throws Exception {
        assertBytes(
                CopyGolden.CSV_HEADER,
                copyOut(CopyOptions.csv().withHeader(true), CopyFixtures.COLUMNS, CopyFixtures.ROWS));
    }

    @Test
    void csvSingleColumnQuotesEndMarkerAndEmptyString() throws Exception {
        assertBytes(
                CopyGolden.CSV_ONE_COLUMN,
                copyOut(CopyOptions.csv(), CopyFixtures.COLUMNS.subList(2, 3), CopyFixtures.nameColumn()));
    }

    @Test
    void binaryMatchesPostgres() throws Exception {
        assertBytes(CopyGolden.BINARY, copyOut(CopyOptions.binary(), CopyFixtures.COLUMNS, CopyFixtures.ROWS));
    }

    @Test
    void csvWithOtherEscapeDoublesQuoteAndEscape() throws Exception {
        List<Column> cols = List.of(Column.of("s", BuiltinTypes.TEXT));
        // PostgreSQL 15: COPY (SELECT E'a"b\\c') TO STDOUT (FORMAT csv, ESCAPE '\') gives "a\"b\\c"
        byte[] got = copyOut(CopyOptions.csv().withEscape('\\'), cols, List.<Object[]>of(new Object[] {"a\"b\\c"}));
        assertArrayEquals("\"a\\\"b\\\\c\"\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), got);
    }

    @Test
    void oneCopyDataMessagePerRow() throws Exception {
        CopyOutWriter w =
                new CopyOutWriter(CopyOptions.text(), CopyFixtures.COLUMNS.subList(0, 1), FormatSettings.DEFAULT);
        ByteBuf out = Unpooled.buffer();
        try {
            RowStream rs = RowStream.of(List.<Object[]>of(new Object[] {42}));
            rs.next();
            w.writeRowMessage(rs, out);
            assertBytes(HexDump.parse("64 00000007 34 32 0a"), ByteBufUtil.getBytes(out));
            out.clear();
            new CopyOutWriter(CopyOptions.binary(), List.of(), FormatSettings.DEFAULT).writeEndMessage(out);
            assertBytes(HexDump.parse("64 00000006 ffff"), ByteBufUtil.getBytes(out));
        } finally {
            out.release();
        }
    }

    @Test
    void wrongJavaTypeIsAnInternalErrorNamingColumnAndClassAndLeavesNothing() throws Exception {
        CopyOutWriter w =
                new CopyOutWriter(CopyOptions.text(), CopyFixtures.COLUMNS.subList(0, 2), FormatSettings.DEFAULT);
        ByteBuf out = Unpooled.buffer();
        try {
            RowStream rs = RowStream.of(List.<Object[]>of(new Object[] {1, "x"}));
            rs.next();
            PgException e = assertThrows(PgException.class, () -> w.writeRowMessage(rs, out));
            assertEquals("XX000", e.sqlState());
            assertEquals(
                    "cannot encode column \"qty\" of type bigint: the engine returned a value of Java type java.lang.String",
                    e.getMessage());
            assertEquals(0, out.readableBytes());
        } finally {
            out.release();
        }
    }

    @Test
    void rejectsOptionsPostgresRejects() {
        PgException e = assertThrows(
                PgException.class,
                () -> new CopyOutWriter(CopyOptions.text().withDelimiter('\\'), List.of(), FormatSettings.DEFAULT));
        assertEquals("22023", e.sqlState());
        assertEquals("COPY delimiter cannot be \"\\\"", e.getMessage());
        e = assertThrows(
                PgException.class,
                () -> new CopyOutWriter(CopyOptions.binary().withHeader(true), List.of(), FormatSettings.DEFAULT));
        assertEquals("0A000", e.sqlState());
        assertEquals("cannot specify HEADER in BINARY mode", e.getMessage());
        e = assertThrows(
                PgException.class,
                () -> new CopyOutWriter(CopyOptions.csv().withNullString(","), List.of(), FormatSettings.DEFAULT));
        assertEquals("COPY delimiter must not appear in the NULL specification", e.getMessage());
    }
}
