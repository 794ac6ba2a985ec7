package dev.tusk.types.codec;

import static dev.tusk.types.Codecs.golden;
import static dev.tusk.types.Codecs.hex;
import static dev.tusk.types.Codecs.parse;
import static dev.tusk.types.Codecs.pgError;
import static dev.tusk.types.Codecs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgArray;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected strings verified against PostgreSQL 15 ({@code array_out}, {@code array_send}). */
class ArrayCodecTest {
    @Test
    void textQuoting() {
        List<String> v = Arrays.asList("a", "", null, "null", "x y", "q\"b", "b\\c", "{x}", "a,b");
        assertEquals(
                "{a,\"\",NULL,\"null\",\"x y\",\"q\\\"b\",\"b\\\\c\",\"{x}\",\"a,b\"}",
                text(BuiltinTypes.TEXT_ARRAY, v));
        assertEquals(PgArray.ofList(v), parse(BuiltinTypes.TEXT_ARRAY, text(BuiltinTypes.TEXT_ARRAY, v)));
        assertEquals(PgArray.of("1", "2", null, "NULL"), parse(BuiltinTypes.TEXT_ARRAY, "{ 1 , 2 ,NULL, \"NULL\" }"));
    }

    @Test
    void shapes() {
        assertEquals("{1,2}", text(BuiltinTypes.INT4_ARRAY, new int[] {1, 2}));
        assertEquals("{{1,2},{3,4}}", text(BuiltinTypes.INT4_ARRAY, new int[][] {{1, 2}, {3, 4}}));
        assertEquals("{{1,2},{3,4}}", text(BuiltinTypes.INT4_ARRAY, List.of(List.of(1, 2), List.of(3, 4))));
        PgArray lb = PgArray.of(new int[] {2, 2}, new int[] {0, -1}, new Object[] {1, 2, 3, 4});
        assertEquals("[0:1][-1:0]={{1,2},{3,4}}", text(BuiltinTypes.INT4_ARRAY, lb));
        assertEquals(lb, parse(BuiltinTypes.INT4_ARRAY, "[0:1][-1:0]={{1,2},{3,4}}"));
        assertEquals("{}", text(BuiltinTypes.INT4_ARRAY, List.of()));
        assertEquals(PgArray.empty(), parse(BuiltinTypes.INT4_ARRAY, "{}"));
        assertEquals("{1.5,NULL}", text(BuiltinTypes.FLOAT8_ARRAY, Arrays.asList(1.5, null)));
        assertEquals("{t,f}", text(BuiltinTypes.BOOL_ARRAY, new Boolean[] {true, false}));
        assertEquals("{\"\\\\x01\"}", text(BuiltinTypes.BYTEA_ARRAY, List.of(new byte[] {1})));
        pgError(
                "2202E",
                "multidimensional arrays must have array expressions with matching dimensions",
                () -> text(BuiltinTypes.INT4_ARRAY, new int[][] {{1, 2}, {3}}));
    }

    @Test
    void binary() {
        golden(
                BuiltinTypes.INT4_ARRAY,
                PgArray.of(new int[] {2}, new int[] {0}, new Object[] {1, null}),
                "[0:1]={1,NULL}",
                "00000001000000010000001700000002000000000000000400000001ffffffff");
        golden(BuiltinTypes.INT4_ARRAY, PgArray.empty(), "{}", "000000000000000000000017");
        assertEquals(
                "0000000100000000000000190000000200000001000000016100000000",
                hex(BuiltinTypes.TEXT_ARRAY, List.of("a", "")));
    }

    @Test
    void errors() {
        pgError("22P02", "malformed array literal: \"{1,2\"", () -> parse(BuiltinTypes.INT4_ARRAY, "{1,2"));
        pgError("22P02", "malformed array literal: \"{{1},2}\"", () -> parse(BuiltinTypes.INT4_ARRAY, "{{1},2}"));
        pgError("22P02", "invalid input syntax for type integer: \"x\"", () -> parse(BuiltinTypes.INT4_ARRAY, "{x}"));
    }
}
