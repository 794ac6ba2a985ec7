package dev.tusk.calcite.catalog;

import dev.tusk.calcite.type.PgTypeRef;
import org.apache.calcite.sql.SqlNode;

/**
 * A table column (pg_attribute row, with its pg_attrdef default).
 *
 * @param name its name
 * @param attnum its position, from 1
 * @param type its type and typmod
 * @param notNull whether NOT NULL holds
 * @param defaultExpr the DEFAULT expression as parsed, or null
 * @param defaultSql the DEFAULT expression's text, or null
 * @param identity {@code 'a'} for GENERATED ALWAYS AS IDENTITY, {@code 'd'} for BY DEFAULT, else {@code '\0'}
 */
public record ColumnDef(
        String name,
        int attnum,
        PgTypeRef type,
        boolean notNull,
        SqlNode defaultExpr,
        String defaultSql,
        char identity) {}
