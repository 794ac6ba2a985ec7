package dev.tusk.protocol;

/** The protocol version numbers and the special request codes of the untyped startup packets. */
public final class ProtocolVersion {
    /** Protocol 3.0, {@code 3 << 16}. */
    public static final int V3_0 = 196608;

    /** Protocol 3.2 (PostgreSQL 18): longer cancel keys. There is no 3.1. */
    public static final int V3_2 = 196610;

    /** The code of an SSLRequest, {@code 1234 << 16 | 5679}. */
    public static final int SSL_REQUEST_CODE = 80877103;

    /** The code of a GSSENCRequest, {@code 1234 << 16 | 5680}. */
    public static final int GSSENC_REQUEST_CODE = 80877104;

    /** The code of a CancelRequest, {@code 1234 << 16 | 5678}. */
    public static final int CANCEL_REQUEST_CODE = 80877102;

    private ProtocolVersion() {}

    /** The major version of a packed version number. */
    public static int major(int version) {
        return version >>> 16;
    }

    /** The minor version of a packed version number. */
    public static int minor(int version) {
        return version & 0xffff;
    }

    /** Packs a version number. */
    public static int of(int major, int minor) {
        if (major < 0 || major > 0xffff || minor < 0 || minor > 0xffff) {
            throw new IllegalArgumentException("version out of range: " + major + "." + minor);
        }
        return major << 16 | minor;
    }

    /** Renders a packed version as {@code major.minor}. */
    public static String toString(int version) {
        return major(version) + "." + minor(version);
    }
}
