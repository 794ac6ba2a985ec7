package dev.tusk.protocol.backend;

/** Ends the COPY TO STDOUT data. */
public record CopyDone() implements BackendMessage {
    /** The only instance needed. */
    public static final CopyDone INSTANCE = new CopyDone();
}
