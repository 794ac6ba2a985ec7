package dev.tusk.calcite.store;

import java.util.Arrays;

/**
 * A transaction's changes in the order made, so that a statement, a savepoint or the whole transaction can
 * be undone (newest first), and so that commit knows which versions it deleted.
 */
final class UndoLog {

    static final byte INSERT = 1;
    static final byte DELETE = 2;

    private StoredTable[] tables = new StoredTable[8];
    private RowHandle[] versions = new RowHandle[8];
    private byte[] kinds = new byte[8];
    private int size;

    void add(StoredTable table, RowHandle version, byte kind) {
        if (size == versions.length) {
            int n = size * 2;
            tables = Arrays.copyOf(tables, n);
            versions = Arrays.copyOf(versions, n);
            kinds = Arrays.copyOf(kinds, n);
        }
        tables[size] = table;
        versions[size] = version;
        kinds[size] = kind;
        size++;
    }

    int size() {
        return size;
    }

    StoredTable table(int i) {
        return tables[i];
    }

    RowHandle version(int i) {
        return versions[i];
    }

    byte kind(int i) {
        return kinds[i];
    }

    /** Forgets the entries from {@code mark} on (after they were undone). */
    void truncate(int mark) {
        Arrays.fill(tables, mark, size, null);
        Arrays.fill(versions, mark, size, null);
        size = mark;
        if (mark == 0 && versions.length > 1024) {
            tables = new StoredTable[8];
            versions = new RowHandle[8];
            kinds = new byte[8];
        }
    }
}
