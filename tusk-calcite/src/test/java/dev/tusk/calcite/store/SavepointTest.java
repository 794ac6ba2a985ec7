package dev.tusk.calcite.store;

import static dev.tusk.calcite.store.StoreTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.tusk.server.api.PgException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SavepointTest {

    private final TableStore store = new TableStore();
    private final StoredTable t = keyed(store, "t");

    @Test
    void nestedSavepointsUndoInnerWorkOnly() {
        Transaction tx = begin(store);
        insert(tx, t, row(1L, 0L));
        tx.savepoint("a");
        insert(tx, t, row(2L, 0L));
        tx.savepoint("b");
        insert(tx, t, row(3L, 0L));
        updateValue(tx, t, 1L, 5L);
        tx.rollbackToSavepoint("b");
        assertEquals(list(row(1L, 0L), row(2L, 0L)), rows(tx, t));
        assertEquals(List.of("a", "b"), tx.savepointNames(), "ROLLBACK TO keeps the savepoint");
        insert(tx, t, row(3L, 33L));
        tx.rollbackToSavepoint("a");
        assertEquals(List.of("a"), tx.savepointNames(), "later savepoints go");
        assertEquals(list(row(1L, 0L)), rows(tx, t));
        tx.commit();
        assertEquals(list(row(1L, 0L)), committedRows(store, t));
        assertEquals(1, t.versionCount());
    }

    @Test
    void repeatedNamesTheNewestWins() {
        Transaction tx = begin(store);
        tx.savepoint("s");
        insert(tx, t, row(1L, 0L));
        tx.savepoint("s");
        insert(tx, t, row(2L, 0L));
        tx.rollbackToSavepoint("s");
        assertEquals(list(row(1L, 0L)), rows(tx, t));
        tx.releaseSavepoint("s");
        assertEquals(List.of("s"), tx.savepointNames(), "RELEASE removes the newest one of that name");
        tx.rollbackToSavepoint("s");
        assertEquals(List.of(), rows(tx, t));
        tx.commit();
    }

    @Test
    void releaseKeepsTheWorkAndDropsLaterSavepoints() {
        Transaction tx = begin(store);
        tx.savepoint("a");
        insert(tx, t, row(1L, 0L));
        tx.savepoint("b");
        insert(tx, t, row(2L, 0L));
        tx.releaseSavepoint("a");
        assertEquals(List.of(), tx.savepointNames());
        PgException e = assertThrows(PgException.class, () -> tx.rollbackToSavepoint("b"));
        assertEquals("3B001", e.sqlState());
        assertEquals("savepoint \"b\" does not exist", e.getMessage());
        e = assertThrows(PgException.class, () -> tx.releaseSavepoint("zz"));
        assertEquals("savepoint \"zz\" does not exist", e.getMessage());
        tx.commit();
        assertEquals(list(row(1L, 0L), row(2L, 0L)), committedRows(store, t));
    }

    @Test
    void savepointRollbackRevivesDeletedRowsAndFreesTheirKeys() {
        insertCommitted(store, t, row(1L, 0L));
        Transaction tx = begin(store);
        tx.savepoint("a");
        tx.beginStatement();
        assertTrue(t.delete(tx, t.index("t_pkey").lookup(1L, tx.snapshot())));
        t.insert(tx, row(1L, 99L)); // the key is free once its row is deleted
        tx.endStatement();
        tx.rollbackToSavepoint("a");
        assertEquals(list(row(1L, 0L)), rows(tx, t));
        PgException e = assertThrows(PgException.class, () -> insert(tx, t, row(1L, 5L)));
        assertEquals("23505", e.sqlState());
        tx.rollback();
        assertEquals(list(row(1L, 0L)), committedRows(store, t));
    }

    @Test
    void aFailedStatementIsUndoneAndTheTransactionGoesOn() {
        insertCommitted(store, t, row(3L, 0L));
        Transaction tx = begin(store);
        insert(tx, t, row(10L, 0L));
        // INSERT ... VALUES (1), (2), (3): the third row clashes; the first two are undone with it.
        PgException e = assertThrows(PgException.class, () -> insert(tx, t, row(1L, 0L), row(2L, 0L), row(3L, 1L)));
        assertEquals("23505", e.sqlState());
        assertEquals(list(row(3L, 0L), row(10L, 0L)), rows(tx, t));
        insert(tx, t, row(1L, 1L));
        tx.commit();
        assertEquals(list(row(1L, 1L), row(3L, 0L), row(10L, 0L)), committedRows(store, t));
    }

    @Test
    void aFailedStatementAfterASavepointRollsBackToTheSavepoint() {
        // BEGIN; SAVEPOINT s; INSERT ... (fails); ROLLBACK TO s; INSERT ...; COMMIT
        Transaction tx = begin(store);
        insert(tx, t, row(1L, 0L));
        tx.savepoint("s");
        tx.beginStatement();
        t.insert(tx, row(2L, 0L));
        assertThrows(PgException.class, () -> t.insert(tx, row(1L, 0L)));
        tx.abortStatement();
        tx.rollbackToSavepoint("s");
        insert(tx, t, row(3L, 0L));
        tx.commit();
        assertEquals(list(row(1L, 0L), row(3L, 0L)), committedRows(store, t));
    }
}
