package dev.tusk.calcite.plan;

import dev.tusk.calcite.func.CastLowering;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's RexBuilder, except that the casts Calcite adds to unify the types of CASE branches, COALESCE arguments,
 * VALUES rows and set-operation inputs never rescale a number: {@code coalesce(1, 2.5)} is 1 in PostgreSQL (its
 * common type is plain numeric), where Calcite's DECIMAL(11, 1) would make it 1.0.
 */
final class PgRexBuilder extends RexBuilder {
    PgRexBuilder(RelDataTypeFactory types) {
        super(types);
    }

    @Override
    public RexNode makeCast(
            SqlParserPos pos,
            RelDataType type,
            RexNode exp,
            boolean matchNullability,
            boolean safe,
            RexLiteral format) {
        if (type.getSqlTypeName() == SqlTypeName.DECIMAL
                && isNumber(exp.getType().getSqlTypeName())) {
            RelDataType target = matchNullability
                    ? getTypeFactory()
                            .createTypeWithNullability(type, exp.getType().isNullable())
                    : type;
            if (exp instanceof RexLiteral lit
                    && (lit.getValue() == null
                            || lit.getType().getSqlTypeName() == SqlTypeName.DECIMAL
                                    && lit.getType().getScale() == type.getScale())) {
                return super.makeCast(pos, type, exp, matchNullability, safe, format); // nothing to rescale
            }
            return CastLowering.numeric(this, exp, target);
        }
        return super.makeCast(pos, type, exp, matchNullability, safe, format);
    }

    private static boolean isNumber(SqlTypeName t) {
        return switch (t) {
            case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL, REAL, FLOAT, DOUBLE -> true;
            default -> false;
        };
    }
}
