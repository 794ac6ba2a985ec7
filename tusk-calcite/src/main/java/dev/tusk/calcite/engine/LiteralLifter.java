package dev.tusk.calcite.engine;

import dev.tusk.calcite.parser.PgDelete;
import dev.tusk.calcite.parser.PgInsert;
import dev.tusk.calcite.parser.PgUpdate;
import dev.tusk.types.BuiltinTypes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * Lifts integer literals out of a statement into parameters, so that statements differing only in those literals
 * (the simple protocol's {@code ... WHERE aid = 5678}) share one cached plan. Conservative: only literals
 * PostgreSQL types as int4 (no decimal point, no exponent, within int4's range), each becoming a parameter
 * declared int4, which is the literal's own type; only in the WHERE clause of a plain SELECT, UPDATE or DELETE,
 * in UPDATE's SET values and in INSERT's VALUES rows; only as operands of comparisons, arithmetic and AND/OR/NOT
 * (never inside function calls, IN lists, subqueries, LIMIT, GROUP BY or ORDER BY, where a literal's position
 * or constancy means something); never in a statement that has parameters of its own.
 */
final class LiteralLifter {
    /** More literals than this and the statement is left alone (a bulk INSERT gains nothing from a plan cache). */
    static final int MAX_LIFTED = 64;

    /**
     * A statement with its literals lifted.
     *
     * @param key the text with each lifted literal replaced by a marker, for the plan cache
     * @param declared int4 for each lifted parameter
     * @param values the lifted values, in Calcite's form (Integer)
     * @param starts where each lifted literal starts in the text (its minus sign included)
     * @param ends where each lifted literal ends in the text (exclusive)
     */
    record Lifted(String key, int[] declared, Object[] values, int[] starts, int[] ends) {}

    private final String sql;
    private final List<SqlNumericLiteral> found = new ArrayList<>();
    private final List<Runnable> replacements = new ArrayList<>();

    private LiteralLifter(String sql) {
        this.sql = sql;
    }

    /** Lifts the literals of {@code node} (parsed from {@code sql}) in place; null if none were lifted. */
    static Lifted lift(SqlNode node, String sql) {
        if (hasParameters(node)) {
            return null;
        }
        LiteralLifter l = new LiteralLifter(sql);
        if (node instanceof PgUpdate u) {
            for (int i = 0; i < u.values.size(); i++) {
                SqlNode v = u.values.get(i);
                int at = i;
                if (!l.offer(v, n -> u.values.set(at, n))) {
                    l.walk(v);
                }
            }
            l.walk(u.where);
        } else if (node instanceof PgDelete d) {
            l.walk(d.where);
        } else if (node instanceof PgInsert ins) {
            if (ins.source != null && ins.source.getKind() == SqlKind.VALUES) {
                for (SqlNode row : ((SqlCall) ins.source).getOperandList()) {
                    if (row instanceof SqlCall r && r.getKind() == SqlKind.ROW) {
                        l.operands(r);
                    }
                }
            }
        } else if (node instanceof SqlSelect s) {
            l.walk(s.getWhere());
        } else if (node != null && node.getKind() == SqlKind.ORDER_BY) {
            SqlNode q = ((SqlCall) node).operand(0);
            if (q instanceof SqlSelect s) {
                l.walk(s.getWhere());
            }
        }
        if (l.found.isEmpty() || l.found.size() > MAX_LIFTED) {
            return null;
        }
        return l.finish();
    }

    private Lifted finish() {
        int[] lineStarts = lineStarts(sql);
        int n = found.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            SqlNumericLiteral lit = found.get(i);
            SqlParserPos pos = lit.getParserPosition();
            int start = offset(lineStarts, pos.getLineNum(), pos.getColumnNum());
            int end = offset(lineStarts, pos.getEndLineNum(), pos.getEndColumnNum());
            int value = lit.getValueAs(BigDecimal.class).intValueExact();
            if (start < 0 || end < start || end >= sql.length() || !spells(sql, start, end + 1, value)) {
                return null; // positions we cannot map back to the text: leave the statement alone
            }
            starts[i] = start;
            ends[i] = end + 1;
            values[i] = value;
        }
        // in text order, for the key; parameters keep the order they were found in
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(starts[a], starts[b]));
        StringBuilder key = new StringBuilder(sql.length() + 16);
        int at = 0;
        for (int i : order) {
            if (starts[i] < at) {
                return null;
            }
            key.append(sql, at, starts[i]).append("$?").append(i);
            at = ends[i];
        }
        key.append(sql, at, sql.length());
        for (Runnable r : replacements) {
            r.run();
        }
        int[] declared = new int[n];
        Arrays.fill(declared, BuiltinTypes.INT4.oid());
        return new Lifted(key.toString(), declared, values, starts, ends);
    }

    /** Whether the text between start and end is the literal: digits, or a minus sign and digits. */
    private static boolean spells(String sql, int start, int end, int value) {
        int i = start;
        boolean negative = i < end && sql.charAt(i) == '-';
        if (negative) {
            i++;
        }
        if (i >= end || end - i > 10) {
            return false;
        }
        long v = 0;
        for (; i < end; i++) {
            char c = sql.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            v = v * 10 + (c - '0');
        }
        return (negative ? -v : v) == value;
    }

    private static int[] lineStarts(String sql) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= sql.length() || sql.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int offset(int[] lineStarts, int line, int column) {
        if (line < 1 || line > lineStarts.length || column < 1) {
            return -1;
        }
        return lineStarts[line - 1] + column - 1;
    }

    private static boolean hasParameters(SqlNode node) {
        boolean[] seen = {false};
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlDynamicParam param) {
                seen[0] = true;
                return null;
            }

            @Override
            public Void visit(SqlCall call) {
                for (SqlNode o : call.getOperandList()) {
                    if (o != null) {
                        o.accept(this);
                    }
                }
                return null;
            }

            @Override
            public Void visit(SqlNodeList list) {
                for (SqlNode o : list) {
                    if (o != null) {
                        o.accept(this);
                    }
                }
                return null;
            }
        });
        return seen[0];
    }

    /** Lifts the liftable operands of a call it may descend into, and walks the others. */
    private void walk(SqlNode node) {
        if (!(node instanceof SqlCall call) || !descends(call)) {
            return;
        }
        operands(call);
    }

    private void operands(SqlCall call) {
        List<SqlNode> ops = call.getOperandList();
        for (int i = 0; i < ops.size(); i++) {
            SqlNode o = ops.get(i);
            int at = i;
            if (!offer(o, n -> call.setOperand(at, n))) {
                walk(o);
            }
        }
    }

    /** Records a literal to lift (the replacement runs once every literal is known to map back); false if not one. */
    private boolean offer(SqlNode node, java.util.function.Consumer<SqlNode> replace) {
        if (!(node instanceof SqlNumericLiteral lit) || !lit.isExact() || !lit.isInteger()) {
            return false;
        }
        BigDecimal v = lit.getValueAs(BigDecimal.class);
        if (v.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
                || v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return false; // int8 or numeric in PostgreSQL: left as written
        }
        int index = found.size();
        found.add(lit);
        SqlParserPos pos = lit.getParserPosition();
        replacements.add(() -> replace.accept(new SqlDynamicParam(index, pos)));
        return true;
    }

    /** The operators whose operands are plain values (a literal there is just its value). */
    private static boolean descends(SqlCall call) {
        return switch (call.getKind()) {
            case AND,
                    OR,
                    NOT,
                    EQUALS,
                    NOT_EQUALS,
                    LESS_THAN,
                    LESS_THAN_OR_EQUAL,
                    GREATER_THAN,
                    GREATER_THAN_OR_EQUAL,
                    IS_DISTINCT_FROM,
                    IS_NOT_DISTINCT_FROM,
                    PLUS,
                    MINUS,
                    TIMES,
                    MINUS_PREFIX -> call.getOperator().getClass().getName().startsWith("org.apache.calcite.");
            default -> false;
        };
    }
}
