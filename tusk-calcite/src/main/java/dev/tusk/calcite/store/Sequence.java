package dev.tusk.calcite.store;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.Objects;

/**
 * The shared state of one sequence: its options, last value and is_called flag. Changes are not
 * transactional, as in PostgreSQL: a value handed out by nextval stays used if the transaction rolls back.
 * Per-session state (currval, lastval) lives in {@link SequenceSession}. Thread-safe.
 */
public final class Sequence {

    private final String name;
    private SequenceOptions options;
    private long lastValue;
    private boolean isCalled;
    private volatile boolean dropped;

    Sequence(String name, SequenceOptions options) {
        this.name = Objects.requireNonNull(name, "name");
        this.options = Objects.requireNonNull(options, "options");
        this.lastValue = options.start();
    }

    /** The sequence name, as printed in its errors. */
    public String name() {
        return name;
    }

    /** The current options. */
    public synchronized SequenceOptions options() {
        return options;
    }

    /** The last value (pg_sequences.last_value / SELECT last_value FROM s). */
    public synchronized long lastValue() {
        return lastValue;
    }

    /** Whether nextval has returned {@link #lastValue()} already (SELECT is_called FROM s). */
    public synchronized boolean isCalled() {
        return isCalled;
    }

    /** Whether the sequence was dropped. */
    public boolean isDropped() {
        return dropped;
    }

    void markDropped() {
        dropped = true;
    }

    /**
     * Takes the next value, as sequence.c's nextval_internal with a cache of 1: 2200H at a limit without
     * CYCLE, otherwise wrapping to the other limit.
     */
    synchronized long advance() {
        if (!isCalled) {
            isCalled = true;
            return lastValue;
        }
        SequenceOptions o = options;
        long inc = o.increment();
        long next = lastValue;
        if (inc > 0) {
            // Overflow-safe form of next + inc > max.
            if ((o.maxValue() >= 0 && next > o.maxValue() - inc) || (o.maxValue() < 0 && next + inc > o.maxValue())) {
                if (!o.cycle()) {
                    throw new PgException(
                            SqlState.SEQUENCE_GENERATOR_LIMIT_EXCEEDED,
                            "nextval: reached maximum value of sequence \"" + name + "\" (" + o.maxValue() + ")");
                }
                next = o.minValue();
            } else {
                next += inc;
            }
        } else {
            if ((o.minValue() < 0 && next < o.minValue() - inc) || (o.minValue() >= 0 && next + inc < o.minValue())) {
                if (!o.cycle()) {
                    throw new PgException(
                            SqlState.SEQUENCE_GENERATOR_LIMIT_EXCEEDED,
                            "nextval: reached minimum value of sequence \"" + name + "\" (" + o.minValue() + ")");
                }
                next = o.maxValue();
            } else {
                next += inc;
            }
        }
        lastValue = next;
        return next;
    }

    /** setval: 22003 outside MINVALUE..MAXVALUE. */
    synchronized void set(long value, boolean called) {
        SequenceOptions o = options;
        if (value < o.minValue() || value > o.maxValue()) {
            throw new PgException(
                    SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                    "setval: value " + value + " is out of bounds for sequence \"" + name + "\" (" + o.minValue() + ".."
                            + o.maxValue() + ")");
        }
        lastValue = value;
        isCalled = called;
    }

    /**
     * ALTER SEQUENCE: new options (from {@link SequenceOptions#toBuilder()}) and, with {@code restartWith}
     * non-null, RESTART (pass {@code options.start()} for RESTART without a value). As in PostgreSQL 15 the
     * last value, restarted or not, must lie within the new limits: 22023 "RESTART value (3) cannot be
     * greater than MAXVALUE (2)". Not transactional here (PostgreSQL's ALTER SEQUENCE is).
     */
    public synchronized void alter(SequenceOptions newOptions, Long restartWith) {
        Objects.requireNonNull(newOptions, "newOptions");
        long last = lastValue;
        boolean called = isCalled;
        if (restartWith != null) {
            last = restartWith;
            called = false;
        }
        if (last < newOptions.minValue()) {
            throw new PgException(
                    SqlState.INVALID_PARAMETER_VALUE,
                    "RESTART value (" + last + ") cannot be less than MINVALUE (" + newOptions.minValue() + ")");
        }
        if (last > newOptions.maxValue()) {
            throw new PgException(
                    SqlState.INVALID_PARAMETER_VALUE,
                    "RESTART value (" + last + ") cannot be greater than MAXVALUE (" + newOptions.maxValue() + ")");
        }
        options = newOptions;
        lastValue = last;
        isCalled = called;
    }

    @Override
    public String toString() {
        return name;
    }
}
