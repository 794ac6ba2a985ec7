package dev.tusk.calcite.datetime;

import dev.tusk.calcite.func.QueryContext;
import java.time.Instant;
import java.time.ZoneId;

/**
 * PostgreSQL's current date and time functions, at microsecond precision: now(), CURRENT_TIMESTAMP,
 * transaction_timestamp() (the transaction's start), statement_timestamp(), clock_timestamp(), LOCALTIMESTAMP,
 * CURRENT_DATE and LOCALTIME.
 */
public final class DatetimeClock {
    private static final long PG_EPOCH_MICROS = PgEpoch.EPOCH_DAYS_1970 * PgEpoch.USECS_PER_DAY;

    private DatetimeClock() {}

    /** Microseconds since 1970-01-01 UTC, from the system clock at microsecond resolution. */
    public static long unixMicrosNow() {
        Instant now = Instant.now();
        return now.getEpochSecond() * PgEpoch.USECS_PER_SEC + now.getNano() / 1000;
    }

    /** now(), transaction_timestamp() and CURRENT_TIMESTAMP: the transaction's start. */
    public static long transactionTimestamp() {
        return QueryContext.current().transactionMicros() - PG_EPOCH_MICROS;
    }

    /** statement_timestamp(): the statement's start. */
    public static long statementTimestamp() {
        return QueryContext.current().statementMicros() - PG_EPOCH_MICROS;
    }

    /** clock_timestamp(): the time of the call. */
    public static long clockTimestamp() {
        return unixMicrosNow() - PG_EPOCH_MICROS;
    }

    /** CURRENT_TIMESTAMP(p). */
    public static long currentTimestamp(int precision) {
        return DatetimeTypmods.timestamp(transactionTimestamp(), checkPrecision("CURRENT_TIMESTAMP", precision));
    }

    /** LOCALTIMESTAMP: the transaction's start in the session TimeZone. */
    public static long localTimestamp() {
        return DatetimeSession.toLocal(transactionTimestamp(), DatetimeSession.zone());
    }

    /** LOCALTIMESTAMP(p). */
    public static long localTimestamp(int precision) {
        return DatetimeTypmods.timestamp(localTimestamp(), checkPrecision("LOCALTIMESTAMP", precision));
    }

    /** CURRENT_DATE: the transaction's start date in the session TimeZone. */
    public static int currentDate() {
        ZoneId zone = DatetimeSession.zone();
        return (int) Math.floorDiv(DatetimeSession.toLocal(transactionTimestamp(), zone), PgEpoch.USECS_PER_DAY);
    }

    /** LOCALTIME: the transaction's start time of day in the session TimeZone. */
    public static long localTime() {
        return Math.floorMod(localTimestamp(), PgEpoch.USECS_PER_DAY);
    }

    /** LOCALTIME(p). */
    public static long localTime(int precision) {
        return DatetimeTypmods.time(localTime(), checkPrecision("LOCALTIME", precision));
    }

    private static int checkPrecision(String what, int precision) {
        if (precision < 0) {
            throw new dev.tusk.server.api.PgException(
                    dev.tusk.protocol.SqlState.INVALID_PARAMETER_VALUE,
                    what.replace("CURRENT_TIMESTAMP", "TIMESTAMP(" + precision + ") WITH TIME ZONE")
                                    .replace("LOCALTIMESTAMP", "TIMESTAMP(" + precision + ")")
                                    .replace("LOCALTIME", "TIME(" + precision + ")")
                            + " precision must not be negative");
        }
        return Math.min(precision, 6);
    }
}
