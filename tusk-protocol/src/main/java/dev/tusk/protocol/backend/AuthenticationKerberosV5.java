package dev.tusk.protocol.backend;

/** Asks for Kerberos V5 authentication (obsolete; kept so the protocol is complete). */
public record AuthenticationKerberosV5() implements BackendMessage {
    /** The only instance needed. */
    public static final AuthenticationKerberosV5 INSTANCE = new AuthenticationKerberosV5();
}
