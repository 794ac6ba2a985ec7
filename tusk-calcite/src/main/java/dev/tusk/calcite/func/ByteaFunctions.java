package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.apache.calcite.avatica.util.ByteString;

/** PostgreSQL's functions on bytea: encode/decode (hex, base64, escape), digests, lengths and bytes. */
public final class ByteaFunctions {
    private static final String BASE64_HINT = "Input data is missing padding, is truncated, or is otherwise corrupted.";

    private ByteaFunctions() {}

    /** {@code bytea || bytea → bytea}. */
    @PgFunction("||")
    public static ByteString concat(ByteString a, ByteString b) {
        return a.concat(b);
    }

    /** {@code length(bytea) → int4}: the number of bytes. */
    @PgFunction("length")
    public static int length(ByteString b) {
        return b.length();
    }

    /** {@code octet_length(bytea) → int4}. */
    @PgFunction("octet_length")
    public static int octetLength(ByteString b) {
        return b.length();
    }

    /** {@code bit_length(bytea) → int4}. */
    @PgFunction("bit_length")
    public static int bitLength(ByteString b) {
        return b.length() * 8;
    }

    /** {@code md5(bytea) → text}. */
    @PgFunction("md5")
    public static String md5(ByteString b) {
        return hex(digest("MD5", b.getBytes()));
    }

    /** {@code sha224(bytea) → bytea}. */
    @PgFunction("sha224")
    public static ByteString sha224(ByteString b) {
        return new ByteString(digest("SHA-224", b.getBytes()));
    }

    /** {@code sha256(bytea) → bytea}. */
    @PgFunction("sha256")
    public static ByteString sha256(ByteString b) {
        return new ByteString(digest("SHA-256", b.getBytes()));
    }

    /** {@code sha384(bytea) → bytea}. */
    @PgFunction("sha384")
    public static ByteString sha384(ByteString b) {
        return new ByteString(digest("SHA-384", b.getBytes()));
    }

    /** {@code sha512(bytea) → bytea}. */
    @PgFunction("sha512")
    public static ByteString sha512(ByteString b) {
        return new ByteString(digest("SHA-512", b.getBytes()));
    }

    /** {@code get_byte(bytea, int4) → int4}; 2202E outside the value. */
    @PgFunction("get_byte")
    public static int getByte(ByteString b, int n) {
        if (n < 0 || n >= b.length()) {
            throw new PgException(
                    SqlState.ARRAY_SUBSCRIPT_ERROR, "index " + n + " out of valid range, 0.." + (b.length() - 1));
        }
        return b.byteAt(n) & 0xff;
    }

    /** {@code encode(bytea, text) → text}: hex, base64 (lines of 76) or escape. */
    @PgFunction("encode")
    public static String encode(ByteString data, String format) {
        byte[] b = data.getBytes();
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "hex" -> {
                return hex(b);
            }
            case "base64" -> {
                return Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(b);
            }
            case "escape" -> {
                StringBuilder sb = new StringBuilder(b.length);
                for (byte x : b) {
                    int v = x & 0xff;
                    if (v == 0 || v >= 0x80) {
                        sb.append('\\')
                                .append((char) ('0' + (v >> 6)))
                                .append((char) ('0' + ((v >> 3) & 7)))
                                .append((char) ('0' + (v & 7)));
                    } else if (v == '\\') {
                        sb.append("\\\\");
                    } else {
                        sb.append((char) v);
                    }
                }
                return sb.toString();
            }
            default -> throw unrecognized(format);
        }
    }

    /** {@code decode(text, text) → bytea}: the inverse of encode. */
    @PgFunction("decode")
    public static ByteString decode(String text, String format) {
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "hex" -> {
                return new ByteString(decodeHex(text));
            }
            case "base64" -> {
                return new ByteString(decodeBase64(text));
            }
            case "escape" -> {
                return new ByteString(decodeEscape(text));
            }
            default -> throw unrecognized(format);
        }
    }

    private static PgException unrecognized(String format) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, "unrecognized encoding: \"" + format + "\"");
    }

    private static byte[] decodeHex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() / 2);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            int hi = hexDigit(s, i);
            if (i + 1 >= s.length()) {
                throw new PgException(
                        SqlState.INVALID_PARAMETER_VALUE, "invalid hexadecimal data: odd number of digits");
            }
            int lo = hexDigit(s, i + 1);
            out.write((hi << 4) | lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private static int hexDigit(String s, int i) {
        int d = Character.digit(s.charAt(i), 16);
        if (d < 0 || s.charAt(i) > 0x7f) {
            int cp = s.codePointAt(i);
            throw new PgException(
                    SqlState.INVALID_PARAMETER_VALUE,
                    "invalid hexadecimal digit: \"" + new String(Character.toChars(cp)) + "\"");
        }
        return d;
    }

    private static byte[] decodeBase64(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buf = 0;
        int bits = 0;
        int pad = 0;
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            int v;
            if (c == '=') {
                pad++;
                count++;
                continue;
            } else if (pad > 0) {
                throw base64End();
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A';
            } else if (c >= 'a' && c <= 'z') {
                v = c - 'a' + 26;
            } else if (c >= '0' && c <= '9') {
                v = c - '0' + 52;
            } else if (c == '+') {
                v = 62;
            } else if (c == '/') {
                v = 63;
            } else {
                throw new PgException(
                        SqlState.INVALID_PARAMETER_VALUE,
                        "invalid symbol \"" + new String(Character.toChars(s.codePointAt(i)))
                                + "\" found while decoding base64 sequence");
            }
            count++;
            buf = (buf << 6) | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out.write((buf >> bits) & 0xff);
            }
        }
        if (count % 4 != 0 || pad > 2) {
            throw base64End();
        }
        return out.toByteArray();
    }

    private static PgException base64End() {
        return PgException.builder(SqlState.INVALID_PARAMETER_VALUE, "invalid base64 end sequence")
                .hint(BASE64_HINT)
                .build();
    }

    private static byte[] decodeEscape(String s) {
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            if (in[i] != '\\') {
                out.write(in[i]);
            } else if (i + 1 < in.length && in[i + 1] == '\\') {
                out.write('\\');
                i++;
            } else if (i + 3 < in.length && octal(in[i + 1], '3') && octal(in[i + 2], '7') && octal(in[i + 3], '7')) {
                out.write(((in[i + 1] - '0') << 6) | ((in[i + 2] - '0') << 3) | (in[i + 3] - '0'));
                i += 3;
            } else {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type bytea");
            }
        }
        return out.toByteArray();
    }

    private static boolean octal(byte b, char max) {
        return b >= '0' && b <= max;
    }

    static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
