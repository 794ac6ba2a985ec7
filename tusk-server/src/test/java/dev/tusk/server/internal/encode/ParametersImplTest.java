package dev.tusk.server.internal.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.protocol.util.HexDump;
import dev.tusk.server.api.PgException;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.TypeRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors as PostgreSQL 15.18 reported them for the same Bind messages. */
class ParametersImplTest {

    private static final TypeRegistry TYPES = TypeRegistry.builtins();

    private static ParametersImpl bind(short[] formats, int[] oids, byte[]... values) {
        return ParametersImpl.create("", "", Arrays.asList(values), formats, oids, TYPES, FormatSettings.DEFAULT);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void decodesTextAndBinary() {
        ParametersImpl p = bind(
                new short[] {0, 1, 1, 0, 1},
                new int[] {23, 23, 20, 25, 701},
                utf8(" 42 "),
                HexDump.parse("fffffffe"),
                HexDump.parse("000000000000000a"),
                utf8("héllo"),
                HexDump.parse("3ff8000000000000"));
        assertEquals(5, p.size());
        assertEquals(42, p.value(0));
        assertEquals(-2, p.value(1));
        assertEquals(10L, p.value(2));
        assertEquals("héllo", p.value(3));
        assertEquals(1.5, p.value(4));
        assertEquals(0, p.format(0));
        assertEquals(1, p.format(1));
        assertEquals(23, p.typeOid(0));
    }

    @Test
    void oneFormatAppliesToAllAndNoneMeansText() {
        ParametersImpl p = bind(new short[] {1}, new int[] {16, 16}, new byte[] {1}, new byte[] {0});
        assertEquals(true, p.value(0));
        assertEquals(false, p.value(1));
        p = bind(new short[0], new int[] {16}, utf8("yes"));
        assertEquals(true, p.value(0));
    }

    @Test
    void nullsAndMemoisation() {
        ParametersImpl p = bind(new short[0], new int[] {25, 25}, null, utf8("x"));
        assertTrue(p.isNull(0));
        assertNull(p.raw(0));
        assertNull(p.value(0));
        assertSame(p.value(1), p.value(1));
    }

    @Test
    void unspecifiedOrUnknownTypesDecodeAsText() {
        ParametersImpl p = bind(new short[] {0, 1, 0}, new int[] {0, 0, 987654}, utf8("12"), utf8("x"), utf8("y"));
        assertEquals("12", p.value(0));
        assertEquals("x", p.value(1)); // PostgreSQL's unknownrecv takes binary input as text too
        assertEquals("y", p.value(2));
    }

    @Test
    void badTextValue() {
        PgException e = assertThrows(PgException.class, () -> bind(new short[0], new int[] {23}, utf8("abc"))
                .value(0));
        assertEquals("22P02", e.sqlState());
        assertEquals("invalid input syntax for type integer: \"abc\"", e.getMessage());
        assertEquals("unnamed portal parameter $1 = '...'", e.fields().get('W'));
    }

    @Test
    void badBinaryValues() {
        PgException e =
                assertThrows(PgException.class, () -> bind(new short[] {1}, new int[] {23}, HexDump.parse("0000000001"))
                        .value(0));
        assertEquals("22P03", e.sqlState());
        assertEquals("incorrect binary data format in bind parameter 1", e.getMessage());
        assertEquals("unnamed portal parameter $1", e.fields().get('W'));
        e = assertThrows(PgException.class, () -> ParametersImpl.create(
                        "p1",
                        "",
                        List.of(new byte[] {0, 1}),
                        new short[] {1},
                        new int[] {23},
                        TYPES,
                        FormatSettings.DEFAULT)
                .value(0));
        assertEquals("08P01", e.sqlState());
        assertEquals("insufficient data left in message", e.getMessage());
        assertEquals("portal \"p1\" parameter $1", e.fields().get('W'));
    }

    @Test
    void decodeAllFailsOnTheFirstBadValue() {
        ParametersImpl p = bind(new short[0], new int[] {23, 23, 23}, utf8("1"), utf8("x"), utf8("y"));
        PgException e = assertThrows(PgException.class, p::decodeAll);
        assertEquals("invalid input syntax for type integer: \"x\"", e.getMessage());
        assertEquals("unnamed portal parameter $2 = '...'", e.fields().get('W'));
        assertEquals(1, p.value(0));
    }

    @Test
    void countErrors() {
        PgException e = assertThrows(PgException.class, () -> bind(new short[] {0, 0}, new int[] {23}, utf8("1")));
        assertEquals("08P01", e.sqlState());
        assertEquals("bind message has 2 parameter formats but 1 parameters", e.getMessage());
        e = assertThrows(
                PgException.class,
                () -> ParametersImpl.create(
                        "", "s1", List.of(utf8("1")), new short[0], new int[] {23, 23}, TYPES, FormatSettings.DEFAULT));
        assertEquals("08P01", e.sqlState());
        assertEquals("bind message supplies 1 parameters, but prepared statement \"s1\" requires 2", e.getMessage());
    }

    @Test
    void unsupportedFormatCode() {
        PgException e = assertThrows(PgException.class, () -> bind(new short[] {2}, new int[] {23}, utf8("1")));
        assertEquals("22023", e.sqlState());
        assertEquals("unsupported format code: 2", e.getMessage());
        assertEquals("unnamed portal parameter $1", e.fields().get('W'));
    }
}
