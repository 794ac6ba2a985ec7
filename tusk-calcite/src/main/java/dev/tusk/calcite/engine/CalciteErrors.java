package dev.tusk.calcite.engine;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.PgTypeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.runtime.CalciteContextException;

/** Maps Calcite's validation and runtime failures to PostgreSQL's SQLSTATEs and message shapes; never XX000 for user mistakes. */
final class CalciteErrors {
    private static final System.Logger LOG = System.getLogger(CalciteErrors.class.getName());
    private static final Pattern COLUMN_NOT_FOUND =
            Pattern.compile("Column '([^']*)' not found in (any table|table '([^']*)')");
    private static final Pattern TABLE_NOT_FOUND = Pattern.compile("Object '([^']*)' not found(?: within '([^']*)')?");
    private static final Pattern QUALIFIER_NOT_FOUND = Pattern.compile("Table '([^']*)' not found");
    private static final Pattern FUNCTION_NOT_FOUND =
            Pattern.compile("No match found for function signature ([^(]*)\\((.*)\\)");
    private static final Pattern CANNOT_APPLY =
            Pattern.compile("Cannot apply '([^']*)' to arguments of type '(.*)'\\..*", Pattern.DOTALL);
    private static final Pattern WRONG_ARG_COUNT = Pattern.compile("Invalid number of arguments to function '([^']*)'");
    private static final Pattern AMBIGUOUS = Pattern.compile("Column '([^']*)' is ambiguous");

    private CalciteErrors() {}

