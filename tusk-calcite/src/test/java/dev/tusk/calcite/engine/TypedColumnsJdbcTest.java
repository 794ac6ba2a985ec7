package dev.tusk.calcite.engine;

import static dev.tusk.calcite.engine.CalciteTestServer.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Columns of types Calcite holds as text (json, jsonb) and array columns keep their PostgreSQL type. */
class TypedColumnsJdbcTest {
    private static CalciteTestServer server;

    @BeforeAll
    static void start() {
        server = CalciteTestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection connect() throws SQLException {
        return server.connect();
    }

    @Test
    void jsonColumnsResolveJsonOperators() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE zz (id int PRIMARY KEY, j jsonb, k json)");
            s.execute("INSERT INTO zz VALUES (1, '{\"a\":1}', '{\"b\":2}'), (2, '{\"c\":3}', '[1]')");
            assertEquals(
                    List.of("1|1|1|2|jsonb|json"),
                    rows(s, "SELECT id, j->'a', j->>'a', k->'b', pg_typeof(j), pg_typeof(k) FROM zz WHERE id = 1"));
            assertEquals(List.of("1"), rows(s, "SELECT id FROM zz WHERE j @> '{\"a\":1}'"));
            assertEquals(List.of("2"), rows(s, "SELECT id FROM zz WHERE j ? 'c'"));
            assertEquals(
                    List.of("1|jsonb|json"),
                    rows(
                            s,
                            "SELECT t.v->'a', pg_typeof(t.v), pg_typeof(t.w) FROM (SELECT j AS v, k AS w FROM zz) t "
                                    + "WHERE t.v ?| ARRAY['a']"));
            assertEquals(
                    List.of("4|jsonb"),
                    rows(s, "UPDATE zz SET j = '{\"d\":4}' WHERE id = 1 RETURNING j->'d', pg_typeof(j)"));
        }
    }

    @Test
    void arrayLiteralsReadAsTheArrayType() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            assertEquals(List.of("{1,2}|{a,NULL}"), rows(s, "SELECT '{1,2}'::int[], '{a,NULL}'::text[]"));
            s.execute("CREATE TABLE arr (id int PRIMARY KEY, ia int[], sa int2[])");
            s.execute("INSERT INTO arr VALUES (1, '{1,2}', '{1,NULL}'), (2, '{1,2,NULL}', NULL)");
            assertEquals(List.of("2"), rows(s, "SELECT id FROM arr WHERE ia = '{1,2,NULL}'"));
            assertEquals(List.of("1"), rows(s, "SELECT id FROM arr WHERE ia = '{1,2}'"));
            assertEquals(1, s.executeUpdate("UPDATE arr SET ia = '{3,4}' WHERE id = 1"));
            assertEquals(List.of("{3,4}|{1,NULL}"), rows(s, "SELECT ia, sa::int4[] FROM arr WHERE id = 1"));
        }
    }
}
