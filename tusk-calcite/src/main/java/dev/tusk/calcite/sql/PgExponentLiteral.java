package dev.tusk.calcite.sql;

import java.math.BigDecimal;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A numeric constant written with an exponent ({@code 1e-10}, {@code 1.5e3}): numeric in PostgreSQL, even when its
 * value is a whole number (Calcite would read it as double precision, or as an integer once exact).
 */
final class PgExponentLiteral extends SqlNumericLiteral {
    PgExponentLiteral(BigDecimal value, SqlParserPos pos) {
        super(value, Math.max(value.precision(), value.scale()), value.scale(), true, pos);
    }

    /** The literal for {@code value} with a non-negative scale, as numeric holds it. */
    static PgExponentLiteral of(BigDecimal value, SqlParserPos pos) {
        return new PgExponentLiteral(value.scale() < 0 ? value.setScale(0) : value, pos);
    }

    @Override
    public RelDataType createSqlType(RelDataTypeFactory typeFactory) {
        return typeFactory.createSqlType(SqlTypeName.DECIMAL, Math.max(getPrec(), 1), getScale());
    }

    @Override
    public SqlNumericLiteral clone(SqlParserPos pos) {
        return new PgExponentLiteral(getValueNonNull(), pos);
    }

    private BigDecimal getValueNonNull() {
        return getValueAs(BigDecimal.class);
    }
}
