package dev.tusk.types;

import java.util.Arrays;
import java.util.Objects;

/**
 * A {@code bit} or {@code bit varying} value: {@code length} bits packed most significant first into
 * {@code bits}, the unused low bits of the last byte zero.
 */
public record PgBits(int length, byte[] bits) {
    /** Validates that {@code bits} holds exactly {@code length} bits and copies it. */
    public PgBits {
        Objects.requireNonNull(bits, "bits");
        if (length < 0 || bits.length != (length + 7) / 8) {
            throw new IllegalArgumentException("length " + length + " does not match " + bits.length + " bytes");
        }
        bits = bits.clone();
        if (length % 8 != 0) {
            bits[bits.length - 1] &= (byte) (0xFF << (8 - length % 8));
        }
    }

    /** Parses a string of {@code 0} and {@code 1} characters. */
    public static PgBits of(String binaryDigits) {
        int n = binaryDigits.length();
        byte[] b = new byte[(n + 7) / 8];
        for (int i = 0; i < n; i++) {
            char c = binaryDigits.charAt(i);
            if (c == '1') {
                b[i / 8] |= (byte) (0x80 >>> (i % 8));
            } else if (c != '0') {
                throw new IllegalArgumentException("not a binary digit: " + c);
            }
        }
        return new PgBits(n, b);
    }

    /** The packed bits (a copy). */
    @Override
    public byte[] bits() {
        return bits.clone();
    }

    /** Bit {@code i} (0 is the first, leftmost). */
    public boolean get(int i) {
        Objects.checkIndex(i, length);
        return (bits[i / 8] & (0x80 >>> (i % 8))) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PgBits p && p.length == length && Arrays.equals(p.bits, bits);
    }

    @Override
    public int hashCode() {
        return 31 * length + Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(get(i) ? '1' : '0');
        }
        return sb.toString();
    }
}
