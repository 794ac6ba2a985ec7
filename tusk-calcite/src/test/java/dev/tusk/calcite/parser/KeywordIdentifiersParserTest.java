package dev.tusk.calcite.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.server.api.PgException;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Type names and other words PostgreSQL does not reserve name columns, tables and aliases. */
class KeywordIdentifiersParserTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "create table zz(n numeric, uuid uuid, date date, time time, timestamp timestamp, interval interval,"
                        + " boolean boolean, text text, name name, json json, year int, month int, value int,"
                        + " type text, position int, language text, role text, user_id int)",
                "create table date (int int, integer integer, bigint bigint, smallint smallint, real real,"
                        + " float float, decimal decimal(5,2), dec dec, varchar varchar(3), char char(2),"
                        + " character character varying, precision double precision, bit bit(3), varying int,"
                        + " national int, nchar int, monday int)",
                "select date, uuid, time, timestamp, interval, boolean from zz",
                "select t.date, t.uuid, t.interval from zz t",
                "select zz.date from zz where date > date '2020-01-01' and time < time '10:00' order by date, time",
                "select type, count(*) from zz group by type order by type",
                "select date as time, time date, 1 interval, 2 uuid from zz",
                "insert into zz (date, uuid, interval) values (date '2020-01-01', null, interval '1 day')"
                        + " returning date, uuid, interval",
                "update zz set date = date + 1, timestamp = timestamp '2020-01-01 00:00' where date is null"
                        + " returning date",
                "delete from zz where position = 1 returning position, type",
                "select timestamp::date, date::timestamp, cast(date as text), interval::text from zz",
                "select interval + interval '1 hour', interval - interval '1 hour', -interval, interval * 2 from zz",
                "select sum(value), (value), count(value) from zz where value in (1, 2)",
                "select x from date",
                "select date.int from date",
                "select * from zz as interval where interval.date is null",
                "select int '5', boolean 't', numeric '1.5', real '1', float '2', bigint '3', varchar 'x'",
                "select E'a' = 'a'::text, U&'d\\0061t' || 'x'",
                "alter table zz add column numeric numeric",
                "set intervalstyle = postgres",
            })
    void parses(String sql) {
        PgSqlParser.parse(sql);
    }

    @Test
    void aTypeNameAloneIsAColumnAndBeforeAStringALiteral() {
        SqlSelect s = (SqlSelect) PgSqlParser.parse("SELECT Date, date '2020-01-01', TIME, timestamp '2020-01-01'");
        assertEquals("date", ((SqlIdentifier) s.getSelectList().get(0)).getSimple());
        assertInstanceOf(SqlLiteral.class, s.getSelectList().get(1));
        assertEquals("time", ((SqlIdentifier) s.getSelectList().get(2)).getSimple());
        assertInstanceOf(SqlLiteral.class, s.getSelectList().get(3));
    }

    @Test
    void aTypeKeywordBeforeAStringIsATypedConstant() {
        SqlSelect s = (SqlSelect) PgSqlParser.parse("SELECT int '5'");
        SqlBasicCall cast = (SqlBasicCall) s.getSelectList().get(0);
        assertEquals(SqlKind.CAST, cast.getKind());
        SqlNode type = cast.operand(1);
        assertEquals("int4", type.toString().toLowerCase(java.util.Locale.ROOT).replace("`", ""));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "create table bad (user int)|user",
                "select order from zz|order",
                "create table select (a int)|select",
                "select a from zz as from|from",
            })
    void wordsPostgresReservesStayReserved(String spec) {
        String[] parts = spec.split("\\|");
        PgException e = assertThrows(PgException.class, () -> PgSqlParser.parse(parts[0]));
        assertEquals("42601", e.sqlState());
        assertEquals("syntax error at or near \"" + parts[1] + "\"", e.getMessage());
    }
}
