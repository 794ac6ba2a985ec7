package dev.tusk.types;

import java.net.InetAddress;
import java.util.Objects;

/**
 * An {@code inet} or {@code cidr} value: an IPv4 or IPv6 address, its netmask length and whether it is
 * a network ({@code cidr}) rather than a host address.
 */
public record PgInet(InetAddress address, int bits, boolean cidr) {
    /** Validates that {@code bits} fits the address family (0..32 or 0..128). */
    public PgInet {
        Objects.requireNonNull(address, "address");
        int max = address.getAddress().length * 8;
        if (bits < 0 || bits > max) {
            throw new IllegalArgumentException("bits " + bits + " outside 0.." + max);
        }
    }
}
