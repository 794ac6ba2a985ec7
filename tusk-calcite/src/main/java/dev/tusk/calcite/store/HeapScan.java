package dev.tusk.calcite.store;

/** A scan of a whole table with one snapshot: the heap's slots up to the high-water mark seen at the start. */
final class HeapScan implements RowCursor {

    private final Snapshot snapshot;
    private final int end;
    private final RowHandle[][] segments;
    private int position;
    private RowHandle current;

    HeapScan(Heap heap, Snapshot snapshot) {
        this.snapshot = snapshot;
        this.end = heap.highWater();
        this.segments = heap.segments();
    }

    @Override
    public boolean next() {
        int p = position;
        int end = this.end;
        RowHandle[][] segs = segments;
        while (p < end) {
            RowHandle[] seg = segs[p >>> Heap.SHIFT];
            int stop = Math.min(end, (p | Heap.MASK) + 1);
            for (; p < stop; p++) {
                RowHandle v = seg[p & Heap.MASK];
                if (v != null && snapshot.sees(v)) {
                    position = p + 1;
                    current = v;
                    return true;
                }
            }
        }
        position = p;
        current = null;
        return false;
    }

    @Override
    public RowHandle handle() {
        return current;
    }

    @Override
    public Object[] row() {
        return current.row;
    }
}
