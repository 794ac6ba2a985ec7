package dev.tusk.server.api;

import java.util.Objects;

/**
 * How COPY data is laid out, with PostgreSQL's defaults: the format, and for text and csv the delimiter,
 * the NULL marker, the header line, and csv's quote and escape characters.
 */
public record CopyOptions(Format format, char delimiter, String nullString, boolean header, char quote, char escape) {

    /** The three COPY formats. */
    public enum Format {
        /** Tab-separated, backslash escapes, {@code \N} for NULL. */
        TEXT,
        /** Comma-separated values with quoting. */
        CSV,
        /** PostgreSQL's binary COPY format with its signature header. */
        BINARY
    }

    public CopyOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(nullString, "nullString");
    }

    /** Text format: tab delimiter, {@code \N} for NULL, no header. */
    public static CopyOptions text() {
        return new CopyOptions(Format.TEXT, '\t', "\\N", false, '"', '"');
    }

    /** CSV format: comma delimiter, empty unquoted string for NULL, double-quote quoting. */
    public static CopyOptions csv() {
        return new CopyOptions(Format.CSV, ',', "", false, '"', '"');
    }

    /** Binary format. */
    public static CopyOptions binary() {
        return new CopyOptions(Format.BINARY, '\t', "\\N", false, '"', '"');
    }

    /** The same options with another delimiter. */
    public CopyOptions withDelimiter(char d) {
        return new CopyOptions(format, d, nullString, header, quote, escape);
    }

    /** The same options with another NULL marker. */
    public CopyOptions withNullString(String n) {
        return new CopyOptions(format, delimiter, n, header, quote, escape);
    }

    /** The same options with or without a header line. */
    public CopyOptions withHeader(boolean h) {
        return new CopyOptions(format, delimiter, nullString, h, quote, escape);
    }

    /** The same options with another csv quote character. */
    public CopyOptions withQuote(char q) {
        return new CopyOptions(format, delimiter, nullString, header, q, escape);
    }

    /** The same options with another csv escape character. */
    public CopyOptions withEscape(char e) {
        return new CopyOptions(format, delimiter, nullString, header, quote, e);
    }
}
