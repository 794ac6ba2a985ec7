package dev.tusk.calcite.store;

/** The two table lock modes the store uses: writers take EXCLUSIVE, foreign-key checks may take SHARE. */
public enum LockMode {
    /**
     * Held by transactions that must see a table stay unchanged by others until they end (a foreign-key
     * check); compatible with other SHARE holders, conflicts with EXCLUSIVE.
     */
    SHARE,
    /** Taken at a transaction's first write to a table and held until commit or rollback. */
    EXCLUSIVE
}
