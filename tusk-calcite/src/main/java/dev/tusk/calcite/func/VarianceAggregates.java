package dev.tusk.calcite.func;

/** PostgreSQL's variance and standard deviation aggregates: numeric results for exact inputs, float8 for floats. */
public final class VarianceAggregates {
    private VarianceAggregates() {}

    /** {@code stddev(int2) → numeric}. */
    @PgAggregate(value = "stddev", args = "int2", returns = "numeric")
    public static Accumulator stddevInt2() {
        return Aggregates.moments("int2", Aggregates.Moment.STDDEV_SAMP);
    }

    /** {@code stddev(int4) → numeric}. */
    @PgAggregate(value = "stddev", args = "int4", returns = "numeric")
    public static Accumulator stddevInt4() {
        return Aggregates.moments("int4", Aggregates.Moment.STDDEV_SAMP);
    }

    /** {@code stddev(int8) → numeric}. */
    @PgAggregate(value = "stddev", args = "int8", returns = "numeric")
    public static Accumulator stddevInt8() {
        return Aggregates.moments("int8", Aggregates.Moment.STDDEV_SAMP);
    }

    /** {@code stddev(numeric) → numeric}. */
    @PgAggregate(value = "stddev", args = "numeric", returns = "numeric")
    public static Accumulator stddevNumeric() {
        return Aggregates.moments("numeric", Aggregates.Moment.STDDEV_SAMP);
    }

    /** {@code stddev(float4) → float8}. */
    @PgAggregate(value = "stddev", args = "float4", returns = "float8")
    public static Accumulator stddevFloat4() {
        return Aggregates.moments("float4", Aggregates.Moment.STDDEV_SAMP);
    }

    /** {@code stddev(float8) → float8}. */
    @PgAggregate(value = "stddev", args = "float8", returns = "float8")
    public static Accumulator stddevFloat8() {
        return Aggregates.moments("float8", Aggregates.Moment.STDDEV_SAMP);
    }

    /** {@code stddev_samp(int2) → numeric}. */
    @PgAggregate(value = "stddev_samp", args = "int2", returns = "numeric")
    public static Accumulator stddevSampInt2() {
        return Aggregates.moments("int2", Aggregates.Moment.STDDEV_SAMP);
    }

    /** {@code stddev_samp(int4) → numeric}. */
    @PgAggregate(value = "stddev_samp", args = "int4", returns = "numeric")
    public static Accumulator stddevSampInt4() {
        return Aggregates.moments("int4", Aggregates.Moment.STDDEV_SAMP);
    }

    /** {@code stddev_samp(int8) → numeric}. */
    @PgAggregate(value = "stddev_samp", args = "int8", returns = "numeric")
    public static Accumulator stddevSampInt8() {
        return Aggregates.moments("int8", Aggregates.Moment.STDDEV_SAMP);
    }

    /** {@code stddev_samp(numeric) → numeric}. */
    @PgAggregate(value = "stddev_samp", args = "numeric", returns = "numeric")
    public static Accumulator stddevSampNumeric() {
        return Aggregates.moments("numeric", Aggregates.Moment.STDDEV_SAMP);
    }

    /** {@code stddev_samp(float4) → float8}. */
    @PgAggregate(value = "stddev_samp", args = "float4", returns = "float8")
    public static Accumulator stddevSampFloat4() {
        return Aggregates.moments("float4", Aggregates.Moment.STDDEV_SAMP);
    }

    /** {@code stddev_samp(float8) → float8}. */
    @PgAggregate(value = "stddev_samp", args = "float8", returns = "float8")
    public static Accumulator stddevSampFloat8() {
        return Aggregates.moments("float8", Aggregates.Moment.STDDEV_SAMP);
    }

    /** {@code stddev_pop(int2) → numeric}. */
    @PgAggregate(value = "stddev_pop", args = "int2", returns = "numeric")
    public static Accumulator stddevPopInt2() {
        return Aggregates.moments("int2", Aggregates.Moment.STDDEV_POP);
    }

    /** {@code stddev_pop(int4) → numeric}. */
    @PgAggregate(value = "stddev_pop", args = "int4", returns = "numeric")
    public static Accumulator stddevPopInt4() {
        return Aggregates.moments("int4", Aggregates.Moment.STDDEV_POP);
    }

    /** {@code stddev_pop(int8) → numeric}. */
    @PgAggregate(value = "stddev_pop", args = "int8", returns = "numeric")
    public static Accumulator stddevPopInt8() {
        return Aggregates.moments("int8", Aggregates.Moment.STDDEV_POP);
    }

    /** {@code stddev_pop(numeric) → numeric}. */
    @PgAggregate(value = "stddev_pop", args = "numeric", returns = "numeric")
    public static Accumulator stddevPopNumeric() {
        return Aggregates.moments("numeric", Aggregates.Moment.STDDEV_POP);
    }

    /** {@code stddev_pop(float4) → float8}. */
    @PgAggregate(value = "stddev_pop", args = "float4", returns = "float8")
    public static Accumulator stddevPopFloat4() {
        return Aggregates.moments("float4", Aggregates.Moment.STDDEV_POP);
    }

