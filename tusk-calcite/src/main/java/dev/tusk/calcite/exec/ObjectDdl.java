package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.parser.PgAlterSchema;
import dev.tusk.calcite.parser.PgAlterTable;
import dev.tusk.calcite.parser.PgComment;
import dev.tusk.calcite.parser.PgCreateSchema;
import dev.tusk.calcite.parser.PgCreateTable;
import dev.tusk.calcite.parser.PgCreateView;
import dev.tusk.calcite.parser.PgDrop;
import dev.tusk.calcite.parser.PgStatement;
import dev.tusk.calcite.parser.PgVacuum;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Notice;
import java.util.List;
import java.util.function.Function;

/**
 * Routes the statements about schemas, views, comments, storage parameters and maintenance to their executors,
 * so that the session's dispatch needs one call.
 */
public final class ObjectDdl {
    private ObjectDdl() {}

    /** The executor of {@code stmt} (whose text is {@code sql}), or null if it is not one of these statements. */
    public static Function<ExecContext, String> executor(PgStatement stmt, String sql) {
        if (stmt instanceof PgCreateSchema s) {
            return cx -> SchemaDdl.create(s, cx);
        }
        if (stmt instanceof PgAlterSchema s) {
            return cx -> SchemaDdl.alter(s, cx);
        }
        if (stmt instanceof PgDrop d && d.kind == PgDrop.Kind.SCHEMA) {
            return cx -> SchemaDdl.drop(d, cx);
        }
        if (stmt instanceof PgDrop d && d.kind == PgDrop.Kind.VIEW) {
            return cx -> ViewDdl.drop(d, cx);
        }
        if (stmt instanceof PgCreateView v) {
            return cx -> ViewDdl.create(v, sql, cx);
        }
        if (stmt instanceof PgComment c) {
            return cx -> CommentDdl.comment(c, cx);
        }
        if (stmt instanceof PgVacuum v) {
            return cx -> Maintenance.run(v, cx);
        }
        if (stmt instanceof PgCreateTable t && !t.options.isEmpty()) {
            return cx -> createTableWithOptions(t, cx);
        }
        if (stmt instanceof PgAlterTable a && onlyOptions(a)) {
            return cx -> alterOptions(a, cx);
        }
        return null;
    }

    private static boolean onlyOptions(PgAlterTable a) {
        return a.actions.stream()
                .allMatch(x -> x instanceof PgAlterTable.SetOptions || x instanceof PgAlterTable.ResetOptions);
    }

    /** CREATE TABLE ... WITH (...): the options are checked first, then recorded on the new table. */
    private static String createTableWithOptions(PgCreateTable stmt, ExecContext cx) {
        List<String> options = StorageParameters.apply(List.of(), stmt.options, false);
        SessionTransaction st = cx.transaction();
        st.lockDdl(() -> cx.cancel().get());
        String schema = Names.creationSchema(st.catalog(), stmt.name, cx.searchPath());
        String name = stmt.name.names.get(stmt.name.names.size() - 1);
        boolean existed = st.catalog().relationExists(schema, name);
        String tag = DdlExecutor.createTable(stmt, cx);
        if (!existed) {
            CatalogState catalog = st.catalog();
            TableDef t = catalog.table(schema, name);
            st.changeCatalog(catalog.withReloptions(t.oid(), options));
        }
        return tag;
    }

    /** ALTER TABLE ... SET (...) / RESET (...). */
    private static String alterOptions(PgAlterTable stmt, ExecContext cx) {
        SessionTransaction st = cx.transaction();
        st.lockDdl(() -> cx.cancel().get());
        CatalogState catalog = st.catalog();
        DbObject o = Relations.find(catalog, stmt.name, cx.searchPath());
        if (o == null) {
            if (stmt.ifExists) {
                cx.session()
                        .sendNotice(new Notice(
                                "NOTICE",
                                SqlState.SUCCESSFUL_COMPLETION.code(),
                                "relation \"" + String.join(".", stmt.name.names) + "\" does not exist, skipping",
                                null,
                                null));
                return "ALTER TABLE";
            }
            Relations.require(catalog, stmt.name, cx.searchPath());
        }
        if (o.kind() != DbObject.Kind.TABLE) {
            throw DdlExecutor.unsupported(
                    "ALTER TABLE ... SET/RESET on a " + o.kind().word());
        }
        List<String> options = catalog.reloptions(o.oid());
        for (PgAlterTable.Action a : stmt.actions) {
            if (a instanceof PgAlterTable.SetOptions s) {
                options = StorageParameters.apply(options, s.options(), false);
            } else if (a instanceof PgAlterTable.ResetOptions r) {
                options = StorageParameters.apply(options, r.options(), true);
            }
        }
        st.changeCatalog(catalog.withReloptions(o.oid(), options));
        return "ALTER TABLE";
    }
}
