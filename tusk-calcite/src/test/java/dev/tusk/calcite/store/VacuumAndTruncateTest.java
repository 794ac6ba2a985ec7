package dev.tusk.calcite.store;

import static dev.tusk.calcite.store.StoreTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class VacuumAndTruncateTest {

    private final TableStore store = new TableStore();
    private final StoredTable t = keyed(store, "t");

    @Test
    void anUpdateLoopKeepsMemoryBounded() {
        insertCommitted(store, t, row(1L, 0L), row(2L, 0L));
        for (long i = 1; i <= 100_000; i++) {
            Transaction tx = begin(store);
            updateValue(tx, t, 1L, i);
            tx.commit();
            assertTrue(t.versionCount() <= 3, () -> "versions: " + t.versionCount());
        }
        assertEquals(2, t.versionCount());
        assertTrue(t.slotCount() <= 4, () -> "slots: " + t.slotCount());
        assertEquals(2, t.index("t_pkey").entryCount());
        assertEquals(list(row(1L, 100_000L), row(2L, 0L)), committedRows(store, t));
    }

    @Test
    void anOldSnapshotHoldsVersionsUntilItEnds() {
        insertCommitted(store, t, row(1L, 0L));
        Transaction old = beginRepeatable(store);
        assertEquals(list(row(1L, 0L)), rows(old, t));
        for (long i = 1; i <= 1000; i++) {
            Transaction tx = begin(store);
            updateValue(tx, t, 1L, i);
            tx.commit();
        }
        assertEquals(1001, t.versionCount(), "every version since the old snapshot is kept");
        assertEquals(list(row(1L, 0L)), rows(old, t));
        old.commit();
        store.vacuum();
        assertEquals(1, t.versionCount());
        assertEquals(0, t.deadVersionCount());
    }

    @Test
    void readCommittedReleasesEarlierStatementSnapshots() {
        insertCommitted(store, t, row(1L, 0L));
        Transaction rc = begin(store);
        rows(rc, t);
        for (long i = 1; i <= 100; i++) {
            Transaction tx = begin(store);
            updateValue(tx, t, 1L, i);
            tx.commit();
        }
        assertEquals(101, t.versionCount());
        rows(rc, t); // a new statement: the snapshot of the first one is no longer needed
        store.vacuum();
        assertEquals(1, t.versionCount());
        rc.commit();
    }

    @Test
    void truncateRollsBack() {
        insertCommitted(store, t, row(1L, 0L), row(2L, 0L));
        Transaction tx = begin(store);
        tx.beginStatement();
        t.truncate(tx);
        tx.endStatement();
        assertEquals(List.of(), rows(tx, t));
        insert(tx, t, row(1L, 5L)); // keys of truncated rows are free
        tx.rollback();
        assertEquals(list(row(1L, 0L), row(2L, 0L)), committedRows(store, t));
    }

    @Test
    void truncateCommitsAndFreesEverything() {
        Object[][] many = new Object[5000][];
        for (int i = 0; i < many.length; i++) {
            many[i] = row((long) i, 0L);
        }
        insertCommitted(store, t, many);
        Transaction reader = beginRepeatable(store);
        assertEquals(5000, rows(reader, t).size());
        Transaction tx = begin(store);
        tx.beginStatement();
        t.truncate(tx);
        tx.endStatement();
        insert(tx, t, row(1L, 1L));
        tx.commit();
        assertEquals(list(row(1L, 1L)), committedRows(store, t));
        assertEquals(5000, rows(reader, t).size(), "unlike PostgreSQL, older snapshots still see the rows");
        reader.commit();
        store.vacuum();
        assertEquals(1, t.versionCount());
        assertEquals(1, t.index("t_pkey").entryCount());
    }

    @Test
    void truncateAfterASavepointRollsBackToIt() {
        insertCommitted(store, t, row(1L, 0L));
        Transaction tx = begin(store);
        insert(tx, t, row(2L, 0L));
        tx.savepoint("s");
        tx.beginStatement();
        t.truncate(tx);
        tx.endStatement();
        tx.rollbackToSavepoint("s");
        assertEquals(list(row(1L, 0L), row(2L, 0L)), rows(tx, t));
        tx.commit();
    }
}
