package dev.tusk.protocol.codec;

/**
 * What a {@code 'p'} message means: the protocol reuses the type byte for every authentication answer, so the
 * server tells the decoder which one its last Authentication request asked for.
 */
public enum AuthResponseKind {
    /** A PasswordMessage (cleartext or MD5). */
    PASSWORD,
    /** A SASLInitialResponse, after AuthenticationSASL. */
    SASL_INITIAL,
    /** A SASLResponse, after AuthenticationSASLContinue. */
    SASL,
    /** A GSSResponse, after AuthenticationGSS, AuthenticationSSPI or AuthenticationGSSContinue. */
    GSS
}
