package dev.tusk.types.codec;

import static dev.tusk.types.Codecs.fromHex;
import static dev.tusk.types.Codecs.golden;
import static dev.tusk.types.Codecs.hex;
import static dev.tusk.types.Codecs.parse;
import static dev.tusk.types.Codecs.pgError;
import static dev.tusk.types.Codecs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgArray;
import dev.tusk.types.PgType;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.RegKind;
import dev.tusk.types.TypeRegistry;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reg* types with the built-in catalog; expected forms and errors checked against PostgreSQL 15 (the
 * differential test {@code RegTypesDifferentialTest} covers many more).
 */
class RegCodecTest {
    private static PgType type(RegKind k) {
        return TypeRegistry.builtins().byOid(k.typeOid()).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(RegKind.class)
    void zeroAndUnknownOids(RegKind k) {
        PgType t = type(k);
        assertSame(RegCodec.of(k), t.codec());
        golden(t, 0L, k.zeroText(), "00000000");
        golden(t, 12345L, "12345", "00003039");
        golden(t, 4294967295L, "4294967295", "ffffffff");
        assertEquals(0L, parse(t, "0"));
        assertEquals(7L, parse(t, "007"));
        pgError("22003", "value \"4294967296\" is out of range for type oid", () -> parse(t, "4294967296"));
    }

    @Test
    void dashIsZeroExceptForOperators() {
        assertEquals(0L, parse(BuiltinTypes.REGCLASS, "-"));
        assertEquals(0L, parse(BuiltinTypes.REGPROCEDURE, "-"));
        pgError("42883", "operator does not exist: -", () -> parse(BuiltinTypes.REGOPER, "-"));
        pgError("22P02", "expected a left parenthesis", () -> parse(BuiltinTypes.REGOPERATOR, "-"));
        pgError("3F000", "schema \"-\" does not exist", () -> parse(BuiltinTypes.REGNAMESPACE, " -"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "23|integer|00000017",
                "1043|character varying|00000413",
                "1184|timestamp with time zone|000004a0",
                "1007|integer[]|000003ef",
                "18|'\"char\"'|00000012",
                "1042|character|00000412",
                "1560|bit|00000618",
                "2205|regclass|0000089d",
                "2211|regtype[]|000008a3"
            })
    void regtypeOutput(long oid, String text, String hex) {
        golden(BuiltinTypes.REGTYPE, oid, text, hex);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "int4|23",
                "INT4|23",
                "'\"int4\"'|23",
                "integer|23",
                "int|23",
                "'  int4  '|23",
                "double precision|701",
                "float(24)|700",
                "varchar(10)|1043",
                "character varying(3)[]|1015",
                "char|1042",
                "'\"char\"'|18",
                "timestamp(3) with time zone|1184",
                "time with time zone|1266",
                "interval day to second(3)|1186",
                "bit varying|1562",
                "numeric(10,2)|1700",
                "int[]|1007",
                "int array|1007",
                "_int4|1007",
                "pg_catalog.int4|23",
                "pg_catalog.varchar(3)|1043",
                "regclass|2205",
                "int4 /* c */ []|1007"
            })
    void regtypeInput(String input, long oid) {
        assertEquals(oid, parse(BuiltinTypes.REGTYPE, input));
    }

    @Test
    void regnamespace() {
        golden(BuiltinTypes.REGNAMESPACE, 11L, "pg_catalog", "0000000b");
        golden(BuiltinTypes.REGNAMESPACE, 99L, "pg_toast", "00000063");
        golden(BuiltinTypes.REGNAMESPACE, 2200L, "public", "00000898");
        assertEquals(2200L, parse(BuiltinTypes.REGNAMESPACE, " PUBLIC "));
        assertEquals(11L, parse(BuiltinTypes.REGNAMESPACE, "\"pg_catalog\""));
    }

    @Test
    void unknownNames() {
        pgError("42883", "function \"NoSuch\" does not exist", () -> parse(BuiltinTypes.REGPROC, "NoSuch"));
        pgError("42883", "function \"f(int4)\" does not exist", () -> parse(BuiltinTypes.REGPROCEDURE, "f(int4)"));
        pgError("42883", "operator does not exist: ===", () -> parse(BuiltinTypes.REGOPER, "==="));
        pgError(
                "42883",
                "operator does not exist: ===(int4,NONE)",
                () -> parse(BuiltinTypes.REGOPERATOR, "===(int4,NONE)"));
        pgError("42P01", "relation \"nosuch\" does not exist", () -> parse(BuiltinTypes.REGCLASS, "NoSuch"));
        pgError(
                "42P01",
                "relation \"pg_catalog.nosuch\" does not exist",
                () -> parse(BuiltinTypes.REGCLASS, "pg_catalog.nosuch"));
        pgError("42704", "type \"nosuch[]\" does not exist", () -> parse(BuiltinTypes.REGTYPE, "NoSuch(3)[]"));
        pgError(
                "42704",
                "text search configuration \"nosuch\" does not exist",
                () -> parse(BuiltinTypes.REGCONFIG, "nosuch"));
        pgError(
                "42704",
                "text search dictionary \"public.nosuch\" does not exist",
                () -> parse(BuiltinTypes.REGDICTIONARY, "public.nosuch"));
        pgError("3F000", "schema \"nosuch\" does not exist", () -> parse(BuiltinTypes.REGNAMESPACE, "nosuch"));
        pgError("42704", "role \"nosuch\" does not exist", () -> parse(BuiltinTypes.REGROLE, "nosuch"));
        pgError(
                "42704",
                "collation \"nosuch\" for encoding \"UTF8\" does not exist",
                () -> parse(BuiltinTypes.REGCOLLATION, "nosuch"));
    }

    @Test
    void malformedNames() {
        pgError("42602", "invalid name syntax", () -> parse(BuiltinTypes.REGCLASS, ""));
        pgError("42602", "invalid name syntax", () -> parse(BuiltinTypes.REGCLASS, "a b"));
        pgError("42602", "invalid name syntax", () -> parse(BuiltinTypes.REGROLE, "a.b"));
        pgError("3F000", "schema \"nosch\" does not exist", () -> parse(BuiltinTypes.REGCLASS, "nosch.t"));
        pgError(
                "42601",
                "improper relation name (too many dotted names): a.b.c.d",
                () -> parse(BuiltinTypes.REGCLASS, "a.b.c.d"));
        pgError(
                "0A000",
                "cross-database references are not implemented: \"db.pg_catalog.t\"",
                () -> parse(BuiltinTypes.REGCLASS, "db.pg_catalog.t"));
        pgError(
                "0A000",
                "cross-database references are not implemented: db.pg_catalog.f",
                () -> parse(BuiltinTypes.REGPROC, "db.pg_catalog.f"));
        pgError(
                "42601",
                "improper qualified name (too many dotted names): a.b.c.d",
                () -> parse(BuiltinTypes.REGTYPE, "a.b.c.d"));
        pgError("42601", "invalid type name \"setof int4\"", () -> parse(BuiltinTypes.REGTYPE, "setof int4"));
        pgError("42601", "invalid type name \"\"", () -> parse(BuiltinTypes.REGTYPE, ""));
        pgError("42601", "syntax error at or near \"int4\"", () -> parse(BuiltinTypes.REGTYPE, "int4 int4"));
        pgError("42601", "syntax error at end of input", () -> parse(BuiltinTypes.REGTYPE, "int4["));
        pgError(
                "42601",
                "type modifier is not allowed for type \"int4[]\"",
                () -> parse(BuiltinTypes.REGTYPE, "int4(3)[]"));
        pgError("22023", "length for type varchar must be at least 1", () -> parse(BuiltinTypes.REGTYPE, "varchar(0)"));
        pgError(
                "42601",
                "type modifiers must be simple constants or identifiers",
                () -> parse(BuiltinTypes.REGTYPE, "numeric(1+1)"));
        pgError("22P02", "expected a right parenthesis", () -> parse(BuiltinTypes.REGPROCEDURE, "f(int4"));
        pgError("22P02", "improper type name", () -> parse(BuiltinTypes.REGPROCEDURE, "f((int4)"));
        pgError("42704", "type \"nosuch\" does not exist", () -> parse(BuiltinTypes.REGPROCEDURE, "f(nosuch)"));
        PgTypeException e = assertThrows(PgTypeException.class, () -> parse(BuiltinTypes.REGOPERATOR, "+(int4)"));
        assertEquals("42P02", e.sqlState());
        assertEquals("missing argument", e.getMessage());
        assertEquals("Use NONE to denote the missing argument of a unary operator.", e.hint());
        e = assertThrows(PgTypeException.class, () -> parse(BuiltinTypes.REGOPERATOR, "+()"));
        assertEquals("54023", e.sqlState());
        assertEquals("Provide two argument types for operator.", e.hint());
    }

    @Test
    void binaryErrorsAndCoercion() {
        pgError("08P01", "insufficient data left in message", () -> fromHex(BuiltinTypes.REGCLASS, "000001"));
        pgError("22P03", "incorrect binary data format", () -> fromHex(BuiltinTypes.REGCLASS, "0000000100"));
        assertEquals("4294967295", text(BuiltinTypes.REGCLASS, -1));
        assertEquals("ffffffff", hex(BuiltinTypes.REGTYPE, -1));
        pgError("22003", "OID out of range", () -> text(BuiltinTypes.REGCLASS, -1L));
        pgError(
                "42804",
                "cannot encode a value of Java type java.lang.String as regclass",
                () -> text(BuiltinTypes.REGCLASS, "pg_class"));
    }

    @Test
    void arrays() {
        PgArray a = PgArray.of(23L, 1043L, 0L, 18L);
        golden(
                BuiltinTypes.REGTYPE_ARRAY,
                a,
                "{integer,\"character varying\",-,\"\\\"char\\\"\"}",
                "00000001000000000000089e00000004000000010000000400000017000000040000041300000004000000000000000400000012");
        assertEquals(a, parse(BuiltinTypes.REGTYPE_ARRAY, "{int4,varchar,-,\"\\\"char\\\"\"}"));
        golden(
                BuiltinTypes.REGOPER_ARRAY,
                PgArray.of(0L, 1L),
                "{0,1}",
                "00000001000000000000089b000000020000000100000004000000000000000400000001");
        assertEquals(PgArray.ofList(Arrays.asList(0L, null)), parse(BuiltinTypes.REGCLASS_ARRAY, "{-,NULL}"));
        pgError("42P01", "relation \"nosuch\" does not exist", () -> parse(BuiltinTypes.REGCLASS_ARRAY, "{nosuch}"));
    }

    @Test
    void pgTypeRows() {
        PgType t = BuiltinTypes.REGCLASS;
        assertEquals("regclass", t.typname());
        assertEquals(4, t.typlen());
        assertEquals('N', t.typcategory());
        assertEquals(2210, t.typarray());
        assertEquals("regclassin", t.typinput());
        assertEquals("regclasssend", t.typsend());
        assertEquals("regclass", t.formatType());
        PgType a = BuiltinTypes.REGCLASS_ARRAY;
        assertEquals("_regclass", a.typname());
        assertEquals(2205, a.typelem());
        assertEquals("regclass[]", a.formatType());
        for (RegKind k : RegKind.values()) {
            PgType r = type(k);
            assertEquals(k.typname(), r.typname());
            assertEquals(k.typname() + "out", r.typoutput());
            assertEquals('i', r.typalign());
            assertSame(
                    r, TypeRegistry.builtins().byOid(r.typarray()).orElseThrow().elementType());
        }
    }
}
