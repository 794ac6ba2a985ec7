package dev.tusk.types;

/** A PostgreSQL {@code tid}: a tuple's block number and offset, both unsigned, held in their raw bits. */
public record PgTid(int block, short offset) {
    /** The block number as an unsigned value. */
    public long blockNumber() {
        return Integer.toUnsignedLong(block);
    }

    /** The offset number as an unsigned value. */
    public int offsetNumber() {
        return Short.toUnsignedInt(offset);
    }
}
