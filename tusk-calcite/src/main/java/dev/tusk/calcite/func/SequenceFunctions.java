package dev.tusk.calcite.func;

/** nextval, currval, setval and lastval. */
public final class SequenceFunctions {
    private SequenceFunctions() {}

    /** nextval(regclass): the sequence's next value. */
    @PgFunction(value = "nextval", volatileResult = true)
    public static long nextval(String sequence) {
        return QueryContext.current().sequences().nextval(sequence);
    }

    /** currval(regclass): the value nextval last returned for it in this session. */
    @PgFunction(value = "currval", volatileResult = true)
    public static long currval(String sequence) {
        return QueryContext.current().sequences().currval(sequence);
    }

    /** setval(regclass, bigint). */
    @PgFunction(value = "setval", volatileResult = true)
    public static long setval(String sequence, long value) {
        return QueryContext.current().sequences().setval(sequence, value, true);
    }

    /** setval(regclass, bigint, boolean). */
    @PgFunction(value = "setval", volatileResult = true)
    public static long setval(String sequence, long value, boolean isCalled) {
        return QueryContext.current().sequences().setval(sequence, value, isCalled);
    }

    /** lastval(): the value nextval last returned in this session, for any sequence. */
    @PgFunction(value = "lastval", volatileResult = true)
    public static long lastval() {
        return QueryContext.current().sequences().lastval();
    }
}
