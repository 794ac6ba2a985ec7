package dev.tusk.types;

import static dev.tusk.types.Codecs.parse;
import static dev.tusk.types.Codecs.pgError;
import static dev.tusk.types.Codecs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The catalog seam: what the reg* codecs ask a {@link CatalogNames}, and the built-in default. */
class CatalogNamesTest {
    /** A catalog with a few objects, recording what it was asked. */
    static final class Fake implements CatalogNames {
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<String> render(RegKind kind, long oid) {
            if (kind == RegKind.CLASS && oid == 1259) {
                return Optional.of("pg_class");
            }
            if (kind == RegKind.ROLE && oid == 10) {
                return Optional.of("\"Admin\"");
            }
            if (kind == RegKind.PROCEDURE && oid == 2108) {
                return Optional.of("sum(integer)");
            }
            return CatalogNames.builtin().render(kind, oid);
        }

        @Override
        public OptionalLong resolve(RegKind kind, ObjectName name) {
            asked.add(kind + " " + name.schema() + " " + name.name() + " " + name.argTypes());
            return switch (kind) {
                case CLASS -> name.name().equals("pg_class") ? OptionalLong.of(1259) : OptionalLong.empty();
                case ROLE -> name.name().equals("Admin") ? OptionalLong.of(10) : OptionalLong.empty();
                case PROC -> {
                    if (name.name().equals("sum")) {
                        throw kind.ambiguous(name.input());
                    }
                    yield OptionalLong.empty();
                }
                case PROCEDURE ->
                    name.name().equals("sum") && name.argTypes().equals(List.of(23L))
                            ? OptionalLong.of(2108)
                            : OptionalLong.empty();
                case OPERATOR -> name.argTypes().equals(List.of(0L, 23L)) ? OptionalLong.of(484) : OptionalLong.empty();
                default -> CatalogNames.builtin().resolve(kind, name);
            };
        }

        @Override
        public Optional<String> databaseName() {
            return Optional.of("db");
        }
    }

    @Test
    void codecsUseTheSessionCatalog() {
        Fake fake = new Fake();
        FormatSettings s = FormatSettings.DEFAULT.withCatalogNames(fake);
        assertEquals("pg_class", text(BuiltinTypes.REGCLASS, 1259L, s));
        assertEquals("1259", text(BuiltinTypes.REGCLASS, 1259L));
        assertEquals("\"Admin\"", text(BuiltinTypes.REGROLE, 10L, s));
        assertEquals("sum(integer)", text(BuiltinTypes.REGPROCEDURE, 2108L, s));
        assertEquals("integer", text(BuiltinTypes.REGTYPE, 23L, s));
        assertEquals(1259L, parse(BuiltinTypes.REGCLASS, "PG_CLASS", s));
        assertEquals(1259L, parse(BuiltinTypes.REGCLASS, "pg_catalog.pg_class", s));
        assertEquals(1259L, parse(BuiltinTypes.REGCLASS, "db.pg_catalog.pg_class", s));
        assertEquals(10L, parse(BuiltinTypes.REGROLE, "\"Admin\"", s));
        assertEquals(2108L, parse(BuiltinTypes.REGPROCEDURE, "sum(integer)", s));
        assertEquals(484L, parse(BuiltinTypes.REGOPERATOR, "-(NONE,int4)", s));
        assertEquals(
                List.of(
                        "CLASS null pg_class []",
                        "NAMESPACE null pg_catalog []",
                        "CLASS pg_catalog pg_class []",
                        "NAMESPACE null pg_catalog []",
                        "CLASS pg_catalog pg_class []",
                        "ROLE null Admin []",
                        "NAMESPACE null pg_catalog []",
                        "TYPE pg_catalog int4 []",
                        "PROCEDURE null sum [23]",
                        "TYPE null int4 []",
                        "OPERATOR null - [0, 23]"),
                fake.asked);
        pgError("42725", "more than one function named \"Sum\"", () -> parse(BuiltinTypes.REGPROC, "Sum", s));
        pgError("3F000", "schema \"nosch\" does not exist", () -> parse(BuiltinTypes.REGCLASS, "nosch.pg_class", s));
        pgError(
                "0A000",
                "cross-database references are not implemented: \"other.pg_catalog.pg_class\"",
                () -> parse(BuiltinTypes.REGCLASS, "other.pg_catalog.pg_class", s));
        // regoperator looks the schema up with missing_ok: no schema error
        pgError(
                "42883",
                "operator does not exist: nosch.-(NONE,int4)",
                () -> parse(BuiltinTypes.REGOPERATOR, "nosch.-(NONE,int4)", s));
    }

