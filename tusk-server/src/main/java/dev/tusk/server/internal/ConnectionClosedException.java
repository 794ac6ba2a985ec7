package dev.tusk.server.internal;

/** Thrown on the session's thread when the client connection is gone; unwinds the work quietly. */
final class ConnectionClosedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConnectionClosedException() {
        super("connection closed", null, false, false);
    }
}
