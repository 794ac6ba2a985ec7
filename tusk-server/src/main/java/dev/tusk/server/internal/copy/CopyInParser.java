package dev.tusk.server.internal.copy;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.CopyInSink;
import dev.tusk.server.api.CopyOptions;
import dev.tusk.server.api.PgException;
import dev.tusk.server.internal.encode.CodecErrors;
import dev.tusk.server.internal.encode.RowEncoder;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.TypeCodec;
import io.netty.buffer.ByteBuf;
import java.util.List;
import java.util.Objects;

/**
 * Parses the data of a {@code COPY ... FROM STDIN} as it arrives, in CopyData chunks split anywhere (a row
 * may span chunks, a chunk may hold many rows), decodes each field with its target column's codec, and
 * hands each row to a {@link CopyInSink}, failing with PostgreSQL 15's messages and CONTEXT lines.
 *
 * <p>The parser does not call {@link CopyInSink#finish()} or {@link CopyInSink#abort(Throwable)}: the
 * caller does, after {@link #finish()} returns or after any method threw. After an exception the parser
 * is unusable. Codecs must not keep the byte arrays they decode from. Not thread-safe.
 */
public abstract class CopyInParser {

    /** PostgreSQL's MaxAllocSize: no single field or line may reach it. */
    static final int MAX_ALLOC = 0x3FFFFFFF;

    final String relation;
    final Column[] columns;
    final TypeCodec<Object>[] codecs;
    final CopyInSink sink;
    final FormatSettings settings;
    long lineNo;
    private long rows;
    private boolean failed;
    private boolean finished;
    private byte[] copyBuf;

    CopyInParser(String relation, List<Column> columns, CopyInSink sink, FormatSettings settings) {
        this.relation = relation == null ? "stdin" : relation;
        this.columns = columns.toArray(new Column[0]);
        this.sink = Objects.requireNonNull(sink, "sink");
        this.settings = Objects.requireNonNull(settings, "settings");
        @SuppressWarnings("unchecked")
        TypeCodec<Object>[] c = new TypeCodec[this.columns.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = RowEncoder.codec(this.columns[i]);
        }
        this.codecs = c;
    }

    /**
     * A parser for data in the format of {@code options} (HEADER skips the first line).
     *
     * @param relation the table name shown in CONTEXT lines ({@code COPY <relation>, line 3, ...}), or null
     *     when there is none to show ({@code COPY stdin, line 3, ...})
     * @param columns the target columns, in the order of the fields in the data
     * @throws PgException when PostgreSQL would reject the options
     */
    public static CopyInParser create(
            CopyOptions options, List<Column> columns, CopyInSink sink, FormatSettings settings, String relation) {
        return create(options, false, columns, sink, settings, relation);
    }

    /**
     * A parser as {@link #create(CopyOptions, List, CopyInSink, FormatSettings, String)}, where {@code
     * headerMatch} (PostgreSQL 15's {@code HEADER MATCH}, which needs {@code options.header()}) also checks
     * that the header line names the target columns in order.
     */
    public static CopyInParser create(
            CopyOptions options,
            boolean headerMatch,
            List<Column> columns,
            CopyInSink sink,
            FormatSettings settings,
            String relation) {
        CopyFormats.validate(options);
        if (options.format() == CopyOptions.Format.BINARY) {
            return new BinaryCopyInParser(relation, columns, sink, settings);
        }
        return new TextCopyInParser(options, headerMatch && options.header(), relation, columns, sink, settings);
    }

    /** Parses the readable bytes of one CopyData payload, consuming them (the buffer is not released). */
    public final void feed(ByteBuf chunk) {
        int n = chunk.readableBytes();
        if (chunk.hasArray()) {
            feed(chunk.array(), chunk.arrayOffset() + chunk.readerIndex(), n);
        } else {
            if (copyBuf == null || copyBuf.length < n) {
                copyBuf = new byte[Math.max(n, 8192)];
            }
            chunk.getBytes(chunk.readerIndex(), copyBuf, 0, n);
            feed(copyBuf, 0, n);
        }
        chunk.skipBytes(n);
    }

    /** Parses one CopyData payload. */
    public final void feed(byte[] data) {
        feed(data, 0, data.length);
    }

    /**
     * Parses {@code len} bytes of COPY data, handing every row completed by them to the sink.
     *
     * @throws PgException 22P04 for malformed data, the codec's SQLSTATE (22P02, ...) for a bad value,
     *     or whatever the sink throws; CONTEXT ('W') says where
     */
    public final void feed(byte[] data, int off, int len) {
        Objects.checkFromIndexSize(off, len, data.length);
        if (failed || finished) {
            throw new IllegalStateException(failed ? "the COPY already failed" : "the COPY already finished");
        }
        try {
            parse(data, off, len);
        } catch (RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    /**
     * The client sent CopyDone: parses what is left (a last text line without newline) and checks that
     * the data ended cleanly. Returns the number of rows handed to the sink.
     *
     * @throws PgException 22P04 when the data stops inside a header, row or field
     */
    public final long finish() {
        if (failed || finished) {
            throw new IllegalStateException(failed ? "the COPY already failed" : "the COPY already finished");
        }
        try {
            end();
            finished = true;
            return rows;
        } catch (RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    /** The number of rows handed to the sink so far. */
    public final long rowCount() {
        return rows;
    }

    abstract void parse(byte[] b, int off, int len);

    abstract void end();

    /** Hands a row to the sink, adding {@code COPY rel, line n} to the sink's errors. */
    final void emit(Object[] row) {
        try {
            sink.accept(row);
        } catch (PgException e) {
            throw CodecErrors.withContext(e, lineContext());
        }
        rows++;
    }

    /** Decodes one field; codec errors get the field's {@link #fieldContext(int) context}. */
    final Object decode(int column, byte[] b, int off, int len, boolean binary) {
        try {
            return binary
                    ? codecs[column].decodeBinary(b, off, len, settings)
                    : codecs[column].decodeText(b, off, len, settings);
        } catch (PgTypeException e) {
            throw CodecErrors.toPgException(e, fieldContext(column));
        }
    }

    /**
     * The CONTEXT of an error in one field of the current row ({@code COPY t, line 3, column b: "x"}), built only
     * when an error needs it.
     */
    abstract String fieldContext(int column);

    final String lineContext() {
        return "COPY " + relation + ", line " + lineNo;
    }

    static PgException badFormat(String message, String context) {
        return PgException.builder(SqlState.BAD_COPY_FILE_FORMAT, message)
                .field('W', context)
                .build();
    }

    /** PostgreSQL's enlargeStringInfo limit. */
    static PgException tooLarge(long have, long more, String context) {
        return PgException.builder(SqlState.PROGRAM_LIMIT_EXCEEDED, "out of memory")
                .detail("Cannot enlarge string buffer containing " + have + " bytes by " + more + " more bytes.")
                .field('W', context)
                .build();
    }
}
