package dev.tusk.testkit.sqltest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogNormalisationTest {

    private static final CatalogObjectNames NAMES = new CatalogObjectNames(
            Map.of(16390L, "relation shop.customers", 16400L, "schema shop"), "sqltest_1_2", "pgtest");

    private static List<String> row(List<Outcome.Column> columns, ScriptStatement statement, String... values) {
        Outcome outcome = new Outcome(
                Optional.of(new Outcome.Rows(columns, List.of(Arrays.asList(values)))),
                "SELECT 1",
                List.of(),
                Optional.empty(),
                "idle",
                Map.of());
        return CatalogNormalisation.forNames(NAMES)
                .normalise(statement, outcome)
                .result()
                .orElseThrow()
                .rows()
                .get(0);
    }

    private static ScriptStatement statement(Set<String> oidColumns) {
        return new ScriptStatement(
                1, "SELECT", 1, ScriptStatement.Ordering.AUTO, false, false, Optional.empty(), Set.of(), oidColumns);
    }

    @Test
    void namedOidsBecomeNamesAndOthersStayNumbers() {
        List<Outcome.Column> columns = List.of(
                new Outcome.Column("oid", 26, -1, 0),
                new Outcome.Column("nsp", 26, -1, 0),
                new Outcome.Column("builtin", 26, -1, 0),
                new Outcome.Column("unknown", 26, -1, 0),
                new Outcome.Column("vector", 30, -1, 0),
                new Outcome.Column("count", 23, -1, 0),
                new Outcome.Column("nothing", 26, -1, 0));
        assertEquals(
                Arrays.asList(
                        "<relation shop.customers>",
                        "<schema shop>",
                        "2200",
                        "16999",
                        "<relation shop.customers> 23",
                        "16390",
                        null),
                row(columns, statement(Set.of()), "16390", "16400", "2200", "16999", "16390 23", "16390", null));
    }

    @Test
    void oidColumnsXidsAndNamesAreNormalised() {
        List<Outcome.Column> columns = List.of(
                new Outcome.Column("id", 20, -1, 0),
                new Outcome.Column("state_number", 28, -1, 0),
                new Outcome.Column("frozen", 28, -1, 0),
                new Outcome.Column("acl", 1034, -1, 0),
                new Outcome.Column("datname", 19, -1, 0),
                new Outcome.Column("other", 25, -1, 0));
        assertEquals(
                List.of("<schema shop>", "<xid>", "2", "{<user>=UC/<user>}", "<database>", "pgtester"),
                row(
                        columns,
                        statement(Set.of("id")),
                        "16400",
                        "735",
                        "2",
                        "{pgtest=UC/pgtest}",
                        "sqltest_1_2",
                        "pgtester"));
    }
}
