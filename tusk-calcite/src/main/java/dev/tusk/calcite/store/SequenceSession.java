package dev.tusk.calcite.store;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.HashMap;
import java.util.Map;

/**
 * One session's view of sequences: nextval, currval, lastval and setval with PostgreSQL's per-session
 * rules (currval is the value this session last got or set; lastval follows the sequence of the last
 * nextval). Used by one session at a time.
 */
public final class SequenceSession {

    private final Map<Sequence, Long> current = new HashMap<>();
    private Sequence lastUsed;

    /** A session that has not used any sequence yet. */
    public SequenceSession() {}

    /** nextval: advances the sequence (not undone by rollback) and remembers the value for this session. */
    public long nextval(Sequence sequence) {
        long v = sequence.advance();
        current.put(sequence, v);
        lastUsed = sequence;
        return v;
    }

    /** currval: 55000 if this session has not called nextval (or setval with is_called) on it. */
    public long currval(Sequence sequence) {
        Long v = current.get(sequence);
        if (v == null) {
            throw new PgException(
                    SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE,
                    "currval of sequence \"" + sequence.name() + "\" is not yet defined in this session");
        }
        return v;
    }

    /** lastval: the current value of the sequence of this session's last nextval; 55000 if none or dropped. */
    public long lastval() {
        Sequence s = lastUsed;
        if (s == null || s.isDropped()) {
            throw new PgException(
                    SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "lastval is not yet defined in this session");
        }
        return current.get(s);
    }

    /**
     * setval(seq, value, is_called); returns value. With is_called the value becomes this session's currval
     * (and so lastval's if it is the last used sequence), as in PostgreSQL's do_setval.
     */
    public long setval(Sequence sequence, long value, boolean isCalled) {
        sequence.set(value, isCalled);
        if (isCalled) {
            current.put(sequence, value);
        }
        return value;
    }

    /** setval(seq, value): is_called true. */
    public long setval(Sequence sequence, long value) {
        return setval(sequence, value, true);
    }

    /** DISCARD SEQUENCES (and DISCARD ALL): forget currval and lastval. */
    public void discard() {
        current.clear();
        lastUsed = null;
    }
}
