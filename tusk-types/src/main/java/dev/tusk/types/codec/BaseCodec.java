package dev.tusk.types.codec;

import dev.tusk.types.PgTypeException;
import dev.tusk.types.TypeCodec;
import java.nio.charset.StandardCharsets;

/** Shared plumbing for codecs: the SQL type name used in messages, byte reading and whitespace rules. */
public abstract class BaseCodec<T> implements TypeCodec<T> {
    /** The name PostgreSQL uses in this type's error messages, e.g. {@code integer}. */
    protected final String sqlName;

    private final Class<T> javaType;

    /** Creates a codec for values of {@code javaType} named {@code sqlName} in messages. */
    protected BaseCodec(String sqlName, Class<T> javaType) {
        this.sqlName = sqlName;
        this.javaType = javaType;
    }

    @Override
    public final Class<T> javaType() {
        return javaType;
    }

    @Override
    public T coerce(Object value) {
        if (javaType.isInstance(value)) {
            return javaType.cast(value);
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }

    /** The type name used in error messages. */
    public String sqlName() {
        return sqlName;
    }

    /** Decodes UTF-8 text input. */
    protected static String utf8(byte[] buf, int off, int len) {
        return new String(buf, off, len, StandardCharsets.UTF_8);
    }

    /** The C {@code isspace} set PostgreSQL's input functions skip. */
    protected static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }

    /** Strips PostgreSQL whitespace from both ends. */
    protected static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Fails unless a binary value has exactly {@code expected} bytes. */
    protected static void checkLength(int len, int expected) {
        if (len < expected) {
            throw PgTypeException.insufficientData();
        }
        if (len > expected) {
            throw PgTypeException.badBinary();
        }
    }

    /** Reads a big-endian 16-bit value. */
    protected static short readShort(byte[] b, int off) {
        return (short) (((b[off] & 0xFF) << 8) | (b[off + 1] & 0xFF));
    }

    /** Reads a big-endian 32-bit value. */
    protected static int readInt(byte[] b, int off) {
        return ((b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
    }

    /** Reads a big-endian 64-bit value. */
    protected static long readLong(byte[] b, int off) {
        return ((long) readInt(b, off) << 32) | (readInt(b, off + 4) & 0xFFFFFFFFL);
    }

    /**
     * Parses an integer as PostgreSQL 15's {@code pg_strtoint16/32/64}: optional surrounding whitespace, an
     * optional sign and decimal digits, accumulated within {@code [min, max]} so that overflow is reported as
     * soon as a digit overflows, before any trailing junk is looked at.
     */
    protected static long parseInteger(String s, long min, long max, String typeName) {
        int i = 0;
        int n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        if (i >= n || s.charAt(i) < '0' || s.charAt(i) > '9') {
            throw PgTypeException.invalidInput(typeName, s);
        }
        long acc = 0; // accumulated negatively, like PostgreSQL, so min fits
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            int d = s.charAt(i) - '0';
            if (acc < (min + d) / 10 || acc * 10 - d < min) {
                throw PgTypeException.outOfRange(typeName, s);
            }
            acc = acc * 10 - d;
            i++;
        }
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        if (i != n) {
            throw PgTypeException.invalidInput(typeName, s);
        }
        if (!neg && acc < -max) {
            throw PgTypeException.outOfRange(typeName, s);
        }
        return neg ? acc : -acc;
    }

    /**
     * C's {@code strtoul(s + from, &end, 10)}: whitespace, an optional sign (a minus negates modulo 2^64),
     * decimal digits. Returns {value as unsigned 64 bits, end index, 1 if ERANGE else 0}; with no digits the
     * value is 0 and the end is {@code from}.
     */
    protected static long[] strtoul(String s, int from) {
        int i = from;
        int n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int start = i;
        long v = 0;
        boolean range = false;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            int d = s.charAt(i) - '0';
            if (Long.compareUnsigned(v, Long.divideUnsigned(-1L - d, 10)) > 0) {
                range = true;
            } else {
                v = v * 10 + d;
            }
            i++;
        }
        if (i == start) {
            return new long[] {0, from, 0};
        }
        if (range) {
            return new long[] {-1L, i, 1};
        }
        return new long[] {neg ? -v : v, i, 0};
    }
}
