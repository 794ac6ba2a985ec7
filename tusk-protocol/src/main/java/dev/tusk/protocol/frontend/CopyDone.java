package dev.tusk.protocol.frontend;

/** Ends the COPY FROM STDIN data. */
public record CopyDone() implements FrontendMessage {
    /** The only instance needed. */
    public static final CopyDone INSTANCE = new CopyDone();
}
