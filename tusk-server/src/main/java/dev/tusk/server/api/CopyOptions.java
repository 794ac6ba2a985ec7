package dev.tusk.server.api;

import java.util.Objects;
import java.util.Set;

/**
 * How COPY data is laid out, with PostgreSQL's defaults: the format, and for text and csv the delimiter,
 * the NULL marker, the header line, csv's quote and escape characters, and the columns (0-based) whose non-NULL
 * values csv output always quotes (FORCE_QUOTE).
 */
public record CopyOptions(
        Format format,
        char delimiter,
        String nullString,
        boolean header,
        char quote,
        char escape,
        Set<Integer> forceQuote) {

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
        forceQuote = Set.copyOf(forceQuote);
    }

    /** Options without FORCE_QUOTE. */
    public CopyOptions(Format format, char delimiter, String nullString, boolean header, char quote, char escape) {
        this(format, delimiter, nullString, header, quote, escape, Set.of());
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
        return new CopyOptions(format, d, nullString, header, quote, escape, forceQuote);
    }

    /** The same options with another NULL marker. */
    public CopyOptions withNullString(String n) {
        return new CopyOptions(format, delimiter, n, header, quote, escape, forceQuote);
    }

    /** The same options with or without a header line. */
    public CopyOptions withHeader(boolean h) {
        return new CopyOptions(format, delimiter, nullString, h, quote, escape, forceQuote);
    }

    /** The same options with another csv quote character. */
    public CopyOptions withQuote(char q) {
        return new CopyOptions(format, delimiter, nullString, header, q, escape, forceQuote);
    }

    /** The same options with another csv escape character. */
    public CopyOptions withEscape(char e) {
        return new CopyOptions(format, delimiter, nullString, header, quote, e, forceQuote);
    }

    /** The same options with csv output quoting every non-NULL value of these columns (0-based), FORCE_QUOTE. */
    public CopyOptions withForceQuote(Set<Integer> columns) {
        return new CopyOptions(format, delimiter, nullString, header, quote, escape, columns);
    }
}
