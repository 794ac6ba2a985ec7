package dev.tusk.calcite.func;

import dev.tusk.calcite.type.CalciteTypes;
import dev.tusk.calcite.type.CalciteValues;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.types.ByteArraySink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgType;
import dev.tusk.types.TypeRegistry;
import java.nio.charset.StandardCharsets;
import org.apache.calcite.rel.type.RelDataTypeFactory;

/**
 * An argument passed to a parameter of PostgreSQL's {@code "any"} type: the value as Calcite carries it and the
 * PostgreSQL type it has.
 *
 * @param value the value in Calcite's runtime representation, or null
 * @param type its PostgreSQL type ({@code unknown} for an untyped literal)
 */
public record AnyValue(Object value, PgType type) {
    private static final RelDataTypeFactory TYPES = new dev.tusk.calcite.type.PgJavaTypeFactory();

    /** The value with the type of this OID; generated code calls this. */
    public static AnyValue of(Object value, int oid) {
        return new AnyValue(value, TypeRegistry.builtins().byOid(oid).orElseThrow());
    }

    /** Whether it is NULL. */
    public boolean isNull() {
        return value == null;
    }

    /** The value as tusk-types represents it (LocalDate for a date, byte[] for bytea, ...). */
    public Object pgValue() {
        return value == null ? null : CalciteValues.toPg(value, CalciteTypes.toRelDataType(PgTypeRef.of(type), TYPES));
    }

    /** Its text form as PostgreSQL's output function writes it with the session's settings; null for NULL. */
    public String text() {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        ByteArraySink sink = new ByteArraySink();
        type.encodeText(pgValue(), settings(), sink);
        return new String(sink.buffer(), 0, sink.size(), StandardCharsets.UTF_8);
    }

    /**
     * Its value cast to text, as {@code x::text} gives it: the output function's text except that bool is {@code
     * true}/{@code false} and bpchar loses its trailing spaces; null for NULL.
     */
    public String castText() {
        if (value == null) {
            return null;
        }
        return switch (type.typname()) {
            case "bool" -> (Boolean) value ? "true" : "false";
            case "bpchar" -> Text.stripTrailingSpaces(text());
            default -> text();
        };
    }

    private static FormatSettings settings() {
        QueryContext c = QueryContext.currentOrNull();
        return c == null ? FormatSettings.DEFAULT : c.session().formatSettings();
    }
}
