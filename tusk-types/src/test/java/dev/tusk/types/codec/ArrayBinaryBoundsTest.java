package dev.tusk.types.codec;

import static dev.tusk.types.Codecs.fromHex;
import static dev.tusk.types.Codecs.pgError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgArray;
import org.junit.jupiter.api.Test;

/** Hostile binary array headers must fail cleanly before any large allocation. */
class ArrayBinaryBoundsTest {
    @Test
    void hugeDimensionsAreRejectedBeforeAllocating() {
        pgError(
                "08P01",
                "insufficient data left in message",
                () -> fromHex(BuiltinTypes.INT4_ARRAY, "00000001000000000000001710000000" + "00000001"));
    }

    @Test
    void tooManyDimensions() {
        pgError(
                "54000",
                "number of array dimensions (7) exceeds the maximum allowed (6)",
                () -> fromHex(BuiltinTypes.INT4_ARRAY, "000000070000000000000017"));
    }

    @Test
    void wrongElementType() {
        pgError("42804", "wrong element type", () -> fromHex(BuiltinTypes.INT4_ARRAY, "000000000000000000000014"));
    }

    @Test
    void truncatedElement() {
        pgError(
                "08P01",
                "insufficient data left in message",
                () -> fromHex(BuiltinTypes.INT4_ARRAY, "0000000100000000000000170000000100000001" + "0000000400"));
    }

    @Test
    void trailingGarbage() {
        pgError(
                "22P03",
                "incorrect binary data format",
                () -> fromHex(BuiltinTypes.INT4_ARRAY, "00000001000000000000001700000001000000010000000400000001ff"));
    }

    @Test
    void nestedElementsDecode() {
        PgArray a = (PgArray) fromHex(
                BuiltinTypes.TEXT_ARRAY,
                "0000000200000000000000190000000100000001000000020000000100000001610000000162");
        assertEquals(PgArray.of(new int[] {1, 2}, new int[] {1, 1}, new Object[] {"a", "b"}), a);
    }
}
