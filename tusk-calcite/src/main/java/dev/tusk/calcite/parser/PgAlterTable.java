package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;

/** ALTER TABLE name action, ... */
public final class PgAlterTable extends PgStatement {
    /** One action of ALTER TABLE. */
    public sealed interface Action {}

    /** ADD COLUMN. */
    public record AddColumn(PgColumnDef column, boolean ifNotExists) implements Action {}

    /** ADD table constraint. */
    public record AddConstraint(PgConstraintDef constraint) implements Action {}

    /** DROP CONSTRAINT. */
    public record DropConstraint(String name, boolean ifExists, boolean cascade) implements Action {}

    /** DROP COLUMN. */
    public record DropColumn(String name, boolean ifExists, boolean cascade) implements Action {}

    /** ALTER COLUMN SET DEFAULT (or DROP DEFAULT when the expression is null). */
    public record SetDefault(String column, SqlNode expression) implements Action {}

    /** ALTER COLUMN SET/DROP NOT NULL. */
    public record SetNotNull(String column, boolean notNull) implements Action {}

    /** ALTER COLUMN TYPE [USING expression] (using is null without USING). */
    public record SetType(String column, SqlDataTypeSpec type, SqlNode using) implements Action {}

    /** RENAME TO. */
    public record RenameTable(String newName) implements Action {}

    /** RENAME COLUMN. */
    public record RenameColumn(String name, String newName) implements Action {}

    /** RENAME CONSTRAINT. */
    public record RenameConstraint(String name, String newName) implements Action {}

    /** OWNER TO. */
    public record OwnerTo(String owner) implements Action {}

    /** SET TABLESPACE. */
    public record SetTablespace(String tablespace) implements Action {}

    /** INHERIT parent, or NO INHERIT parent. */
    public record Inherit(SqlIdentifier parent, boolean no) implements Action {}

    public static Action setTablespace(String tablespace) {
        return new SetTablespace(tablespace);
    }

    public static Action inherit(SqlIdentifier parent, boolean no) {
        return new Inherit(parent, no);
    }

    public static Action addColumn(PgColumnDef c, boolean ifNotExists) {
        return new AddColumn(c, ifNotExists);
    }

    public static Action addConstraint(PgConstraintDef c) {
        return new AddConstraint(c);
    }

    public static Action dropConstraint(String name, boolean ifExists, boolean cascade) {
        return new DropConstraint(name, ifExists, cascade);
    }

    public static Action dropColumn(String name, boolean ifExists, boolean cascade) {
        return new DropColumn(name, ifExists, cascade);
    }

    public static Action setDefault(String column, SqlNode e) {
        return new SetDefault(column, e);
    }

    public static Action setNotNull(String column, boolean notNull) {
        return new SetNotNull(column, notNull);
    }

    public static Action setType(String column, SqlDataTypeSpec type) {
        return new SetType(column, type, null);
    }

    public static Action setType(String column, SqlDataTypeSpec type, SqlNode using) {
        return new SetType(column, type, using);
    }

    public static Action renameTable(String newName) {
        return new RenameTable(newName);
    }

    public static Action renameColumn(String name, String newName) {
        return new RenameColumn(name, newName);
    }

    public static Action renameConstraint(String name, String newName) {
        return new RenameConstraint(name, newName);
    }

    public static Action ownerTo(String owner) {
        return new OwnerTo(owner);
    }

    /** SET (storage parameter = value, ...). */
    public record SetOptions(List<PgOption> options) implements Action {}

    /** RESET (storage parameter, ...). */
    public record ResetOptions(List<PgOption> options) implements Action {}

    public static Action setOptions(List<PgOption> options) {
        return new SetOptions(List.copyOf(options));
    }

    public static Action resetOptions(List<PgOption> options) {
        return new ResetOptions(List.copyOf(options));
    }

    /** The parsed ifExists. */
    public final boolean ifExists;
    /** The parsed name. */
    public final SqlIdentifier name;
    /** The parsed actions. */
    public final List<Action> actions;

    /** Creates the node. */
    public PgAlterTable(SqlParserPos pos, boolean ifExists, SqlIdentifier name, List<Action> actions) {
        super(pos, "ALTER TABLE");
        this.ifExists = ifExists;
        this.name = name;
        this.actions = List.copyOf(actions);
    }
}
