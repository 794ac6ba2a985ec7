package dev.tusk.calcite.datetime;

import static dev.tusk.calcite.datetime.ArgKind.BOOL;
import static dev.tusk.calcite.datetime.ArgKind.DATE;
import static dev.tusk.calcite.datetime.ArgKind.FLOAT8;
import static dev.tusk.calcite.datetime.ArgKind.INT4;
import static dev.tusk.calcite.datetime.ArgKind.INT8;
import static dev.tusk.calcite.datetime.ArgKind.INTERVAL;
import static dev.tusk.calcite.datetime.ArgKind.NUMERIC;
import static dev.tusk.calcite.datetime.ArgKind.TEXT;
import static dev.tusk.calcite.datetime.ArgKind.TIME;
import static dev.tusk.calcite.datetime.ArgKind.TIMESTAMP;
import static dev.tusk.calcite.datetime.ArgKind.TIMESTAMPTZ;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.util.SqlOperatorTables;

/** Every Tusk-owned datetime operator and function, and the operator table that gives SQL the named ones. */
public final class DatetimeOperators {
    private static final Class<DatetimeArithmetic> A = DatetimeArithmetic.class;
    private static final Class<IntervalArithmetic> I = IntervalArithmetic.class;
    private static final Class<DatetimeFields> F = DatetimeFields.class;
    private static final Class<DatetimeClock> C = DatetimeClock.class;
    private static final Class<DatetimeConstructors> K = DatetimeConstructors.class;
    private static final Class<DatetimeCasts> X = DatetimeCasts.class;
    private static final Class<DatetimeMisc> M = DatetimeMisc.class;

    /** {@code +} on datetimes and intervals. */
    public static final DatetimeOperator PLUS = new DatetimeOperator(
            "+",
            true,
            false,
            List.of(
                    Overload.of(A, "timestampPlusInterval", TIMESTAMP, TIMESTAMP, INTERVAL),
                    Overload.of(A, "intervalPlusTimestamp", TIMESTAMP, INTERVAL, TIMESTAMP),
                    Overload.of(A, "timestamptzPlusInterval", TIMESTAMPTZ, TIMESTAMPTZ, INTERVAL),
                    Overload.of(A, "intervalPlusTimestamptz", TIMESTAMPTZ, INTERVAL, TIMESTAMPTZ),
                    Overload.of(A, "datePlusInterval", TIMESTAMP, DATE, INTERVAL),
                    Overload.of(A, "intervalPlusDate", TIMESTAMP, INTERVAL, DATE),
                    Overload.of(A, "datePlusDays", DATE, DATE, INT4),
                    Overload.of(A, "daysPlusDate", DATE, INT4, DATE),
                    Overload.of(A, "datePlusTime", TIMESTAMP, DATE, TIME),
                    Overload.of(A, "timePlusDate", TIMESTAMP, TIME, DATE),
                    Overload.of(A, "timePlusInterval", TIME, TIME, INTERVAL),
                    Overload.of(A, "intervalPlusTime", TIME, INTERVAL, TIME),
                    Overload.of(I, "plus", INTERVAL, INTERVAL, INTERVAL)));

    /** Binary {@code -} on datetimes and intervals. */
    public static final DatetimeOperator MINUS = new DatetimeOperator(
            "-",
            true,
            false,
            List.of(
                    Overload.of(A, "timestampMinusInterval", TIMESTAMP, TIMESTAMP, INTERVAL),
                    Overload.of(A, "timestamptzMinusInterval", TIMESTAMPTZ, TIMESTAMPTZ, INTERVAL),
                    Overload.of(A, "timestampMinusTimestamp", INTERVAL, TIMESTAMP, TIMESTAMP),
                    Overload.of(A, "timestampMinusTimestamp", INTERVAL, TIMESTAMPTZ, TIMESTAMPTZ),
                    Overload.of(A, "dateMinusDate", INT4, DATE, DATE),
                    Overload.of(A, "dateMinusDays", DATE, DATE, INT4),
                    Overload.of(A, "dateMinusInterval", TIMESTAMP, DATE, INTERVAL),
                    Overload.of(A, "timeMinusInterval", TIME, TIME, INTERVAL),
                    Overload.of(A, "timeMinusTime", INTERVAL, TIME, TIME),
                    Overload.of(I, "minus", INTERVAL, INTERVAL, INTERVAL)));

