package dev.tusk.server.internal.encode;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.RowStream;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.TypeCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.List;
import java.util.Objects;

/**
 * Encodes the rows of one result, built once from its columns and the client's result format codes:
 * writes RowDescription and DataRow messages (type byte and length included) straight into a {@link
 * ByteBuf}, with no allocation per row or cell for binary fixed-width values. Not thread-safe.
 */
public final class RowEncoder {

    private final Column[] columns;
    private final TypeCodec<Object>[] codecs;
    private final boolean[] binary;
    private final FormatSettings settings;
    private final ByteBufSink sink = new ByteBufSink();

    private RowEncoder(List<Column> columns, boolean[] binary, FormatSettings settings) {
        this.columns = columns.toArray(new Column[0]);
        this.binary = binary;
        this.settings = Objects.requireNonNull(settings, "settings");
        @SuppressWarnings("unchecked")
        TypeCodec<Object>[] c = new TypeCodec[this.columns.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = codec(this.columns[i]);
        }
        this.codecs = c;
    }

    /**
     * An encoder for {@code columns} in the formats of a Bind message's result format codes: none means
     * all text, one applies to every column, otherwise one per column.
     *
     * @throws PgException 08P01 when the number of format codes fits neither rule, 22023 for a format code
     *     other than 0 or 1 (both as PostgreSQL reports them)
     */
    public static RowEncoder create(List<Column> columns, short[] resultFormats, FormatSettings settings) {
        int n = columns.size();
        if (resultFormats.length > 1 && resultFormats.length != n) {
            throw new PgException(
                    SqlState.PROTOCOL_VIOLATION,
                    "bind message has " + resultFormats.length + " result formats but query has " + n + " columns");
        }
        boolean[] binary = new boolean[n];
        for (int i = 0; i < n; i++) {
            int f = resultFormats.length == 0 ? 0 : resultFormats.length == 1 ? resultFormats[0] : resultFormats[i];
            binary[i] = isBinary(f);
        }
        if (n == 0 && resultFormats.length == 1) {
            isBinary(resultFormats[0]);
        }
        return new RowEncoder(columns, binary, settings);
    }

    /** An encoder sending every column as text (simple query, or Describe of a statement). */
    public static RowEncoder text(List<Column> columns, FormatSettings settings) {
        return new RowEncoder(columns, new boolean[columns.size()], settings);
    }

    static boolean isBinary(int format) {
        if (format == 0) {
            return false;
        }
        if (format == 1) {
            return true;
        }
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unsupported format code: " + format);
    }

    /** The number of columns. */
    public int columnCount() {
        return columns.length;
    }

    /** 0 (text) or 1 (binary): the format column {@code index} is sent in. */
    public int format(int index) {
        return binary[index] ? 1 : 0;
    }

    /**
     * Writes a complete RowDescription message: per column its name, table OID, column number, type OID,
     * typlen, type modifier and format code.
     */
    public void writeRowDescription(ByteBuf out) {
        int start = out.writerIndex();
        out.writeByte('T');
        out.writeInt(0);
        out.writeShort(columns.length);
        for (int i = 0; i < columns.length; i++) {
            Column c = columns[i];
            ByteBufUtil.writeUtf8(out, c.name());
            out.writeByte(0);
            out.writeInt(c.tableOid());
            out.writeShort(c.columnNumber());
            out.writeInt(c.type().oid());
            out.writeShort(c.type().typlen());
            out.writeInt(c.typeModifier());
            out.writeShort(binary[i] ? 1 : 0);
        }
        out.setInt(start + 1, out.writerIndex() - start - 1);
    }

    /**
     * Writes a complete DataRow message for the current row of {@code row}: each value encoded by its
     * column's codec in the column's format, length -1 for NULL. On error nothing is left in {@code out}.
     *
     * @throws PgException XX000 when a value is of a Java type the column's codec does not accept, or the
     *     codec's own SQLSTATE when it rejects the value
     */
    public void writeDataRow(RowStream row, ByteBuf out) {
        int start = out.writerIndex();
        try {
            out.writeByte('D');
            out.writeInt(0);
            out.writeShort(columns.length);
            sink.wrap(out);
            for (int i = 0; i < columns.length; i++) {
                Object value = row.get(i);
                if (value == null) {
                    out.writeInt(-1);
                    continue;
                }
                int lenAt = out.writerIndex();
                out.writeInt(0);
                encode(i, value, binary[i], sink);
                out.setInt(lenAt, out.writerIndex() - lenAt - 4);
            }
            out.setInt(start + 1, out.writerIndex() - start - 1);
        } catch (RuntimeException e) {
            out.writerIndex(start);
            throw e;
        }
    }

    private void encode(int i, Object value, boolean bin, ByteBufSink out) {
        encodeValue(columns[i], codecs[i], value, bin, settings, out);
    }

    /**
     * Encodes one non-null value of {@code column} in text or binary into {@code out}, mapping a wrong
     * Java type to XX000 (naming the column and the class) and codec errors to their SQLSTATE.
     */
    public static void encodeValue(
            Column column,
            TypeCodec<Object> codec,
            Object value,
            boolean binary,
            FormatSettings settings,
            dev.tusk.types.ByteSink out) {
        Object v;
        try {
            v = codec.coerce(value);
        } catch (PgTypeException | ClassCastException e) {
            throw wrongType(column, value, e);
        }
        try {
            if (binary) {
                codec.encodeBinary(v, settings, out);
            } else {
                codec.encodeText(v, settings, out);
            }
        } catch (PgTypeException e) {
            throw CodecErrors.toPgException(e, null);
        } catch (ClassCastException e) {
            throw wrongType(column, value, e);
        }
    }

    private static PgException wrongType(Column column, Object value, Exception cause) {
        return PgException.builder(
                        SqlState.INTERNAL_ERROR,
                        "cannot encode column \"" + column.name() + "\" of type "
                                + column.type().formatType()
                                + ": the engine returned a value of Java type "
                                + value.getClass().getName())
                .cause(cause)
                .build();
    }

    /** The codec of a column's type, typed for encoding any accepted value. */
    @SuppressWarnings("unchecked")
    public static TypeCodec<Object> codec(Column column) {
        return (TypeCodec<Object>) column.type().codec();
    }
}
