package dev.tusk.server.internal.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.protocol.util.HexDump;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.RowStream;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.FormatSettings;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Golden messages captured from PostgreSQL 15.18 for {@code SELECT 1::int4 AS i, 10::int8 AS l,
 * 'plain'::text AS t, true AS b, 1.5::float8 AS f UNION ALL SELECT -2, NULL, '', false, -0.1}, bound with
 * result format 0 and then 1.
 */
class RowEncoderTest {

    private static final List<Column> COLUMNS = List.of(
            Column.of("i", BuiltinTypes.INT4),
            Column.of("l", BuiltinTypes.INT8),
            Column.of("t", BuiltinTypes.TEXT),
            Column.of("b", BuiltinTypes.BOOL),
            Column.of("f", BuiltinTypes.FLOAT8));

    private static final List<Object[]> ROWS =
            List.of(new Object[] {1, 10L, "plain", true, 1.5}, new Object[] {-2, null, "", false, -0.1});

    private static final String ROW_DESCRIPTION_TEXT = "54 0000006a 0005"
            + " 6900 00000000 0000 00000017 0004 ffffffff 0000"
            + " 6c00 00000000 0000 00000014 0008 ffffffff 0000"
            + " 7400 00000000 0000 00000019 ffff ffffffff 0000"
            + " 6200 00000000 0000 00000010 0001 ffffffff 0000"
            + " 6600 00000000 0000 000002bd 0008 ffffffff 0000";

    private static byte[] write(Consumer<ByteBuf> writer) {
        ByteBuf out = Unpooled.buffer();
        try {
            writer.accept(out);
            return ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
    }

    private static void assertBytes(String expectedHex, byte[] actual) {
        String diff = HexDump.diff(HexDump.parse(expectedHex), actual);
        assertNull(diff, diff);
    }

    private static byte[] rows(RowEncoder enc) {
        return write(out -> {
            try {
                RowStream rs = RowStream.of(ROWS);
                while (rs.next()) {
                    enc.writeDataRow(rs, out);
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void textRowDescriptionAndDataRows() {
        RowEncoder enc = RowEncoder.create(COLUMNS, new short[0], FormatSettings.DEFAULT);
        assertBytes(ROW_DESCRIPTION_TEXT, write(enc::writeRowDescription));
        assertBytes(
                "44 00000026 0005 00000001 31 00000002 3130 00000005 706c61696e 00000001 74 00000003 312e35"
                        + "44 00000021 0005 00000002 2d32 ffffffff 00000000 00000001 66 00000004 2d302e31",
                rows(enc));
        assertEquals(0, enc.format(4));
    }

    @Test
    void binaryRowDescriptionAndDataRows() {
        RowEncoder enc = RowEncoder.create(COLUMNS, new short[] {1}, FormatSettings.DEFAULT);
        assertBytes(ROW_DESCRIPTION_TEXT.replace("ffffffff 0000", "ffffffff 0001"), write(enc::writeRowDescription));
        assertBytes(
                "44 00000034 0005 00000004 00000001 00000008 000000000000000a 00000005 706c61696e"
                        + " 00000001 01 00000008 3ff8000000000000"
                        + "44 00000027 0005 00000004 fffffffe ffffffff 00000000 00000001 00"
                        + " 00000008 bfb999999999999a",
                rows(enc));
    }

    @Test
    void perColumnFormats() {
        RowEncoder enc = RowEncoder.create(COLUMNS, new short[] {1, 0, 0, 1, 0}, FormatSettings.DEFAULT);
        assertEquals(1, enc.format(0));
        assertEquals(0, enc.format(1));
        assertEquals(1, enc.format(3));
        byte[] first = rows(enc);
        assertBytes(
                "44 00000029 0005 00000004 00000001 00000002 3130 00000005 706c61696e 00000001 01"
                        + " 00000003 312e35"
                        + "44 00000023 0005 00000004 fffffffe ffffffff 00000000 00000001 00 00000004 2d302e31",
                first);
    }

    @Test
    void formatCountAndCodeErrorsAsPostgres() {
        List<Column> two = COLUMNS.subList(0, 2);
        PgException e = assertThrows(
                PgException.class, () -> RowEncoder.create(two, new short[] {0, 0, 0}, FormatSettings.DEFAULT));
        assertEquals("08P01", e.sqlState());
        assertEquals("bind message has 3 result formats but query has 2 columns", e.getMessage());
        e = assertThrows(PgException.class, () -> RowEncoder.create(two, new short[] {2}, FormatSettings.DEFAULT));
        assertEquals("22023", e.sqlState());
        assertEquals("unsupported format code: 2", e.getMessage());
    }

    @Test
    void wrongJavaTypeNamesColumnAndClassAndWritesNothing() {
        RowEncoder enc = RowEncoder.create(COLUMNS.subList(0, 1), new short[] {1}, FormatSettings.DEFAULT);
        ByteBuf out = Unpooled.buffer();
        try {
            out.writeByte('x');
            RowStream rs = RowStream.of(List.<Object[]>of(new Object[] {"seven"}));
            rs.next();
            PgException e = assertThrows(PgException.class, () -> enc.writeDataRow(rs, out));
            assertEquals("XX000", e.sqlState());
            assertEquals(
                    "cannot encode column \"i\" of type integer: the engine returned a value of Java type java.lang.String",
                    e.getMessage());
            assertEquals(1, out.writerIndex());
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            out.release();
        }
    }

    @Test
    void acceptsLenientJavaTypes() throws Exception {
        RowEncoder enc = RowEncoder.create(COLUMNS.subList(0, 1), new short[] {1}, FormatSettings.DEFAULT);
        RowStream rs = RowStream.of(List.<Object[]>of(new Object[] {(short) 5}));
        rs.next();
        assertBytes("44 0000000e 0001 00000004 00000005", write(out -> enc.writeDataRow(rs, out)));
    }

    @Test
    void byteBufSinkWritesBigEndianAndUtf8() {
        assertBytes("01 0203 04050607 08090a0b0c0d0e0f 6869 c3a9 6162", write(out -> {
            ByteBufSink s = new ByteBufSink().wrap(out);
            s.writeByte(1);
            s.writeShort(0x0203);
            s.writeInt(0x04050607);
            s.writeLong(0x08090a0b0c0d0e0fL);
            s.writeAscii("hi");
            s.writeUtf8("é");
            s.writeBytes(new byte[] {'x', 'a', 'b'}, 1, 2);
        }));
    }
}
