package dev.tusk.protocol.backend;

import java.util.Arrays;

/**
 * The server starts sending COPY TO STDOUT data.
 *
 * @param overallFormat 0 textual, 1 binary
 * @param columnFormats one format code per column
 */
public record CopyOutResponse(byte overallFormat, short[] columnFormats) implements BackendMessage {
    /** Copies the format array. */
    public CopyOutResponse {
        columnFormats = columnFormats.clone();
    }

    @Override
    public short[] columnFormats() {
        return columnFormats.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CopyOutResponse other
                && overallFormat == other.overallFormat
                && Arrays.equals(columnFormats, other.columnFormats);
    }

    @Override
    public int hashCode() {
        return 31 * overallFormat + Arrays.hashCode(columnFormats);
    }

    @Override
    public String toString() {
        return "CopyOutResponse[overallFormat=" + overallFormat + ", columnFormats=" + Arrays.toString(columnFormats)
                + "]";
    }
}
