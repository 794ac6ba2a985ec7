package dev.tusk.calcite.datetime;

import dev.tusk.calcite.func.CastLowering;
import dev.tusk.calcite.parser.PgTypeNameSpec;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.calcite.type.PgTypeResolution;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql2rel.SqlRexContext;
import org.apache.calcite.sql2rel.SqlRexConvertlet;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;
import org.apache.calcite.sql2rel.StandardConvertletTable;

/**
 * Calcite's convertlet table with Tusk's conversion of casts that involve a datetime or interval type: the cast
 * becomes Tusk's cast function before Calcite can fold a string literal into a millisecond literal.
 */
public final class DatetimeConvertlets implements SqlRexConvertletTable {
    /** The shared instance. */
    public static final DatetimeConvertlets INSTANCE = new DatetimeConvertlets();

    private DatetimeConvertlets() {}

    @Override
    public SqlRexConvertlet get(SqlCall call) {
        if (call.getKind() == SqlKind.CAST) {
            return DatetimeConvertlets::convertCast;
        }
        return StandardConvertletTable.INSTANCE.get(call);
    }

    private static RexNode convertCast(SqlRexContext cx, SqlCall call) {
        try {
            return convertCastChecked(cx, call);
        } catch (dev.tusk.server.api.PgException e) {
            if (!e.sqlState().equals("42846") || call.operandCount() < 2) {
                throw e;
            }
            // PostgreSQL points at the cast: CalciteErrors moves from the type name back to its "::"
            org.apache.calcite.sql.parser.SqlParserPos pos = call.operand(1).getParserPosition();
            throw new org.apache.calcite.runtime.CalciteContextException(
                    e.getMessage(),
                    e,
                    pos.getLineNum(),
                    pos.getColumnNum(),
                    pos.getEndLineNum(),
                    pos.getEndColumnNum());
        }
    }

    private static RexNode convertCastChecked(SqlRexContext cx, SqlCall call) {
        // casts Calcite's own type coercion added (inside ARRAY[...] in a FROM-clause function's arguments) may
        // have no validated type: then the written type and the converted operand's type say what it is
        RelDataType target = cx.getValidator().getValidatedNodeTypeIfKnown(call);
        if (target == null && call.operand(1) instanceof SqlDataTypeSpec spec) {
            target = spec.deriveType(cx.getValidator());
        }
        SqlNode operand = call.operand(0);
        RelDataType source = cx.getValidator().getValidatedNodeTypeIfKnown(operand);
        if (source == null) {
            source = cx.convertExpression(operand).getType();
        }
        if (target != null
                && !(operand instanceof org.apache.calcite.sql.SqlDynamicParam)
                && !ArgKind.of(source).isDatetime()
                && !ArgKind.of(target).isDatetime()) {
            PgTypeRef written = call.operandCount() > 1
                            && call.operand(1) instanceof SqlDataTypeSpec spec
                            && spec.getTypeNameSpec() instanceof PgTypeNameSpec pg
                    ? PgTypeResolution.resolve(pg)
                    : null;
            RexNode lowered =
                    CastLowering.convert(cx.getRexBuilder(), cx.convertExpression(operand), operand, target, written);
            if (lowered != null) {
                return lowered;
            }
        }
        if (target == null
                || (!ArgKind.of(source).isDatetime() && !ArgKind.of(target).isDatetime())) {
            SqlRexConvertlet standard = StandardConvertletTable.INSTANCE.get(call);
            return standard.convertCall(cx, call);
        }
        if (operand instanceof SqlLiteral lit && lit.getTypeName() == SqlTypeName.NULL) {
            return cx.getRexBuilder().makeNullLiteral(target);
        }
        RexNode value = cx.convertExpression(operand);
        int typmod = -1;
        if (call.operandCount() > 1
                && call.operand(1) instanceof SqlDataTypeSpec spec
                && spec.getTypeNameSpec() instanceof PgTypeNameSpec pg) {
            typmod = PgTypeResolution.resolve(pg).typmod();
        } else {
            typmod = DatetimeLowering.typmodOf(target);
        }
        return DatetimeLowering.cast(cx.getRexBuilder(), value, target, typmod);
    }
}