    /** {@code *} of an interval and a number. */
    public static final DatetimeOperator TIMES = new DatetimeOperator(
            "*",
            true,
            false,
            List.of(
                    Overload.of(I, "times", INTERVAL, INTERVAL, FLOAT8),
                    Overload.of(I, "timesReversed", INTERVAL, FLOAT8, INTERVAL)));

    /** {@code /} of an interval by a number. */
    public static final DatetimeOperator DIVIDE =
            new DatetimeOperator("/", true, false, List.of(Overload.of(I, "divide", INTERVAL, INTERVAL, FLOAT8)));

    /** Prefix {@code -} of an interval. */
    public static final DatetimeOperator NEGATE =
            new DatetimeOperator("-", true, false, List.of(Overload.of(I, "negate", INTERVAL, INTERVAL)));

    /** Prefix {@code +} of an interval. */
    public static final DatetimeOperator IDENTITY =
            new DatetimeOperator("+", true, false, List.of(Overload.of(I, "identity", INTERVAL, INTERVAL)));

    /** interval comparisons, which Calcite's generated code cannot do on Tusk's interval objects. */
    public static final DatetimeOperator INTERVAL_LT = compare("<", "lt");

    /** interval &lt;=. */
    public static final DatetimeOperator INTERVAL_LE = compare("<=", "le");

    /** interval &gt;. */
    public static final DatetimeOperator INTERVAL_GT = compare(">", "gt");

    /** interval &gt;=. */
    public static final DatetimeOperator INTERVAL_GE = compare(">=", "ge");

    /** interval =. */
    public static final DatetimeOperator INTERVAL_EQ = compare("=", "eq");

    /** interval &lt;&gt;. */
    public static final DatetimeOperator INTERVAL_NE = compare("<>", "ne");

    /** EXTRACT(field FROM x): numeric. */
    public static final DatetimeOperator EXTRACT = new DatetimeOperator(
            "extract",
            false,
            false,
            List.of(
                    Overload.nullable(F, "extractTimestamptz", NUMERIC, TEXT, TIMESTAMPTZ),
                    Overload.nullable(F, "extractTimestamp", NUMERIC, TEXT, TIMESTAMP),
                    Overload.nullable(F, "extractDate", NUMERIC, TEXT, DATE),
                    Overload.nullable(F, "extractTime", NUMERIC, TEXT, TIME),
                    Overload.nullable(F, "extractInterval", NUMERIC, TEXT, INTERVAL)));

    /** CURRENT_TIMESTAMP and CURRENT_TIMESTAMP(p). */
    public static final DatetimeOperator CURRENT_TIMESTAMP = new DatetimeOperator(
            "current_timestamp",
            false,
            false,
            List.of(
                    Overload.of(C, "transactionTimestamp", TIMESTAMPTZ),
                    Overload.of(C, "currentTimestamp", TIMESTAMPTZ, INT4)));

    /** LOCALTIMESTAMP and LOCALTIMESTAMP(p). */
    public static final DatetimeOperator LOCALTIMESTAMP = new DatetimeOperator(
            "localtimestamp",
            false,
            false,
            List.of(Overload.of(C, "localTimestamp", TIMESTAMP), Overload.of(C, "localTimestamp", TIMESTAMP, INT4)));

    /** CURRENT_DATE. */
    public static final DatetimeOperator CURRENT_DATE =
            new DatetimeOperator("current_date", false, false, List.of(Overload.of(C, "currentDate", DATE)));

    /** LOCALTIME and LOCALTIME(p). */
    public static final DatetimeOperator LOCALTIME = new DatetimeOperator(
            "localtime",
            false,
            false,
            List.of(Overload.of(C, "localTime", TIME), Overload.of(C, "localTime", TIME, INT4)));

    /** Casts to, from and between the datetime types: (value, typmod), the target type being the call's. */
    public static final DatetimeOperator CAST = new DatetimeOperator("cast", false, false, castOverloads());

