package dev.tusk.calcite.store;

import static dev.tusk.calcite.store.StoreTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisibilityTest {

    private final TableStore store = new TableStore();
    private final StoredTable t = keyed(store, "t");

    @Test
    void uncommittedRowsAreInvisibleToOthersAndVisibleToTheirOwnLaterStatements() {
        Transaction a = begin(store);
        insert(a, t, row(1L, 10L));
        assertEquals(list(row(1L, 10L)), rows(a, t));
        Transaction b = begin(store);
        assertEquals(List.of(), rows(b, t));
        a.commit();
        assertEquals(list(row(1L, 10L)), rows(b, t), "READ COMMITTED: the next statement sees the commit");
        b.commit();
    }

    @Test
    void rolledBackRowsNeverAppear() {
        Transaction a = begin(store);
        insert(a, t, row(1L, 10L), row(2L, 20L));
        a.rollback();
        assertEquals(List.of(), committedRows(store, t));
        assertEquals(0, t.versionCount(), "rollback frees the versions at once");
        insertCommitted(store, t, row(1L, 11L));
        assertEquals(list(row(1L, 11L)), committedRows(store, t));
    }

    @Test
    void aStatementDoesNotSeeItsOwnChanges() {
        // UPDATE t SET id = id + 10: a scan that updates as it goes must not meet the new versions
        // (PostgreSQL's command-id rule), or it would move rows twice.
        insertCommitted(store, t, row(1L, 0L), row(2L, 0L), row(3L, 0L));
        Transaction a = begin(store);
        a.beginStatement();
        List<RowHandle> seen = new ArrayList<>();
        for (RowCursor c = t.scan(a.snapshot()); c.next(); ) {
            seen.add(c.handle());
            Object[] r = c.row();
            assertNotNull(t.update(a, c.handle(), row((Long) r[0] + 10, r[1])));
        }
        a.endStatement();
        assertEquals(3, seen.size());
        assertEquals(list(row(11L, 0L), row(12L, 0L), row(13L, 0L)), rows(a, t));
        assertEquals(list(row(1L, 0L), row(2L, 0L), row(3L, 0L)), committedRows(store, t));
        a.commit();
        assertEquals(list(row(11L, 0L), row(12L, 0L), row(13L, 0L)), committedRows(store, t));
    }

    @Test
    void aRowUpdatedTwiceByOneStatementIsUpdatedOnce() {
        // A join feeding the same target row twice: PostgreSQL updates it once and skips the repeat.
        insertCommitted(store, t, row(1L, 0L));
        Transaction a = begin(store);
        a.beginStatement();
        RowHandle h = t.index("t_pkey").lookup(1L, a.snapshot());
        assertNotNull(t.update(a, h, row(1L, 1L)));
        assertNull(t.update(a, h, row(1L, 2L)));
        assertFalse(t.delete(a, h));
        a.endStatement();
        assertEquals(list(row(1L, 1L)), rows(a, t));
        a.commit();
    }

    @Test
    void readCommittedSeesCommitsBetweenStatementsRepeatableReadDoesNot() {
        insertCommitted(store, t, row(1L, 0L));
        Transaction rc = begin(store);
        Transaction rr = beginRepeatable(store);
        assertEquals(list(row(1L, 0L)), rows(rc, t));
        assertEquals(list(row(1L, 0L)), rows(rr, t));
        Transaction w = begin(store);
        updateValue(w, t, 1L, 5L);
        insert(w, t, row(2L, 0L));
        w.commit();
        assertEquals(list(row(1L, 5L), row(2L, 0L)), rows(rc, t));
        assertEquals(list(row(1L, 0L)), rows(rr, t));
        // Own changes are visible under REPEATABLE READ too.
        insert(rr, t, row(3L, 3L));
        assertEquals(list(row(1L, 0L), row(3L, 3L)), rows(rr, t));
        rr.commit();
        rc.commit();
    }

    @Test
    void repeatableReadTakesItsSnapshotAtTheFirstStatementNotAtBegin() {
        Transaction rr = beginRepeatable(store);
        insertCommitted(store, t, row(1L, 0L));
        assertEquals(list(row(1L, 0L)), rows(rr, t));
        insertCommitted(store, t, row(2L, 0L));
        assertEquals(list(row(1L, 0L)), rows(rr, t));
        rr.commit();
    }

    @Test
    void repeatableReadUpdateOfARowChangedSinceTheSnapshotIs40001() {
        // Checked against PostgreSQL 15: "could not serialize access due to concurrent update".
        insertCommitted(store, t, row(1L, 0L), row(2L, 0L));
        Transaction rr = beginRepeatable(store);
        assertEquals(2, rows(rr, t).size());
        Transaction w = begin(store);
        updateValue(w, t, 1L, 7L);
        w.beginStatement();
        assertTrue(t.delete(w, t.index("t_pkey").lookup(2L, w.snapshot())));
        w.endStatement();
        w.commit();
        PgException e = assertThrows(PgException.class, () -> updateValue(rr, t, 1L, 8L));
        assertEquals("40001", e.sqlState());
        assertEquals("could not serialize access due to concurrent update", e.getMessage());
        rr.beginStatement();
        RowHandle gone = t.index("t_pkey").lookup(2L, rr.snapshot());
        e = assertThrows(PgException.class, () -> t.delete(rr, gone));
        assertEquals("could not serialize access due to concurrent delete", e.getMessage());
        rr.abortStatement();
        rr.rollback();
    }

    @Test
    void setIsolationLevelOnlyBeforeTheFirstSnapshot() {
        Transaction tx = begin(store);
        tx.setIsolationLevel(IsolationLevel.REPEATABLE_READ);
        rows(tx, t);
        PgException e = assertThrows(PgException.class, () -> tx.setIsolationLevel(IsolationLevel.READ_COMMITTED));
        assertEquals("25001", e.sqlState());
        assertEquals("SET TRANSACTION ISOLATION LEVEL must be called before any query", e.getMessage());
        tx.commit();
    }

    @Test
    void deletedRowsStayVisibleToOlderSnapshots() {
        insertCommitted(store, t, row(1L, 0L));
        Transaction rr = beginRepeatable(store);
        rows(rr, t);
        Transaction d = begin(store);
        d.beginStatement();
        assertTrue(t.delete(d, t.index("t_pkey").lookup(1L, d.snapshot())));
        d.endStatement();
        assertEquals(List.of(), rows(d, t));
        d.commit();
        assertEquals(List.of(), committedRows(store, t));
        assertEquals(list(row(1L, 0L)), rows(rr, t));
        assertEquals(1, t.versionCount(), "the deleted version is kept while a snapshot sees it");
        rr.commit();
        store.vacuum();
        assertEquals(0, t.versionCount());
    }

    @Test
    void latestSnapshotSeesTheRunningStatementsOwnChanges() {
        Transaction a = begin(store);
        a.beginStatement();
        t.insert(a, row(1L, 0L));
        assertNull(t.index("t_pkey").lookup(1L, a.snapshot()));
        assertNotNull(t.index("t_pkey").lookup(1L, a.latestSnapshot()));
        a.endStatement();
        a.commit();
    }

    @Test
    void oldSnapshotsOfTheSameTransactionKeepTheirView() {
        // A portal opened by an earlier statement keeps reading with its snapshot.
        insertCommitted(store, t, row(1L, 0L));
        Transaction a = begin(store);
        a.retainSnapshots(true);
        a.beginStatement();
        Snapshot portal = a.snapshot();
        a.endStatement();
        updateValue(a, t, 1L, 9L);
        insert(a, t, row(2L, 0L));
        assertEquals(list(row(1L, 0L)), scan(t, portal));
        assertEquals(list(row(1L, 9L), row(2L, 0L)), rows(a, t));
        a.commit();
    }

    @Test
    void writesNeedARunningStatement() {
        Transaction a = begin(store);
        assertThrows(IllegalStateException.class, () -> t.insert(a, row(1L, 0L)));
        a.commit();
        assertThrows(IllegalStateException.class, a::beginStatement);
    }
}
