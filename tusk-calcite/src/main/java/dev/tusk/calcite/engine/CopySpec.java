package dev.tusk.calcite.engine;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.CopyOptions;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The options of one COPY statement, read and checked as PostgreSQL 15's {@code ProcessCopyOptions} does: the
 * server's {@link CopyOptions} plus what Tusk applies itself (FREEZE, FORCE_NOT_NULL, FORCE_NULL).
 *
 * @param options the format options the server applies
 * @param freeze FREEZE was requested
 * @param forceNotNull the FORCE_NOT_NULL columns (csv input)
 * @param forceNull the FORCE_NULL columns (csv input)
 * @param forceQuote the FORCE_QUOTE columns (csv output), {@code ["*"]} for all
 */
record CopySpec(
        CopyOptions options,
        boolean freeze,
        List<String> forceNotNull,
        List<String> forceNull,
        List<String> forceQuote) {

    /** Reads the option map the parser built (names lower-cased, values as written, null when absent). */
    static CopySpec read(Map<String, String> raw, boolean from) {
        String format = null;
        boolean freeze = false;
        String delimiter = null;
        String nullString = null;
        Boolean header = null;
        String quote = null;
        String escape = null;
        String forceQuote = null;
        String forceNotNull = null;
        String forceNull = null;
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String name = e.getKey();
            String v = e.getValue();
            switch (name) {
                case "format" -> {
                    format = v == null ? "" : v.toLowerCase(Locale.ROOT);
                    if (!format.equals("text") && !format.equals("csv") && !format.equals("binary")) {
                        throw new PgException(
                                SqlState.INVALID_PARAMETER_VALUE, "COPY format \"" + v + "\" not recognized");
                    }
                }
                case "freeze" -> freeze = bool(name, v);
                case "delimiter" -> delimiter = string(name, v);
                case "null" -> nullString = string(name, v);
                case "header" -> header = header(v, from);
                case "quote" -> quote = string(name, v);
                case "escape" -> escape = string(name, v);
                case "force_quote" -> forceQuote = list(name, v);
                case "force_not_null" -> forceNotNull = list(name, v);
                case "force_null" -> forceNull = list(name, v);
                case "encoding" -> encoding(v);
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "option \"" + name + "\" not recognized");
            }
        }
        boolean binary = "binary".equals(format);
        boolean csv = "csv".equals(format);
        if (binary && delimiter != null) {
            throw new PgException(SqlState.SYNTAX_ERROR, "cannot specify DELIMITER in BINARY mode");
        }
        if (binary && nullString != null) {
            throw new PgException(SqlState.SYNTAX_ERROR, "cannot specify NULL in BINARY mode");
        }
        CopyOptions o = binary ? CopyOptions.binary() : csv ? CopyOptions.csv() : CopyOptions.text();
        if (delimiter != null) {
            o = o.withDelimiter(single(delimiter, "COPY delimiter"));
        }
        if (nullString != null) {
            o = o.withNullString(nullString);
        }
        if (header != null) {
            o = o.withHeader(header);
        }
        if (binary && o.header()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot specify HEADER in BINARY mode");
        }
        if (!csv && quote != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY quote available only in CSV mode");
        }
        if (quote != null) {
            o = o.withQuote(single(quote, "COPY quote"));
            if (escape == null) {
                o = o.withEscape(o.quote());
            }
        }
        if (csv && o.delimiter() == o.quote()) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY delimiter and quote must be different");
        }
        if (!csv && escape != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY escape available only in CSV mode");
        }
        if (escape != null) {
            o = o.withEscape(single(escape, "COPY escape"));
        }
        if (!csv && forceQuote != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY force quote available only in CSV mode");
        }
        if (forceQuote != null && from) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY force quote only available using COPY TO");
        }
        if (!csv && forceNotNull != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY force not null available only in CSV mode");
        }
        if (forceNotNull != null && !from) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY force not null only available using COPY FROM");
        }
        if (!csv && forceNull != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY force null available only in CSV mode");
        }
        if (forceNull != null && !from) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY force null only available using COPY FROM");
        }
        return new CopySpec(o, freeze, names(forceNotNull), names(forceNull), names(forceQuote));
    }

    private static List<String> names(String joined) {
        List<String> out = new ArrayList<>();
        if (joined != null) {
            for (String s : joined.split(",", -1)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static char single(String s, String what) {
        if (s.length() != 1 || s.charAt(0) > 127) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, what + " must be a single one-byte character");
        }
        return s.charAt(0);
    }

    private static String string(String name, String v) {
        if (v == null) {
            throw new PgException(SqlState.SYNTAX_ERROR, name + " requires a parameter");
        }
        return v;
    }

    private static String list(String name, String v) {
        if (v == null || v.equals("*") && !name.equals("force_quote")) {
            throw new PgException(
                    SqlState.SYNTAX_ERROR, "argument to option \"" + name + "\" must be a list of column names");
        }
        return v;
    }

    /** PostgreSQL's defGetBoolean. */
    private static boolean bool(String name, String v) {
        Boolean b = parseBool(v);
        if (b == null) {
            throw new PgException(SqlState.SYNTAX_ERROR, name + " requires a Boolean value");
        }
        return b;
    }

    private static Boolean parseBool(String v) {
        if (v == null) {
            return true;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "on", "1" -> true;
            case "false", "off", "0" -> false;
            default -> null;
        };
    }

    /** PostgreSQL's defGetCopyHeaderChoice. */
    private static boolean header(String v, boolean from) {
        Boolean b = parseBool(v);
        if (b != null) {
            return b;
        }
        if (v.equalsIgnoreCase("match")) {
            if (!from) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot use \"match\" with HEADER in COPY TO");
            }
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY HEADER MATCH is not supported yet");
        }
        throw new PgException(SqlState.SYNTAX_ERROR, "header requires a Boolean value or \"match\"");
    }

    private static void encoding(String v) {
        String n = v == null ? "" : v.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        switch (n) {
            case "utf8", "unicode", "sqlascii" -> {}
            case "latin1", "latin2", "latin9", "win1252", "win1251", "euckr", "eucjp", "sjis", "gbk", "big5" ->
                throw new PgException(
                        SqlState.FEATURE_NOT_SUPPORTED, "COPY ENCODING other than UTF8 is not supported yet");
            default ->
                throw new PgException(
                        SqlState.INVALID_PARAMETER_VALUE,
                        "argument to option \"encoding\" must be a valid encoding name");
        }
    }
}
