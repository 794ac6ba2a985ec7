package dev.tusk.protocol.frontend;

import dev.tusk.protocol.util.Bytes;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The legacy fast-path function call interface.
 *
 * @param functionOid the function to call
 * @param argumentFormats none (all text), one (applies to all) or one per argument
 * @param arguments the argument values; a {@code null} entry is SQL NULL
 * @param resultFormat 0 text, 1 binary
 */
public record FunctionCall(int functionOid, short[] argumentFormats, List<byte[]> arguments, short resultFormat)
        implements FrontendMessage {
    /** Checks the components and copies the array and the list. */
    public FunctionCall {
        argumentFormats = argumentFormats.clone();
        arguments = Bytes.copyOf(arguments);
    }

    @Override
    public short[] argumentFormats() {
        return argumentFormats.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FunctionCall f
                && functionOid == f.functionOid
                && resultFormat == f.resultFormat
                && Arrays.equals(argumentFormats, f.argumentFormats)
                && Bytes.equals(arguments, f.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(functionOid, resultFormat, Arrays.hashCode(argumentFormats), Bytes.hashCode(arguments));
    }

    @Override
    public String toString() {
        return "FunctionCall[functionOid=" + functionOid + ", argumentFormats=" + Arrays.toString(argumentFormats)
                + ", arguments=" + Bytes.toString(arguments) + ", resultFormat=" + resultFormat + "]";
    }
}
