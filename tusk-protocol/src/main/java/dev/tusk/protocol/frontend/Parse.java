package dev.tusk.protocol.frontend;

import java.util.Arrays;
import java.util.Objects;

/**
 * Extended protocol: prepares a statement.
 *
 * @param statementName the name, empty for the unnamed statement
 * @param query the query text
 * @param parameterTypes parameter type OIDs; 0 leaves a type unspecified
 */
public record Parse(String statementName, String query, int[] parameterTypes) implements FrontendMessage {
    /** Checks the components and copies the type array. */
    public Parse {
        Objects.requireNonNull(statementName, "statementName");
        Objects.requireNonNull(query, "query");
        parameterTypes = parameterTypes.clone();
    }

    @Override
    public int[] parameterTypes() {
        return parameterTypes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parse p
                && statementName.equals(p.statementName)
                && query.equals(p.query)
                && Arrays.equals(parameterTypes, p.parameterTypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(statementName, query, Arrays.hashCode(parameterTypes));
    }

    @Override
    public String toString() {
        return "Parse[statementName=" + statementName + ", query=" + query + ", parameterTypes="
                + Arrays.toString(parameterTypes) + "]";
    }
}