    /** {@code stddev_pop(float8) → float8}. */
    @PgAggregate(value = "stddev_pop", args = "float8", returns = "float8")
    public static Accumulator stddevPopFloat8() {
        return Aggregates.moments("float8", Aggregates.Moment.STDDEV_POP);
    }

    /** {@code variance(int2) → numeric}. */
    @PgAggregate(value = "variance", args = "int2", returns = "numeric")
    public static Accumulator varianceInt2() {
        return Aggregates.moments("int2", Aggregates.Moment.VAR_SAMP);
    }

    /** {@code variance(int4) → numeric}. */
    @PgAggregate(value = "variance", args = "int4", returns = "numeric")
    public static Accumulator varianceInt4() {
        return Aggregates.moments("int4", Aggregates.Moment.VAR_SAMP);
    }

    /** {@code variance(int8) → numeric}. */
    @PgAggregate(value = "variance", args = "int8", returns = "numeric")
    public static Accumulator varianceInt8() {
        return Aggregates.moments("int8", Aggregates.Moment.VAR_SAMP);
    }

    /** {@code variance(numeric) → numeric}. */
    @PgAggregate(value = "variance", args = "numeric", returns = "numeric")
    public static Accumulator varianceNumeric() {
        return Aggregates.moments("numeric", Aggregates.Moment.VAR_SAMP);
    }

    /** {@code variance(float4) → float8}. */
    @PgAggregate(value = "variance", args = "float4", returns = "float8")
    public static Accumulator varianceFloat4() {
        return Aggregates.moments("float4", Aggregates.Moment.VAR_SAMP);
    }

    /** {@code variance(float8) → float8}. */
    @PgAggregate(value = "variance", args = "float8", returns = "float8")
    public static Accumulator varianceFloat8() {
        return Aggregates.moments("float8", Aggregates.Moment.VAR_SAMP);
    }

    /** {@code var_samp(int2) → numeric}. */
    @PgAggregate(value = "var_samp", args = "int2", returns = "numeric")
    public static Accumulator varSampInt2() {
        return Aggregates.moments("int2", Aggregates.Moment.VAR_SAMP);
    }

    /** {@code var_samp(int4) → numeric}. */
    @PgAggregate(value = "var_samp", args = "int4", returns = "numeric")
    public static Accumulator varSampInt4() {
        return Aggregates.moments("int4", Aggregates.Moment.VAR_SAMP);
    }

    /** {@code var_samp(int8) → numeric}. */
    @PgAggregate(value = "var_samp", args = "int8", returns = "numeric")
    public static Accumulator varSampInt8() {
        return Aggregates.moments("int8", Aggregates.Moment.VAR_SAMP);
    }

    /** {@code var_samp(numeric) → numeric}. */
    @PgAggregate(value = "var_samp", args = "numeric", returns = "numeric")
    public static Accumulator varSampNumeric() {
        return Aggregates.moments("numeric", Aggregates.Moment.VAR_SAMP);
    }

    /** {@code var_samp(float4) → float8}. */
    @PgAggregate(value = "var_samp", args = "float4", returns = "float8")
    public static Accumulator varSampFloat4() {
        return Aggregates.moments("float4", Aggregates.Moment.VAR_SAMP);
    }

    /** {@code var_samp(float8) → float8}. */
    @PgAggregate(value = "var_samp", args = "float8", returns = "float8")
    public static Accumulator varSampFloat8() {
        return Aggregates.moments("float8", Aggregates.Moment.VAR_SAMP);
    }

    /** {@code var_pop(int2) → numeric}. */
    @PgAggregate(value = "var_pop", args = "int2", returns = "numeric")
    public static Accumulator varPopInt2() {
        return Aggregates.moments("int2", Aggregates.Moment.VAR_POP);
    }

    /** {@code var_pop(int4) → numeric}. */
    @PgAggregate(value = "var_pop", args = "int4", returns = "numeric")
    public static Accumulator varPopInt4() {
        return Aggregates.moments("int4", Aggregates.Moment.VAR_POP);
    }

    /** {@code var_pop(int8) → numeric}. */
    @PgAggregate(value = "var_pop", args = "int8", returns = "numeric")
    public static Accumulator varPopInt8() {
        return Aggregates.moments("int8", Aggregates.Moment.VAR_POP);
    }

    /** {@code var_pop(numeric) → numeric}. */
    @PgAggregate(value = "var_pop", args = "numeric", returns = "numeric")
    public static Accumulator varPopNumeric() {
        return Aggregates.moments("numeric", Aggregates.Moment.VAR_POP);
    }

    /** {@code var_pop(float4) → float8}. */
    @PgAggregate(value = "var_pop", args = "float4", returns = "float8")
    public static Accumulator varPopFloat4() {
        return Aggregates.moments("float4", Aggregates.Moment.VAR_POP);
    }

    /** {@code var_pop(float8) → float8}. */
    @PgAggregate(value = "var_pop", args = "float8", returns = "float8")
    public static Accumulator varPopFloat8() {
        return Aggregates.moments("float8", Aggregates.Moment.VAR_POP);
    }
}
