package dev.tusk.calcite.store;

import java.util.Arrays;

/**
 * The row versions of one table in numbered slots, in segments of fixed size so that scans are a tight
 * loop over arrays. Slots freed by vacuum or undo are reused. Writers hold the table's mutation lock;
 * scans read without locks: a scan reads the high-water mark once and sees every version stored before
 * it, and a version stored in a slot while the scan runs belongs to a transaction its snapshot cannot see.
 */
final class Heap {

    static final int SHIFT = 10;
    static final int SEGMENT = 1 << SHIFT;
    static final int MASK = SEGMENT - 1;

    private volatile RowHandle[][] segments = new RowHandle[4][];
    /** Slots below this may be in use. Written after the slot and its segment, read before them. */
    private volatile int highWater;

    private int[] free = new int[64];
    private int freeCount;
    private int count;

    /** Stores a version in a free slot. Caller holds the mutation lock. */
    void add(RowHandle v) {
        int slot;
        if (freeCount > 0) {
            slot = free[--freeCount];
            segments[slot >>> SHIFT][slot & MASK] = v;
            v.slot = slot;
        } else {
            slot = highWater;
            RowHandle[][] segs = segments;
            int s = slot >>> SHIFT;
            if (s == segs.length) {
                segs = Arrays.copyOf(segs, s * 2);
            }
            if (segs[s] == null) {
                segs[s] = new RowHandle[SEGMENT];
            }
            segs[s][slot & MASK] = v;
            v.slot = slot;
            segments = segs;
            highWater = slot + 1;
        }
        count++;
    }

    /** Frees a version's slot. Caller holds the mutation lock. */
    void remove(RowHandle v) {
        int slot = v.slot;
        if (slot < 0) {
            return;
        }
        segments[slot >>> SHIFT][slot & MASK] = null;
        v.slot = -1;
        count--;
        if (count == 0) {
            // Empty (after TRUNCATE or deleting everything): start over so scans do not walk empty slots.
            // Running scans keep the arrays they read.
            segments = new RowHandle[4][];
            highWater = 0;
            freeCount = 0;
            if (free.length > 1024) {
                free = new int[64];
            }
            return;
        }
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = slot;
    }

    /** Versions stored, live or dead. */
    int count() {
        return count;
    }

    int highWater() {
        return highWater;
    }

    RowHandle[][] segments() {
        return segments;
    }
}
