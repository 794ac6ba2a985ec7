package dev.tusk.calcite.func;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's aggregates whose types or arithmetic differ from Calcite's: avg of integers and numeric is numeric
 * with PostgreSQL's division scale, sum of int8 is numeric, the variance family on numeric and float8 follows
 * numeric_stddev_internal and the Youngs-Cramer float8 accumulation, and array_agg keeps NULLs.
 */
public final class Aggregates {
    private Aggregates() {}

    /** {@code avg(int2) → numeric}. */
    @PgAggregate(value = "avg", args = "int2", returns = "numeric")
    public static Accumulator avgInt2() {
        return new NumericMoments(Moment.AVG);
    }

    /** {@code avg(int4) → numeric}. */
    @PgAggregate(value = "avg", args = "int4", returns = "numeric")
    public static Accumulator avgInt4() {
        return new NumericMoments(Moment.AVG);
    }

    /** {@code avg(int8) → numeric}. */
    @PgAggregate(value = "avg", args = "int8", returns = "numeric")
    public static Accumulator avgInt8() {
        return new NumericMoments(Moment.AVG);
    }

    /** {@code avg(numeric) → numeric}. */
    @PgAggregate(value = "avg", args = "numeric", returns = "numeric")
    public static Accumulator avgNumeric() {
        return new NumericMoments(Moment.AVG);
    }

    /** {@code avg(float4) → float8}. */
    @PgAggregate(value = "avg", args = "float4", returns = "float8")
    public static Accumulator avgFloat4() {
        return new FloatMoments(Moment.AVG);
    }

    /** {@code avg(float8) → float8}. */
    @PgAggregate(value = "avg", args = "float8", returns = "float8")
    public static Accumulator avgFloat8() {
        return new FloatMoments(Moment.AVG);
    }

    /** {@code sum(int2) → int8}. */
    @PgAggregate(value = "sum", args = "int2", returns = "int8")
    public static Accumulator sumInt2() {
        return new LongSum();
    }

    /** {@code sum(int4) → int8}. */
    @PgAggregate(value = "sum", args = "int4", returns = "int8")
    public static Accumulator sumInt4() {
        return new LongSum();
    }

    /** {@code sum(int8) → numeric}: never overflows. */
    @PgAggregate(value = "sum", args = "int8", returns = "numeric")
    public static Accumulator sumInt8() {
        return new NumericSum();
    }

    /** {@code sum(numeric) → numeric}. */
    @PgAggregate(value = "sum", args = "numeric", returns = "numeric")
    public static Accumulator sumNumeric() {
        return new NumericSum();
    }

    /** {@code sum(float4) → float4}. */
    @PgAggregate(value = "sum", args = "float4", returns = "float4")
    public static Accumulator sumFloat4() {
        return new FloatSum(true);
    }

    /** {@code sum(float8) → float8}. */
    @PgAggregate(value = "sum", args = "float8", returns = "float8")
    public static Accumulator sumFloat8() {
        return new FloatSum(false);
    }

    /** {@code avg(interval) → interval}: Calcite's. */
    @PgAggregate(value = "avg", args = "interval", returns = "interval", calcite = true)
    public static Accumulator avgInterval() {
        throw new UnsupportedOperationException("Calcite's avg runs instead");
    }

    /** {@code sum(interval) → interval}: Calcite's. */
    @PgAggregate(value = "sum", args = "interval", returns = "interval", calcite = true)
    public static Accumulator sumInterval() {
        throw new UnsupportedOperationException("Calcite's sum runs instead");
    }

    /** {@code sum(money) → money}: Calcite's. */
    @PgAggregate(value = "sum", args = "money", returns = "money", calcite = true)
    public static Accumulator sumMoney() {
        throw new UnsupportedOperationException("Calcite's sum runs instead");
    }

    /** {@code array_agg(anynonarray) → anyarray}: the inputs in order, NULLs included; NULL for no rows. */
    @PgAggregate(value = "array_agg", args = "anynonarray", returns = "anyarray")
    public static Accumulator arrayAgg() {
        return new Accumulator() {
            private List<Object> values;

            @Override
            public void add(Object[] args) {
                if (values == null) {
                    values = new ArrayList<>();
                }
                values.add(args[0]);
            }

            @Override
            public Object result() {
                return values;
            }
        };
    }

    /** The statistics of the variance family, by name. */
    enum Moment {
        AVG,
        VAR_SAMP,
        VAR_POP,
        STDDEV_SAMP,
        STDDEV_POP
    }

    /** Registers {@code stddev}, {@code variance} and the rest for each input type (see the static methods). */
    static Accumulator moments(String type, Moment m) {
        return type.startsWith("float") ? new FloatMoments(m) : new NumericMoments(m);
    }

