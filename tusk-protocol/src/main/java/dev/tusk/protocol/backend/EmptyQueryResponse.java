package dev.tusk.protocol.backend;

/** Answers an empty query string in place of CommandComplete. */
public record EmptyQueryResponse() implements BackendMessage {
    /** The only instance needed. */
    public static final EmptyQueryResponse INSTANCE = new EmptyQueryResponse();
}
