package dev.tusk.server.internal.copy;

import dev.tusk.server.api.Column;
import dev.tusk.server.api.CopyOptions;
import dev.tusk.server.api.RowStream;
import dev.tusk.server.internal.encode.ByteBufSink;
import dev.tusk.server.internal.encode.RowEncoder;
import dev.tusk.types.ByteArraySink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.TypeCodec;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Encodes {@code COPY ... TO STDOUT} data as PostgreSQL 15 does: the binary header or the header line,
 * one row at a time (PostgreSQL sends one CopyData per row), and the binary trailer. Text and csv values
 * are escaped or quoted with PostgreSQL's rules. Reusable for every row of one COPY; not thread-safe.
 *
 * <p>PostgreSQL sends the binary header in the same CopyData message as the first row (alone with the
 * trailer when there is no row), the text/csv header line in a CopyData of its own, and the trailer in
 * its own. The {@code write*} methods write bare payloads so the caller can group them that way; the
 * {@code write*Message} methods frame one CopyData message each.
 *
 */
public final class CopyOutWriter {

    private final CopyOptions.Format format;
    private final boolean header;
    private final byte delim;
    private final byte quote;
    private final byte escape;
    private final byte[] nullBytes;
    private final boolean[] forceQuote;
    private final Column[] columns;
    private final TypeCodec<Object>[] codecs;
    private final FormatSettings settings;
    private final ByteArraySink scratch = new ByteArraySink(256);
    private final ByteBufSink sink = new ByteBufSink();

    /**
     * A writer for rows of {@code columns} in the format of {@code options}.
     *
     * @throws dev.tusk.server.api.PgException when PostgreSQL would reject the options
     */
    public CopyOutWriter(CopyOptions options, List<Column> columns, FormatSettings settings) {
        CopyFormats.validate(options);
        this.format = options.format();
        this.header = options.header();
        this.delim = (byte) options.delimiter();
        this.quote = (byte) options.quote();
        this.escape = (byte) options.escape();
        this.nullBytes = CopyFormats.nullBytes(options);
        this.columns = columns.toArray(new Column[0]);
        this.forceQuote = new boolean[this.columns.length];
        for (int i : options.forceQuote()) {
            if (i >= 0 && i < forceQuote.length) {
                forceQuote[i] = true;
            }
        }
        this.settings = Objects.requireNonNull(settings, "settings");
        @SuppressWarnings("unchecked")
        TypeCodec<Object>[] c = new TypeCodec[this.columns.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = RowEncoder.codec(this.columns[i]);
        }
        this.codecs = c;
    }

    /** 0 for text and csv, 1 for binary: the overall format code of CopyOutResponse. */
    public int overallFormat() {
        return format == CopyOptions.Format.BINARY ? 1 : 0;
    }

    /** Whether anything comes before the rows: always for binary, for text and csv with HEADER. */
    public boolean hasStart() {
        return format == CopyOptions.Format.BINARY || header;
    }

    /** Whether anything comes after the rows: the binary trailer. */
    public boolean hasEnd() {
        return format == CopyOptions.Format.BINARY;
    }

    /**
     * Whether the start goes in the same CopyData message as the first row (or, with no rows, as the end),
     * as PostgreSQL sends the binary header; false when it is a message of its own (the text/csv header line).
     */
    public boolean startJoinsFirstMessage() {
        return format == CopyOptions.Format.BINARY;
    }

    /**
     * Writes what precedes the rows: the binary signature, flags and empty header extension, or the
     * header line of column names; nothing when {@link #hasStart()} is false.
     */
    public void writeStart(ByteBuf out) {
        switch (format) {
            case BINARY -> {
                out.writeBytes(CopyFormats.BINARY_SIGNATURE);
                out.writeInt(0);
                out.writeInt(0);
            }
            case TEXT, CSV -> {
                if (!header) {
                    return;
                }
                for (int i = 0; i < columns.length; i++) {
                    if (i > 0) {
                        out.writeByte(delim);
                    }
                    byte[] name = columns[i].name().getBytes(StandardCharsets.UTF_8);
                    if (format == CopyOptions.Format.TEXT) {
                        writeTextEscaped(name, name.length, out);
                    } else {
                        writeCsv(name, name.length, false, out);
                    }
                }
                out.writeByte('\n');
            }
        }
    }

    /**
     * Writes the current row of {@code row}: a text or csv line ending in a newline, or a binary tuple.
     * On error nothing is left in {@code out}.
     *
     * @throws dev.tusk.server.api.PgException XX000 for a value of the wrong Java type, or the codec's
     *     SQLSTATE
     */
    public void writeRow(RowStream row, ByteBuf out) {
        int start = out.writerIndex();
        try {
            if (format == CopyOptions.Format.BINARY) {
                writeBinaryRow(row, out);
            } else {
                writeTextRow(row, out);
            }
        } catch (RuntimeException e) {
            out.writerIndex(start);
            throw e;
        }
    }

    /** Writes what follows the rows: the binary trailer (int16 -1); nothing for text and csv. */
    public void writeEnd(ByteBuf out) {
        if (format == CopyOptions.Format.BINARY) {
            out.writeShort(-1);
        }
    }

    /** Writes one CopyData message ('d', length) holding {@link #writeStart(ByteBuf)}'s bytes. */
    public void writeStartMessage(ByteBuf out) {
        int at = beginMessage(out);
        writeStart(out);
        endMessage(out, at);
    }

