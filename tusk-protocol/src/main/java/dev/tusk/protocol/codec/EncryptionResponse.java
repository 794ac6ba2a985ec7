package dev.tusk.protocol.codec;

/**
 * The server's single-byte answer to an SSLRequest or GSSENCRequest; not a typed message, so it lives beside
 * the message records rather than among them.
 */
public enum EncryptionResponse {
    /** {@code 'S'}: the server accepts SSL; the client starts the TLS handshake. */
    ACCEPTED_SSL('S'),
    /** {@code 'G'}: the server accepts GSSAPI encryption; the client starts the GSS handshake. */
    ACCEPTED_GSS('G'),
    /** {@code 'N'}: the client continues unencrypted (or gives up). */
    REJECTED('N');

    private final byte code;

    EncryptionResponse(char code) {
        this.code = (byte) code;
    }

    /** The byte on the wire. */
    public byte code() {
        return code;
    }
}
