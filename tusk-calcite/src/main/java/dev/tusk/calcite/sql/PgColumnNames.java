package dev.tusk.calcite.sql;

import dev.tusk.calcite.parser.PgTypeNameSpec;
import dev.tusk.calcite.type.PgTypeResolution;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUnknownLiteral;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/** PostgreSQL's names for unnamed select items (its FigureColname): the column, function or type name, else ?column?. */
public final class PgColumnNames {
    /** The name PostgreSQL gives an expression it cannot name. */
    public static final String UNNAMED = "?column?";

    private PgColumnNames() {}

    /** The item with an AS alias holding PostgreSQL's name, unless it already has one or is a star. */
    public static SqlNode withName(SqlNode item) {
        if (item.getKind() == SqlKind.AS) {
            return item;
        }
        if (item instanceof SqlIdentifier id && (id.isStar() || id.names.size() >= 1)) {
            return item;
        }
        String name = figure(item);
        return SqlStdOperatorTable.AS.createCall(
                SqlParserPos.ZERO, item, new SqlIdentifier(name, SqlParserPos.QUOTED_ZERO));
    }

    /** PostgreSQL's name for an expression. */
    public static String figure(SqlNode node) {
        if (node instanceof SqlIdentifier id) {
            return id.isStar() ? UNNAMED : id.names.get(id.names.size() - 1);
        }
        if (node instanceof SqlUnknownLiteral typed) {
            // date '...', timestamp with time zone '...': a typed constant is named after its type
            return switch (typed.tag) {
                case "DATE" -> "date";
                case "TIME" -> "time";
                case "TIMESTAMP" -> "timestamp";
                case "TIME WITH TIME ZONE" -> "timetz";
                case "TIMESTAMP WITH TIME ZONE" -> "timestamptz";
                case "UUID" -> "uuid";
                default -> UNNAMED;
            };
        }
        if (!(node instanceof SqlCall call)) {
            return UNNAMED;
        }
        switch (call.getKind()) {
            case CAST -> {
                // a name from an inner cast or CASE is weak in PostgreSQL (FigureColname's strength 1): the outer
                // cast's type name wins
                String inner = figure(call.operand(0));
                if (!UNNAMED.equals(inner) && !isWeaklyNamed(call.operand(0))) {
                    return inner;
                }
                SqlNode type = call.operand(1);
                if (type instanceof SqlDataTypeSpec spec && spec.getTypeNameSpec() instanceof PgTypeNameSpec pg) {
                    try {
                        return PgTypeResolution.resolve(pg).type().typname();
                    } catch (RuntimeException e) {
                        return UNNAMED;
                    }
                }
                return UNNAMED;
            }
            case CASE -> {
                return "case";
            }
            case AS -> {
                return figure(call.operand(1)); // inside a scalar subquery: its column's name
            }
            case SELECT -> {
                // a scalar subquery is named after its one column
                SqlNodeList items = ((SqlSelect) call).getSelectList();
                return items.size() == 1 ? figure(items.get(0)) : UNNAMED;
            }
            case ORDER_BY -> {
                return figure(call.operand(0));
            }
            case ARRAY_VALUE_CONSTRUCTOR, ARRAY_QUERY_CONSTRUCTOR -> {
                return "array";
            }
            case ROW -> {
                return "row";
            }
            case EXISTS -> {
                return "exists";
            }
            case COALESCE -> {
                return "coalesce";
            }
            case GREATEST -> {
                return "greatest";
            }
            case LEAST -> {
                return "least";
            }
            case NULLIF -> {
                return "nullif";
            }
            case OVER, ITEM, FILTER, WITHIN_GROUP, WITHIN_DISTINCT -> {
                return figure(call.operand(0)); // f(x) OVER w is f; a[1] is a
            }
            case OTHER_FUNCTION,
                    COUNT,
                    SUM,
                    AVG,
                    MIN,
                    MAX,
                    ROW_NUMBER,
                    RANK,
                    DENSE_RANK,
                    EXTRACT,
                    TRIM,
                    POSITION,
                    FLOOR,
                    CEIL,
                    LAG,
                    LEAD,
                    FIRST_VALUE,
                    LAST_VALUE,
                    NTH_VALUE,
                    ARRAY_AGG,
                    STRING_AGG -> {
                return functionName(call);
            }
            default -> {
                if (call.getOperator() instanceof SqlFunction) {
                    return functionName(call);
                }
                return UNNAMED;
            }
        }
    }

    private static boolean isWeaklyNamed(SqlNode node) {
        return node instanceof SqlCall c
                && (c.getKind() == SqlKind.CAST
                        || c.getKind() == SqlKind.CASE
                        || (c.getOperator() instanceof SqlFunction f && dev.tusk.calcite.func.NumericCast.is(f)));
    }

    private static String functionName(SqlCall call) {
        if (call.getOperator() instanceof SqlFunction f && dev.tusk.calcite.func.NumericCast.is(f)) {
            return isWeaklyNamed(call.operand(0)) || UNNAMED.equals(figure(call.operand(0)))
                    ? "numeric"
                    : figure(call.operand(0));
        }
        return call.getOperator().getName().toLowerCase(Locale.ROOT);
    }
}
