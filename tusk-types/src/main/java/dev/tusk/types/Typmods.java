package dev.tusk.types;

/** The {@code *typmodout} rules behind {@code format_type()} for the built-in types with typmods. */
final class Typmods {
    private static final int VARHDRSZ = 4;

    private Typmods() {}

    /** {@code character varying(10)}: the typmod is the length plus 4. */
    static TypmodFormatter length(String name) {
        return tm -> tm > VARHDRSZ ? name + "(" + (tm - VARHDRSZ) + ")" : name;
    }

    /** {@code timestamp(3) with time zone}: the typmod is the fractional precision. */
    static TypmodFormatter precision(String name, String suffix) {
        return tm -> name + "(" + tm + ")" + suffix;
    }

    /** {@code numeric(10,2)}: precision in the high 16 bits, an 11-bit signed scale in the low bits. */
    static String numeric(int tm) {
        if (tm < VARHDRSZ) {
            return "numeric";
        }
        int t = tm - VARHDRSZ;
        int precision = (t >> 16) & 0xFFFF;
        int scale = ((t & 0x7FF) ^ 1024) - 1024;
        return "numeric(" + precision + "," + scale + ")";
    }

    private static final int MONTH = 1 << 1;
    private static final int YEAR = 1 << 2;
    private static final int DAY = 1 << 3;
    private static final int HOUR = 1 << 10;
    private static final int MINUTE = 1 << 11;
    private static final int SECOND = 1 << 12;
    private static final int FULL_RANGE = 0x7FFF;
    private static final int FULL_PRECISION = 0xFFFF;

    /** {@code interval hour to second(2)}: a field mask in the high 16 bits, precision in the low. */
    static String interval(int tm) {
        int fields = (tm >> 16) & 0x7FFF;
        int precision = tm & 0xFFFF;
        String f;
        if (fields == YEAR) {
            f = " year";
        } else if (fields == MONTH) {
            f = " month";
        } else if (fields == DAY) {
            f = " day";
        } else if (fields == HOUR) {
            f = " hour";
        } else if (fields == MINUTE) {
            f = " minute";
        } else if (fields == SECOND) {
            f = " second";
        } else if (fields == (YEAR | MONTH)) {
            f = " year to month";
        } else if (fields == (DAY | HOUR)) {
            f = " day to hour";
        } else if (fields == (DAY | HOUR | MINUTE)) {
            f = " day to minute";
        } else if (fields == (DAY | HOUR | MINUTE | SECOND)) {
            f = " day to second";
        } else if (fields == (HOUR | MINUTE)) {
            f = " hour to minute";
        } else if (fields == (HOUR | MINUTE | SECOND)) {
            f = " hour to second";
        } else if (fields == (MINUTE | SECOND)) {
            f = " minute to second";
        } else if (fields == FULL_RANGE) {
            f = "";
        } else {
            throw new PgTypeException(
                    PgTypeException.INTERNAL_ERROR, "invalid INTERVAL typmod: 0x" + Integer.toHexString(tm));
        }
        return precision != FULL_PRECISION ? "interval" + f + "(" + precision + ")" : "interval" + f;
    }
}
