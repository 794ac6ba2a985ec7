package dev.tusk.protocol.backend;

import java.util.Arrays;

/**
 * Extended protocol: the parameter types of a described statement.
 *
 * @param typeOids one type OID per parameter
 */
public record ParameterDescription(int[] typeOids) implements BackendMessage {
    /** Copies the array. */
    public ParameterDescription {
        typeOids = typeOids.clone();
    }

    @Override
    public int[] typeOids() {
        return typeOids.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterDescription p && Arrays.equals(typeOids, p.typeOids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(typeOids);
    }

    @Override
    public String toString() {
        return "ParameterDescription[typeOids=" + Arrays.toString(typeOids) + "]";
    }
}
