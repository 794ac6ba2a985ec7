package dev.tusk.types.sqlname;

import static dev.tusk.types.Codecs.pgError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tusk.types.sqlname.TypeNameSpec.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name syntax helpers; expected values checked against PostgreSQL 15 ({@code quote_ident}, casts). */
class SqlNameTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "int4|int4",
                "Int4|'\"Int4\"'",
                "select|'\"select\"'",
                "char|'\"char\"'",
                "left|'\"left\"'",
                "year|year",
                "_x1$|'\"_x1$\"'",
                "1a|'\"1a\"'",
                "a\"b|'\"a\"\"b\"'",
                "''|'\"\"'",
                "é|'\"é\"'"
            })
    void quoteIdentifier(String in, String out) {
        assertEquals(out, Identifiers.quote(in));
    }

    @Test
    void identifiers() {
        assertEquals("pg_catalog.\"Foo\"", Identifiers.quoteQualified("pg_catalog", "Foo"));
        assertEquals("foo", Identifiers.quoteQualified(null, "foo"));
        assertEquals("abcÄ", Identifiers.downcase("ABCÄ"));
        assertEquals("i", Identifiers.downcase("I"));
        assertEquals(63, Identifiers.truncate("x".repeat(70)).length());
        assertEquals(31, Identifiers.truncate("é".repeat(40)).length());
        assertEquals(15, Identifiers.truncate("😀".repeat(20)).codePointCount(0, 30));
        assertNull(SqlKeywords.category("int4"));
        assertEquals(SqlKeywords.Category.COL_NAME, SqlKeywords.category("INTEGER"));
        assertEquals(SqlKeywords.Category.RESERVED, SqlKeywords.category("Select"));
        assertEquals(SqlKeywords.Category.TYPE_FUNC_NAME, SqlKeywords.category("left"));
        assertEquals(SqlKeywords.Category.UNRESERVED, SqlKeywords.category("zone"));
        assertNull(SqlKeywords.category("\u212Aey")); // KELVIN SIGN is no "k"
    }

    @Test
    void nameLists() {
        assertEquals(List.of("a", "B c", "d"), NameList.parse(" A . \"B c\".d "));
        assertEquals(List.of("a\"b", ""), NameList.parse("\"a\"\"b\".\"\""));
        assertEquals(List.of("a\"b"), NameList.parse("a\"b"));
        assertEquals(List.of("\u000bx"), NameList.parse("\u000bx"));
        assertEquals("a.b", NameList.join(List.of("a", "b")));
        for (String bad : List.of("", "  ", "a.", ".a", "a..b", "a b", "\"a", "\"a\"b")) {
            pgError("42602", "invalid name syntax", () -> NameList.parse(bad));
        }
    }

    private static TypeNameSpec spec(List<String> names, boolean array, String... mods) {
        List<Modifier> m = new ArrayList<>();
        for (String s : mods) {
            m.add(s == null ? Modifier.COMPLEX : new Modifier(s));
        }
        return new TypeNameSpec(names, m, array);
    }

    @Test
    void typeNames() {
        assertEquals(spec(List.of("int4"), false), TypeNameParser.parse("INT4"));
        assertEquals(spec(List.of("pg_catalog", "int4"), true), TypeNameParser.parse("integer array[3]"));
        assertEquals(spec(List.of("pg_catalog", "bpchar"), false, "1"), TypeNameParser.parse("char"));
        assertEquals(spec(List.of("pg_catalog", "varchar"), true, "10"), TypeNameParser.parse("varchar(10)[]"));
        assertEquals(spec(List.of("pg_catalog", "float8"), false), TypeNameParser.parse("double precision"));
        assertEquals(spec(List.of("double"), false), TypeNameParser.parse("double"));
        assertEquals(
                spec(List.of("pg_catalog", "interval"), false, "7168", "3"),
                TypeNameParser.parse("interval hour to second(3)"));
        assertEquals(
                spec(List.of("pg_catalog", "timestamptz"), false, "3"),
                TypeNameParser.parse("timestamp(3) with time zone"));
        assertEquals(
                spec(List.of("s", "T"), false, "-5", "x", "7", "1.5", "-1.5", null, null),
                TypeNameParser.parse("s.\"T\"(-5, X, '7', 1.5, -(1.5), 1+1, -'7')"));
        assertEquals("s.T[]", spec(List.of("s", "T"), true).display());
        pgError("42601", "syntax error at or near \"x\"", () -> TypeNameParser.parse("float(x)"));
        pgError("22023", "precision for type float must be less than 54 bits", () -> TypeNameParser.parse("float(54)"));
        pgError("42601", "invalid type name \" \"", () -> TypeNameParser.parse(" "));
        pgError(
                "42601",
                "trailing junk after numeric literal at or near \"10abc\"",
                () -> TypeNameParser.parse("varchar(10abc) x"));
        pgError("42601", "unterminated quoted identifier at or near \"\"ab\"", () -> TypeNameParser.parse("int4 \"ab"));
        pgError("42601", "zero-length delimited identifier at or near \"\"\"\"", () -> TypeNameParser.parse("\"\""));
        pgError("42601", "unterminated /* comment at or near \"/* x\"", () -> TypeNameParser.parse("int4 /* x"));
        pgError("42601", "syntax error at or near \"<->\"", () -> TypeNameParser.parse("int4 <->"));
        pgError("42601", "syntax error at or near \"+\"", () -> TypeNameParser.parse("int4 +-"));
        // a grammar error stops the scan before a later scanner error
        pgError("42601", "syntax error at or near \"int4\"", () -> TypeNameParser.parse("int4 int4 \"x"));
    }

    @Test
    void signatures() {
        List<String> seen = new ArrayList<>();
        Signature s = Signature.parse(" pg_catalog.F ( int4 , \"a,b\" , numeric(1,2) ) ", false, t -> {
            seen.add(t);
            return seen.size();
        });
        assertEquals(List.of("pg_catalog", "f"), s.names());
        assertEquals(List.of(1L, 2L, 3L), s.argTypes());
        assertEquals(List.of("int4", "\"a,b\"", "numeric(1,2)"), seen);
        assertEquals(
                List.of(0L, 0L), Signature.parse("+(NONE,none)", true, t -> 99).argTypes());
        assertEquals(List.of(), Signature.parse("f()", false, t -> 99).argTypes());
        pgError("22P02", "expected a left parenthesis", () -> Signature.parse("f", false, t -> 1));
        pgError("22P02", "expected a right parenthesis", () -> Signature.parse("f(int4)x", false, t -> 1));
        pgError("22P02", "expected a type name", () -> Signature.parse("f(int4,)", false, t -> 1));
        pgError("22P02", "improper type name", () -> Signature.parse("f(int4[3)", false, t -> 1));
        pgError("42602", "invalid name syntax", () -> Signature.parse("(int4)", false, t -> 1));
        String many = "f(" + "int4,".repeat(Signature.MAX_ARGS) + "int4)";
        pgError("54023", "too many arguments", () -> Signature.parse(many, false, t -> 1));
    }
}
