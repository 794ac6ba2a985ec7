package dev.tusk.calcite.sql;

import dev.tusk.calcite.parser.PgDistinctOnSelect;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWindow;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Rewrites {@code SELECT DISTINCT ON (e...) items ... ORDER BY o...} into the first row of each group by a window:
 * {@code SELECT items FROM (SELECT items, row_number() OVER (PARTITION BY e... ORDER BY o...) AS rn ...) WHERE rn = 1
 * ORDER BY o...}, which is what DISTINCT ON means.
 */
final class DistinctOn {
    private static final SqlParserPos POS = SqlParserPos.ZERO;
    private static final String ALIAS = "tusk_distinct_on";
    private static final String RN = "tusk_rn";

    private DistinctOn() {}

    /** The rewrite of {@code select} with the ORDER BY, OFFSET and FETCH of its enclosing ORDER BY (or nulls). */
    static SqlNode rewrite(PgDistinctOnSelect select, SqlNodeList orderList, SqlNode offset, SqlNode fetch) {
        List<SqlNode> items = select.getSelectList().getList();
        List<SqlNode> exprs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (SqlNode item : items) {
            if (item instanceof SqlIdentifier id && id.isStar()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "SELECT DISTINCT ON with * is not supported yet");
            }
            if (item.getKind() == SqlKind.AS) {
                exprs.add(((SqlCall) item).operand(0));
                names.add(((SqlIdentifier) ((SqlCall) item).operand(1)).getSimple());
            } else {
                exprs.add(item);
                names.add(PgColumnNames.figure(item));
            }
        }
        List<SqlNode> inner = new ArrayList<>();
        for (int i = 0; i < exprs.size(); i++) {
            inner.add(as(exprs.get(i), "tusk_c" + i));
        }
        List<SqlNode> windowOrder = new ArrayList<>();
        List<SqlNode> outerOrder = new ArrayList<>();
        if (orderList != null) {
            for (int j = 0; j < orderList.size(); j++) {
                SqlNode o = orderList.get(j);
                List<SqlCall> wrappers = new ArrayList<>();
                SqlNode e = o;
                while (e.getKind() == SqlKind.DESCENDING
                        || e.getKind() == SqlKind.NULLS_FIRST
                        || e.getKind() == SqlKind.NULLS_LAST) {
                    wrappers.add((SqlCall) e);
                    e = ((SqlCall) e).operand(0);
                }
                int ref = itemRef(e, names, exprs.size());
                SqlNode base = ref >= 0 ? exprs.get(ref) : e;
                String outerName;
                if (ref >= 0) {
                    outerName = "tusk_c" + ref;
                } else {
                    outerName = "tusk_o" + j;
                    inner.add(as(base, outerName));
                }
                windowOrder.add(wrap(base, wrappers));
                outerOrder.add(wrap(new SqlIdentifier(outerName, SqlParserPos.QUOTED_ZERO), wrappers));
            }
        }
        // DISTINCT ON expressions follow ORDER BY's rules: a position or an output name means that select item
        List<SqlNode> partition = new ArrayList<>();
        for (SqlNode e : select.distinctOn()) {
            int ref = itemRef(e, names, exprs.size());
            partition.add(ref >= 0 ? exprs.get(ref) : e);
        }
        SqlWindow window = SqlWindow.create(
                null,
                null,
                new SqlNodeList(partition, POS),
                new SqlNodeList(windowOrder, POS),
                SqlLiteral.createBoolean(true, POS),
                null,
                null,
                null,
                POS);
        inner.add(as(
                SqlStdOperatorTable.OVER.createCall(POS, SqlStdOperatorTable.ROW_NUMBER.createCall(POS), window), RN));
        SqlSelect innerSelect = new SqlSelect(
                POS,
                SqlNodeList.EMPTY,
                new SqlNodeList(inner, POS),
                select.getFrom(),
                select.getWhere(),
                select.getGroup(),
                select.getHaving(),
                select.getWindowList(),
                select.getQualify(),
                null,
                null,
                null,
                select.getHints());
        List<SqlNode> outerItems = new ArrayList<>();
        for (int i = 0; i < exprs.size(); i++) {
            outerItems.add(as(new SqlIdentifier("tusk_c" + i, SqlParserPos.QUOTED_ZERO), names.get(i)));
        }
        SqlNode from =
                SqlStdOperatorTable.AS.createCall(POS, innerSelect, new SqlIdentifier(ALIAS, SqlParserPos.QUOTED_ZERO));
        SqlNode where = SqlStdOperatorTable.EQUALS.createCall(
                POS, new SqlIdentifier(RN, SqlParserPos.QUOTED_ZERO), SqlLiteral.createExactNumeric("1", POS));
        SqlSelect outer = new SqlSelect(
                POS,
                SqlNodeList.EMPTY,
                new SqlNodeList(outerItems, POS),
                from,
                where,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                SqlNodeList.EMPTY);
        if (outerOrder.isEmpty() && offset == null && fetch == null) {
            return outer;
        }
        return new SqlOrderBy(POS, outer, new SqlNodeList(outerOrder, POS), offset, fetch);
    }

    /** Which select item an ORDER BY expression names: by position (ORDER BY 2) or output name; -1 for none. */
    private static int itemRef(SqlNode e, List<String> names, int count) {
        if (e instanceof SqlNumericLiteral n && n.isInteger()) {
            int k = n.intValue(true);
            if (k < 1 || k > count) {
                throw new PgException(
                        SqlState.INVALID_COLUMN_REFERENCE, "ORDER BY position " + k + " is not in select list");
            }
            return k - 1;
        }
        if (e instanceof SqlIdentifier id && id.isSimple()) {
            int at = names.indexOf(id.getSimple());
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    private static SqlNode wrap(SqlNode e, List<SqlCall> wrappers) {
        SqlNode out = e;
        for (int i = wrappers.size() - 1; i >= 0; i--) {
            out = wrappers.get(i).getOperator().createCall(POS, out);
        }
        return out;
    }

    private static SqlNode as(SqlNode e, String name) {
        return SqlStdOperatorTable.AS.createCall(POS, e, new SqlIdentifier(name, SqlParserPos.QUOTED_ZERO));
    }
}
