package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.ViewDef;
import dev.tusk.calcite.parser.PgDelete;
import dev.tusk.calcite.parser.PgInsert;
import dev.tusk.calcite.parser.PgSqlParser;
import dev.tusk.calcite.parser.PgStatement;
import dev.tusk.calcite.parser.PgUpdate;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * INSERT, UPDATE and DELETE whose target is a view. Views are not written through yet: a view PostgreSQL would
 * refuse gets PostgreSQL's 55000 with its DETAIL and HINT; a view PostgreSQL would update automatically (one
 * table, plain columns) gets 0A000, never a silent no-op.
 */
public final class ViewDml {
    private ViewDml() {}

    /** Throws if the target of {@code stmt} (an INSERT, UPDATE or DELETE) is a view. */
    public static void refuse(PgStatement stmt, CatalogState catalog, List<String> searchPath) {
        SqlIdentifier target;
        String verb;
        String hint;
        if (stmt instanceof PgInsert i) {
            target = i.table;
            verb = "insert into";
            hint = "To enable inserting into the view, provide an INSERT trigger or an unconditional ON INSERT DO"
                    + " INSTEAD rule.";
        } else if (stmt instanceof PgUpdate u) {
            target = u.table;
            verb = "update";
            hint = "To enable updating the view, provide an UPDATE trigger or an unconditional ON UPDATE DO INSTEAD"
                    + " rule.";
        } else if (stmt instanceof PgDelete d) {
            target = d.table;
            verb = "delete from";
            hint = "To enable deleting from the view, provide a DELETE trigger or an unconditional ON DELETE DO"
                    + " INSTEAD rule.";
        } else {
            return;
        }
        DbObject o;
        try {
            o = Relations.find(catalog, target, searchPath);
        } catch (PgException e) {
            return; // the DML planner reports unknown schemas itself
        }
        ViewDef view = o == null ? null : Relations.view(catalog, o);
        if (view == null) {
            return;
        }
        String reason = notUpdatable(PgSqlParser.parse(view.query()));
        if (reason == null) {
            throw DdlExecutor.unsupported(stmt.tag() + " on the automatically updatable view \"" + view.name() + "\"");
        }
        throw PgException.builder(
                        SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "cannot " + verb + " view \"" + view.name() + "\"")
                .detail(reason)
                .hint(hint)
                .build();
    }

    /** Why PostgreSQL would not update a view with this query automatically, or null if it would. */
    static String notUpdatable(SqlNode query) {
        if (query instanceof SqlWith) {
            return "Views containing WITH are not automatically updatable.";
        }
        if (query instanceof SqlOrderBy ob) {
            if (ob.fetch != null || ob.offset != null) {
                return "Views containing LIMIT or OFFSET are not automatically updatable.";
            }
            query = ob.query;
        }
        if (query.getKind() == SqlKind.UNION
                || query.getKind() == SqlKind.INTERSECT
                || query.getKind() == SqlKind.EXCEPT) {
            return "Views containing UNION, INTERSECT, or EXCEPT are not automatically updatable.";
        }
        if (!(query instanceof SqlSelect select)) {
            return "Views that do not select from a single table or view are not automatically updatable.";
        }
        if (select.isDistinct() || select.getClass() != SqlSelect.class) {
            return "Views containing DISTINCT are not automatically updatable.";
        }
        if (select.getGroup() != null) {
            return "Views containing GROUP BY are not automatically updatable.";
        }
        if (select.getHaving() != null) {
            return "Views containing HAVING are not automatically updatable.";
        }
        if (select.getFetch() != null || select.getOffset() != null) {
            return "Views containing LIMIT or OFFSET are not automatically updatable.";
        }
        SqlNode from = select.getFrom();
        if (from != null && from.getKind() == SqlKind.AS) {
            from = ((SqlCall) from).operand(0);
        }
        if (!(from instanceof SqlIdentifier)) {
            return "Views that do not select from a single table or view are not automatically updatable.";
        }
        boolean[] found = new boolean[2];
        select.getSelectList().accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                if (call.getOperator().isAggregator()) {
                    found[0] = true;
                }
                if (call.getKind() == SqlKind.OVER) {
                    found[1] = true;
                }
                return super.visit(call);
            }
        });
        if (found[0]) {
            return "Views that return aggregate functions are not automatically updatable.";
        }
        if (found[1]) {
            return "Views that return window functions are not automatically updatable.";
        }
        return null;
    }
}
