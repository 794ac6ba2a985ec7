package dev.tusk.calcite.store;

/** The data type of a sequence (CREATE SEQUENCE ... AS), which bounds its default and allowed limits. */
public enum SequenceType {
    /** int2. */
    SMALLINT("smallint", Short.MIN_VALUE, Short.MAX_VALUE),
    /** int4. */
    INTEGER("integer", Integer.MIN_VALUE, Integer.MAX_VALUE),
    /** int8, the default. */
    BIGINT("bigint", Long.MIN_VALUE, Long.MAX_VALUE);

    private final String sqlName;
    private final long min;
    private final long max;

    SequenceType(String sqlName, long min, long max) {
        this.sqlName = sqlName;
        this.min = min;
        this.max = max;
    }

    /** The name PostgreSQL prints in messages (format_type_be). */
    public String sqlName() {
        return sqlName;
    }

    /** The type's smallest value. */
    public long min() {
        return min;
    }

    /** The type's largest value. */
    public long max() {
        return max;
    }
}
