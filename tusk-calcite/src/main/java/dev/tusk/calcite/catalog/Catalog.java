package dev.tusk.calcite.catalog;

import dev.tusk.calcite.store.TableStore;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One database: its storage and the committed version of its metadata. A transaction that runs DDL holds the DDL
 * lock until it ends (DDL transactions run one at a time), works on its own {@link CatalogState}, and publishes it
 * when it commits.
 */
public final class Catalog {
    /** The first OID PostgreSQL gives user objects (FirstNormalObjectId). */
    public static final int FIRST_USER_OID = 16384;

    private final TableStore store = new TableStore();
    private final AtomicInteger nextOid = new AtomicInteger(FIRST_USER_OID);
    // a session may run on a different (virtual) thread for each statement, so the lock has an owner, not a thread
    private final Semaphore ddlLock = new Semaphore(1, true);
    private volatile Object ddlOwner;
    private volatile CatalogState committed = CatalogState.initial();

    /** The row store. */
    public TableStore store() {
        return store;
    }

    /** The committed metadata. */
    public CatalogState committed() {
        return committed;
    }

    /** A new OID; OIDs follow the order of DDL, so the same DDL script gives the same OIDs after a restart. */
    public int newOid() {
        return nextOid.getAndIncrement();
    }

    /**
     * Takes the DDL lock for {@code owner} (a session's transaction), waiting while another owner holds it.
     *
     * @param cancelled polled while waiting
     * @return false if cancelled while waiting
     */
    public boolean lockDdl(Object owner, java.util.function.BooleanSupplier cancelled) throws InterruptedException {
        if (ddlOwner == owner) {
            return true;
        }
        while (!ddlLock.tryAcquire(50, TimeUnit.MILLISECONDS)) {
            if (cancelled.getAsBoolean()) {
                return false;
            }
        }
        ddlOwner = owner;
        return true;
    }

    /** Publishes {@code owner}'s metadata at commit and releases its DDL lock. */
    public void publish(Object owner, CatalogState state) {
        if (ddlOwner != owner) {
            throw new IllegalStateException("publishing without the DDL lock");
        }
        committed = state;
        unlockDdl(owner);
    }

    /** Releases {@code owner}'s DDL lock without publishing (rollback); nothing if it does not hold it. */
    public void unlockDdl(Object owner) {
        if (ddlOwner == owner && owner != null) {
            ddlOwner = null;
            ddlLock.release();
        }
    }
}