    @Test
    void ambiguityOnlyForNamesWithoutArguments() {
        assertEquals(
                "more than one operator named -", RegKind.OPER.ambiguous("-").getMessage());
        assertThrows(IllegalArgumentException.class, () -> RegKind.CLASS.ambiguous("x"));
    }

    @Test
    void builtinKnowsTypesAndFixedSchemasOnly() {
        CatalogNames b = CatalogNames.builtin();
        assertSame(b, FormatSettings.DEFAULT.catalogNames());
        assertEquals(Optional.of("integer[]"), b.render(RegKind.TYPE, 1007));
        assertEquals(Optional.empty(), b.render(RegKind.TYPE, 3614));
        assertEquals(Optional.of("pg_toast"), b.render(RegKind.NAMESPACE, 99));
        assertEquals(Optional.empty(), b.render(RegKind.ROLE, 10));
        assertEquals(Optional.empty(), b.render(RegKind.CLASS, 1259));
        assertEquals(OptionalLong.of(1007), b.resolve(RegKind.TYPE, ObjectName.of(null, "_int4", "_int4")));
        assertEquals(OptionalLong.of(23), b.resolve(RegKind.TYPE, ObjectName.of("pg_catalog", "int4", "x")));
        assertEquals(OptionalLong.empty(), b.resolve(RegKind.TYPE, ObjectName.of("public", "int4", "x")));
        assertEquals(OptionalLong.empty(), b.resolve(RegKind.TYPE, ObjectName.of(null, "integer", "x")));
        assertEquals(OptionalLong.of(2200), b.resolve(RegKind.NAMESPACE, ObjectName.of(null, "public", "x")));
        assertEquals(
                OptionalLong.empty(), b.resolve(RegKind.NAMESPACE, ObjectName.of(null, "information_schema", "x")));
        assertEquals(Optional.empty(), b.databaseName());
        assertEquals(Optional.of(BuiltinTypes.INT4), b.type(23));
        assertEquals(Optional.empty(), b.type(4294967295L));
    }

    @Test
    void formatSettingsKeepTheCatalog() {
        FormatSettings five =
                new FormatSettings(DateStyle.DEFAULT, IntervalStyle.POSTGRES, ZoneOffset.UTC, 1, ByteaOutput.HEX);
        assertEquals(FormatSettings.DEFAULT, five);
        assertEquals(FormatSettings.DEFAULT.hashCode(), five.hashCode());
        assertSame(CatalogNames.builtin(), five.catalogNames());
        Fake fake = new Fake();
        FormatSettings s = FormatSettings.DEFAULT.withCatalogNames(fake);
        assertNotEquals(FormatSettings.DEFAULT, s);
        assertSame(fake, s.withDateStyle(DateStyle.parse("SQL")).catalogNames());
        assertSame(fake, s.withIntervalStyle(IntervalStyle.ISO_8601).catalogNames());
        assertSame(fake, s.withTimeZone(ZoneOffset.ofHours(2)).catalogNames());
        assertSame(fake, s.withExtraFloatDigits(0).catalogNames());
        assertSame(fake, s.withByteaOutput(ByteaOutput.ESCAPE).catalogNames());
        assertEquals(FormatSettings.DEFAULT, s.withCatalogNames(CatalogNames.builtin()));
        assertThrows(NullPointerException.class, () -> FormatSettings.DEFAULT.withCatalogNames(null));
        assertTrue(s.toString().contains("catalogNames"));
    }
}
