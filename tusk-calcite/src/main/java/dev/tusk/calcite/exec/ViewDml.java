package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.ViewDef;
import dev.tusk.calcite.func.FunctionRegistry;
import dev.tusk.calcite.parser.PgDelete;
import dev.tusk.calcite.parser.PgInsert;
import dev.tusk.calcite.parser.PgSqlParser;
import dev.tusk.calcite.parser.PgStatement;
import dev.tusk.calcite.parser.PgUpdate;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * INSERT, UPDATE and DELETE whose target is a view. A view PostgreSQL updates automatically (one table or view in
 * FROM, no DISTINCT, GROUP BY, HAVING, LIMIT, set operations, WITH, aggregates or window functions) is written
 * through: the statement is rewritten to target the base relation, view columns in its expressions become the
 * view's expressions, and UPDATE and DELETE add the view's WHERE. Other views get PostgreSQL's 55000 with its
 * DETAIL and HINT.
 */
public final class ViewDml {
    private ViewDml() {}

    private static final String NOT_COLUMN =
            "View columns that are not columns of their base relation are not updatable.";

    /** {@code stmt} (an INSERT, UPDATE or DELETE) rewritten until its target is not a view; itself if it is not. */
    public static PgStatement rewrite(PgStatement stmt, CatalogState catalog, List<String> searchPath) {
        PgStatement current = stmt;
        for (int depth = 0; depth < 100; depth++) {
            PgStatement next = rewriteOnce(current, catalog, searchPath);
            if (next == current) {
                return current;
            }
            current = next;
        }
        throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "infinite recursion detected in rules for relation");
    }

    private static PgStatement rewriteOnce(PgStatement stmt, CatalogState catalog, List<String> searchPath) {
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
            return stmt;
        }
        DbObject o;
        try {
            o = Relations.find(catalog, target, searchPath);
        } catch (PgException e) {
            return stmt; // the DML planner reports unknown schemas itself
        }
        ViewDef view = o == null ? null : Relations.view(catalog, o);
        if (view == null) {
            return stmt;
        }
        SqlNode query = PgSqlParser.parse(view.query());
        String reason = notUpdatable(query);
        if (reason != null) {
            throw PgException.builder(
                            SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE,
                            "cannot " + verb + " view \"" + view.name() + "\"")
                    .detail(reason)
                    .hint(hint)
                    .build();
        }
        SqlSelect select = (SqlSelect) (query instanceof SqlOrderBy ob ? ob.query : query);
        SqlNode from = select.getFrom();
        String inner;
        SqlIdentifier baseName;
        if (from.getKind() == SqlKind.AS) {
            baseName = (SqlIdentifier) ((SqlCall) from).operand(0);
            inner = ((SqlIdentifier) ((SqlCall) from).operand(1)).getSimple();
        } else {
            baseName = (SqlIdentifier) from;
            inner = baseName.names.get(baseName.names.size() - 1);
        }
        DbObject base = Relations.require(catalog, baseName, view.searchPath());
        List<String> baseColumns = new ArrayList<>();
        if (base.kind() == DbObject.Kind.TABLE) {
            Relations.table(catalog, base).columns().forEach(c -> baseColumns.add(c.name()));
        } else if (base.kind() == DbObject.Kind.VIEW) {
            Relations.view(catalog, base).columns().forEach(c -> baseColumns.add(c.name()));
        } else {
            throw PgException.builder(
                            SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE,
                            "cannot " + verb + " view \"" + view.name() + "\"")
                    .detail("Views that do not select from a single table or view are not automatically updatable.")
                    .hint(hint)
                    .build();
        }
        SqlIdentifier alias = aliasOf(stmt);
        String outer = alias != null ? alias.getSimple() : view.name();
        SqlParserPos pos = SqlParserPos.ZERO;
        SqlIdentifier qualifiedBase = new SqlIdentifier(List.of(base.schema(), base.name()), pos);
        SqlIdentifier outerAlias = new SqlIdentifier(outer, pos);
        // the view's columns: their expressions over the base (qualified by the statement's alias) and, for
        // plain columns, the base column's name
        Map<String, SqlNode> exprs = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        SqlShuttle requalify = requalifier(inner, outer);
        int i = 0;
        for (SqlNode item : select.getSelectList()) {
            if (item instanceof SqlIdentifier id && id.isStar()) {
                for (String c : baseColumns) {
                    if (i < view.columns().size()) {
                        String name = view.columns().get(i++).name();
                        exprs.put(name, new SqlIdentifier(List.of(outer, c), pos));
                        columns.put(name, c);
                    }
                }
                continue;
            }
            if (i >= view.columns().size()) {
                break;
            }
            String name = view.columns().get(i++).name();
            SqlNode e = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
            exprs.put(name, e.accept(requalify));
            if (e instanceof SqlIdentifier id
                    && !id.isStar()
                    && (id.names.size() == 1
                            || id.names.get(id.names.size() - 2).equals(inner))
                    && baseColumns.contains(id.names.get(id.names.size() - 1))) {
                columns.put(name, id.names.get(id.names.size() - 1));
            }
        }
        SqlShuttle toBase = viewColumns(exprs, outer);
        SqlNode viewWhere = select.getWhere() == null ? null : select.getWhere().accept(requalify);
        if (stmt instanceof PgInsert ins) {
            if (ins.onConflict != null) {
                throw DdlExecutor.unsupported("INSERT ... ON CONFLICT on a view");
            }
            List<String> targets = new ArrayList<>();
            if (ins.columns != null && ins.columns.size() > 0) {
                for (SqlNode n : ins.columns) {
                    targets.add(((SqlIdentifier) n).getSimple());
                }
            } else {
                int width = ins.source != null && ins.source.getKind() == SqlKind.VALUES
                        ? ((SqlCall) ((SqlCall) ins.source).operand(0)).operandCount()
                        : view.columns().size();
                for (int k = 0; k < Math.min(width, view.columns().size()); k++) {
                    targets.add(view.columns().get(k).name());
                }
            }
            SqlNodeList mapped = new SqlNodeList(pos);
            for (String t : targets) {
                if (!exprs.containsKey(t)) {
                    throw new PgException(
                            SqlState.UNDEFINED_COLUMN,
                            "column \"" + t + "\" of relation \"" + view.name() + "\" does not exist");
                }
                String c = columns.get(t);
                if (c == null) {
                    throw PgException.builder(
                                    SqlState.FEATURE_NOT_SUPPORTED,
                                    "cannot insert into column \"" + t + "\" of view \"" + view.name() + "\"")
                            .detail(NOT_COLUMN)
                            .build();
                }
                mapped.add(new SqlIdentifier(c, pos));
            }
            return new PgInsert(
                    ins.getParserPosition(),
                    qualifiedBase,
                    outerAlias,
                    mapped,
                    ins.source,
                    null,
                    returning(ins.returning, exprs, toBase, outer));
        }
        if (stmt instanceof PgUpdate upd) {
            SqlNodeList mapped = new SqlNodeList(pos);
            for (SqlNode n : upd.targetColumns) {
                String t = ((SqlIdentifier) n).names.get(((SqlIdentifier) n).names.size() - 1);
                if (!exprs.containsKey(t)) {
                    throw new PgException(
                            SqlState.UNDEFINED_COLUMN,
                            "column \"" + t + "\" of relation \"" + view.name() + "\" does not exist");
                }
                String c = columns.get(t);
                if (c == null) {
                    throw PgException.builder(
                                    SqlState.FEATURE_NOT_SUPPORTED,
                                    "cannot update column \"" + t + "\" of view \"" + view.name() + "\"")
                            .detail(NOT_COLUMN)
                            .build();
                }
                mapped.add(new SqlIdentifier(c, pos));
            }
            SqlNodeList values = new SqlNodeList(pos);
            for (SqlNode v : upd.values) {
                values.add(v == null ? null : v.accept(toBase));
            }
            return new PgUpdate(
                    upd.getParserPosition(),
                    qualifiedBase,
                    outerAlias,
                    mapped,
                    values,
                    upd.from,
                    and(upd.where == null ? null : upd.where.accept(toBase), viewWhere),
                    returning(upd.returning, exprs, toBase, outer));
        }
        PgDelete del = (PgDelete) stmt;
        return new PgDelete(
                del.getParserPosition(),
                qualifiedBase,
                outerAlias,
                del.using,
                and(del.where == null ? null : del.where.accept(toBase), viewWhere),
                returning(del.returning, exprs, toBase, outer));
    }

    private static SqlIdentifier aliasOf(PgStatement stmt) {
        if (stmt instanceof PgInsert i) {
            return i.alias;
        }
        if (stmt instanceof PgUpdate u) {
            return u.alias;
        }
        return ((PgDelete) stmt).alias;
    }

    private static SqlNode and(SqlNode a, SqlNode b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return SqlStdOperatorTable.AND.createCall(SqlParserPos.ZERO, a, b);
    }

    /** RETURNING over the view's columns: {@code *} becomes each view column, names become their expressions. */
    private static SqlNodeList returning(
            SqlNodeList returning, Map<String, SqlNode> exprs, SqlShuttle toBase, String outer) {
        if (returning == null) {
            return null;
        }
        SqlNodeList out = new SqlNodeList(SqlParserPos.ZERO);
        for (SqlNode item : returning) {
            if (item instanceof SqlIdentifier id
                    && id.isStar()
                    && (id.names.size() == 1 || id.names.get(0).equals(outer))) {
                for (Map.Entry<String, SqlNode> e : exprs.entrySet()) {
                    out.add(SqlStdOperatorTable.AS.createCall(
                            SqlParserPos.ZERO, copy(e.getValue()), new SqlIdentifier(e.getKey(), SqlParserPos.ZERO)));
                }
            } else if (item instanceof SqlIdentifier id && exprs.containsKey(id.names.get(id.names.size() - 1))) {
                out.add(SqlStdOperatorTable.AS.createCall(
                        SqlParserPos.ZERO,
                        item.accept(toBase),
                        new SqlIdentifier(id.names.get(id.names.size() - 1), SqlParserPos.ZERO)));
            } else {
                out.add(item.accept(toBase));
            }
        }
        return out;
    }

    /** Rewrites references to the view's inner table ({@code s.x} for {@code FROM t s}) to the statement's alias. */
    private static SqlShuttle requalifier(String inner, String outer) {
        return new SqlShuttle() {
            @Override
            public SqlNode visit(SqlIdentifier id) {
                if (id.names.size() >= 2 && id.names.get(id.names.size() - 2).equals(inner)) {
                    List<String> names = new ArrayList<>();
                    names.add(outer);
                    names.add(id.names.get(id.names.size() - 1));
                    return new SqlIdentifier(names, id.getParserPosition());
                }
                return id;
            }
        };
    }

    private static SqlNode copy(SqlNode node) {
        return node.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlIdentifier id) {
                return id.clone(id.getParserPosition());
            }

            @Override
            public SqlNode visit(SqlCall call) {
                CallCopyingArgHandler handler = new CallCopyingArgHandler(call, true);
                call.getOperator().acceptCall(this, call, false, handler);
                return handler.result();
            }
        });
    }

    /** Rewrites references to view columns ({@code x} or {@code v.x}) to their expressions. */
    private static SqlShuttle viewColumns(Map<String, SqlNode> exprs, String outer) {
        return new SqlShuttle() {
            @Override
            public SqlNode visit(SqlIdentifier id) {
                if (id.isStar()) {
                    return id;
                }
                String last = id.names.get(id.names.size() - 1);
                boolean ours = id.names.size() == 1
                        || (id.names.size() == 2 && id.names.get(0).equals(outer));
                if (ours && exprs.containsKey(last)) {
                    return copy(exprs.get(last)); // each use its own tree: validation rewrites trees in place
                }
                return id;
            }
        };
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
        boolean[] found = new boolean[3];
        select.getSelectList().accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                String name = call.getOperator().getName().toLowerCase(java.util.Locale.ROOT);
                var signatures = FunctionRegistry.builtinSignatures().get(name);
                if (call.getOperator().isAggregator()
                        || Set.of("count", "sum", "avg", "min", "max").contains(name)
                        || (signatures != null
                                && !signatures.isEmpty()
                                && signatures.get(0).aggregate())) {
                    found[0] = true;
                }
                if (FunctionRegistry.builtinSetReturning().contains(name)) {
                    found[2] = true;
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
        if (found[2]) {
            return "Views that return set-returning functions are not automatically updatable.";
        }
        return null;
    }
}
