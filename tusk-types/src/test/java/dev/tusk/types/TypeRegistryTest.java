package dev.tusk.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.types.codec.StringCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeRegistryTest {
    private final TypeRegistry reg = TypeRegistry.builtins();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "int4|23",
                "integer|23",
                "INT|23",
                "bigint|20",
                "double precision|701",
                "float|701",
                "real|700",
                "character varying|1043",
                "varchar(10)|1043",
                "timestamptz|1184",
                "timestamp with time zone|1184",
                "timestamp(3) without time zone|1114",
                "boolean|16",
                "char|18",
                "'\"char\"'|18",
                "character|1042",
                "numeric(10,2)|1700",
                "decimal|1700",
                "integer[]|1007",
                "_int4|1007",
                "pg_catalog.text|25",
                "character varying(5)[]|1015",
                "jsonb|3802",
                "regclass|2205",
                "regtype[]|2211",
                "_regproc|1008",
                "pg_catalog.regnamespace|4089"
            })
    void byName(String name, int oid) {
        assertEquals(oid, reg.byName(name).orElseThrow().oid());
    }

    @Test
    void lookups() {
        assertSame(BuiltinTypes.INT4, reg.byOid(23).orElseThrow());
        assertSame(BuiltinTypes.INT4_ARRAY, reg.arrayOf(BuiltinTypes.INT4).orElseThrow());
        assertFalse(reg.byName("nosuch").isPresent());
        assertFalse(reg.arrayOf(BuiltinTypes.VOID).isPresent());
        for (PgType t : reg.all()) {
            if (t.typarray() != 0) {
                PgType a = reg.byOid(t.typarray()).orElseThrow();
                assertSame(t, a.elementType(), t.typname());
            }
        }
        // Invariants rather than a count (a count conflicts with every commit that adds a type): OIDs and
        // names are unique, and there are at least the 50 base types the type system promises.
        java.util.Set<Integer> oids = new java.util.HashSet<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        long base = 0;
        for (PgType t : reg.all()) {
            assertTrue(oids.add(t.oid()), () -> "duplicate oid " + t.oid());
            assertTrue(names.add(t.typname()), () -> "duplicate typname " + t.typname());
            if (!t.isArray()) {
                base++;
            }
        }
        assertTrue(base >= 50, "only " + base + " base types");
    }

    @Test
    void metadata() {
        PgType t = BuiltinTypes.INT4;
        assertEquals("int4", t.typname());
        assertEquals("pg_catalog", t.namespace());
        assertEquals(4, t.typlen());
        assertTrue(t.typbyval());
        assertEquals('b', t.typtype());
        assertEquals('N', t.typcategory());
        assertEquals(1007, t.typarray());
        assertEquals("int4in", t.typinput());
        assertEquals("int4send", t.typsend());
        assertEquals('i', t.typalign());
        assertEquals('p', t.typstorage());
        PgType a = BuiltinTypes.VARCHAR_ARRAY;
        assertEquals("_varchar", a.typname());
        assertEquals('A', a.typcategory());
        assertEquals(1043, a.typelem());
        assertEquals("array_in", a.typinput());
        assertEquals("varchartypmodin", a.typmodin());
        assertEquals('d', BuiltinTypes.INT8_ARRAY.typalign());
        assertEquals(18, BuiltinTypes.NAME.typelem());
        assertEquals('p', BuiltinTypes.UNKNOWN.typtype());
        assertEquals(-2, BuiltinTypes.UNKNOWN.typlen());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1042|14|character(10)",
                "1043|14|character varying(10)",
                "1700|655366|numeric(10,2)",
                "1700|655364|numeric(10,0)",
                "1083|3|time(3) without time zone",
                "1114|3|timestamp(3) without time zone",
                "1184|6|timestamp(6) with time zone",
                "1186|2147418115|interval(3)",
                "1015|14|character varying(10)[]",
                "1231|655366|numeric(10,2)[]",
                "1186|2147483647|interval",
                "1186|327679|interval year",
                "1186|469827583|interval hour to second",
                "1186|469762050|interval hour to second(2)",
                "1700|329730|numeric(5,-2)",
                "1043|5|character varying(1)",
                "1042|4|character",
                "1700|3|numeric",
                "1042|-1|bpchar",
                "1014|-1|bpchar[]",
                "23|-1|integer",
                "18|-1|'\"char\"'",
                "1002|-1|'\"char\"[]'",
                "701|-1|double precision",
                "16|-1|boolean"
            })
    void formatType(int oid, int typmod, String expected) {
        assertEquals(expected, reg.byOid(oid).orElseThrow().formatType(typmod));
    }

    @Test
    void formatTypeWithoutTypmod() {
        assertEquals("character", BuiltinTypes.BPCHAR.formatType());
        assertEquals("character[]", BuiltinTypes.BPCHAR_ARRAY.formatType());
    }

    @Test
    void extension() {
        PgType mood = PgType.builder(90001, "mood")
                .namespace("public")
                .typtype('e')
                .typcategory('E')
                .io("enum_in", "enum_out", "enum_recv", "enum_send")
                .typlen(4)
                .codec(StringCodec.TEXT)
                .build();
        TypeRegistry ext = reg.with(mood);
        assertSame(mood, ext.byOid(90001).orElseThrow());
        assertSame(mood, ext.byName("public.mood").orElseThrow());
        assertFalse(reg.byOid(90001).isPresent());
        assertThrows(IllegalArgumentException.class, () -> ext.with(mood));
    }
}
