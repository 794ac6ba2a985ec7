package dev.tusk.calcite.parser;

import dev.tusk.calcite.parser.impl.PgSqlParserImplConstants;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/** Small helpers the generated parser calls from its grammar actions; kept in Java so they are testable. */
public final class PgParsing {
    private PgParsing() {}

    /** Thrown from grammar actions for syntax PostgreSQL has and Tusk does not support. */
    public static final class UnsupportedSyntaxException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SqlParserPos pos;

        UnsupportedSyntaxException(SqlParserPos pos, String message) {
            super(message);
            this.pos = pos;
        }

        /** Where the unsupported syntax starts. */
        public SqlParserPos pos() {
            return pos;
        }
    }

    /**
     * {@code INTERVAL 'text' [fields]} as PostgreSQL reads it: a cast of the text to {@code interval} with those
     * fields; {@code INTERVAL -'text'} negates it.
     */
    public static SqlNode intervalLiteral(
            int sign, String text, org.apache.calcite.sql.SqlIntervalQualifier fields, SqlParserPos pos) {
        PgTypeNameSpec spec = new PgTypeNameSpec(List.of("interval"), true, List.of(), null, fields, 0, pos);
        SqlNode cast = SqlStdOperatorTable.CAST.createCall(
                pos, SqlLiteral.createCharString(text, pos), new SqlDataTypeSpec(spec, pos));
        return sign < 0 ? SqlStdOperatorTable.UNARY_MINUS.createCall(pos, cast) : cast;
    }

    /** {@code $n} is the n-th parameter; Calcite numbers them from 0. */
    public static SqlDynamicParam parameter(String image, SqlParserPos pos) {
        int n;
        try {
            n = Integer.parseInt(image.substring(1));
        } catch (NumberFormatException e) {
            n = Integer.MAX_VALUE;
        }
        if (n < 1 || n > 65535) {
            throw new CalciteContextException(
                    "there is no parameter " + image.substring(1), new IllegalArgumentException(image));
        }
        return new SqlDynamicParam(n - 1, pos);
    }

    /** The text between the opening and closing tag of a dollar-quoted string. */
    public static String dollarQuotedBody(String image) {
        int tagEnd = image.indexOf('$', 1) + 1;
        return image.substring(tagEnd, image.length() - tagEnd);
    }

    /** Records a {@code DISTINCT ON} list on the select it belongs to. */
    public static SqlSelect distinctOn(SqlSelect select, SqlNodeList distinctOn) {
        return new PgDistinctOnSelect(select, distinctOn);
    }

    /** The binary operator spelled inside {@code OPERATOR(schema.op)}. */
    public static SqlOperator binaryOperator(String symbol, SqlParserPos pos) {
        SqlOperator op =
                switch (symbol) {
                    case "=" -> SqlStdOperatorTable.EQUALS;
                    case "<>", "!=" -> SqlStdOperatorTable.NOT_EQUALS;
                    case "<" -> SqlStdOperatorTable.LESS_THAN;
                    case "<=" -> SqlStdOperatorTable.LESS_THAN_OR_EQUAL;
                    case ">" -> SqlStdOperatorTable.GREATER_THAN;
                    case ">=" -> SqlStdOperatorTable.GREATER_THAN_OR_EQUAL;
                    case "+" -> SqlStdOperatorTable.PLUS;
                    case "-" -> SqlStdOperatorTable.MINUS;
                    case "*" -> SqlStdOperatorTable.MULTIPLY;
                    case "/" -> SqlStdOperatorTable.DIVIDE;
                    case "%" -> SqlStdOperatorTable.PERCENT_REMAINDER;
                    case "||", "^", "&", "|", "#", "<<", ">>", "->", "->>", "#>", "#>>", "#-", "@>", "<@" ->
                        pgOperator(symbol);
                    case "~" -> SqlStdOperatorTable.POSIX_REGEX_CASE_SENSITIVE;
                    case "~*" -> SqlStdOperatorTable.POSIX_REGEX_CASE_INSENSITIVE;
                    case "!~" -> SqlStdOperatorTable.NEGATED_POSIX_REGEX_CASE_SENSITIVE;
                    case "!~*" -> SqlStdOperatorTable.NEGATED_POSIX_REGEX_CASE_INSENSITIVE;
                    case "~~" -> SqlStdOperatorTable.LIKE;
                    case "!~~" -> SqlStdOperatorTable.NOT_LIKE;
                    default -> null;
                };
        if (op == null) {
            throw new UnsupportedSyntaxException(pos, "operator does not exist: " + symbol);
        }
        return op;
    }

    /** PostgreSQL's operator {@code symbol}, resolved among Tusk's operators when the query is validated. */
    public static SqlOperator pgOperator(String symbol) {
        return dev.tusk.calcite.func.PgOperatorSymbol.of(symbol);
    }

    /** {@code unnest(args)} written in an expression: a call of the function unnest. */
    public static SqlNode unnestCall(List<SqlNode> args, SqlParserPos pos) {
        return functionCall("unnest", args, pos);
    }

    /** A call of the PostgreSQL function {@code name} (resolved later, like any function call). */
    public static SqlNode functionCall(String name, List<SqlNode> args, SqlParserPos pos) {
        return new org.apache.calcite.sql.SqlUnresolvedFunction(
                        new SqlIdentifier(name, pos),
                        null,
                        null,
                        null,
                        null,
                        org.apache.calcite.sql.SqlFunctionCategory.USER_DEFINED_FUNCTION)
                .createCall(pos, args);
    }

    /** A negative numeric literal from {@code -} and an unsigned literal. */
    public static SqlNode negate(SqlNumericLiteral n) {
        return SqlLiteral.createNegative(n, n.getParserPosition());
    }

    /** The marker for {@code DEFAULT} in an UPDATE assignment. */
    public static SqlNode defaultMarker(SqlParserPos pos) {
        return SqlStdOperatorTable.DEFAULT.createCall(pos);
    }

    /** Expands {@code (a, b) = (x, y)} into two assignments. */
    public static void addMultiAssignment(
            SqlNodeList columns, SqlNodeList rowValues, SqlNodeList targetColumns, SqlNodeList values) {
        if (columns.size() != rowValues.size()) {
            throw new UnsupportedSyntaxException(
                    rowValues.getParserPosition(),
                    columns.size() < rowValues.size()
                            ? "source for a multiple-column UPDATE item must be a sub-SELECT or ROW() expression"
                            : "number of columns does not match number of values");
        }
        for (int i = 0; i < columns.size(); i++) {
            targetColumns.add(columns.get(i));
            SqlNode v = rowValues.get(i);
            values.add(v != null && v.getKind() == SqlKind.DEFAULT ? v : v);
        }
    }

    /** Names of a parenthesized column list, comma-separated (for COPY's FORCE_* options). */
    public static String joinNames(SqlNodeList list) {
        StringBuilder sb = new StringBuilder();
        for (SqlNode n : list) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(((SqlIdentifier) n).getSimple());
        }
        return sb.toString();
    }

    /** The name of a type as written, for options such as {@code CREATE SEQUENCE ... AS bigint}. */
    public static String typeName(SqlDataTypeSpec type) {
        if (type.getTypeNameSpec() instanceof PgTypeNameSpec pg) {
            return pg.name();
        }
        return type.getTypeName().getSimple().toLowerCase(Locale.ROOT);
    }

    /** Syntax PostgreSQL accepts and Tusk does not: reported as feature_not_supported (0A000). */
    public static RuntimeException unsupported(SqlParserPos pos, String what) {
        return new UnsupportedSyntaxException(pos, what + " is not supported");
    }

    /** COPY to or from a server file or program. */
    public static RuntimeException copyFileForbidden(boolean from, boolean program) {
        // Tusk never reads or writes server files: every user is refused as PostgreSQL refuses an unprivileged one
        String message = program
                ? "must be superuser or have privileges of the pg_execute_server_program role to COPY to or from an"
                        + " external program"
                : from
                        ? "must be superuser or have privileges of the pg_read_server_files role to COPY from a file"
                        : "must be superuser or have privileges of the pg_write_server_files role to COPY to a file";
        return dev.tusk.server.api.PgException.builder(dev.tusk.protocol.SqlState.INSUFFICIENT_PRIVILEGE, message)
                .hint("Anyone can COPY to stdout or from stdin. psql's \\copy command also works for anyone.")
                .build();
    }

    /** {@code B'0101'} is a constant of type {@code bit(4)}. */
    public static SqlNode bitString(String image, SqlParserPos pos) {
        String digits = image.substring(2, image.length() - 1);
        PgTypeNameSpec bit =
                new PgTypeNameSpec(List.of("bit"), true, List.of(Math.max(digits.length(), 1)), null, null, 0, pos);
        return SqlStdOperatorTable.CAST.createCall(
                pos, SqlLiteral.createCharString(digits, pos), new org.apache.calcite.sql.SqlDataTypeSpec(bit, pos));
    }

    /** {@code int4 '12'}: a constant of the named type. */
    public static SqlNode typedLiteral(SqlIdentifier type, SqlNode text) {
        SqlParserPos pos = type.getParserPosition();
        PgTypeNameSpec spec = new PgTypeNameSpec(List.of(type.getSimple()), false, List.of(), null, null, 0, pos);
        return SqlStdOperatorTable.CAST.createCall(pos, text, new org.apache.calcite.sql.SqlDataTypeSpec(spec, pos));
    }

    /** Whether a token kind is a one-word type keyword that may open a typed constant ({@code int '5'}). */
    public static boolean isTypeKeyword(int kind) {
        return switch (kind) {
            case PgSqlParserImplConstants.INT,
                    PgSqlParserImplConstants.INTEGER,
                    PgSqlParserImplConstants.BIGINT,
                    PgSqlParserImplConstants.SMALLINT,
                    PgSqlParserImplConstants.BOOLEAN,
                    PgSqlParserImplConstants.NUMERIC,
                    PgSqlParserImplConstants.DECIMAL,
                    PgSqlParserImplConstants.DEC,
                    PgSqlParserImplConstants.REAL,
                    PgSqlParserImplConstants.FLOAT,
                    PgSqlParserImplConstants.VARCHAR -> true;
            default -> false;
        };
    }

    /**
     * A typed constant whose type is a one-word SQL keyword ({@code int '5'}, {@code boolean 't'}): the keyword
     * names PostgreSQL's type as its grammar does (int is int4, float is float8, ...).
     */
    public static SqlNode keywordTypedLiteral(SqlIdentifier type, SqlNode text) {
        SqlParserPos pos = type.getParserPosition();
        String name =
                switch (type.getSimple().toLowerCase(Locale.ROOT)) {
                    case "int", "integer" -> "int4";
                    case "bigint" -> "int8";
                    case "smallint" -> "int2";
                    case "boolean" -> "bool";
                    case "numeric", "decimal", "dec" -> "numeric";
                    case "real" -> "float4";
                    case "float" -> "float8";
                    default -> type.getSimple();
                };
        PgTypeNameSpec spec = new PgTypeNameSpec(List.of(name), true, List.of(), null, null, 0, pos);
        return SqlStdOperatorTable.CAST.createCall(pos, text, new org.apache.calcite.sql.SqlDataTypeSpec(spec, pos));
    }

    /** Whether a token is the unquoted word {@code word} (for words that are not keywords). */
    public static boolean isWord(Object token, String word) {
        return token != null && token.toString().equalsIgnoreCase(word);
    }

    /** Joins names with dots. */
    static String dotted(List<String> names) {
        return String.join(".", names);
    }
}
