package dev.tusk.types;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/** A {@code macaddr} (6 octets) or {@code macaddr8} (8 octets) value, compared by its octets. */
public record PgMacAddr(byte[] octets) {
    /** Validates the length (6 or 8) and copies the octets. */
    public PgMacAddr {
        Objects.requireNonNull(octets, "octets");
        if (octets.length != 6 && octets.length != 8) {
            throw new IllegalArgumentException("a MAC address has 6 or 8 octets, not " + octets.length);
        }
        octets = octets.clone();
    }

    /** The octets (a copy). */
    @Override
    public byte[] octets() {
        return octets.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PgMacAddr m && Arrays.equals(m.octets, octets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(octets);
    }

    @Override
    public String toString() {
        return HexFormat.ofDelimiter(":").formatHex(octets);
    }
}
