package dev.tusk.protocol.backend;

/** Extended protocol: the described statement or portal returns no rows. */
public record NoData() implements BackendMessage {
    /** The only instance needed. */
    public static final NoData INSTANCE = new NoData();
}