    /** Writes one CopyData message holding the current row; nothing is left in {@code out} on error. */
    public void writeRowMessage(RowStream row, ByteBuf out) {
        writeRowMessage(row, out, false);
    }

    /**
     * Writes one CopyData message holding the current row, preceded in the same message by {@link
     * #writeStart(ByteBuf)}'s bytes when {@code withStart} (PostgreSQL's first binary message); nothing is
     * left in {@code out} on error.
     */
    public void writeRowMessage(RowStream row, ByteBuf out, boolean withStart) {
        int at = beginMessage(out);
        try {
            if (withStart) {
                writeStart(out);
            }
            writeRow(row, out);
        } catch (RuntimeException e) {
            out.writerIndex(at);
            throw e;
        }
        endMessage(out, at);
    }

    /** Writes one CopyData message holding {@link #writeEnd(ByteBuf)}'s bytes. */
    public void writeEndMessage(ByteBuf out) {
        writeEndMessage(out, false);
    }

    /**
     * Writes one CopyData message holding {@link #writeEnd(ByteBuf)}'s bytes, preceded by {@link
     * #writeStart(ByteBuf)}'s when {@code withStart} (PostgreSQL's only message of a binary COPY with no rows).
     */
    public void writeEndMessage(ByteBuf out, boolean withStart) {
        int at = beginMessage(out);
        if (withStart) {
            writeStart(out);
        }
        writeEnd(out);
        endMessage(out, at);
    }

    private static int beginMessage(ByteBuf out) {
        int at = out.writerIndex();
        out.writeByte('d');
        out.writeInt(0);
        return at;
    }

    private static void endMessage(ByteBuf out, int at) {
        out.setInt(at + 1, out.writerIndex() - at - 1);
    }

    private void writeBinaryRow(RowStream row, ByteBuf out) {
        out.writeShort(columns.length);
        sink.wrap(out);
        for (int i = 0; i < columns.length; i++) {
            Object v = row.get(i);
            if (v == null) {
                out.writeInt(-1);
                continue;
            }
            int lenAt = out.writerIndex();
            out.writeInt(0);
            RowEncoder.encodeValue(columns[i], codecs[i], v, true, settings, sink);
            out.setInt(lenAt, out.writerIndex() - lenAt - 4);
        }
    }

    private void writeTextRow(RowStream row, ByteBuf out) {
        boolean csv = format == CopyOptions.Format.CSV;
        for (int i = 0; i < columns.length; i++) {
            if (i > 0) {
                out.writeByte(delim);
            }
            Object v = row.get(i);
            if (v == null) {
                out.writeBytes(nullBytes);
                continue;
            }
            scratch.reset();
            RowEncoder.encodeValue(columns[i], codecs[i], v, false, settings, scratch);
            if (csv) {
                writeCsv(scratch.buffer(), scratch.size(), forceQuote[i], out);
            } else {
                writeTextEscaped(scratch.buffer(), scratch.size(), out);
            }
        }
        out.writeByte('\n');
    }

    /** PostgreSQL's CopyAttributeOutText. */
    private void writeTextEscaped(byte[] b, int len, ByteBuf out) {
        int start = 0;
        for (int i = 0; i < len; i++) {
            int c = b[i];
            if (c >= 0 && c < 0x20) {
                int esc;
                switch (c) {
                    case '\b' -> esc = 'b';
                    case '\f' -> esc = 'f';
                    case '\n' -> esc = 'n';
                    case '\r' -> esc = 'r';
                    case '\t' -> esc = 't';
                    case 0x0B -> esc = 'v';
                    default -> esc = c == delim ? c : -1;
                }
                if (esc < 0) {
                    continue;
                }
                out.writeBytes(b, start, i - start);
                out.writeByte('\\');
                out.writeByte(esc);
                start = i + 1;
            } else if (c == '\\' || c == delim) {
                out.writeBytes(b, start, i - start);
                out.writeByte('\\');
                start = i; // the character itself goes out with the next run
            }
        }
        out.writeBytes(b, start, len - start);
    }

    /** PostgreSQL's CopyAttributeOutCSV; {@code force} is FORCE_QUOTE for this column. */
    private void writeCsv(byte[] b, int len, boolean force, ByteBuf out) {
        boolean useQuote =
                force || equalsNull(b, len) || (columns.length == 1 && len == 2 && b[0] == '\\' && b[1] == '.');
        for (int i = 0; i < len && !useQuote; i++) {
            byte c = b[i];
            if (c == delim || c == quote || c == '\n' || c == '\r') {
                useQuote = true;
            }
        }
        if (!useQuote) {
            out.writeBytes(b, 0, len);
            return;
        }
        out.writeByte(quote);
        int start = 0;
        for (int i = 0; i < len; i++) {
            byte c = b[i];
            if (c == quote || c == escape) {
                out.writeBytes(b, start, i - start);
                out.writeByte(escape);
                start = i;
            }
        }
        out.writeBytes(b, start, len - start);
        out.writeByte(quote);
    }

    private boolean equalsNull(byte[] b, int len) {
        if (len != nullBytes.length) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (b[i] != nullBytes[i]) {
                return false;
            }
        }
        return true;
    }
}
