package dev.tusk.calcite.datetime;

import dev.tusk.calcite.parser.PgTypeNameSpec;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlDateLiteral;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlTimeLiteral;
import org.apache.calcite.sql.SqlTimestampLiteral;
import org.apache.calcite.sql.SqlUnknownLiteral;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * The first of Tusk's datetime steps, on the parse tree before validation: typed literals ({@code TIMESTAMP
 * '...'}, {@code DATE '...'}, interval literals) become casts of their text, so PostgreSQL's input functions
 * read them; CURRENT_TIMESTAMP, LOCALTIMESTAMP, CURRENT_DATE and LOCALTIME become Tusk's clock functions; EXTRACT
 * becomes Tusk's; arithmetic operators get stand-ins that pick Tusk's datetime operators once types are known;
 * make_interval's named arguments become positions.
 */
public final class DatetimeRewriter extends SqlShuttle {
    private static final Map<String, String> LITERAL_TYPES = Map.of(
            "DATE", "date",
            "TIME", "time",
            "TIMESTAMP", "timestamp",
            "TIMESTAMP WITH TIME ZONE", "timestamptz",
            "TIMESTAMP WITH LOCAL TIME ZONE", "timestamptz",
            "TIME WITH TIME ZONE", "timetz",
            "TIME WITH LOCAL TIME ZONE", "timetz",
            "UUID", "uuid",
            "DATETIME", "timestamp");
    private static final List<String> MAKE_INTERVAL_ARGS =
            List.of("years", "months", "weeks", "days", "hours", "mins", "secs");

    private DatetimeRewriter() {}

    /** Rewrites a parse tree. */
    public static SqlNode rewrite(SqlNode node) {
        SqlNode out = node.accept(new DatetimeRewriter());
        return out == null ? node : out;
    }

    @Override
    public SqlNode visit(SqlLiteral literal) {
        SqlParserPos pos = literal.getParserPosition();
        if (literal instanceof SqlUnknownLiteral u) {
            String type = LITERAL_TYPES.get(u.tag);
            if (type == null) {
                return literal;
            }
            return cast(SqlLiteral.createCharString(u.getValue(), pos), type, null, pos);
        }
        if (literal instanceof SqlTimestampLiteral
                || literal instanceof SqlDateLiteral
                || literal instanceof SqlTimeLiteral) {
            String type = literal instanceof SqlTimestampLiteral
                    ? "timestamp"
                    : literal instanceof SqlDateLiteral ? "date" : "time";
            return cast(
                    SqlLiteral.createCharString(
                            ((org.apache.calcite.sql.SqlAbstractDateTimeLiteral) literal).toFormattedString(), pos),
                    type,
                    null,
                    pos);
        }
        if (literal instanceof SqlIntervalLiteral i) {
            SqlIntervalLiteral.IntervalValue v = i.getValueAs(SqlIntervalLiteral.IntervalValue.class);
            SqlNode cast = cast(
                    SqlLiteral.createCharString(v.getIntervalLiteral(), pos),
                    "interval",
                    v.getIntervalQualifier(),
                    pos);
            return v.getSign() < 0
                    ? ArithmeticDispatch.standIn(SqlStdOperatorTable.UNARY_MINUS)
                            .createCall(pos, cast)
                    : cast;
        }
        return literal;
    }

    /** {@code CAST(text AS type)} with the type spelled as PostgreSQL's. */
    public static SqlNode cast(
            SqlNode text, String type, org.apache.calcite.sql.SqlIntervalQualifier fields, SqlParserPos pos) {
        PgTypeNameSpec spec = new PgTypeNameSpec(List.of(type), false, List.of(), null, fields, 0, pos);
        return DatetimeCast.INSTANCE.createCall(pos, text, new SqlDataTypeSpec(spec, pos));
    }