    /** Datetime values computed while planning, as plain numbers (the lowering's replacement of literals). */
    public static final DatetimeOperator VALUE = new DatetimeOperator(
            "datetime_value",
            false,
            false,
            List.of(
                    Overload.of(M, "date", DATE, INT4),
                    Overload.of(M, "micros", TIME, INT8),
                    Overload.of(M, "micros", TIMESTAMP, INT8),
                    Overload.of(M, "micros", TIMESTAMPTZ, INT8),
                    Overload.of(M, "interval", INTERVAL, INT4, INT4, INT8)));

    /** The functions SQL calls by name. */
    public static final List<DatetimeOperator> FUNCTIONS = List.of(
            CURRENT_TIMESTAMP,
            LOCALTIMESTAMP,
            CURRENT_DATE,
            LOCALTIME,
            fn("now", Overload.of(C, "transactionTimestamp", TIMESTAMPTZ)),
            fn("transaction_timestamp", Overload.of(C, "transactionTimestamp", TIMESTAMPTZ)),
            fn("statement_timestamp", Overload.of(C, "statementTimestamp", TIMESTAMPTZ)),
            new DatetimeOperator(
                    "clock_timestamp", false, true, List.of(Overload.of(C, "clockTimestamp", TIMESTAMPTZ))),
            fn(
                    "date_part",
                    Overload.nullable(F, "datePartTimestamptz", FLOAT8, TEXT, TIMESTAMPTZ),
                    Overload.nullable(F, "datePartTimestamp", FLOAT8, TEXT, TIMESTAMP),
                    Overload.nullable(F, "datePartDate", FLOAT8, TEXT, DATE),
                    Overload.nullable(F, "datePartTime", FLOAT8, TEXT, TIME),
                    Overload.nullable(F, "datePartInterval", FLOAT8, TEXT, INTERVAL)),
            fn(
                    "date_trunc",
                    Overload.of(F, "truncTimestamptz", TIMESTAMPTZ, TEXT, TIMESTAMPTZ),
                    Overload.of(F, "truncTimestamp", TIMESTAMP, TEXT, TIMESTAMP),
                    Overload.of(F, "truncInterval", INTERVAL, TEXT, INTERVAL)),
            fn(
                    "age",
                    Overload.of(A, "ageTz", INTERVAL, TIMESTAMPTZ, TIMESTAMPTZ),
                    Overload.of(A, "age", INTERVAL, TIMESTAMP, TIMESTAMP),
                    Overload.of(A, "ageTz", INTERVAL, TIMESTAMPTZ),
                    Overload.of(A, "age", INTERVAL, TIMESTAMP)),
            fn("make_date", Overload.of(K, "makeDate", DATE, INT4, INT4, INT4)),
            fn("make_time", Overload.of(K, "makeTime", TIME, INT4, INT4, FLOAT8)),
            fn("make_timestamp", Overload.of(K, "makeTimestamp", TIMESTAMP, INT4, INT4, INT4, INT4, INT4, FLOAT8)),
            fn(
                    "make_timestamptz",
                    Overload.of(K, "makeTimestamptz", TIMESTAMPTZ, INT4, INT4, INT4, INT4, INT4, FLOAT8),
                    Overload.of(K, "makeTimestamptz", TIMESTAMPTZ, INT4, INT4, INT4, INT4, INT4, FLOAT8, TEXT)),
            fn("make_interval", Overload.of(K, "makeInterval", INTERVAL, INT4, INT4, INT4, INT4, INT4, INT4, FLOAT8)),
            fn(
                    "to_timestamp",
                    Overload.of(K, "toTimestamp", TIMESTAMPTZ, FLOAT8),
                    Overload.nullable(K, "toTimestamp", TIMESTAMPTZ, TEXT, TEXT)),
            fn(
                    "isfinite",
                    Overload.of(M, "isfiniteTimestamp", BOOL, TIMESTAMPTZ),
                    Overload.of(M, "isfiniteTimestamp", BOOL, TIMESTAMP),
                    Overload.of(M, "isfiniteDate", BOOL, DATE),
                    Overload.of(M, "isfiniteInterval", BOOL, INTERVAL)),
            fn("justify_hours", Overload.of(I, "justifyHours", INTERVAL, INTERVAL)),
            fn("justify_days", Overload.of(I, "justifyDays", INTERVAL, INTERVAL)),
            fn("justify_interval", Overload.of(I, "justifyInterval", INTERVAL, INTERVAL)),
            fn(
                    "timezone",
                    Overload.of(M, "timezoneTimestamptz", TIMESTAMP, TEXT, TIMESTAMPTZ),
                    Overload.of(M, "timezoneTimestamp", TIMESTAMPTZ, TEXT, TIMESTAMP)));

