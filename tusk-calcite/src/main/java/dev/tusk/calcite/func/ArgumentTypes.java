package dev.tusk.calcite.func;

import dev.tusk.calcite.parser.PgTypeNameSpec;
import dev.tusk.calcite.type.PgTypeResolution;
import dev.tusk.calcite.type.PgTypes;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import dev.tusk.types.TypeRegistry;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The PostgreSQL type of a validated expression, as function resolution sees it: an untyped string literal or NULL
 * is {@code unknown}, a cast has the type it names, a Tusk function call has its resolved result type, and other
 * expressions map from their Calcite type (string results are {@code text}, as PostgreSQL's string functions and
 * operators return text).
 */
public final class ArgumentTypes {
    private ArgumentTypes() {}

    /** The PostgreSQL type of {@code node}, whose Calcite type is {@code type}. */
    public static PgType of(SqlNode node, RelDataType type) {
        if (node instanceof SqlLiteral lit) {
            SqlTypeName t = lit.getTypeName();
            if (t == SqlTypeName.CHAR || t == SqlTypeName.NULL || t == SqlTypeName.UNKNOWN) {
                return BuiltinTypes.UNKNOWN;
            }
        }
        if (node instanceof SqlDynamicParam && (type == null || type.getSqlTypeName() == SqlTypeName.UNKNOWN)) {
            return BuiltinTypes.UNKNOWN;
        }
        if (node instanceof SqlCall call) {
            if (call.getKind() == SqlKind.CAST
                    && call.operandCount() == 2
                    && call.operand(1) instanceof SqlDataTypeSpec spec
                    && spec.getTypeNameSpec() instanceof PgTypeNameSpec pg) {
                try {
                    return PgTypeResolution.resolve(pg).type();
                } catch (RuntimeException e) {
                    // fall through to the Calcite type
                }
            }
            if (call.getOperator() instanceof PgBoundFunction f) {
                return f.resolution().result();
            }
        }
        if (type == null) {
            return BuiltinTypes.UNKNOWN;
        }
        if (type instanceof dev.tusk.calcite.type.PgSqlType p) {
            return p.pgType(); // a json, jsonb, inet ... column or expression keeps its type
        }
        SqlTypeName t = type.getSqlTypeName();
        if (t == SqlTypeName.NULL) {
            return BuiltinTypes.UNKNOWN;
        }
        if (t == SqlTypeName.CHAR) {
            // Calcite types string literals CHAR(n), and so VALUES columns and upper('abc'): PostgreSQL's text.
            // (A char(n) column cannot be told apart here; a cast to char(n) is recognised above.)
            return BuiltinTypes.TEXT;
        }
        if (t == SqlTypeName.VARCHAR) {
            return node instanceof SqlIdentifier && type.getPrecision() > 0 ? BuiltinTypes.VARCHAR : BuiltinTypes.TEXT;
        }
        if (t == SqlTypeName.ARRAY && type.getComponentType() != null) {
            PgType element = of(new SqlIdentifier("", SqlParserPos.ZERO), type.getComponentType());
            if (element.oid() == BuiltinTypes.UNKNOWN.oid() || element.oid() == BuiltinTypes.BPCHAR.oid()) {
                element = BuiltinTypes.TEXT;
            }
            return TypeRegistry.builtins().arrayOf(element).orElse(BuiltinTypes.TEXT_ARRAY);
        }
        return PgTypes.fromRelDataType(type).type();
    }

    /** {@code CAST(node AS type)} spelled with PostgreSQL's type name, so it converts as PostgreSQL's casts do. */
    public static SqlNode castTo(SqlNode node, PgType type) {
        SqlParserPos pos = node.getParserPosition();
        if (type.oid() == BuiltinTypes.NUMERIC.oid()) {
            // unconstrained numeric keeps the value's scale (a Calcite CAST would rescale it to the type's)
            return NumericCast.OPERATOR.createCall(pos, node);
        }
        PgType base = type.isArray() ? type.elementType() : type;
        PgTypeNameSpec spec =
                new PgTypeNameSpec(List.of(base.typname()), false, List.of(), null, null, type.isArray() ? 1 : 0, pos);
        SqlBasicCall cast =
                (SqlBasicCall) SqlStdOperatorTable.CAST.createCall(pos, node, new SqlDataTypeSpec(spec, pos));
        return cast;
    }
}
