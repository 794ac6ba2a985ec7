package dev.tusk.server.api;

/** The transaction status ReadyForQuery reports: idle, in a transaction block, or in a failed block. */
public enum TransactionStatus {
    /** Not in a transaction block ('I'). */
    IDLE('I'),
    /** In a transaction block ('T'). */
    IN_TRANSACTION('T'),
    /** In a failed transaction block ('E'): statements are rejected until the block ends. */
    FAILED('E');

    private final char indicator;

    TransactionStatus(char indicator) {
        this.indicator = indicator;
    }

    /** The byte ReadyForQuery carries. */
    public char indicator() {
        return indicator;
    }
}
