package dev.tusk.examples.memory.exec;

import dev.tusk.examples.memory.sql.Statement;
import dev.tusk.examples.memory.store.ColumnDef;
import dev.tusk.examples.memory.store.TableData;
import dev.tusk.examples.memory.store.TableDef;
import dev.tusk.examples.memory.store.Transaction;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.Notice;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.QueryResult;
import dev.tusk.types.PgType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** CREATE TABLE, DROP TABLE and TRUNCATE, transactional like everything else in the example backend. */
public final class DdlPlan implements Plan {

    private final java.util.function.Function<EvalContext, QueryResult> action;

    private DdlPlan(java.util.function.Function<EvalContext, QueryResult> action) {
        this.action = action;
    }

    /** Plans CREATE TABLE: the column types are resolved now, the table is created when run. */
    public static DdlPlan create(Statement.CreateTable s) {
        List<ColumnDef> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Statement.ColumnSpec c : s.columns()) {
            if (!names.add(c.name())) {
                throw new PgException(
                        SqlState.DUPLICATE_COLUMN, "column \"" + c.name() + "\" specified more than once");
            }
            PgType type = Types.resolve(c.type());
            if (type.isArray()) {
                throw PgException.builder(
                                SqlState.FEATURE_NOT_SUPPORTED,
                                "feature not supported by the Tusk example backend: array columns")
                        .position(c.type().position())
                        .build();
            }
            boolean notNull = c.notNull() || s.primaryKey().contains(c.name());
            columns.add(new ColumnDef(c.name(), type, Types.typmod(c.type()), notNull));
        }
        if (s.columns().stream().filter(Statement.ColumnSpec::primaryKey).count() > 1
                || (s.columns().stream().anyMatch(Statement.ColumnSpec::primaryKey)
                        && s.primaryKey().size() > 1)) {
            throw new PgException(
                    SqlState.INVALID_TABLE_DEFINITION,
                    "multiple primary keys for table \"" + s.name() + "\" are not allowed");
        }
        List<Integer> pk = new ArrayList<>();
        for (String k : s.primaryKey()) {
            int index = -1;
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(k)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + k + "\" named in key does not exist");
            }
            pk.add(index);
        }
        return new DdlPlan(cx -> {
            Transaction tx = cx.state().tx();
            if (tx.table(s.name()) != null) {
                if (s.ifNotExists()) {
                    cx.session()
                            .sendNotice(new Notice(
                                    "NOTICE",
                                    "42P07",
                                    "relation \"" + s.name() + "\" already exists, skipping",
                                    null,
                                    null));
                    return new QueryResult.Command("CREATE TABLE");
                }
                throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + s.name() + "\" already exists");
            }
            TableDef def = new TableDef(s.name(), tx.newOid(), columns, pk);
            tx.put(s.name(), null, new TableData(def, new ArrayList<>()));
            return new QueryResult.Command("CREATE TABLE");
        });
    }

    /** Plans DROP TABLE [IF EXISTS]. */
    public static DdlPlan drop(Statement.DropTable s) {
        return new DdlPlan(cx -> {
            Transaction tx = cx.state().tx();
            for (Statement.TableRef ref : s.tables()) {
                TableData t = tx.table(ref.name());
                if (t == null) {
                    if (s.ifExists()) {
                        cx.session().sendNotice(Notice.notice("table \"" + ref.name() + "\" does not exist, skipping"));
                        continue;
                    }
                    throw new PgException(SqlState.UNDEFINED_TABLE, "table \"" + ref.name() + "\" does not exist");
                }
                tx.drop(ref.name(), t);
            }
            return new QueryResult.Command("DROP TABLE");
        });
    }

    /** Plans TRUNCATE. */
    public static DdlPlan truncate(Statement.Truncate s) {
        return new DdlPlan(cx -> {
            Transaction tx = cx.state().tx();
            List<TableData> tables = new ArrayList<>();
            for (Statement.TableRef ref : s.tables()) {
                tables.add(Sources.table(tx, ref));
            }
            for (TableData t : tables) {
                tx.put(t.def().name(), t, t.withRows(new ArrayList<>()));
            }
            return new QueryResult.Command("TRUNCATE TABLE");
        });
    }

    @Override
    public List<Column> columns() {
        return List.of();
    }

    @Override
    public QueryResult run(EvalContext cx) {
        return action.apply(cx);
    }
}
