package dev.tusk.calcite.func;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PostgreSQL's function resolution rules, on the built-in overloads (the differential test checks the results). */
class OverloadResolverTest {
    private static final Map<String, List<PgSignature>> BUILTINS = FunctionRegistry.builtinSignatures();
    private static final PgType UNKNOWN = BuiltinTypes.UNKNOWN;

    private static OverloadResolver.Resolution resolve(String name, PgType... args) {
        return OverloadResolver.resolve(name, BUILTINS.get(name), List.of(args));
    }

    private static OverloadResolver.Resolution operator(String name, PgType... args) {
        return OverloadResolver.resolve(name, BUILTINS.get(name), List.of(args), true);
    }

    @Test
    void anExactMatchWins() {
        assertEquals(BuiltinTypes.INT8, resolve("abs", BuiltinTypes.INT8).result());
        assertEquals(
                BuiltinTypes.NUMERIC,
                resolve("round", BuiltinTypes.NUMERIC, BuiltinTypes.INT4).result());
    }

    @Test
    void anIntegerGoesToThePreferredFloat8() {
        // sqrt(float8) and sqrt(numeric) both take an int4; float8 is the numeric category's preferred type
        assertEquals(BuiltinTypes.FLOAT8, resolve("sqrt", BuiltinTypes.INT4).result());
    }

    @Test
    void anUntypedLiteralTakesTheStringCategoryOrThePreferredType() {
        assertEquals(BuiltinTypes.TEXT, resolve("length", UNKNOWN).argTypes().get(0));
        assertEquals(BuiltinTypes.FLOAT8, resolve("round", UNKNOWN).result());
        assertEquals(BuiltinTypes.TEXT, operator("||", UNKNOWN, UNKNOWN).result());
    }

    @Test
    void anOperatorAssumesAnUntypedOperandHasTheOthersType() {
        OverloadResolver.Resolution r = operator("+", UNKNOWN, BuiltinTypes.INT4);
        assertEquals(List.of(BuiltinTypes.INT4, BuiltinTypes.INT4), r.argTypes());
    }

    @Test
    void crossTypeOperatorsFollowThePreferredType() {
        assertEquals(
                BuiltinTypes.FLOAT8,
                operator("+", BuiltinTypes.FLOAT4, BuiltinTypes.INT4).result());
        assertEquals(
                BuiltinTypes.NUMERIC,
                operator("+", BuiltinTypes.INT4, BuiltinTypes.NUMERIC).result());
    }

    @Test
    void anycompatibleFindsTheCommonType() {
        OverloadResolver.Resolution r = resolve("array_append", BuiltinTypes.INT4_ARRAY, BuiltinTypes.NUMERIC);
        assertEquals(BuiltinTypes.NUMERIC_ARRAY, r.result());
        assertEquals(
                BuiltinTypes.TEXT_ARRAY,
                resolve("array_append", UNKNOWN, UNKNOWN).result());
    }

    @Test
    void variadicArgumentsExpand() {
        OverloadResolver.Resolution r = resolve("concat", BuiltinTypes.INT4, UNKNOWN, BuiltinTypes.BOOL);
        assertEquals(List.of(BuiltinTypes.INT4, UNKNOWN, BuiltinTypes.BOOL), r.argTypes());
        assertThrows(PgException.class, () -> resolve("concat"));
    }

    @Test
    void errorsArePostgresql() {
        PgException missing = assertThrows(PgException.class, () -> resolve("upper", BuiltinTypes.INT4));
        assertEquals("42883", missing.sqlState());
        assertEquals("function upper(integer) does not exist", missing.getMessage());
        PgException ambiguous = assertThrows(PgException.class, () -> resolve("avg", UNKNOWN));
        assertEquals("42725", ambiguous.sqlState());
        assertEquals("function avg(unknown) is not unique", ambiguous.getMessage());
        PgException polymorphic = assertThrows(PgException.class, () -> resolve("to_json", UNKNOWN));
        assertEquals("42804", polymorphic.sqlState());
        PgException op = assertThrows(PgException.class, () -> operator("^", BuiltinTypes.TEXT, BuiltinTypes.INT4));
        assertEquals("operator does not exist: text ^ integer", op.getMessage());
    }
}
