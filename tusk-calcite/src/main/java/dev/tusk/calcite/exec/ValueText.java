package dev.tusk.calcite.exec;

import dev.tusk.calcite.type.CalciteTypes;
import dev.tusk.calcite.type.CalciteValues;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.types.ByteArraySink;
import dev.tusk.types.FormatSettings;
import java.nio.charset.StandardCharsets;
import org.apache.calcite.rel.type.RelDataTypeFactory;

/** Renders stored values as PostgreSQL's text output, for error DETAILs ("Failing row contains (1, null)."). */
final class ValueText {
    private ValueText() {}

    static String render(Object calciteValue, PgTypeRef type, RelDataTypeFactory types, FormatSettings settings) {
        if (calciteValue == null) {
            return "null";
        }
        Object pg = CalciteValues.toPg(calciteValue, CalciteTypes.toRelDataType(type, types));
        ByteArraySink sink = new ByteArraySink(32);
        type.type().encodeText(pg, settings, sink);
        return new String(sink.buffer(), 0, sink.size(), StandardCharsets.UTF_8);
    }
}
