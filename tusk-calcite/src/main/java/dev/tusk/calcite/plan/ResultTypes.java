package dev.tusk.calcite.plan;

import dev.tusk.calcite.func.PgBoundAggregate;
import dev.tusk.calcite.func.PgBoundFunction;
import dev.tusk.calcite.parser.PgTypeNameSpec;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.calcite.type.PgTypeResolution;
import dev.tusk.types.BuiltinTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
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
 * exactly ({@code x::bpchar(3)}, {@code x::json}), a string constant is {@code text} (Calcite calls it CHAR), a
 * PostgreSQL function returns its declared type ({@code json}, {@code regtype}), and any other computed string is
 * {@code text} (Calcite types {@code substr('abc', 2)} VARCHAR(3)).
 */
final class ResultTypes {
    private ResultTypes() {}

    /** One entry per column: the PostgreSQL type the query spells out for it, or null to derive it from Calcite's. */
    static List<PgTypeRef> writtenTypes(SqlNode validated, RelDataType rowType) {
        int count = rowType.getFieldCount();
        List<PgTypeRef> out = new ArrayList<>(Collections.nCopies(count, null));
        SqlNode node = validated;
        if (node.getKind() == SqlKind.ORDER_BY) {
            node = ((SqlCall) node).operand(0);
        }
        if (!(node instanceof SqlSelect select) || select.getSelectList().size() != count) {
            return out;
        }
        for (int i = 0; i < count; i++) {
            out.set(
                    i,
                    written(
                            select.getSelectList().get(i),
                            rowType.getFieldList().get(i).getType()));
        }
        return out;
    }

    private static PgTypeRef written(SqlNode item, RelDataType type) {
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
        if (e instanceof SqlCall call && call.getOperator() instanceof PgBoundFunction f) {
            return PgTypeRef.of(f.resolution().result());
        }
        if (e instanceof SqlCall call && call.getOperator() instanceof PgBoundAggregate f) {
            return PgTypeRef.of(f.resolution().result());
        }
        SqlTypeName t = type.getSqlTypeName();
        if (e instanceof SqlCall && (t == SqlTypeName.CHAR || t == SqlTypeName.VARCHAR)) {
            return PgTypeRef.of(BuiltinTypes.TEXT);
        }
        return null;
    }
}
