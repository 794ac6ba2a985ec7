package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * A column of CREATE TABLE or ALTER TABLE ADD COLUMN.
 *
 * @param pos where it starts
 * @param name the column name
 * @param type its type as written
 * @param collation the COLLATE name, or null
 * @param constraints its column constraints, in order
 */
public record PgColumnDef(
        SqlParserPos pos,
        SqlIdentifier name,
        SqlDataTypeSpec type,
        String collation,
        List<PgConstraintDef> constraints) {
    /** Copies the constraint list. */
    public PgColumnDef {
        constraints = List.copyOf(constraints);
    }
}