    static PgException toPgException(Throwable t, String sql) {
        if (t instanceof PgException pg) {
            return pg;
        }
        if (t instanceof dev.tusk.calcite.exec.PositionedError p) {
            PgException e = p.error();
            int position = sql == null ? 0 : dev.tusk.calcite.parser.PgSqlParser.offset(sql, p.pos());
            return position <= 0
                    ? e
                    : PgException.builder(e.sqlState(), e.getMessage())
                            .detail(e.detail())
                            .hint(e.hint())
                            .position(position)
                            .cause(e)
                            .build();
        }
        if (t instanceof PgTypeException te) {
            return PgException.builder(te.sqlState(), te.getMessage())
                    .detail(te.detail())
                    .hint(te.hint())
                    .cause(te)
                    .build();
        }
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause.getCause() instanceof PgException pg) {
                return pg;
            }
            if (cause.getCause() instanceof PgTypeException te) {
                return toPgException(te, sql);
            }
            cause = cause.getCause();
        }
        int position = 0;
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        if (t instanceof CalciteContextException cce) {
            position = offset(sql, cce.getPosLine(), cce.getPosColumn());
            message = cce.getCause() != null && cce.getCause().getMessage() != null
                    ? cce.getCause().getMessage()
                    : message;
        }
        PgException mapped = map(message, cause);
        if (t instanceof CalciteContextException cce
                && TABLE_NOT_FOUND.matcher(message).find()) {
            // PostgreSQL names the relation as written (relation "app.t"), Calcite its first unknown part
            String written = writtenName(sql, cce);
            if (written != null) {
                mapped = new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + written + "\" does not exist");
            }
        }
        if (position > 0 && mapped.position() <= 0) {
            return PgException.builder(mapped.sqlState(), mapped.getMessage())
                    .detail(mapped.detail())
                    .hint(mapped.hint())
                    .position(position)
                    .cause(t)
                    .build();
        }
        return mapped;
    }

    private static PgException map(String message, Throwable cause) {
        Matcher m;
        if ((m = COLUMN_NOT_FOUND.matcher(message)).find()) {
            String table = m.group(3);
            return new PgException(
                    SqlState.UNDEFINED_COLUMN,
                    table == null
                            ? "column \"" + m.group(1) + "\" does not exist"
                            : "column " + table + "." + m.group(1) + " does not exist");
        }
        if ((m = TABLE_NOT_FOUND.matcher(message)).find()) {
            String name = m.group(2) == null ? m.group(1) : m.group(2) + "." + m.group(1);
            return new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + name + "\" does not exist");
        }
        if ((m = QUALIFIER_NOT_FOUND.matcher(message)).find()) {
            return new PgException(
                    SqlState.UNDEFINED_TABLE, "missing FROM-clause entry for table \"" + m.group(1) + "\"");
        }
        if ((m = WRONG_ARG_COUNT.matcher(message)).find()) {
            return PgException.builder(
                            SqlState.UNDEFINED_FUNCTION,
                            "function " + m.group(1).toLowerCase(java.util.Locale.ROOT)
                                    + " with this number of arguments does not exist")
                    .hint(
                            "No function matches the given name and argument types. You might need to add explicit type casts.")
                    .build();
        }
        if ((m = FUNCTION_NOT_FOUND.matcher(message)).find()) {
            return PgException.builder(
                            SqlState.UNDEFINED_FUNCTION,
                            "function " + m.group(1).toLowerCase(java.util.Locale.ROOT) + "(" + pgTypes(m.group(2))
                                    + ") does not exist")
                    .hint(
                            "No function matches the given name and argument types. You might need to add explicit type casts.")
                    .build();
        }
        if ((m = CANNOT_APPLY.matcher(message)).find()) {
            return PgException.builder(
                            SqlState.UNDEFINED_FUNCTION,
                            "operator does not exist: "
                                    + pgTypes(m.group(2)).replace(" " + m.group(1) + " ", " " + m.group(1) + " "))
                    .hint(
                            "No operator matches the given name and argument types. You might need to add explicit type casts.")
                    .build();
        }
        if ((m = AMBIGUOUS.matcher(message)).find()) {
            return new PgException(SqlState.AMBIGUOUS_COLUMN, "column reference \"" + m.group(1) + "\" is ambiguous");
        }
        if (message.startsWith("Illegal ") && message.contains(" literal ")) {
            return new PgException(SqlState.INVALID_DATETIME_FORMAT, "invalid input syntax: " + message);
        }
        if (cause instanceof AssertionError) {
            LOG.log(System.Logger.Level.ERROR, "assertion failed in Calcite", cause);
            return PgException.builder(SqlState.INTERNAL_ERROR, "internal error in the query planner: " + message)
                    .cause(cause)
                    .build();
        }
        if (cause instanceof ArithmeticException ae) {
            String msg = ae.getMessage() == null ? "" : ae.getMessage();
            if (msg.contains("by zero")) {
                return new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
            }
            if (msg.contains("overflow")) {
                return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
            }
            return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, msg);
        }
        if (cause instanceof NumberFormatException) {
            return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax: " + message);
        }
        if (message.contains("Illegal use of dynamic parameter")) {
            return new PgException(SqlState.INDETERMINATE_DATATYPE, "could not determine data type of parameter");
        }
        if (cause instanceof org.apache.calcite.sql.validate.SqlValidatorException) {
            return new PgException(SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION, message);
        }
        if (cause instanceof UnsupportedOperationException) {
            LOG.log(System.Logger.Level.DEBUG, "unsupported in the Calcite engine", cause);
            return new PgException(SqlState.FEATURE_NOT_SUPPORTED, message);
        }
        return PgException.builder(SqlState.INTERNAL_ERROR, message)
                .cause(cause)
                .build();
    }

    /** Calcite's type names in an operand list ({@code <INTEGER>, <CHAR(3)>}) as PostgreSQL names them. */
    private static String pgTypes(String calcite) {
        return calcite.replaceAll("<(?:[A-Z_]*\\()?INTEGER\\)?>", "integer")
                .replaceAll("<BIGINT>", "bigint")
                .replaceAll("<SMALLINT>", "smallint")
                .replaceAll("<(CHAR|VARCHAR)(\\(\\d+\\))?>", "text")
                .replaceAll("<DECIMAL(\\(\\d+, \\d+\\))?>", "numeric")
                .replaceAll("<DOUBLE>", "double precision")
                .replaceAll("<REAL>", "real")
                .replaceAll("<BOOLEAN>", "boolean")
                .replaceAll("<DATE>", "date")
                .replaceAll("<TIMESTAMP(\\(\\d+\\))?>", "timestamp without time zone")
                .replaceAll("<NUMERIC>", "integer")
                .replaceAll("<CHARACTER>", "text")
                .replaceAll("<([A-Z_ ]+)>", "$1")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** The qualified name an error points at, as PostgreSQL prints it (quotes removed), or null. */
    private static String writtenName(String sql, CalciteContextException cce) {
        if (sql == null || cce.getPosLine() <= 0 || cce.getEndPosLine() <= 0) {
            return null;
        }
        int from = offset(sql, cce.getPosLine(), cce.getPosColumn()) - 1;
        int to = offset(sql, cce.getEndPosLine(), cce.getEndPosColumn());
        if (from < 0 || to > sql.length() || from >= to) {
            return null;
        }
        String text = sql.substring(from, to);
        if (!text.contains(".")) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    out.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && Character.isWhitespace(c)) {
                continue;
            } else if (!quoted && !(Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.')) {
                return null; // not just a name
            } else {
                out.append(quoted ? c : Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static int offset(String sql, int line, int column) {
        return line <= 0
                ? 0
                : dev.tusk.calcite.parser.PgSqlParser.offset(
                        sql, new org.apache.calcite.sql.parser.SqlParserPos(line, column));
    }
}
