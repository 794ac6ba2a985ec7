package dev.tusk.calcite.store;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.Objects;

/**
 * The validated parameters of a sequence, built as PostgreSQL 15's CREATE and ALTER SEQUENCE do
 * (sequence.c init_params): defaults that depend on the sign of INCREMENT and the data type, and the same
 * 22023 errors in the same order. CACHE is kept but has no effect (every nextval takes one value).
 */
public record SequenceOptions(
        SequenceType type, long increment, long minValue, long maxValue, long start, long cache, boolean cycle) {

    /** Checks the parts are present; use {@link #builder()} for PostgreSQL's defaults and checks. */
    public SequenceOptions {
        Objects.requireNonNull(type, "type");
    }

    /** The options of a plain CREATE SEQUENCE. */
    public static SequenceOptions defaults() {
        return builder().build();
    }

    /** A builder for CREATE SEQUENCE: options not given take PostgreSQL's defaults. */
    public static Builder builder() {
        return new Builder(null);
    }

    /** A builder for ALTER SEQUENCE: options not given keep these values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Collects the options of one CREATE or ALTER SEQUENCE statement. */
    public static final class Builder {
        private final SequenceOptions old;
        private SequenceType type;
        private Long increment;
        private Long minValue;
        private boolean noMinValue;
        private Long maxValue;
        private boolean noMaxValue;
        private Long start;
        private Long cache;
        private Boolean cycle;

        private Builder(SequenceOptions old) {
            this.old = old;
        }

        /** AS smallint | integer | bigint. */
        public Builder as(SequenceType t) {
            this.type = Objects.requireNonNull(t);
            return this;
        }

        /** INCREMENT [BY]. */
        public Builder increment(long v) {
            this.increment = v;
            return this;
        }

        /** MINVALUE v. */
        public Builder minValue(long v) {
            this.minValue = v;
            this.noMinValue = false;
            return this;
        }

        /** NO MINVALUE: the default for the type and direction. */
        public Builder noMinValue() {
            this.minValue = null;
            this.noMinValue = true;
            return this;
        }

        /** MAXVALUE v. */
        public Builder maxValue(long v) {
            this.maxValue = v;
            this.noMaxValue = false;
            return this;
        }

        /** NO MAXVALUE: the default for the type and direction. */
        public Builder noMaxValue() {
            this.maxValue = null;
            this.noMaxValue = true;
            return this;
        }

        /** START [WITH]. */
        public Builder start(long v) {
            this.start = v;
            return this;
        }

        /** CACHE (must be above 0; otherwise ignored). */
        public Builder cache(long v) {
            this.cache = v;
            return this;
        }

        /** CYCLE or NO CYCLE. */
        public Builder cycle(boolean v) {
            this.cycle = v;
            return this;
        }

        /** Applies defaults and PostgreSQL's checks; 22023 on a bad combination. */
        public SequenceOptions build() {
            boolean init = old == null;
            boolean resetMax = false;
            boolean resetMin = false;
            SequenceType t;
            if (type != null) {
                t = type;
                if (!init) {
                    // Limits at the old type's bounds follow the type change (PostgreSQL 15).
                    resetMax = old.maxValue == old.type.max();
                    resetMin = old.minValue == old.type.min();
                }
            } else {
                t = init ? SequenceType.BIGINT : old.type;
            }
            long inc;
            if (increment != null) {
                inc = increment;
                if (inc == 0) {
                    throw invalid("INCREMENT must not be zero");
                }
            } else {
                inc = init ? 1 : old.increment;
            }
            boolean cyc = cycle != null ? cycle : !init && old.cycle;
            long max;
            if (maxValue != null) {
                max = maxValue;
            } else if (init || noMaxValue || resetMax) {
                max = inc > 0 || resetMax ? t.max() : -1;
            } else {
                max = old.maxValue;
            }
            if (max < t.min() || max > t.max()) {
                throw invalid("MAXVALUE (" + max + ") is out of range for sequence data type " + t.sqlName());
            }
            long min;
            if (minValue != null) {
                min = minValue;
            } else if (init || noMinValue || resetMin) {
                min = inc < 0 || resetMin ? t.min() : 1;
            } else {
                min = old.minValue;
            }
            if (min < t.min() || min > t.max()) {
                throw invalid("MINVALUE (" + min + ") is out of range for sequence data type " + t.sqlName());
            }
            if (min >= max) {
                throw invalid("MINVALUE (" + min + ") must be less than MAXVALUE (" + max + ")");
            }
            long st;
            if (start != null) {
                st = start;
            } else if (init) {
                st = inc > 0 ? min : max;
            } else {
                st = old.start;
            }
            if (st < min) {
                throw invalid("START value (" + st + ") cannot be less than MINVALUE (" + min + ")");
            }
            if (st > max) {
                throw invalid("START value (" + st + ") cannot be greater than MAXVALUE (" + max + ")");
            }
            long c;
            if (cache != null) {
                c = cache;
                if (c <= 0) {
                    throw invalid("CACHE (" + c + ") must be greater than zero");
                }
            } else {
                c = init ? 1 : old.cache;
            }
            return new SequenceOptions(t, inc, min, max, st, c, cyc);
        }

        private static PgException invalid(String message) {
            return new PgException(SqlState.INVALID_PARAMETER_VALUE, message);
        }
    }
}
