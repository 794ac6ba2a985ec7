package dev.tusk.calcite.plan;

import dev.tusk.types.BuiltinTypes;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * PostgreSQL's typing of a select-list parameter nothing else gives a type to: {@code SELECT $1} is
 * text, as an unknown output column is. Calcite refuses such a parameter ("Illegal use of
 * dynamic parameter"); the query is planned again with that parameter declared as text, until it plans or fails
 * otherwise.
 */
public final class UnknownParameters {
    private static final int MAX_ATTEMPTS = 32;

    private UnknownParameters() {}

    /**
     * Plans the query that {@code parse} gives (afresh for each attempt, as planning changes the tree) with {@code
     * plan}, declaring parameters Calcite cannot type as text.
     */
    public static CompiledQuery compile(
            Supplier<SqlNode> parse, int[] declared, Function<SqlNode, Function<int[], CompiledQuery>> plan) {
        int[] types = declared == null ? new int[0] : declared.clone();
        for (int attempt = 0; ; attempt++) {
            SqlNode node = parse.get();
            try {
                return plan.apply(node).apply(types);
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                int index = untyped(e, parse.get());
                if (index < 0 || (index < types.length && types[index] != 0)) {
                    throw e;
                }
                if (index >= types.length) {
                    types = Arrays.copyOf(types, index + 1);
                }
                types[index] = BuiltinTypes.TEXT.oid();
            }
        }
    }

    /** The index of the select-list parameter {@code e} complains about, or -1. */
    private static int untyped(RuntimeException e, SqlNode tree) {
        if (!(e instanceof CalciteContextException cce)
                || cce.getMessage() == null
                || !cce.getMessage().contains("Illegal use of dynamic parameter")) {
            return -1;
        }
        int[] found = {-1};
        tree.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                if (call instanceof SqlSelect select) {
                    for (SqlNode item : select.getSelectList()) {
                        SqlNode value = item instanceof SqlCall as && as.getKind() == SqlKind.AS ? as.operand(0) : item;
                        if (value instanceof SqlDynamicParam param
                                && param.getParserPosition().getLineNum() == cce.getPosLine()
                                && param.getParserPosition().getColumnNum() == cce.getPosColumn()) {
                            found[0] = param.getIndex();
                        }
                    }
                }
                return super.visit(call);
            }
        });
        return found[0];
    }
}
