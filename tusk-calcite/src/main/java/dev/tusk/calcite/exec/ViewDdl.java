package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.ColumnDef;
import dev.tusk.calcite.catalog.TuskTable;
import dev.tusk.calcite.catalog.TuskView;
import dev.tusk.calcite.catalog.ViewDef;
import dev.tusk.calcite.parser.PgCreateView;
import dev.tusk.calcite.parser.PgDrop;
import dev.tusk.calcite.parser.PgSqlParser;
import dev.tusk.calcite.plan.CompiledQuery;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Notice;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.schema.Table;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;

/** CREATE [OR REPLACE] VIEW and DROP VIEW, transactionally, with PostgreSQL's rules and dependency checks. */
public final class ViewDdl {
    private ViewDdl() {}

    /** CREATE [OR REPLACE] VIEW; {@code sql} is the statement's text, whose query part the view keeps. */
    public static String create(PgCreateView stmt, String sql, ExecContext cx) {
        if (stmt.temporary) {
            throw DdlExecutor.unsupported("CREATE TEMPORARY VIEW");
        }
        SessionTransaction st = cx.transaction();
        st.lockDdl(() -> cx.cancel().get());
        CatalogState catalog = st.catalog();
        String schema = Names.creationSchema(catalog, stmt.name, cx.searchPath());
        String name = stmt.name.names.get(stmt.name.names.size() - 1);
        String text = queryText(sql, stmt.as);
        List<String> searchPath = cx.searchPath();
        Set<Integer> dependsOn = new LinkedHashSet<>();
        // a fresh tree (validation rewrites trees in place) whose positions count from the statement's start
        SqlNode query = ((PgCreateView) PgSqlParser.parse(sql)).query;
        CompiledQuery compiled = cx.planner()
                .compile(query, new int[0], searchPath, catalog.calciteRoot(), t -> dependsOn.add(oidOf(t)));
        dependsOn.remove(0);
        List<ColumnDef> columns = columns(compiled, stmt);
        ViewDef old = catalog.view(schema, name);
        int oid;
        if (old != null) {
            if (!stmt.replace) {
                throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
            }
            checkReplacement(old, columns);
            oid = old.oid();
        } else {
            if (catalog.relationExists(schema, name)) {
                if (stmt.replace) {
                    throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + name + "\" is not a view");
                }
                throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
            }
            oid = st.database().newOid();
        }
        ViewDef view = new ViewDef(oid, schema, name, columns, text, searchPath, List.copyOf(dependsOn));
        st.changeCatalog(catalog.withView(view));
        return "CREATE VIEW";
    }

    /** DROP VIEW [IF EXISTS] names [CASCADE | RESTRICT]. */
    public static String drop(PgDrop stmt, ExecContext cx) {
        SessionTransaction st = cx.transaction();
        st.lockDdl(() -> cx.cancel().get());
        CatalogState catalog = st.catalog();
        List<DbObject> targets = new ArrayList<>();
        for (SqlIdentifier id : stmt.names) {
            DbObject o = Relations.find(catalog, id, cx.searchPath());
            if (o != null && o.kind() == DbObject.Kind.VIEW) {
                targets.add(o);
                continue;
            }
            Relations.checkDropKind(catalog, id, cx.searchPath(), DbObject.Kind.VIEW);
            String shown = String.join(".", id.names);
            if (!stmt.ifExists) {
                throw new PgException(SqlState.UNDEFINED_TABLE, "view \"" + shown + "\" does not exist");
            }
            cx.session()
                    .sendNotice(new Notice(
                            "NOTICE",
                            SqlState.SUCCESSFUL_COMPLETION.code(),
                            "view \"" + shown + "\" does not exist, skipping",
                            null,
                            null));
        }
        List<DbObject> all = new ArrayList<>(Dependents.of(targets, stmt.cascade, catalog, cx));
        all.addAll(targets);
        st.changeCatalog(Dependents.drop(all, catalog, st));
        return "DROP VIEW";
    }

    /** The text after the AS of CREATE VIEW, without a trailing semicolon. */
    static String queryText(String sql, SqlParserPos as) {
        if (as == null) {
            throw new IllegalStateException("CREATE VIEW without the position of its query");
        }
        int line = 1;
        int offset = 0;
        while (line < as.getEndLineNum()) {
            int nl = sql.indexOf('\n', offset);
            if (nl < 0) {
                break;
            }
            offset = nl + 1;
            line++;
        }
        offset += as.getEndColumnNum(); // the column is 1-based and inclusive: this is just past AS
        String text = sql.substring(Math.min(offset, sql.length())).strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    private static int oidOf(Table t) {
        if (t instanceof TuskTable table) {
            return table.def().oid();
        }
        if (t instanceof TuskView view) {
            return view.def().oid();
        }
        return 0;
    }

    private static List<ColumnDef> columns(CompiledQuery compiled, PgCreateView stmt) {
        List<CompiledQuery.ResultColumn> result = compiled.columns();
        int named = stmt.columns == null ? 0 : stmt.columns.size();
        if (named > result.size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "CREATE VIEW specifies more column names than columns");
        }
        List<ColumnDef> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < result.size(); i++) {
            String name = i < named
                    ? ((SqlIdentifier) stmt.columns.get(i)).getSimple()
                    : result.get(i).name();
            if (!names.add(name)) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + name + "\" specified more than once");
            }
            PgTypeRef type = result.get(i).type();
            if (type.type() == BuiltinTypes.UNKNOWN) {
                type = PgTypeRef.of(BuiltinTypes.TEXT); // PostgreSQL 10+ makes unknown view columns text
            }
            out.add(new ColumnDef(name, i + 1, type, false, null, null, '\0'));
        }
        return out;
    }

    /** CREATE OR REPLACE VIEW may only add columns at the end (PostgreSQL's checkViewColumns). */
    private static void checkReplacement(ViewDef old, List<ColumnDef> columns) {
        if (columns.size() < old.columns().size()) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "cannot drop columns from view");
        }
        for (int i = 0; i < old.columns().size(); i++) {
            ColumnDef was = old.columns().get(i);
            ColumnDef now = columns.get(i);
            if (!was.name().equals(now.name())) {
                throw PgException.builder(
                                SqlState.INVALID_TABLE_DEFINITION,
                                "cannot change name of view column \"" + was.name() + "\" to \"" + now.name() + "\"")
                        .hint("Use ALTER VIEW ... RENAME COLUMN ... to change name of view column instead.")
                        .build();
            }
            if (!was.type().equals(now.type())) {
                throw new PgException(
                        SqlState.INVALID_TABLE_DEFINITION,
                        "cannot change data type of view column \"" + was.name() + "\" from "
                                + was.type().displayName() + " to " + now.type().displayName());
            }
        }
    }
}