    /** numeric_avg and numeric_stddev_internal over exact sums. */
    static final class NumericMoments implements Accumulator {
        private final Moment moment;
        private long n;
        private BigDecimal sumX = BigDecimal.ZERO;
        private BigDecimal sumX2 = BigDecimal.ZERO;

        NumericMoments(Moment moment) {
            this.moment = moment;
        }

        @Override
        public void add(Object[] args) {
            Object v = args[0];
            if (v == null) {
                return;
            }
            BigDecimal x = v instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) v).longValue());
            n++;
            sumX = sumX.add(x);
            if (moment != Moment.AVG) {
                sumX2 = sumX2.add(x.multiply(x));
            }
        }

        @Override
        public Object result() {
            if (n == 0) {
                return null;
            }
            BigDecimal count = BigDecimal.valueOf(n);
            if (moment == Moment.AVG) {
                return Numerics.divide(sumX, count);
            }
            boolean sample = moment == Moment.VAR_SAMP || moment == Moment.STDDEV_SAMP;
            if (sample && n <= 1) {
                return null;
            }
            BigDecimal numerator = count.multiply(sumX2).subtract(sumX.multiply(sumX));
            if (numerator.signum() <= 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal denominator = sample ? count.multiply(BigDecimal.valueOf(n - 1)) : count.multiply(count);
            int rscale = Numerics.divScale(numerator, denominator);
            BigDecimal variance = numerator.divide(denominator, rscale, RoundingMode.HALF_UP);
            if (moment == Moment.VAR_SAMP || moment == Moment.VAR_POP) {
                return variance;
            }
            return variance.sqrt(new java.math.MathContext(variance.precision() + rscale + 10))
                    .setScale(rscale, RoundingMode.HALF_UP);
        }
    }

    /** float8_accum and its final functions: the Youngs-Cramer running sums N, Sx, Sxx. */
    static final class FloatMoments implements Accumulator {
        private final Moment moment;
        private double n;
        private double sx;
        private double sxx;

        FloatMoments(Moment moment) {
            this.moment = moment;
        }

        @Override
        public void add(Object[] args) {
            Object v = args[0];
            if (v == null) {
                return;
            }
            double x = ((Number) v).doubleValue();
            double oldN = n;
            n += 1.0;
            sx += x;
            if (oldN > 0.0) {
                double tmp = x * n - sx;
                sxx += tmp * tmp / (n * oldN);
            } else if (Double.isNaN(x) || Double.isInfinite(x)) {
                sxx = Double.NaN;
            }
        }

        @Override
        public Object result() {
            switch (moment) {
                case AVG -> {
                    return n == 0.0 ? null : sx / n;
                }
                case VAR_POP -> {
                    return n == 0.0 ? null : sxx / n;
                }
                case VAR_SAMP -> {
                    return n <= 1.0 ? null : sxx / (n - 1.0);
                }
                case STDDEV_POP -> {
                    return n == 0.0 ? null : Math.sqrt(sxx / n);
                }
                default -> {
                    return n <= 1.0 ? null : Math.sqrt(sxx / (n - 1.0));
                }
            }
        }
    }

    /** sum of int2 and int4: an int8 running total. */
    static final class LongSum implements Accumulator {
        private long sum;
        private boolean any;

        @Override
        public void add(Object[] args) {
            if (args[0] != null) {
                sum = ArithmeticOperators.plus(sum, ((Number) args[0]).longValue());
                any = true;
            }
        }

        @Override
        public Object result() {
            return any ? sum : null;
        }
    }

    /** sum of int8 and numeric: an exact running total. */
    static final class NumericSum implements Accumulator {
        private BigDecimal sum;

        @Override
        public void add(Object[] args) {
            Object v = args[0];
            if (v != null) {
                BigDecimal x = v instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) v).longValue());
                sum = sum == null ? x : sum.add(x);
            }
        }

        @Override
        public Object result() {
            return sum;
        }
    }

    /** sum of float4 and float8, with float8's overflow check. */
    static final class FloatSum implements Accumulator {
        private final boolean float4;
        private double sum;
        private boolean any;

        FloatSum(boolean float4) {
            this.float4 = float4;
        }

        @Override
        public void add(Object[] args) {
            if (args[0] != null) {
                double x = ((Number) args[0]).doubleValue();
                sum = float4 ? ArithmeticOperators.plus((float) sum, (float) x) : ArithmeticOperators.plus(sum, x);
                any = true;
            }
        }

        @Override
        public Object result() {
            if (!any) {
                return null;
            }
            return float4 ? (Object) (float) sum : (Object) sum;
        }
    }
}
