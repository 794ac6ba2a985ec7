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
        List<PgTypeRef> branch = branchTypes(node, rowType);
        if (branch == null) {
            return out;
        }
        for (int i = 0; i < count; i++) {
            PgTypeRef t = branch.get(i);
            out.set(i, t != null && t.type().oid() == BuiltinTypes.UNKNOWN.oid() ? PgTypeRef.of(BuiltinTypes.TEXT) : t);
        }
        return out;
    }

    /**
     * The written types of a query's columns, string constants as {@code unknown}; for UNION, INTERSECT and EXCEPT
     * the type all inputs agree on (with its typmod when they agree on that too), as PostgreSQL's set operations
     * resolve it; null entries (or a null list) where Calcite's type decides.
     */
    private static List<PgTypeRef> branchTypes(SqlNode node, RelDataType rowType) {
        int count = rowType.getFieldCount();
        if (node.getKind() == SqlKind.ORDER_BY) {
            node = ((SqlCall) node).operand(0);
        }
        if (node instanceof SqlSelect select) {
            if (select.getSelectList().size() != count) {
                return null;
            }
            List<PgTypeRef> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                SqlNode item = select.getSelectList().get(i);
                SqlNode e = item;
                while (e.getKind() == SqlKind.AS) {
                    e = ((SqlCall) e).operand(0);
                }
                out.add(
                        isStringConstant(e)
                                ? PgTypeRef.of(BuiltinTypes.UNKNOWN)
                                : written(item, rowType.getFieldList().get(i).getType()));
            }
            return out;
        }
        if (node.getKind() != SqlKind.UNION
                && node.getKind() != SqlKind.INTERSECT
                && node.getKind() != SqlKind.EXCEPT) {
            return null;
        }
        List<PgTypeRef> left = branchTypes(((SqlCall) node).operand(0), rowType);
        List<PgTypeRef> right = branchTypes(((SqlCall) node).operand(1), rowType);
        if (left == null || right == null) {
            return null;
        }
        List<PgTypeRef> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(combine(left.get(i), right.get(i)));
        }
        return out;
    }

    /** A string constant, also when Calcite's set-operation coercion cast it to its own string type. */
    private static boolean isStringConstant(SqlNode e) {
        if (e.getKind() == SqlKind.CAST
                && e instanceof SqlBasicCall cast
                && !(cast.operand(1) instanceof SqlDataTypeSpec spec
                        && spec.getTypeNameSpec() instanceof PgTypeNameSpec)) {
            e = cast.operand(0);
        }
        return e instanceof SqlLiteral lit && lit.getTypeName() == SqlTypeName.CHAR;
    }

    private static PgTypeRef combine(PgTypeRef a, PgTypeRef b) {
        if (a == null || b == null) {
            return null;
        }
        if (a.type().oid() == BuiltinTypes.UNKNOWN.oid()) {
            return b;
        }
        if (b.type().oid() == BuiltinTypes.UNKNOWN.oid()) {
            return a;
        }
        if (a.type().oid() != b.type().oid()) {
            return null;
        }
        return a.typmod() == b.typmod() ? a : PgTypeRef.of(a.type());
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
        if (type instanceof dev.tusk.calcite.type.PgSqlType p) {
            return PgTypeRef.of(p.pgType()); // coalesce(j, ...), CASE ... over json, jsonb, inet ... values
        }
        SqlTypeName t = type.getSqlTypeName();
        if (e instanceof SqlCall && (t == SqlTypeName.CHAR || t == SqlTypeName.VARCHAR)) {
            return PgTypeRef.of(BuiltinTypes.TEXT);
        }
        return null;
    }
}
