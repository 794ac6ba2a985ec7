package dev.tusk.calcite.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Every expectation here was run on PostgreSQL 15 first (psql, one session unless noted). */
class SequenceTest {

    private final TableStore store = new TableStore();
    private final SequenceSession session = new SequenceSession();

    private Sequence create(String name, SequenceOptions.Builder b) {
        return store.createSequence(name, b.build());
    }

    private static void assertError(String state, String message, Runnable r) {
        PgException e = assertThrows(PgException.class, r::run);
        assertEquals(state, e.sqlState());
        assertEquals(message, e.getMessage());
    }

    @Test
    void nextvalCurrvalLastvalAndTheMaximum() {
        Sequence s = create("s", SequenceOptions.builder().maxValue(3));
        assertError("55000", "currval of sequence \"s\" is not yet defined in this session", () -> session.currval(s));
        assertError("55000", "lastval is not yet defined in this session", session::lastval);
        assertEquals(1, session.nextval(s));
        assertEquals(2, session.nextval(s));
        assertEquals(3, session.nextval(s));
        assertError("2200H", "nextval: reached maximum value of sequence \"s\" (3)", () -> session.nextval(s));
        assertEquals(3, session.currval(s));
        assertEquals(3, session.lastval());
    }

    @Test
    void setvalWithAndWithoutIsCalled() {
        Sequence s = create("s", SequenceOptions.builder().maxValue(3));
        session.nextval(s);
        session.nextval(s);
        session.nextval(s);
        // select setval('s', 1, false); currval stays 3; nextval gives 1.
        assertEquals(1, session.setval(s, 1, false));
        assertEquals(3, session.currval(s));
        assertEquals(1, session.nextval(s));
        // select setval('s', 2); currval and lastval are 2.
        session.setval(s, 2);
        assertEquals(2, session.currval(s));
        assertEquals(2, session.lastval());
        assertError("22003", "setval: value 5 is out of bounds for sequence \"s\" (1..3)", () -> session.setval(s, 5));
        assertError("22003", "setval: value 0 is out of bounds for sequence \"s\" (1..3)", () -> session.setval(s, 0));
        session.setval(s, 3, true);
        assertError("2200H", "nextval: reached maximum value of sequence \"s\" (3)", () -> session.nextval(s));
    }

