package dev.tusk.calcite.datetime;

import dev.tusk.types.PgInterval;

/**
 * An {@code interval} as Calcite's generated code carries it: PostgreSQL's three fields (months, days,
 * microseconds), ordered and compared as PostgreSQL does, by the span they add up to with 30-day months, so
 * {@code '1 mon'} equals {@code '30 days'} in comparisons, GROUP BY and DISTINCT.
 */
public final class Interval implements Comparable<Interval> {
    private final int months;
    private final int days;
    private final long micros;
    private final long spanDays;
    private final long spanMicros;

    /** Creates an interval. */
    public Interval(int months, int days, long micros) {
        this.months = months;
        this.days = days;
        this.micros = micros;
        this.spanDays = months * 30L + days + Math.floorDiv(micros, PgEpoch.USECS_PER_DAY);
        this.spanMicros = Math.floorMod(micros, PgEpoch.USECS_PER_DAY);
    }

    /** The interval tusk-types encodes. */
    public static Interval of(PgInterval v) {
        return new Interval(v.months(), v.days(), v.micros());
    }

    /** The months field. */
    public int months() {
        return months;
    }

    /** The days field. */
    public int days() {
        return days;
    }

    /** The microseconds field. */
    public long micros() {
        return micros;
    }

    /** The value tusk-types encodes. */
    public PgInterval toPg() {
        return new PgInterval(months, days, micros);
    }

    @Override
    public int compareTo(Interval o) {
        int c = Long.compare(spanDays, o.spanDays);
        return c != 0 ? c : Long.compare(spanMicros, o.spanMicros);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interval i && spanDays == i.spanDays && spanMicros == i.spanMicros;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(spanDays) * 31 + Long.hashCode(spanMicros);
    }

    @Override
    public String toString() {
        return months + " months " + days + " days " + micros + " us";
    }
}