    @Override
    public SqlNode visit(SqlIdentifier id) {
        if (id.names.size() != 1 || id.isComponentQuoted(0)) {
            return id;
        }
        SqlParserPos pos = id.getParserPosition();
        return switch (id.names.get(0).toLowerCase(Locale.ROOT)) {
            case "current_timestamp" -> DatetimeOperators.CURRENT_TIMESTAMP.createCall(pos);
            case "localtimestamp" -> DatetimeOperators.LOCALTIMESTAMP.createCall(pos);
            case "current_date" -> DatetimeOperators.CURRENT_DATE.createCall(pos);
            case "localtime" -> DatetimeOperators.LOCALTIME.createCall(pos);
            case "current_time" -> throw currentTime();
            default -> id;
        };
    }

    private static PgException currentTime() {
        return new PgException(
                SqlState.FEATURE_NOT_SUPPORTED,
                "CURRENT_TIME (time with time zone) is not supported yet; LOCALTIME gives time without time zone");
    }

    @Override
    public SqlNode visit(SqlCall call) {
        SqlNode visited = super.visit(call);
        if (!(visited instanceof SqlBasicCall c)) {
            return visited;
        }
        SqlOperator op = c.getOperator();
        SqlParserPos pos = c.getParserPosition();
        if (c.getKind() == SqlKind.EXTRACT) {
            String unit = c.operand(0).toString();
            if (c.operand(0) instanceof SqlLiteral lit
                    && lit.getValue() instanceof org.apache.calcite.util.NlsString s) {
                unit = s.getValue();
            } else if (c.operand(0) instanceof SqlIdentifier id) {
                unit = id.getSimple();
            } else if (c.operand(0) instanceof org.apache.calcite.sql.SqlIntervalQualifier q) {
                unit = q.timeFrameName != null ? q.timeFrameName : q.timeUnitRange.name();
            }
            return DatetimeOperators.EXTRACT.createCall(
                    pos, SqlLiteral.createCharString(unit.toLowerCase(Locale.ROOT), pos), c.operand(1));
        }
        if (op == SqlStdOperatorTable.CAST) {
            c.setOperator(DatetimeCast.INSTANCE);
            return c;
        }
        SqlOperator standIn = ArithmeticDispatch.standIn(op);
        if (standIn != null) {
            c.setOperator(standIn);
            return c;
        }
        if (op.getName().equalsIgnoreCase("make_interval") && !(op instanceof DatetimeOperator)) {
            c = (SqlBasicCall) makeInterval(c);
            op = c.getOperator();
        }
        if (op instanceof SqlFunction && !(op instanceof DatetimeOperator)) {
            // Calcite's parser binds some names itself (DATE_TRUNC): PostgreSQL's function is Tusk's
            DatetimeOperator own = DatetimeOperators.function(op.getName());
            if (own != null) {
                c.setOperator(own);
                return c;
            }
        }
        if (op.getKind() == SqlKind.OTHER_FUNCTION) {
            String name = op.getName().toLowerCase(Locale.ROOT);
            if (name.equals("current_time")) {
                throw currentTime();
            }
        }
        return c;
    }

    /** make_interval(years, months, weeks, days, hours, mins, secs), every argument given, by position. */
    private static SqlNode makeInterval(SqlBasicCall c) {
        SqlNode[] args = new SqlNode[MAKE_INTERVAL_ARGS.size()];
        SqlParserPos pos = c.getParserPosition();
        int position = 0;
        for (SqlNode operand : c.getOperandList()) {
            if (operand.getKind() == SqlKind.ARGUMENT_ASSIGNMENT) {
                SqlCall assign = (SqlCall) operand;
                String name = ((SqlIdentifier) assign.operand(1)).getSimple().toLowerCase(Locale.ROOT);
                int i = MAKE_INTERVAL_ARGS.indexOf(name);
                if (i < 0) {
                    throw new PgException(
                            SqlState.UNDEFINED_FUNCTION, "function make_interval(" + name + " => ...) does not exist");
                }
                args[i] = assign.operand(0);
            } else {
                if (position >= args.length) {
                    return c;
                }
                args[position++] = operand;
            }
        }
        List<SqlNode> operands = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            operands.add(
                    args[i] != null
                            ? args[i]
                            : i == args.length - 1
                                    ? SqlLiteral.createExactNumeric("0.0", pos)
                                    : SqlLiteral.createExactNumeric("0", pos));
        }
        return new SqlBasicCall(c.getOperator(), operands, pos);
    }
}
