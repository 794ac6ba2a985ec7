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
    private static final Pattern QUALIFIED_COLUMN = Pattern.compile("column (\\w+)\\.(\\w+) does not exist");
    private static final Pattern NOT_IN_SELECT = Pattern.compile("^Expression '[^']*' is not in the select clause");
    private static final Pattern NOT_GROUPED = Pattern.compile("^Expression '([^']*)' is not being grouped");
    private static final Pattern SINGLE_FROM = Pattern.compile(
            "(?i)\\bFROM\\s+([A-Za-z_][A-Za-z_0-9]*)(?:\\s+(?:AS\\s+)?([A-Za-z_][A-Za-z_0-9]*))?\\s*(?:$|;|\\b(?:WHERE|GROUP|ORDER|HAVING|LIMIT)\\b)");
    private static final java.util.Set<String> KEYWORDS =
            java.util.Set.of("WHERE", "GROUP", "ORDER", "HAVING", "LIMIT", "WINDOW", "OFFSET");
    private static final Pattern COLUMN_COUNT = Pattern.compile("^Column count mismatch in (UNION|INTERSECT|EXCEPT)");
    private static final Pattern WINDOW_NOT_FOUND = Pattern.compile("^Window '([^']*)' not found");
    private static final Pattern AMBIGUOUS = Pattern.compile("Column '([^']*)' is ambiguous");

    private CalciteErrors() {}

    static PgException toPgException(Throwable t, String sql) {
        if (t instanceof CalciteContextException cce
                && (cce.getCause() instanceof PgException || cce.getCause() instanceof PgTypeException)) {
            // a constant read at plan time ('1.5'::int): PostgreSQL points at the literal
            PgException pg = toPgException(cce.getCause(), sql);
            int position = skipSpace(sql, offset(sql, cce.getPosLine(), cce.getPosColumn()));
            if (pg.sqlState().equals("42846")) {
                position = castOperator(sql, position);
            }
            if (pg.position() > 0 || position <= 0) {
                return pg;
            }
            return PgException.builder(pg.sqlState(), pg.getMessage())
                    .detail(pg.detail())
                    .hint(pg.hint())
                    .position(position)
                    .cause(pg)
                    .build();
        }
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
            if (cause.getCause() instanceof CalciteContextException inner
                    && (inner.getCause() instanceof PgException || inner.getCause() instanceof PgTypeException)) {
                return toPgException(inner, sql); // a positioned error inside Calcite's "while converting ..."
            }
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
        position = skipSpace(sql, position);
        PgException mapped = positional(message, sql, position);
        if (mapped == null) {
            mapped = map(message, cause);
        }
        Matcher operator = CANNOT_APPLY.matcher(message);
        if (position > 0 && operator.find() && !operator.group(1).isEmpty()) {
            // PostgreSQL points at the operator, Calcite at the expression
            int at = sql.indexOf(operator.group(1), position - 1);
            if (at >= 0) {
                position = at + 1;
            }
        }
        Matcher qualified = QUALIFIED_COLUMN.matcher(mapped.getMessage());
        if (position > 0 && qualified.matches() && mapped.sqlState().equals(SqlState.UNDEFINED_COLUMN.code())) {
            // Calcite points at the column name, PostgreSQL at the qualified reference
            String prefix = qualified.group(1) + ".";
            int start = position - 1 - prefix.length();
            if (start >= 0 && sql.regionMatches(true, start, prefix, 0, prefix.length())) {
                position = start + 1;
            }
        }
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

    /** Messages PostgreSQL words with what stands in the query at the error's position. */
    private static PgException positional(String message, String sql, int position) {
        if (position <= 0 || sql == null || position > sql.length()) {
            return null;
        }
        String at = sql.substring(position - 1);
        if (message.startsWith("Ordinal out of range")) {
            Matcher n = Pattern.compile("^\\d+").matcher(at);
            String before = sql.substring(0, position - 1).toUpperCase(java.util.Locale.ROOT);
            String clause = before.lastIndexOf("GROUP BY") > before.lastIndexOf("ORDER BY") ? "GROUP BY" : "ORDER BY";
            if (n.find()) {
                return new PgException(
                        SqlState.INVALID_COLUMN_REFERENCE,
                        clause + " position " + n.group() + " is not in select list");
            }
        }
        Matcher grouped = NOT_GROUPED.matcher(message);
        if (grouped.find()) {
            String column = grouped.group(1);
            if (column.indexOf('.') < 0) {
                // PostgreSQL names the column with its relation: the FROM clause's only table
                Matcher from = SINGLE_FROM.matcher(sql);
                if (!from.find()) {
                    return null;
                }
                String alias = from.group(2);
                String table = alias == null || KEYWORDS.contains(alias.toUpperCase(java.util.Locale.ROOT))
                        ? from.group(1)
                        : alias;
                column = table + "." + column;
            }
            return new PgException(
                    SqlState.GROUPING_ERROR,
                    "column \"" + column + "\" must appear in the GROUP BY clause or be used in an aggregate function");
        }
        if (message.startsWith("OVER clause is necessary for window functions")) {
            Matcher n = Pattern.compile("^[A-Za-z_][A-Za-z_0-9]*").matcher(at);
            if (n.find()) {
                return new PgException(
                        SqlState.WRONG_OBJECT_TYPE,
                        "window function " + n.group().toLowerCase(java.util.Locale.ROOT) + " requires an OVER clause");
            }
        }
        return null;
    }

    private static PgException map(String message, Throwable cause) {
        Matcher m;
        if (message.startsWith("Aggregate expression is illegal in WHERE clause")) {
            return new PgException(SqlState.GROUPING_ERROR, "aggregate functions are not allowed in WHERE");
        }
        if (message.startsWith("Windowed aggregate expression is illegal in WHERE clause")) {
            return new PgException(SqlState.WINDOWING_ERROR, "window functions are not allowed in WHERE");
        }
        if ((m = COLUMN_COUNT.matcher(message)).find()) {
            return new PgException(
                    SqlState.SYNTAX_ERROR, "each " + m.group(1) + " query must have the same number of columns");
        }
        if ((m = WINDOW_NOT_FOUND.matcher(message)).find()) {
            return new PgException(SqlState.UNDEFINED_OBJECT, "window \"" + m.group(1) + "\" does not exist");
        }
        if ((m = NOT_IN_SELECT.matcher(message)).find()) {
            return new PgException(
                    SqlState.INVALID_COLUMN_REFERENCE,
                    "for SELECT DISTINCT, ORDER BY expressions must appear in select list");
        }
        if (message.startsWith("more than one value in agg SINGLE_VALUE")) {
            return new PgException(
                    SqlState.CARDINALITY_VIOLATION, "more than one row returned by a subquery used as an expression");
        }
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
        if ((m = CANNOT_APPLY.matcher(message)).find() && m.group(1).equalsIgnoreCase("$SCALAR_QUERY")) {
            return new PgException(SqlState.SYNTAX_ERROR, "subquery must return only one column");
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
        // an internal error is Tusk's bug: keep its stack for whoever runs the server
        LOG.log(System.Logger.Level.WARNING, "internal error in the Calcite engine", cause);
        return PgException.builder(SqlState.INTERNAL_ERROR, message)
                .cause(cause)
                .build();
    }

    /** Calcite's type names in an operand list ({@code <INTEGER>, <CHAR(3)>}) as PostgreSQL names them. */
    private static String pgTypes(String calcite) {
        return calcite.replaceAll("<([A-Z_ ]+(?:\\(\\d+(?:, \\d+)?\\))?) ARRAY>", "<$1>[]")
                .replaceAll("<(?:[A-Z_]*\\()?INTEGER\\)?>", "integer")
                .replaceAll("<BIGINT>", "bigint")
                .replaceAll("<SMALLINT>", "smallint")
                .replaceAll("<(CHAR|VARCHAR)(\\(\\d+\\))?>", "text")
                .replaceAll("<DECIMAL(\\(\\d+, \\d+\\))?>", "numeric")
                .replaceAll("<DOUBLE>", "double precision")
                .replaceAll("<REAL>", "real")
                .replaceAll("<BOOLEAN>", "boolean")
                .replaceAll("<DATE>", "date")
                .replaceAll("<TIMESTAMP(\\(\\d+\\))?>", "timestamp without time zone")
                .replaceAll("<TIMESTAMP_WITH_LOCAL_TIME_ZONE(\\(\\d+\\))?>", "timestamp with time zone")
                .replaceAll("<(VAR)?BINARY(\\(\\d+\\))?>", "bytea")
                .replaceAll("<NUMERIC>", "integer")
                .replaceAll("<CHARACTER>", "text")
                .replaceAll("<([A-Z_ ]+)>", "$1")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** The position of the {@code ::} before the type name at {@code position}, or {@code position}. */
    private static int castOperator(String sql, int position) {
        int p = position - 2; // 0-based index of the character before the type name
        while (p >= 0 && Character.isWhitespace(sql.charAt(p))) {
            p--;
        }
        return p >= 1 && sql.charAt(p) == ':' && sql.charAt(p - 1) == ':' ? p : position;
    }

    /** A 1-based position moved past whitespace (an operator's position is given as the end of its left operand). */
    private static int skipSpace(String sql, int position) {
        if (position <= 0 || sql == null) {
            return position;
        }
        int p = position;
        while (p <= sql.length() && Character.isWhitespace(sql.charAt(p - 1))) {
            p++;
        }
        return p <= sql.length() ? p : position;
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
