package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.PgType;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlBinaryOperator;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlNameMatchers;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * A PostgreSQL binary operator as the parser reads it ({@code ^}, {@code ||}, {@code ->} ...): validating the call
 * resolves it among Tusk's overloads of that symbol by PostgreSQL's rules and binds it to the chosen one.
 */
public final class PgOperatorSymbol extends SqlBinaryOperator {
    /** PostgreSQL's precedence of the operators it has no special rule for: below + and -, above comparisons. */
    private static final int OTHER_PRECEDENCE = 36;
    /** {@code ^} binds tighter than * and /. */
    private static final int POWER_PRECEDENCE = 70;

    private final SqlOperator fallback;

    private PgOperatorSymbol(String symbol, int precedence, SqlOperator fallback) {
        super(symbol, SqlKind.OTHER, precedence, true, null, null, null);
        this.fallback = fallback;
    }

    /** The operator for {@code symbol}. */
    public static PgOperatorSymbol of(String symbol) {
        return new PgOperatorSymbol(symbol, symbol.equals("^") ? POWER_PRECEDENCE : OTHER_PRECEDENCE, null);
    }

    /**
     * The operator for {@code symbol} that Calcite's {@code fallback} implements for operand types Tusk has no
     * overload for ({@code +} of dates and intervals).
     */
    public static PgOperatorSymbol withFallback(String symbol, SqlOperator fallback) {
        return new PgOperatorSymbol(symbol, fallback.getLeftPrec(), fallback);
    }

    @Override
    public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope, SqlCall call) {
        List<PgType> argTypes = new ArrayList<>();
        for (SqlNode operand : call.getOperandList()) {
            argTypes.add(ArgumentTypes.of(operand, validator.deriveType(scope, operand)));
        }
        List<SqlOperator> found = new ArrayList<>();
        validator
                .getOperatorTable()
                .lookupOperatorOverloads(
                        new SqlIdentifier(getName(), SqlParserPos.ZERO),
                        null,
                        SqlSyntax.FUNCTION,
                        found,
                        SqlNameMatchers.withCaseSensitive(true));
        PgFunctionOperator overloads = null;
        for (SqlOperator op : found) {
            if (op instanceof PgFunctionOperator f) {
                overloads = f;
            }
        }
        if (overloads == null) {
            return fallback(validator, scope, call, OverloadResolver.operatorNotFound(getName(), argTypes));
        }
        try {
            PgBoundFunction bound = PgFunctionOperator.bind(
                    new SqlCallBinding(validator, scope, call), getName(), overloads.overloads(), true);
            return PgBoundFunction.resultType(bound.resolution(), validator.getTypeFactory());
        } catch (PgException e) {
            if (!e.sqlState().equals(SqlState.UNDEFINED_FUNCTION.code())) {
                throw e;
            }
            return fallback(validator, scope, call, e);
        }
    }

    private RelDataType fallback(SqlValidator validator, SqlValidatorScope scope, SqlCall call, PgException e) {
        if (fallback == null) {
            throw e;
        }
        ((SqlBasicCall) call).setOperator(fallback);
        return fallback.deriveType(validator, scope, call);
    }
}
