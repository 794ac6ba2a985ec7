package dev.tusk.server.tls;

/** The server's TLS identity cannot be loaded: a missing, unreadable or malformed certificate or key file. */
public final class TlsSetupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With a message naming the file and what is wrong with it. */
    public TlsSetupException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a message naming the file and what is wrong with it. */
    public TlsSetupException(String message) {
        super(message);
    }
}
