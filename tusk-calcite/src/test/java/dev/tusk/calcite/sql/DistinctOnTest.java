package dev.tusk.calcite.sql;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.calcite.parser.PgSqlParser;
import org.junit.jupiter.api.Test;

class DistinctOnTest {
    @Test
    void positionsAndNamesReferToSelectItems() {
        String sql = PgRewriter.rewrite(
                        PgSqlParser.parse("SELECT DISTINCT ON (1) sensor AS s, at FROM reading ORDER BY 1, 2"))
                .toString();
        assertTrue(sql.contains("PARTITION BY `SENSOR`") || sql.contains("PARTITION BY `sensor`"), sql);
    }
}
