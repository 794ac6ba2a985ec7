package dev.tusk.calcite.parser;

import java.util.Map;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * A column or table constraint (also DEFAULT, NULL and GENERATED, which PostgreSQL's grammar treats alike).
 *
 * @param kind what it is
 * @param name its name after CONSTRAINT, or null
 * @param columns the columns of a table constraint, or null for a column constraint
 * @param expression the CHECK condition, DEFAULT value or generation expression, or null
 * @param refTable the referenced table of a foreign key, or null
 * @param refColumns the referenced columns, or null for the referenced table's primary key
 * @param onDelete the foreign key's ON DELETE action
 * @param onUpdate the foreign key's ON UPDATE action
 * @param always GENERATED ALWAYS (true) or BY DEFAULT (false)
 * @param sequenceOptions the identity column's sequence options
 * @param pos where it starts
 * @param matchFull a foreign key's MATCH FULL (else MATCH SIMPLE)
 */
public record PgConstraintDef(
        Kind kind,
        String name,
        SqlNodeList columns,
        SqlNode expression,
        SqlIdentifier refTable,
        SqlNodeList refColumns,
        Action onDelete,
        Action onUpdate,
        boolean always,
        Map<String, Long> sequenceOptions,
        SqlParserPos pos,
        boolean matchFull) {

    /** The kinds of constraint. */
    public enum Kind {
        /** NOT NULL. */
        NOT_NULL,
        /** NULL (explicitly nullable). */
        NULL,
        /** DEFAULT expression. */
        DEFAULT,
        /** PRIMARY KEY. */
        PRIMARY_KEY,
        /** UNIQUE. */
        UNIQUE,
        /** CHECK (condition). */
        CHECK,
        /** REFERENCES / FOREIGN KEY. */
        FOREIGN_KEY,
        /** GENERATED ... AS IDENTITY. */
        IDENTITY,
        /** GENERATED ALWAYS AS (expression) STORED. */
        GENERATED
    }

    /** Referential actions. */
    public enum Action {
        /** NO ACTION (the default). */
        NO_ACTION,
        /** RESTRICT. */
        RESTRICT,
        /** CASCADE. */
        CASCADE,
        /** SET NULL. */
        SET_NULL,
        /** SET DEFAULT. */
        SET_DEFAULT
    }

    private static PgConstraintDef of(Kind kind, String name, SqlParserPos pos) {
        return new PgConstraintDef(
                kind, name, null, null, null, null, Action.NO_ACTION, Action.NO_ACTION, false, Map.of(), pos, false);
    }

    public static PgConstraintDef notNull(String name, SqlParserPos pos) {
        return of(Kind.NOT_NULL, name, pos);
    }

    public static PgConstraintDef nullable(String name, SqlParserPos pos) {
        return of(Kind.NULL, name, pos);
    }

    public static PgConstraintDef defaultValue(String name, SqlNode e, SqlParserPos pos) {
        return new PgConstraintDef(
                Kind.DEFAULT,
                name,
                null,
                e,
                null,
                null,
                Action.NO_ACTION,
                Action.NO_ACTION,
                false,
                Map.of(),
                pos,
                false);
    }

    public static PgConstraintDef primaryKey(String name, SqlNodeList columns, SqlParserPos pos) {
        return new PgConstraintDef(
                Kind.PRIMARY_KEY,
                name,
                columns,
                null,
                null,
                null,
                Action.NO_ACTION,
                Action.NO_ACTION,
                false,
                Map.of(),
                pos,
                false);
    }

    public static PgConstraintDef unique(String name, SqlNodeList columns, SqlParserPos pos) {
        return new PgConstraintDef(
                Kind.UNIQUE,
                name,
                columns,
                null,
                null,
                null,
                Action.NO_ACTION,
                Action.NO_ACTION,
                false,
                Map.of(),
                pos,
                false);
    }

    public static PgConstraintDef check(String name, SqlNode e, SqlParserPos pos) {
        return new PgConstraintDef(
                Kind.CHECK, name, null, e, null, null, Action.NO_ACTION, Action.NO_ACTION, false, Map.of(), pos, false);
    }

    public static PgConstraintDef foreignKey(
            String name,
            SqlNodeList columns,
            SqlIdentifier table,
            SqlNodeList refColumns,
            Action onDelete,
            Action onUpdate,
            SqlParserPos pos) {
        return foreignKey(name, columns, table, refColumns, onDelete, onUpdate, false, pos);
    }

    public static PgConstraintDef foreignKey(
            String name,
            SqlNodeList columns,
            SqlIdentifier table,
            SqlNodeList refColumns,
            Action onDelete,
            Action onUpdate,
            boolean matchFull,
            SqlParserPos pos) {
        return new PgConstraintDef(
                Kind.FOREIGN_KEY,
                name,
                columns,
                null,
                table,
                refColumns,
                onDelete,
                onUpdate,
                false,
                Map.of(),
                pos,
                matchFull);
    }

    public static PgConstraintDef identity(String name, boolean always, Map<String, Long> options, SqlParserPos pos) {
        return new PgConstraintDef(
                Kind.IDENTITY,
                name,
                null,
                null,
                null,
                null,
                Action.NO_ACTION,
                Action.NO_ACTION,
                always,
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options)),
                pos,
                false);
    }

    public static PgConstraintDef generated(String name, SqlNode e, SqlParserPos pos) {
        return new PgConstraintDef(
                Kind.GENERATED,
                name,
                null,
                e,
                null,
                null,
                Action.NO_ACTION,
                Action.NO_ACTION,
                true,
                Map.of(),
                pos,
                false);
    }
}
