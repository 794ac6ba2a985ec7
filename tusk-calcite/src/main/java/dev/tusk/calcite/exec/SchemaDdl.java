package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.SchemaDef;
import dev.tusk.calcite.parser.PgAlterSchema;
import dev.tusk.calcite.parser.PgCreateSchema;
import dev.tusk.calcite.parser.PgDrop;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Notice;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;

/** CREATE SCHEMA, DROP SCHEMA and ALTER SCHEMA, transactionally, with PostgreSQL's checks and messages. */
public final class SchemaDdl {
    private SchemaDdl() {}

    /** CREATE SCHEMA [IF NOT EXISTS] name [AUTHORIZATION role]. */
    public static String create(PgCreateSchema stmt, ExecContext cx) {
        checkUnreserved(stmt.name);
        if (stmt.owner != null) {
            checkRole(stmt.owner, cx);
        }
        SessionTransaction st = cx.transaction();
        st.lockDdl(() -> cx.cancel().get());
        CatalogState catalog = st.catalog();
        if (catalog.schemas().containsKey(stmt.name)) {
            if (stmt.ifNotExists) {
                cx.session()
                        .sendNotice(new Notice(
                                "NOTICE",
                                SqlState.DUPLICATE_SCHEMA.code(),
                                "schema \"" + stmt.name + "\" already exists, skipping",
                                null,
                                null));
                return "CREATE SCHEMA";
            }
            throw new PgException(SqlState.DUPLICATE_SCHEMA, "schema \"" + stmt.name + "\" already exists");
        }
        st.changeCatalog(catalog.withSchema(new SchemaDef(st.database().newOid(), stmt.name)));
        return "CREATE SCHEMA";
    }

    /** DROP SCHEMA [IF EXISTS] name, ... [CASCADE | RESTRICT]. */
    public static String drop(PgDrop stmt, ExecContext cx) {
        SessionTransaction st = cx.transaction();
        st.lockDdl(() -> cx.cancel().get());
        CatalogState catalog = st.catalog();
        List<SchemaDef> schemas = new ArrayList<>();
        List<DbObject> targets = new ArrayList<>();
        for (SqlIdentifier id : stmt.names) {
            if (id.names.size() > 1) {
                throw new PgException(
                        SqlState.SYNTAX_ERROR, "schema name cannot be qualified: " + String.join(".", id.names));
            }
            String name = id.names.get(0);
            SchemaDef schema = catalog.schemas().get(name);
            if (schema == null) {
                if (!stmt.ifExists) {
                    throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + name + "\" does not exist");
                }
                cx.session()
                        .sendNotice(new Notice(
                                "NOTICE",
                                SqlState.SUCCESSFUL_COMPLETION.code(),
                                "schema \"" + name + "\" does not exist, skipping",
                                null,
                                null));
                continue;
            }
            if (name.equals("pg_catalog")) {
                throw new PgException(
                        SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                        "cannot drop schema pg_catalog because it is required by the database system");
            }
            schemas.add(schema);
            targets.add(new DbObject(DbObject.Kind.SCHEMA, schema.oid(), name, name));
        }
        List<DbObject> dependents = Dependents.of(targets, stmt.cascade, catalog, cx);
        // foreign keys of tables elsewhere that reference the schema's tables go too (CASCADE got us here)
        List<dev.tusk.calcite.catalog.TableDef> tables = new ArrayList<>();
        for (DbObject o : dependents) {
            dev.tusk.calcite.catalog.TableDef t =
                    o.kind() == DbObject.Kind.TABLE ? catalog.table(o.schema(), o.name()) : null;
            if (t != null) {
                tables.add(t);
            }
        }
        catalog = ForeignKeyDrops.dropReferencing(catalog, tables, true, cx);
        catalog = Dependents.drop(dependents, catalog, st);
        for (SchemaDef s : schemas) {
            catalog = catalog.withoutSchema(s);
        }
        st.changeCatalog(catalog);
        return "DROP SCHEMA";
    }

    /**
     * ALTER SCHEMA name RENAME TO new | OWNER TO role. Renaming moves the schema's tables; a schema holding
     * views or sequences, or read by a view, is refused (their stored SQL names it).
     */
    public static String alter(PgAlterSchema stmt, ExecContext cx) {
        SessionTransaction st = cx.transaction();
        st.lockDdl(() -> cx.cancel().get());
        CatalogState catalog = st.catalog();
        SchemaDef schema = catalog.schemas().get(stmt.name);
        if (schema == null) {
            throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + stmt.name + "\" does not exist");
        }
        if (stmt.owner != null) {
            checkRole(stmt.owner, cx);
            return "ALTER SCHEMA";
        }
        if (catalog.schemas().containsKey(stmt.newName)) {
            throw new PgException(SqlState.DUPLICATE_SCHEMA, "schema \"" + stmt.newName + "\" already exists");
        }
        checkUnreserved(stmt.newName);
        DbObject self = new DbObject(DbObject.Kind.SCHEMA, schema.oid(), stmt.name, stmt.name);
        for (DbObject o : Dependents.direct(self, catalog)) {
            if (o.kind() != DbObject.Kind.TABLE
                    || !Dependents.direct(o, catalog).isEmpty()) {
                throw DdlExecutor.unsupported("ALTER SCHEMA ... RENAME of a schema with views or sequences");
            }
        }
        if (!catalog.sequences(stmt.name).isEmpty()) {
            throw DdlExecutor.unsupported("ALTER SCHEMA ... RENAME of a schema with views or sequences");
        }
        CatalogState c = catalog.withSchemaRenamed(stmt.name, stmt.newName);
        st.changeCatalog(c);
        return "ALTER SCHEMA";
    }

    private static void checkUnreserved(String name) {
        if (name.startsWith("pg_")) {
            throw PgException.builder(SqlState.RESERVED_NAME, "unacceptable schema name \"" + name + "\"")
                    .detail("The prefix \"pg_\" is reserved for system schemas.")
                    .build();
        }
    }

    /** The only role this engine knows is the session's user. */
    private static void checkRole(String role, ExecContext cx) {
        if (!role.equals(cx.session().user())) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"" + role + "\" does not exist");
        }
    }
}
