package dev.tusk.calcite.store;

/**
 * What one statement (or, under REPEATABLE READ, one transaction) sees: the versions created by
 * transactions that committed before the snapshot was taken, plus its own transaction's versions from
 * earlier commands, minus those deleted the same way. A statement never sees its own changes (PostgreSQL's
 * command-id rule). The "latest" snapshot of {@link Transaction#latestSnapshot()} instead sees everything
 * committed so far and all of its own transaction's changes, for checks made under a lock.
 */
public final class Snapshot {

    final Transaction owner;
    /** Sees commits with a commit sequence number up to this one. */
    final long csn;
    /** Sees its own transaction's versions created by commands before this one. */
    final int cid;

    Snapshot(Transaction owner, long csn, int cid) {
        this.owner = owner;
        this.csn = csn;
        this.cid = cid;
    }

    /** The transaction that took this snapshot. */
    public Transaction transaction() {
        return owner;
    }

    /** Whether this snapshot sees the given row version. */
    public boolean sees(RowHandle v) {
        Transaction c = v.xmin;
        if (c == owner) {
            if (v.cmin >= cid) {
                return false;
            }
        } else {
            long cc = v.xminCsnHint;
            if (cc == 0) {
                cc = c.csn;
                if (cc <= 0) {
                    if (cc != Transaction.COMMITTING) {
                        return false;
                    }
                    cc = c.awaitCommitSequence();
                    if (cc <= 0) {
                        return false;
                    }
                }
                v.xminCsnHint = cc;
            }
            if (cc > csn) {
                return false;
            }
        }
        Transaction d = v.xmax;
        if (d == null) {
            return true;
        }
        if (d == owner) {
            return v.cmax >= cid;
        }
        long dc = d.csn;
        if (dc == Transaction.COMMITTING) {
            dc = d.awaitCommitSequence();
        }
        return dc <= 0 || dc > csn;
    }

    @Override
    public String toString() {
        return "Snapshot[csn=" + (csn == Long.MAX_VALUE ? "latest" : Long.toString(csn)) + ", cid=" + cid + "]";
    }
}
