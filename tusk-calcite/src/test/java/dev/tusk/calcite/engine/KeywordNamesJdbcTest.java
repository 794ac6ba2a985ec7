package dev.tusk.calcite.engine;

import static dev.tusk.calcite.engine.CalciteTestServer.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keywords as column and table names, E'' strings and bytea input through pgjdbc against the Calcite engine. */
class KeywordNamesJdbcTest {
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
    void typeNamesAndUnreservedWordsNameColumns() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("create table zz(n numeric, uuid uuid, date date, time time, timestamp timestamp,"
                    + " interval interval, boolean boolean, text text, name name, json json, year int, month int,"
                    + " value int, type text, position int, language text, role text, user_id int)");
            s.execute(
                    "insert into zz (n, date, time, interval, boolean, type, position, Year)"
                            + " values (1, date '2020-01-02', '10:00', interval '1 day', true, 'a', 2, 2020),"
                            + " (2, '2020-01-01', time '11:00', '2 days', false, 'b', 1, 2021), (3, null, null, null, null, 'a', 3, 2020)");
            assertEquals(
                    List.of("2020-01-01", "2020-01-02"),
                    rows(s, "select date from zz where date is not null order by date"));
            assertEquals(List.of("2020-01-02|10:00:00"), rows(s, "select t.date, t.time from zz t where t.boolean"));
            assertEquals(List.of("a|2", "b|1"), rows(s, "select type, count(*) from zz group by type order by type"));
            assertEquals(
                    List.of("2|1 day"),
                    rows(s, "select position, interval from zz where interval < interval '2 days'"));
            assertEquals(List.of("2021"), rows(s, "select year from zz where date = date '2020-01-01'"));
            assertEquals(
                    List.of("2020-01-02 00:00:00|1 day"),
                    rows(s, "select date::timestamp, cast(interval as text) from zz where n = 1"));
            try (ResultSet rs = s.executeQuery("select date, uuid, Interval, \"position\" from zz limit 1")) {
                assertEquals("date", rs.getMetaData().getColumnName(1));
                assertEquals("uuid", rs.getMetaData().getColumnName(2));
                assertEquals("interval", rs.getMetaData().getColumnName(3));
                assertEquals("position", rs.getMetaData().getColumnName(4));
            }
            assertEquals(
                    List.of("2020-01-02"),
                    rows(s, "update zz set date = date + 1 where type = 'b' and position = 1 returning date"));
            assertEquals(List.of("3|a"), rows(s, "delete from zz where date is null returning position, type"));
            s.execute("create table date (int int, time timestamp)");
            s.execute("insert into date values (1, timestamp '2020-01-01 10:00')");
            assertEquals(List.of("1|2020-01-01 10:00:00"), rows(s, "select date.int, date.time from date"));
        }
    }

    @Test
    void typeKeywordsBeforeAStringAreTypedConstants() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            assertEquals(List.of("6|t|1.5|3"), rows(s, "select int '5' + 1, boolean 't', numeric '1.5', bigint '3'"));
            try (ResultSet rs = s.executeQuery(
                    "select date '2020-01-01', time '10:00', timestamp '2020-01-01', int '1', interval '1 day'")) {
                java.sql.ResultSetMetaData md = rs.getMetaData();
                assertEquals("date", md.getColumnName(1));
                assertEquals("time", md.getColumnName(2));
                assertEquals("timestamp", md.getColumnName(3));
                assertEquals("int4", md.getColumnName(4));
                assertEquals("interval", md.getColumnName(5));
            }
        }
    }

    @Test
    void wordsPostgresReservesStaySyntaxErrors() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute("create table bad (user int)"));
            assertEquals("42601", e.getSQLState());
            assertTrue(e.getMessage().startsWith("ERROR: syntax error at or near \"user\""), e.getMessage());
        }
    }

    @Test
    void escapeStringsAreOrdinaryText() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            assertEquals(
                    List.of("t|t|a\tbc|3|t"),
                    rows(
                            s,
                            "select E'a' = 'a'::text, 'a'::text = E'a', E'a\\tb' || 'c', length(E'a\\nb'),"
                                    + " 'abc' like E'a%'"));
            assertEquals(List.of("t|data"), rows(s, "select U&'d\\0061ta' = 'data', U&'d\\0061ta'"));
            s.execute("create table esc (t text, v varchar(5))");
            s.execute("insert into esc values (E'x\\\\y', E'q\\'r')");
            assertEquals(List.of("x\\y|q'r"), rows(s, "select t, v from esc where t = E'x\\\\y'"));
            assertEquals(List.of("X\\Y"), rows(s, "select upper(t) from esc where v like E'q%'"));
        }
    }

    @Test
    void byteaReadsHexInput() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            assertEquals(
                    List.of("\\xdeadbeef|4|\\x41"),
                    rows(s, "select '\\xdeadbeef'::bytea, length('\\xdeadbeef'::bytea), E'\\\\x41'::bytea"));
            s.execute("create table bin (b bytea)");
            s.execute("insert into bin values ('\\xdeadbeef'), (E'\\\\x41')");
            assertEquals(List.of("\\x41|1", "\\xdeadbeef|4"), rows(s, "select b, length(b) from bin order by b"));
        }
    }
}