    @Test
    void descendingSequenceStopsAtItsMinimum() {
        Sequence d =
                create("d", SequenceOptions.builder().increment(-1).minValue(-2).maxValue(5));
        List<Long> got = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            got.add(session.nextval(d));
        }
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L, 0L, -1L, -2L), got);
        assertError("2200H", "nextval: reached minimum value of sequence \"d\" (-2)", () -> session.nextval(d));
        Sequence r = create("r", SequenceOptions.builder().increment(-1));
        assertEquals(-1, session.nextval(r));
        Sequence t =
                create("t", SequenceOptions.builder().as(SequenceType.SMALLINT).increment(-1));
        assertEquals(-1, session.nextval(t));
        assertEquals(Short.MIN_VALUE, t.options().minValue());
    }

    @Test
    void cycleWrapsToTheOtherLimit() {
        Sequence c = create(
                "c",
                SequenceOptions.builder().cycle(true).minValue(1).maxValue(3).start(2));
        assertEquals(
                List.of(2L, 3L, 1L, 2L),
                List.of(session.nextval(c), session.nextval(c), session.nextval(c), session.nextval(c)));
        Sequence cd = create(
                "cd",
                SequenceOptions.builder().cycle(true).increment(-2).minValue(1).maxValue(4));
        assertEquals(
                List.of(4L, 2L, 4L, 2L),
                List.of(session.nextval(cd), session.nextval(cd), session.nextval(cd), session.nextval(cd)));
        Sequence o = create(
                "o",
                SequenceOptions.builder().start(5).increment(10).maxValue(25).cycle(true));
        assertEquals(
                List.of(5L, 15L, 25L, 1L),
                List.of(session.nextval(o), session.nextval(o), session.nextval(o), session.nextval(o)));
        session.setval(o, 25, false);
        assertEquals(25, session.nextval(o));
        assertEquals(1, session.nextval(o));
    }

    @Test
    void limitsOfTheDataTypeWithoutOverflow() {
        Sequence big = create("big", SequenceOptions.builder());
        session.setval(big, Long.MAX_VALUE);
        assertError(
                "2200H",
                "nextval: reached maximum value of sequence \"big\" (9223372036854775807)",
                () -> session.nextval(big));
        Sequence i = create("i", SequenceOptions.builder().as(SequenceType.SMALLINT));
        assertEquals(1, session.nextval(i));
        session.setval(i, 32767);
        assertError("2200H", "nextval: reached maximum value of sequence \"i\" (32767)", () -> session.nextval(i));
        Sequence m = create("m", SequenceOptions.builder().increment(Long.MAX_VALUE));
        assertEquals(1, session.nextval(m));
        assertError(
                "2200H",
                "nextval: reached maximum value of sequence \"m\" (9223372036854775807)",
                () -> session.nextval(m));
        Sequence n2 = create("n2", SequenceOptions.builder().maxValue(0).increment(-Long.MAX_VALUE));
        assertEquals(0, session.nextval(n2));
        assertEquals(-Long.MAX_VALUE, session.nextval(n2));
        Sequence s7 = create(
                "s7",
                SequenceOptions.builder().as(SequenceType.INTEGER).increment(5).start(Integer.MAX_VALUE));
        assertEquals(Integer.MAX_VALUE, session.nextval(s7));
        assertError(
                "2200H", "nextval: reached maximum value of sequence \"s7\" (2147483647)", () -> session.nextval(s7));
        Sequence q = create("q", SequenceOptions.builder().minValue(10));
        assertEquals(10, session.nextval(q));
    }

    @Test
    void createErrors() {
        assertError("22023", "INCREMENT must not be zero", () -> SequenceOptions.builder()
                .increment(0)
                .build());
        assertError(
                "22023",
                "MINVALUE (5) must be less than MAXVALUE (5)",
                () -> SequenceOptions.builder().minValue(5).maxValue(5).build());
        assertError(
                "22023",
                "MINVALUE (5) must be less than MAXVALUE (4)",
                () -> SequenceOptions.builder().minValue(5).maxValue(4).build());
        assertError("22023", "START value (0) cannot be less than MINVALUE (1)", () -> SequenceOptions.builder()
                .start(0)
                .build());
        assertError(
                "22023",
                "START value (10) cannot be greater than MAXVALUE (5)",
                () -> SequenceOptions.builder().start(10).maxValue(5).build());
        assertError("22023", "START value (-5) cannot be less than MINVALUE (1)", () -> SequenceOptions.builder()
                .start(-5)
                .build());
        assertError(
                "22023",
                "START value (5) cannot be greater than MAXVALUE (-1)",
                () -> SequenceOptions.builder().increment(-1).start(5).build());
        assertError(
                "22023",
                "MAXVALUE (40000) is out of range for sequence data type smallint",
                () -> SequenceOptions.builder()
                        .as(SequenceType.SMALLINT)
                        .maxValue(40000)
                        .build());
        assertError(
                "22023",
                "MINVALUE (-3000000000) is out of range for sequence data type integer",
                () -> SequenceOptions.builder()
                        .as(SequenceType.INTEGER)
                        .minValue(-3_000_000_000L)
                        .build());
        assertError(
                "22023",
                "MINVALUE (-40000) is out of range for sequence data type smallint",
                () -> SequenceOptions.builder()
                        .as(SequenceType.SMALLINT)
                        .minValue(-40000)
                        .build());
        assertError("22023", "CACHE (0) must be greater than zero", () -> SequenceOptions.builder()
                .cache(0)
                .build());
    }

    @Test
    void alterSequence() {
        Sequence s2 = create("s2", SequenceOptions.builder());
        session.nextval(s2);
        session.nextval(s2);
        session.nextval(s2);
        // alter sequence s2 maxvalue 2: the current value is checked as a RESTART value.
        assertError(
                "22023",
                "RESTART value (3) cannot be greater than MAXVALUE (2)",
                () -> s2.alter(s2.options().toBuilder().maxValue(2).build(), null));
        assertError("22023", "START value (1) cannot be less than MINVALUE (5)", () -> s2.options().toBuilder()
                .minValue(5)
                .build());
        assertError(
                "22023",
                "RESTART value (10) cannot be greater than MAXVALUE (8)",
                () -> s2.alter(s2.options().toBuilder().maxValue(8).build(), 10L));
        s2.alter(s2.options(), s2.options().start());
        assertEquals(1, session.nextval(s2));
        s2.alter(s2.options(), 7L);
        assertEquals(7, session.nextval(s2));
        assertEquals(7, session.currval(s2));
        assertError(
                "22023",
                "MINVALUE (1) must be less than MAXVALUE (-1)",
                () -> s2.options().toBuilder().noMaxValue().increment(-1).build());
        assertError("22023", "CACHE (0) must be greater than zero", () -> s2.options().toBuilder()
                .cache(0)
                .build());

        // A type change moves limits that sat at the old type's bounds (alter sequence s3 as integer).
        Sequence s3 = create("s3", SequenceOptions.builder().as(SequenceType.SMALLINT));
        SequenceOptions asInt =
                s3.options().toBuilder().as(SequenceType.INTEGER).build();
        assertEquals(Integer.MAX_VALUE, asInt.maxValue());
        assertEquals(1, asInt.minValue());
        Sequence s4 =
                create("s4", SequenceOptions.builder().as(SequenceType.INTEGER).maxValue(100));
        SequenceOptions asSmall =
                s4.options().toBuilder().as(SequenceType.SMALLINT).build();
        assertEquals(100, asSmall.maxValue());
        // alter sequence s3 as smallint increment -1 (from integer): max 32767, min 1, start 1.
        SequenceOptions down =
                asInt.toBuilder().as(SequenceType.SMALLINT).increment(-1).build();
        assertEquals(32767, down.maxValue());
        assertEquals(1, down.minValue());
        assertEquals(1, down.start());
    }

    @Test
    void nextvalIsNotTransactionalAndCurrvalIsPerSession() {
        Sequence c = create("c", SequenceOptions.builder());
        Transaction tx = store.begin(IsolationLevel.READ_COMMITTED, 1);
        assertEquals(1, session.nextval(c));
        tx.rollback();
        assertEquals(1, session.currval(c));
        SequenceSession other = new SequenceSession();
        assertEquals(2, other.nextval(c));
        assertEquals(1, session.currval(c), "currval is this session's last value");
        assertEquals(2, other.lastval());
        // setval(.., false) then currval: unchanged; lastval after DROP: undefined.
        session.setval(c, 1, false);
        assertEquals(1, session.currval(c));
        store.dropSequence(c);
        assertError("55000", "lastval is not yet defined in this session", session::lastval);
        session.discard();
        assertError("55000", "currval of sequence \"c\" is not yet defined in this session", () -> session.currval(c));
    }

    @Test
    void concurrentNextvalNeverRepeats() throws Exception {
        Sequence s = create("s", SequenceOptions.builder());
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                tasks.add(pool.submit(() -> {
                    SequenceSession mine = new SequenceSession();
                    for (int i = 0; i < 2000; i++) {
                        assertTrue(seen.add(mine.nextval(s)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : tasks) {
                f.get(60, TimeUnit.SECONDS);
            }
        }
        assertEquals(16000, seen.size());
        assertEquals(16000, s.lastValue());
    }
}
