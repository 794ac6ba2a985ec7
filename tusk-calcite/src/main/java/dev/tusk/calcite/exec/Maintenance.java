package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.parser.PgOption;
import dev.tusk.calcite.parser.PgVacuum;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Notice;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;

/**
 * VACUUM and ANALYZE. VACUUM reclaims, in the named tables or all, the row versions no snapshot can see any more
 * (the store's vacuum; FULL and FREEZE do the same, there are no pages to compact or transaction ids to freeze).
 * ANALYZE checks its arguments as PostgreSQL does and collects nothing: the planner keeps no statistics yet and
 * pg_stats does not exist, so there is nothing a client could observe.
 */
public final class Maintenance {
    private Maintenance() {}

    private static final Set<String> VACUUM_OPTIONS = Set.of(
            "analyze",
            "verbose",
            "freeze",
            "full",
            "disable_page_skipping",
            "skip_locked",
            "index_cleanup",
            "process_toast",
            "truncate",
            "parallel");
    private static final Set<String> ANALYZE_OPTIONS = Set.of("verbose", "skip_locked");

    /** Runs VACUUM or ANALYZE; returns the command tag. */
    public static String run(PgVacuum stmt, ExecContext cx) {
        String command = stmt.vacuum ? "VACUUM" : "ANALYZE";
        boolean analyze = !stmt.vacuum;
        for (PgOption o : stmt.options) {
            if (!(stmt.vacuum ? VACUUM_OPTIONS : ANALYZE_OPTIONS).contains(o.name())) {
                PgException e = new PgException(
                        SqlState.SYNTAX_ERROR, "unrecognized " + command + " option \"" + o.name() + "\"");
                throw o.pos() == null ? e : new PositionedError(e, o.pos());
            }
            if (o.name().equals("analyze")) {
                Boolean on = o.value() == null ? Boolean.TRUE : StorageParameters.parseBool(o.value());
                if (on == null) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "analyze requires a Boolean value");
                }
                analyze = on;
            }
        }
        if (stmt.vacuum && cx.transaction().inBlock()) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, "VACUUM cannot run inside a transaction block");
        }
        CatalogState catalog = cx.transaction().catalog();
        List<TableDef> tables = new ArrayList<>();
        for (int i = 0; i < stmt.tables.size(); i++) {
            SqlIdentifier id = stmt.tables.get(i);
            SqlNodeList columns = stmt.columns.get(i);
            if (columns != null && !analyze) {
                throw new PgException(
                        SqlState.FEATURE_NOT_SUPPORTED,
                        "ANALYZE option must be specified when a column list is provided");
            }
            DbObject o = Relations.require(catalog, id, cx.searchPath());
            TableDef t = Relations.table(catalog, o);
            if (t == null) {
                cx.session()
                        .sendNotice(new Notice(
                                "WARNING",
                                SqlState.WARNING.code(),
                                "skipping \"" + o.name() + "\" --- cannot " + (stmt.vacuum ? "vacuum" : "analyze")
                                        + " non-tables or special system tables",
                                null,
                                null));
                continue;
            }
            if (columns != null) {
                for (SqlNode c : columns) {
                    String name = ((SqlIdentifier) c).getSimple();
                    if (t.column(name) == null) {
                        throw new PgException(
                                SqlState.UNDEFINED_COLUMN,
                                "column \"" + name + "\" of relation \"" + t.name() + "\" does not exist");
                    }
                }
            }
            tables.add(t);
        }
        if (stmt.vacuum) {
            if (stmt.tables.isEmpty()) {
                cx.transaction().database().store().vacuum();
            } else {
                for (TableDef t : tables) {
                    t.data().vacuum();
                }
            }
        }
        return command;
    }
}
