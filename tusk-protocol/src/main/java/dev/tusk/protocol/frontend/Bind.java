package dev.tusk.protocol.frontend;

import dev.tusk.protocol.util.Bytes;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Extended protocol: binds parameter values to a prepared statement, creating a portal.
 *
 * @param portalName the portal, empty for the unnamed portal
 * @param statementName the statement, empty for the unnamed statement
 * @param parameterFormats none (all text), one (applies to all) or one per parameter; 0 text, 1 binary
 * @param parameterValues the values; a {@code null} entry is SQL NULL
 * @param resultFormats none (all text), one (applies to all) or one per result column
 */
public record Bind(
        String portalName,
        String statementName,
        short[] parameterFormats,
        List<byte[]> parameterValues,
        short[] resultFormats)
        implements FrontendMessage {
    /** Checks the components and copies the arrays and the list. */
    public Bind {
        Objects.requireNonNull(portalName, "portalName");
        Objects.requireNonNull(statementName, "statementName");
        parameterFormats = parameterFormats.clone();
        parameterValues = Bytes.copyOf(parameterValues);
        resultFormats = resultFormats.clone();
    }

    @Override
    public short[] parameterFormats() {
        return parameterFormats.clone();
    }

    @Override
    public short[] resultFormats() {
        return resultFormats.clone();
    }

    /** The format code of parameter {@code index}, applying the protocol's none/one/each rule. */
    public short parameterFormat(int index) {
        return formatOf(parameterFormats, index);
    }

    /** The format code of result column {@code index}, applying the protocol's none/one/each rule. */
    public short resultFormat(int index) {
        return formatOf(resultFormats, index);
    }

    private static short formatOf(short[] formats, int index) {
        return switch (formats.length) {
            case 0 -> 0;
            case 1 -> formats[0];
            default -> formats[index];
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bind b
                && portalName.equals(b.portalName)
                && statementName.equals(b.statementName)
                && Arrays.equals(parameterFormats, b.parameterFormats)
                && Bytes.equals(parameterValues, b.parameterValues)
                && Arrays.equals(resultFormats, b.resultFormats);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                portalName,
                statementName,
                Arrays.hashCode(parameterFormats),
                Bytes.hashCode(parameterValues),
                Arrays.hashCode(resultFormats));
    }

    @Override
    public String toString() {
        return "Bind[portalName=" + portalName + ", statementName=" + statementName + ", parameterFormats="
                + Arrays.toString(parameterFormats) + ", parameterValues=" + Bytes.toString(parameterValues)
                + ", resultFormats=" + Arrays.toString(resultFormats) + "]";
    }
}
