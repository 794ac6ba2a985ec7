package dev.tusk.protocol.frontend;

/** Extended protocol: ends a batch; the server closes the implicit transaction and sends ReadyForQuery. */
public record Sync() implements FrontendMessage {
    /** The only instance needed. */
    public static final Sync INSTANCE = new Sync();
}
