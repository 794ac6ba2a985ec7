package dev.tusk.protocol.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HexDumpTest {
    @Test
    void formatsOffsetHexAndAscii() {
        byte[] b = "SELECT 1;\0\u0001abcdefghij".getBytes(StandardCharsets.US_ASCII);
        assertEquals(
                "  00000000  53 45 4c 45 43 54 20 31  3b 00 01 61 62 63 64 65  |SELECT 1;..abcde|\n"
                        + "  00000010  66 67 68 69 6a                                    |fghij|\n",
                HexDump.format(b));
        assertEquals("", HexDump.format(new byte[0]));
    }

    @Test
    void diffMarksTheFirstDifference() {
        byte[] expected = HexDump.parse("51 0000000d 53454c454354203100");
        byte[] actual = HexDump.parse("51 0000000d 53454c454354203200");
        assertNull(HexDump.diff(expected, expected.clone()));
        String diff = HexDump.diff(expected, actual);
        assertTrue(
                diff.startsWith(
                        "first difference at offset 12 (0x000c): expected 0x31, actual 0x32; lengths 14 and 14\n"),
                diff);
        assertTrue(diff.contains("> 00000000  51 00 00 00 0d 53 45 4c  45 43 54 20[31]00"), diff);
        assertTrue(diff.contains("> 00000000  51 00 00 00 0d 53 45 4c  45 43 54 20[32]00"), diff);
    }

    @Test
    void diffMarksADifferenceAtALineStartOrEnd() {
        byte[] a = new byte[32];
        byte[] b = a.clone();
        b[16] = 1;
        assertTrue(HexDump.diff(a, b).contains("> 00000010 [01]00 00"), HexDump.diff(a, b));
        b = a.clone();
        b[15] = 1;
        assertTrue(HexDump.diff(a, b).contains(" 00[01] |"), HexDump.diff(a, b));
    }

    @Test
    void diffReportsDifferentLengths() {
        String diff = HexDump.diff(new byte[] {1, 2, 3}, new byte[] {1, 2});
        assertTrue(diff.startsWith("first difference at offset 2 (0x0002): expected 0x03, actual end of data"), diff);
        assertTrue(diff.contains("> 00000002  (end)"), diff);
    }

    @Test
    void parsesGroupedHex() {
        assertArrayEquals(new byte[] {0x51, 0, (byte) 0xff, 0x0a}, HexDump.parse("51 00_FF |0a\n"));
        assertThrows(IllegalArgumentException.class, () -> HexDump.parse("5"));
        assertThrows(IllegalArgumentException.class, () -> HexDump.parse("zz"));
        assertEquals("5100ff", HexDump.toHex(new byte[] {0x51, 0, (byte) 0xff}));
    }

    @Test
    void bytesHelpersHaveValueSemantics() {
        List<byte[]> a = Arrays.asList(new byte[] {1}, null);
        List<byte[]> b = Arrays.asList(new byte[] {1}, null);
        assertTrue(Bytes.equals(a, b));
        assertEquals(Bytes.hashCode(a), Bytes.hashCode(b));
        assertEquals("[0x01, null]", Bytes.toString(a));
        assertEquals("<3 bytes>", Bytes.redacted(new byte[3]));
        assertTrue(Bytes.toString(new byte[40]).endsWith("...(40 bytes)"));
        assertThrows(UnsupportedOperationException.class, () -> Bytes.copyOf(a).add(null));
    }
}
