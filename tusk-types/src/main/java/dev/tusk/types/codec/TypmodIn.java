package dev.tusk.types.codec;

import dev.tusk.types.PgTypeException;
import java.util.List;

/**
 * The checks of PostgreSQL 15's built-in {@code typmodin} functions ({@code varchartypmodin},
 * {@code numerictypmodin}, {@code timestamptypmodin}, {@code intervaltypmodin}, ...), which {@code regtype}
 * input runs on a type name's modifiers even though it discards the result.
 */
final class TypmodIn {
    private static final String INVALID_PARAMETER_VALUE = PgTypeException.INVALID_PARAMETER_VALUE;
    private static final int MAX_ATTR_SIZE = 10 * 1024 * 1024;
    private static final int NUMERIC_MAX_PRECISION = 1000;
    private static final int NUMERIC_MIN_SCALE = -1000;
    private static final int NUMERIC_MAX_SCALE = 1000;

    private static final int MONTH = 1 << 1;
    private static final int YEAR = 1 << 2;
    private static final int DAY = 1 << 3;
    private static final int HOUR = 1 << 10;
    private static final int MINUTE = 1 << 11;
    private static final int SECOND = 1 << 12;
    private static final int FULL_RANGE = 0x7FFF;

    private TypmodIn() {}

    /**
     * Runs {@code typmodin} (a {@code pg_type.typmodin} name) on the modifier texts, throwing its error; a
     * typmodin tusk-types does not know accepts anything, since regtype keeps only the type.
     */
    static void check(String typmodin, List<String> modifiers) {
        int[] tl = new int[modifiers.size()];
        for (int i = 0; i < tl.length; i++) {
            tl[i] = (int) BaseCodec.parseInteger(modifiers.get(i), Integer.MIN_VALUE, Integer.MAX_VALUE, "integer");
        }
        switch (typmodin) {
            case "bpchartypmodin" -> length(tl, "char", MAX_ATTR_SIZE);
            case "varchartypmodin" -> length(tl, "varchar", MAX_ATTR_SIZE);
            case "bittypmodin" -> length(tl, "bit", MAX_ATTR_SIZE * 8);
            case "varbittypmodin" -> length(tl, "varbit", MAX_ATTR_SIZE * 8);
            case "numerictypmodin" -> numeric(tl);
            case "timetypmodin" -> precision(tl, "TIME(%d) precision must not be negative");
            case "timetztypmodin" -> precision(tl, "TIME(%d) WITH TIME ZONE precision must not be negative");
            case "timestamptypmodin" -> precision(tl, "TIMESTAMP(%d) precision must not be negative");
            case "timestamptztypmodin" -> precision(tl, "TIMESTAMP(%d) WITH TIME ZONE precision must not be negative");
            case "intervaltypmodin" -> interval(tl);
            default -> {}
        }
    }

    private static PgTypeException invalid(String message) {
        return new PgTypeException(INVALID_PARAMETER_VALUE, message);
    }

    /** {@code anychar_typmodin} and {@code anybit_typmodin}. */
    private static void length(int[] tl, String typeName, int max) {
        if (tl.length != 1) {
            throw invalid("invalid type modifier");
        }
        if (tl[0] < 1) {
            throw invalid("length for type " + typeName + " must be at least 1");
        }
        if (tl[0] > max) {
            throw invalid("length for type " + typeName + " cannot exceed " + max);
        }
    }

    private static void numeric(int[] tl) {
        if (tl.length != 1 && tl.length != 2) {
            throw invalid("invalid NUMERIC type modifier");
        }
        if (tl[0] < 1 || tl[0] > NUMERIC_MAX_PRECISION) {
            throw invalid("NUMERIC precision " + tl[0] + " must be between 1 and " + NUMERIC_MAX_PRECISION);
        }
        if (tl.length == 2 && (tl[1] < NUMERIC_MIN_SCALE || tl[1] > NUMERIC_MAX_SCALE)) {
            throw invalid(
                    "NUMERIC scale " + tl[1] + " must be between " + NUMERIC_MIN_SCALE + " and " + NUMERIC_MAX_SCALE);
        }
    }

    /** {@code anytime_typmodin} and {@code anytimestamp_typmodin}; above 6 PostgreSQL only warns. */
    private static void precision(int[] tl, String negative) {
        if (tl.length != 1) {
            throw invalid("invalid type modifier");
        }
        if (tl[0] < 0) {
            throw invalid(negative.replace("%d", Integer.toString(tl[0])));
        }
    }

    private static void interval(int[] tl) {
        if (tl.length == 1 || tl.length == 2) {
            int f = tl[0];
            boolean valid = f == YEAR
                    || f == MONTH
                    || f == DAY
                    || f == HOUR
                    || f == MINUTE
                    || f == SECOND
                    || f == (YEAR | MONTH)
                    || f == (DAY | HOUR)
                    || f == (DAY | HOUR | MINUTE)
                    || f == (DAY | HOUR | MINUTE | SECOND)
                    || f == (HOUR | MINUTE)
                    || f == (HOUR | MINUTE | SECOND)
                    || f == (MINUTE | SECOND)
                    || f == FULL_RANGE;
            if (!valid) {
                throw invalid("invalid INTERVAL type modifier");
            }
        }
        if (tl.length == 2) {
            if (tl[1] < 0) {
                throw invalid("INTERVAL(" + tl[1] + ") precision must not be negative");
            }
        } else if (tl.length != 1) {
            throw invalid("invalid INTERVAL type modifier");
        }
    }
}
