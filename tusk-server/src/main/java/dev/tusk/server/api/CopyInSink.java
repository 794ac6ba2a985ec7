package dev.tusk.server.api;

/**
 * Receives the rows of a {@code COPY ... FROM STDIN}, already parsed from the client's text, csv or binary
 * data and decoded with the target columns' types. Called on one thread, in order.
 */
public interface CopyInSink {

    /**
     * Takes one row: one Java value per target column, null for SQL NULL. The array is the sink's to keep.
     *
     * @throws PgException to abort the COPY (for example 23505 on a duplicate key)
     */
    void accept(Object[] row) throws PgException;

    /**
     * The client sent CopyDone: make the rows visible and return how many were copied (for the {@code COPY
     * n} tag).
     */
    long finish() throws PgException;

    /**
     * The COPY failed (CopyFail from the client, bad data, a cancel or a lost connection): discard what was
     * accepted. Called at most once, and never after {@link #finish()} returned.
     */
    void abort(Throwable reason);
}