    private DatetimeOperators() {}

    private static DatetimeOperator compare(String name, String method) {
        return new DatetimeOperator(name, true, false, List.of(Overload.of(I, method, BOOL, INTERVAL, INTERVAL)));
    }

    private static DatetimeOperator fn(String name, Overload... overloads) {
        return new DatetimeOperator(name, false, false, List.of(overloads));
    }

    /** The named function called {@code name} (any case), or null. */
    public static DatetimeOperator function(String name) {
        for (DatetimeOperator op : FUNCTIONS) {
            if (op.getName().equalsIgnoreCase(name)) {
                return op;
            }
        }
        return null;
    }

    /** The named functions as an operator table. */
    public static SqlOperatorTable table() {
        return SqlOperatorTables.of(new ArrayList<SqlOperator>(FUNCTIONS));
    }

    private static List<Overload> castOverloads() {
        List<Overload> out = new ArrayList<>();
        out.add(Overload.of(X, "textToDate", DATE, TEXT, INT4));
        out.add(Overload.of(X, "textToTime", TIME, TEXT, INT4));
        out.add(Overload.of(X, "textToTimestamp", TIMESTAMP, TEXT, INT4));
        out.add(Overload.of(X, "textToTimestamptz", TIMESTAMPTZ, TEXT, INT4));
        out.add(Overload.of(X, "textToInterval", INTERVAL, TEXT, INT4));
        out.add(Overload.of(X, "dateToText", TEXT, DATE, INT4));
        out.add(Overload.of(X, "timeToText", TEXT, TIME, INT4));
        out.add(Overload.of(X, "timestampToText", TEXT, TIMESTAMP, INT4));
        out.add(Overload.of(X, "timestamptzToText", TEXT, TIMESTAMPTZ, INT4));
        out.add(Overload.of(X, "intervalToText", TEXT, INTERVAL, INT4));
        out.add(Overload.of(X, "dateToTimestamp", TIMESTAMP, DATE, INT4));
        out.add(Overload.of(X, "dateToTimestamptz", TIMESTAMPTZ, DATE, INT4));
        out.add(Overload.of(X, "timestampToDate", DATE, TIMESTAMP, INT4));
        out.add(Overload.of(X, "timestamptzToDate", DATE, TIMESTAMPTZ, INT4));
        out.add(Overload.of(X, "timestampToTimestamptz", TIMESTAMPTZ, TIMESTAMP, INT4));
        out.add(Overload.of(X, "timestamptzToTimestamp", TIMESTAMP, TIMESTAMPTZ, INT4));
        out.add(Overload.nullable(X, "timestampToTime", TIME, TIMESTAMP, INT4));
        out.add(Overload.nullable(X, "timestamptzToTime", TIME, TIMESTAMPTZ, INT4));
        out.add(Overload.of(X, "timeToInterval", INTERVAL, TIME, INT4));
        out.add(Overload.of(X, "intervalToTime", TIME, INTERVAL, INT4));
        out.add(Overload.of(X, "timestampToTimestamp", TIMESTAMP, TIMESTAMP, INT4));
        out.add(Overload.of(X, "timestamptzToTimestamptz", TIMESTAMPTZ, TIMESTAMPTZ, INT4));
        out.add(Overload.of(X, "timeToTime", TIME, TIME, INT4));
        out.add(Overload.of(X, "intervalToInterval", INTERVAL, INTERVAL, INT4));
        out.add(Overload.of(X, "dateToDate", DATE, DATE, INT4));
        return out;
    }
}
