package dev.tusk.types.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.types.PgTypeException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** array_in's structure checks and de-quoting, with PostgreSQL 15's messages. */
class ArrayTextParserTest {
    private static PgTypeException error(String s) {
        return assertThrows(PgTypeException.class, () -> ArrayTextParser.parse(s, ','));
    }

    @Test
    void shapesBoundsAndElements() {
        ArrayTextParser.Parsed p = ArrayTextParser.parse("[0:1][2:2]={{ a },{\"b c\"}}", ',');
        assertArrayEquals(new int[] {2, 1}, p.dims());
        assertArrayEquals(new int[] {0, 2}, p.lowerBounds());
        assertEquals(Arrays.asList("a", "b c"), p.elements());
        assertEquals(
                Arrays.asList(null, "NULL", "x,y"),
                ArrayTextParser.parse("{null,\"NULL\",x\\,y}", ',').elements());
        assertEquals(0, ArrayTextParser.parse("{ }", ',').elements().size());
    }

    @Test
    void errorsQuoteTheInputFromTheFirstBrace() {
        PgTypeException e = error("[1:1]={1}x");
        assertEquals("malformed array literal: \"{1}x\"", e.getMessage());
        assertEquals("Junk after closing right brace.", e.detail());
        assertEquals("Unexpected array element.", error("{\"a\"b}").detail());
        assertEquals("Unexpected \"}\" character.", error("{{}}").detail());
        assertEquals("Missing array dimension value.", error("[1:b]={1}").detail());
        assertEquals("54000", error("[2147483647:2147483647]={1}").sqlState());
        assertEquals(
                "number of array dimensions (7) exceeds the maximum allowed (6)",
                error("{{{{{{{1}}}}}}}").getMessage());
    }
}
