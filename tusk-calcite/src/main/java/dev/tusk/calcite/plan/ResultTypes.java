package dev.tusk.calcite.plan;

import dev.tusk.calcite.parser.PgTypeNameSpec;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.calcite.type.PgTypeResolution;
import dev.tusk.types.BuiltinTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Recovers the PostgreSQL type of result columns whose Calcite type is ambiguous: a cast names the PostgreSQL type
 * exactly ({@code x::bpchar(3)}, {@code x::json}), and a string constant is {@code text} (Calcite calls it CHAR).
 */
final class ResultTypes {
    private ResultTypes() {}

    /** One entry per column: the PostgreSQL type the query spells out for it, or null to derive it from Calcite's. */
    static List<PgTypeRef> writtenTypes(SqlNode validated, int count) {
        List<PgTypeRef> out = new ArrayList<>(Collections.nCopies(count, null));
        SqlNode node = validated;
        if (node.getKind() == SqlKind.ORDER_BY) {
            node = ((SqlCall) node).operand(0);
        }
        if (!(node instanceof SqlSelect select) || select.getSelectList().size() != count) {
            return out;
        }
        for (int i = 0; i < count; i++) {
            out.set(i, written(select.getSelectList().get(i)));
        }
        return out;
    }

    private static PgTypeRef written(SqlNode item) {
        SqlNode e = item;
        while (e.getKind() == SqlKind.AS) {
            e = ((SqlCall) e).operand(0);
        }
        if (e.getKind() == SqlKind.CAST
                && e instanceof SqlBasicCall cast
                && cast.operand(1) instanceof SqlDataTypeSpec spec
                && spec.getTypeNameSpec() instanceof PgTypeNameSpec pg) {
            return PgTypeResolution.resolve(pg);
        }
        if (e instanceof SqlLiteral lit && lit.getTypeName() == SqlTypeName.CHAR) {
            return PgTypeRef.of(BuiltinTypes.TEXT);
        }
        if (e.getKind() == SqlKind.OTHER_FUNCTION || e.getKind() == SqlKind.OTHER) {
            return null;
        }
        return null;
    }
}
