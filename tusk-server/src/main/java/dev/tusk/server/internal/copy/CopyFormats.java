package dev.tusk.server.internal.copy;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.CopyOptions;
import dev.tusk.server.api.PgException;
import java.nio.charset.StandardCharsets;

/** PostgreSQL 15's checks of COPY options (from {@code ProcessCopyOptions}) and shared COPY constants. */
public final class CopyFormats {

    /** The 11-byte signature that starts binary COPY data: {@code PGCOPY\n\377\r\n\0}. */
    static final byte[] BINARY_SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    /** PostgreSQL's MAX_COPY_DATA_DISPLAY: how many bytes of a value an error context shows. */
    static final int MAX_DISPLAY = 100;

    private CopyFormats() {}

    /**
     * Rejects options PostgreSQL rejects, with its messages: multi-byte or unsafe delimiters, newlines in
     * the NULL marker, a delimiter or quote inside the NULL marker, equal delimiter and quote, HEADER with
     * BINARY.
     *
     * @throws PgException 0A000 or 22023 as PostgreSQL reports them
     */
    public static void validate(CopyOptions o) {
        if (o.format() == CopyOptions.Format.BINARY) {
            if (o.header()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot specify HEADER in BINARY mode");
            }
            return;
        }
        boolean csv = o.format() == CopyOptions.Format.CSV;
        char d = o.delimiter();
        if (d == 0 || d > 127) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY delimiter must be a single one-byte character");
        }
        if (d == '\r' || d == '\n') {
            throw new PgException(
                    SqlState.INVALID_PARAMETER_VALUE, "COPY delimiter cannot be newline or carriage return");
        }
        String n = o.nullString();
        if (n.indexOf('\r') >= 0 || n.indexOf('\n') >= 0) {
            throw new PgException(
                    SqlState.INVALID_PARAMETER_VALUE, "COPY null representation cannot use newline or carriage return");
        }
        if (!csv && "\\.abcdefghijklmnopqrstuvwxyz0123456789".indexOf(d) >= 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY delimiter cannot be \"" + d + "\"");
        }
        if (csv) {
            if (o.quote() == 0 || o.quote() > 127) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY quote must be a single one-byte character");
            }
            if (d == o.quote()) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY delimiter and quote must be different");
            }
            if (o.escape() == 0 || o.escape() > 127) {
                throw new PgException(
                        SqlState.FEATURE_NOT_SUPPORTED, "COPY escape must be a single one-byte character");
            }
        }
        if (n.indexOf(d) >= 0) {
            throw new PgException(
                    SqlState.INVALID_PARAMETER_VALUE, "COPY delimiter must not appear in the NULL specification");
        }
        if (csv && n.indexOf(o.quote()) >= 0) {
            throw new PgException(
                    SqlState.INVALID_PARAMETER_VALUE, "CSV quote character must not appear in the NULL specification");
        }
    }

    /** The NULL marker's bytes. */
    static byte[] nullBytes(CopyOptions o) {
        return o.nullString().getBytes(StandardCharsets.UTF_8);
    }

    /** PostgreSQL's {@code limit_printout_length}: at most 100 bytes (cut at a character start), then "...". */
    static String display(byte[] b, int off, int len) {
        if (len <= MAX_DISPLAY) {
            return new String(b, off, len, StandardCharsets.UTF_8);
        }
        int cut = MAX_DISPLAY;
        while (cut > 0 && (b[off + cut] & 0xC0) == 0x80) {
            cut--;
        }
        return new String(b, off, cut, StandardCharsets.UTF_8) + "...";
    }
}
