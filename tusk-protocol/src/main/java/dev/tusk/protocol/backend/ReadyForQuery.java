package dev.tusk.protocol.backend;

/**
 * The server is ready for a new query cycle.
 *
 * @param transactionStatus {@code 'I'} idle, {@code 'T'} in a transaction block, {@code 'E'} in a failed one
 */
public record ReadyForQuery(char transactionStatus) implements BackendMessage {
    /** Not in a transaction block. */
    public static final char IDLE = 'I';

    /** In a transaction block. */
    public static final char IN_TRANSACTION = 'T';

    /** In a failed transaction block; queries are rejected until the block ends. */
    public static final char FAILED = 'E';

    /** Shared instance for {@link #IDLE}. */
    public static final ReadyForQuery IDLE_INSTANCE = new ReadyForQuery(IDLE);

    /** Checks the status. */
    public ReadyForQuery {
        if (transactionStatus != IDLE && transactionStatus != IN_TRANSACTION && transactionStatus != FAILED) {
            throw new IllegalArgumentException("transactionStatus must be 'I', 'T' or 'E': " + transactionStatus);
        }
    }
}
