package dev.tusk.types.differential;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.testkit.pg.Clients;
import dev.tusk.testkit.pg.PostgresInstance;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.ByteArraySink;
import dev.tusk.types.ByteaOutput;
import dev.tusk.types.DateStyle;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.IntervalStyle;
import dev.tusk.types.PgType;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.TypeCodec;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Asks a real PostgreSQL 15 for the exact text bytes ({@code typoutput}) and binary bytes ({@code typsend}) of
 * edge values of each type under several session settings, and checks that tusk-types decodes both forms and
 * re-encodes them byte for byte. Every mismatch is collected into one failure message.
 */
class DifferentialCodecTest {

    /** One session-settings combination: what is SET on the PostgreSQL connection and the matching FormatSettings. */
    record Combo(String dateStyle, String intervalStyle, String timeZone, int extraFloatDigits, String byteaOutput) {
        FormatSettings settings() {
            return new FormatSettings(
                    DateStyle.parse(dateStyle),
                    IntervalStyle.parse(intervalStyle),
                    ZoneId.of(timeZone),
                    extraFloatDigits,
                    ByteaOutput.parse(byteaOutput));
        }

        /**
         * A function that runs a query returning (text, bytea) under these settings, then feeds the text back
         * to the type's input function: {@code rb} is the binary form of PostgreSQL's own reparse and
         * {@code err} the SQLSTATE if its own text does not parse (lossy floats, zone abbreviations such as
         * LMT). The settings are function-level SET clauses, so they are restored on exit and the session
         * never reports a non-ISO DateStyle, which pgjdbc refuses. {@code lc_monetary} is pinned to C in every
         * combination: the scratch cluster's default follows the host locale, and tusk's money codec writes the
         * C form ({@code $1,234.56}) only.
         */
        String createProbe(String name) {
            return String.format(
                    Locale.ROOT,
                    "CREATE FUNCTION %s(q text, typ text, send text,"
                            + " OUT t text, OUT b bytea, OUT rb bytea, OUT err text) LANGUAGE plpgsql"
                            + " SET DateStyle = '%s' SET IntervalStyle = '%s' SET TimeZone = '%s'"
                            + " SET extra_float_digits = %d SET bytea_output = '%s' SET lc_monetary = 'C'"
                            + " AS $f$ BEGIN EXECUTE q INTO t, b;"
                            + " IF t IS NOT NULL THEN BEGIN"
                            + " EXECUTE format('SELECT %%s(%%L::%%s)', send, t, typ) INTO rb;"
                            + " EXCEPTION WHEN others THEN err := SQLSTATE; END; END IF; END $f$",
                    name,
                    dateStyle,
                    intervalStyle,
                    timeZone,
                    extraFloatDigits,
                    byteaOutput);
        }

        @Override
        public String toString() {
            return "DateStyle=" + dateStyle + " IntervalStyle=" + intervalStyle + " TimeZone=" + timeZone
                    + " extra_float_digits=" + extraFloatDigits + " bytea_output=" + byteaOutput;
        }
    }

    /** A handful of combinations, not the cross product: each style and zone appears at least once. */
    static final List<Combo> COMBOS = List.of(
            new Combo("ISO, MDY", "postgres", "UTC", 1, "hex"),
            new Combo("SQL, DMY", "iso_8601", "America/New_York", 0, "hex"),
            new Combo("German", "sql_standard", "Asia/Kolkata", -3, "escape"),
            new Combo("Postgres, YMD", "postgres_verbose", "America/New_York", 1, "hex"),
            new Combo("ISO, DMY", "sql_standard", "America/New_York", 0, "escape"),
            new Combo("SQL, MDY", "postgres", "Asia/Kolkata", -3, "hex"));

    /** A type under test: the tusk-types type, the SQL spelling of the PostgreSQL type and SQL literals. */
    record Case(PgType type, String sqlType, List<String> literals) {}

    static Case c(PgType type, String sqlType, String... literals) {
        return new Case(type, sqlType, List.of(literals));
    }

    static final List<Case> CASES = List.of(
            c(BuiltinTypes.INT2, "int2", "0", "1", "-1", "32767", "-32768", "NULL"),
            c(BuiltinTypes.INT4, "int4", "0", "42", "-42", "2147483647", "-2147483648", "NULL"),
            c(BuiltinTypes.INT8, "int8", "0", "-1", "9223372036854775807", "-9223372036854775808", "NULL"),
            c(
                    BuiltinTypes.FLOAT4,
                    "float4",
                    "'0'",
                    "'-0'",
                    "'1.5'",
                    "'0.1'",
                    "'3.4028235e38'",
                    "'-3.4028235e38'",
                    "'1.4e-45'",
                    "'1.17549435e-38'",
                    "'123456.79'",
                    "'1e10'",
                    "'NaN'",
                    "'Infinity'",
                    "'-Infinity'",
                    "NULL"),
            c(
                    BuiltinTypes.FLOAT8,
                    "float8",
                    "'0'",
                    "'-0'",
                    "'0.1'",
                    "'1.5'",
                    "'3.141592653589793'",
                    "'1.7976931348623157e308'",
                    "'4.9e-324'",
                    "'2.2250738585072014e-308'",
                    "'1e15'",
                    "'1e16'",
                    "'123456789012345678'",
                    "'-0.000001234'",
                    "'NaN'",
                    "'Infinity'",
                    "'-Infinity'",
                    "NULL"),
            c(
                    BuiltinTypes.NUMERIC,
                    "numeric",
                    "'0'",
                    "'0.00'",
                    "'-1.5'",
                    "'1e-20'",
                    "'12345678901234567890.123456789012345678901234567890'",
                    "'-99999999999999999999999999999999999999'",
                    "'0.000000000000000000000000000001'",
                    "'100000000'",
                    "'10000.0001'",
                    "'NaN'",
                    "'Infinity'",
                    "'-Infinity'",
                    "NULL"),
            c(BuiltinTypes.BOOL, "bool", "true", "false", "NULL"),
            c(
                    BuiltinTypes.TEXT,
                    "text",
                    "''",
                    "'hello'",
                    "' spaced  '",
                    "'quote\"back\\slash'",
                    "'h\u00e9llo w\u00f6rld \u65e5\u672c \ud83d\ude00'",
                    "E'tab\\tnewline\\n'",
                    "'NULL'",
                    "NULL"),
            c(BuiltinTypes.BYTEA, "bytea", "''", "'\\x00'", "'\\x0001027f80feff'", "'\\x5c27224142'", "'abc'", "NULL"),
            c(
                    BuiltinTypes.DATE,
                    "date",
                    "'2024-02-29'",
                    "'2000-01-01'",
                    "'1970-01-01'",
                    "'1999-12-31'",
                    "'0001-01-01'",
                    "'0001-12-31 BC'",
                    "'4713-01-01 BC'",
                    "'5874897-12-31'",
                    "'infinity'",
                    "'-infinity'",
                    "NULL"),
            c(
                    BuiltinTypes.TIME,
                    "time",
                    "'00:00:00'",
                    "'23:59:59.999999'",
                    "'12:34:56.5'",
                    "'24:00:00'",
                    "'01:02:03.000001'",
                    "NULL"),
            c(
                    BuiltinTypes.TIMESTAMP,
                    "timestamp",
                    "'2024-02-29 12:34:56.789'",
                    "'2000-01-01 00:00:00'",
                    "'1970-01-01 00:00:00.000001'",
                    "'0001-01-01 00:00:00 BC'",
                    "'4713-01-01 00:00:00 BC'",
                    "'294276-12-31 23:59:59.999999'",
                    "'infinity'",
                    "'-infinity'",
                    "NULL"),
            c(
                    BuiltinTypes.TIMESTAMPTZ,
                    "timestamptz",
                    "'2024-02-29 12:34:56.789+00'",
                    "'2000-01-01 00:00:00+00'",
                    "'2024-03-10 07:30:00+00'",
                    "'2024-11-03 05:30:00+00'",
                    "'1900-01-01 00:00:00+00'",
                    "'1850-06-01 12:00:00+00'",
                    "'0001-01-01 00:00:00+00 BC'",
                    "'infinity'",
                    "'-infinity'",
                    "NULL"),
            c(
                    BuiltinTypes.INTERVAL,
                    "interval",
                    "'0'",
                    "'1 year 2 mons 3 days 04:05:06.789'",
                    "'-1 year -2 mons +3 days -04:05:06'",
                    "'1 day -1 second'",
                    "'-00:00:00.000001'",
                    "'178000000 years'",
                    "'-178000000 years'",
                    "'100 hours'",
                    "'1 mon -1 day'",
                    "'2147483647 days 2562047788:00:54.775807'",
                    "NULL"),
            c(
                    BuiltinTypes.UUID,
                    "uuid",
                    "'00000000-0000-0000-0000-000000000000'",
                    "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'",
                    "'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF'",
                    "NULL"),
            c(
                    BuiltinTypes.JSON,
                    "json",
                    "'{}'",
                    "'[]'",
                    "'null'",
                    "'{\"a\": [1, 2.5e3, true, null], \"b\": {\"c\": \"\u00e9\\u00e9\"}}'",
                    "' { \"spaced\" : 1 } '",
                    "'\"str\"'",
                    "NULL"),
            c(BuiltinTypes.INT2_ARRAY, "int2[]", "'{}'", "'{1,-32768,32767,NULL}'", "'{{1,2},{3,NULL}}'", "NULL"),
            c(
                    BuiltinTypes.INT4_ARRAY,
                    "int4[]",
                    "'{}'",
                    "'{1,NULL,3}'",
                    "'{{1,2,3},{4,5,6}}'",
                    "'{{{1},{NULL}}}'",
                    "'[0:2]={7,8,9}'",
                    "'{NULL}'",
                    "NULL"),
            c(BuiltinTypes.INT8_ARRAY, "int8[]", "'{9223372036854775807,-9223372036854775808,NULL}'"),
            c(BuiltinTypes.FLOAT4_ARRAY, "float4[]", "'{0.1,NaN,Infinity,-Infinity,-0,NULL}'"),
            c(BuiltinTypes.FLOAT8_ARRAY, "float8[]", "'{0.1,1e300,NaN,-Infinity,NULL}'", "'{{1.5},{NULL}}'"),
            c(
                    BuiltinTypes.NUMERIC_ARRAY,
                    "numeric[]",
                    "'{0,-1.50,NaN,Infinity,123456789012345678901234567890.1,NULL}'"),
            c(BuiltinTypes.BOOL_ARRAY, "bool[]", "'{t,f,NULL}'", "'{{t},{f}}'"),
            c(
                    BuiltinTypes.TEXT_ARRAY,
                    "text[]",
                    "'{}'",
                    "'{\"\",NULL,\"NULL\",null,\"a b\",\"q\\\"x\",\"b\\\\s\",\"{x}\",\"a,b\",\u00e9t\u00e9}'",
                    "'{{a,b},{NULL,\"\"}}'",
                    "ARRAY[' x', 'y ', E'\\t']"),
            c(BuiltinTypes.BYTEA_ARRAY, "bytea[]", "'{\"\\\\x00ff\",NULL,\"\\\\x\"}'"),
            c(BuiltinTypes.DATE_ARRAY, "date[]", "'{2024-02-29,infinity,NULL,0001-01-01 BC}'"),
            c(BuiltinTypes.TIME_ARRAY, "time[]", "'{00:00:00,23:59:59.999999,NULL}'"),
            c(BuiltinTypes.TIMESTAMP_ARRAY, "timestamp[]", "'{\"2024-02-29 12:34:56.789\",NULL,-infinity}'"),
            c(BuiltinTypes.TIMESTAMPTZ_ARRAY, "timestamptz[]", "'{\"2024-02-29 12:34:56.789+00\",NULL,infinity}'"),
            c(
                    BuiltinTypes.INTERVAL_ARRAY,
                    "interval[]",
                    "'{\"1 year 2 mons\",\"-00:00:01\",NULL}'",
                    "'{{\"1 day\"},{NULL}}'"),
            c(BuiltinTypes.UUID_ARRAY, "uuid[]", "'{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11,NULL}'"),
            c(BuiltinTypes.JSON_ARRAY, "json[]", "'{\"{\\\"a\\\": 1}\",\"[]\",NULL}'"),
            c(
                    BuiltinTypes.TIMETZ,
                    "timetz",
                    "'00:00:00+00'",
                    "'23:59:59.999999-15:59'",
                    "'24:00:00+15:59'",
                    "'12:34:56.5+05:30'",
                    "'01:02:03-08'",
                    "'12:00:00+01:02:03'",
                    "'00:00:00.000001-00:00:01'",
                    "'12:00:00'",
                    "'23:59:59.9999995+00'",
                    "'00:00:00-14'",
                    "'12:00:00.123456789+00'",
                    "NULL"),
            c(
                    BuiltinTypes.MONEY,
                    "money",
                    "'0'",
                    "'0.01'",
                    "'-0.01'",
                    "'1.23'",
                    "'-1234567.89'",
                    "'1000000'",
                    "'92233720368547758.07'",
                    "'-92233720368547758.08'",
                    "'12.345'",
                    "NULL"),
            c(
                    BuiltinTypes.INET,
                    "inet",
                    "'0.0.0.0'",
                    "'192.168.1.1'",
                    "'192.168.1.0/24'",
                    "'10.1.2.3/8'",
                    "'255.255.255.255/32'",
                    "'1.2.3.4/0'",
                    "'::'",
                    "'::1'",
                    "'::ffff:1.2.3.4'",
                    "'::1.2.3.4'",
                    "'2001:db8::/32'",
                    "'fe80::1:2:3:4/64'",
                    "'2001:db8:0:0:1:0:0:1'",
                    "'2001:0:0:1:0:0:0:1'",
                    "'1:2:3:4:5:6:7:8'",
                    "'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128'",
                    "'::ffff:0:0/96'",
                    "'1::'",
                    "'::1:2'",
                    "'::ffff:1'",
                    "'::2'",
                    "'1:0:0:2:0:0:3:4'",
                    "'1:0:2:3:4:5:6:7'",
                    "'0:0:0:0:0:1:0:0'",
                    "'::/128'",
                    "'::ffff:0.0.0.0'",
                    "NULL"),
            c(
                    BuiltinTypes.CIDR,
                    "cidr",
                    "'10.0.0.0/8'",
                    "'192.168.1.0/24'",
                    "'0.0.0.0/0'",
                    "'1.2.3.4/32'",
                    "'10.1'",
                    "'128'",
                    "'192.168'",
                    "'::/0'",
                    "'2001:db8::/32'",
                    "'::1/128'",
                    "'::ffff:1.2.3.0/120'",
                    "NULL"),
            c(
                    BuiltinTypes.MACADDR,
                    "macaddr",
                    "'08:00:2b:01:02:03'",
                    "'00:00:00:00:00:00'",
                    "'FF-FF-FF-FF-FF-FF'",
                    "'0800.2b01.0203'",
                    "'08002b:010203'",
                    "NULL"),
            c(
                    BuiltinTypes.MACADDR8,
                    "macaddr8",
                    "'08:00:2b:01:02:03:04:05'",
                    "'08:00:2b:01:02:03'",
                    "'ffffffffffffffff'",
                    "'00-00-00-00-00-00-00-00'",
                    "NULL"),
            c(BuiltinTypes.BIT, "bit(5)", "B'10101'", "B'00000'", "B'11111'", "NULL"),
            c(BuiltinTypes.BIT, "bit", "B'0'", "B'1'"),
            c(BuiltinTypes.BIT, "bit(12)", "B'101010101011'", "X'F0F'"),
            c(BuiltinTypes.BIT, "bit(64)", "X'FFFFFFFFFFFFFFFF'", "X'8000000000000001'"),
            c(
                    BuiltinTypes.VARBIT,
                    "varbit",
                    "B''",
                    "B'1'",
                    "B'0'",
                    "B'10101010'",
                    "B'101010101'",
                    "repeat('1', 1000)",
                    "X'DEADBEEF'",
                    "repeat('10', 50)",
                    "NULL"),
            c(
                    BuiltinTypes.POINT,
                    "point",
                    "'(0,0)'",
                    "'(-1.5,2.25)'",
                    "'(0.1,0.2)'",
                    "'(1e300,-1e-300)'",
                    "'(1.7976931348623157e308,4.9e-324)'",
                    "'(NaN,Infinity)'",
                    "'(-Infinity,-0)'",
                    "' ( 1 , 2 ) '",
                    "'3,4'",
                    "'(1.2345678901234567,-9.87654321e-5)'",
                    "'(123456789012345678,1e-5)'",
                    "'(1e15,1e16)'",
                    "'(123456789012345,0.000123456789012345678)'",
                    "NULL"),
            c(
                    BuiltinTypes.LINE,
                    "line",
                    "'{1,-1,0}'",
                    "'{0,1,-2.5}'",
                    "'{0.1,0.2,0.3}'",
                    "'{1,0,NaN}'",
                    "'{-1e300,1e-300,Infinity}'",
                    "'{0.3333333333333333,-2,1e-5}'",
                    "'[(0,0),(1,1)]'",
                    "'[(0.1,0.3),(0.5,-2)]'",
                    "NULL"),
            c(
                    BuiltinTypes.LSEG,
                    "lseg",
                    "'[(0,0),(1,1)]'",
                    "'((-1.5,2),(3,NaN))'",
                    "'[(1e300,-1e300),(0.1,-0)]'",
                    "'(Infinity,-Infinity),(0,0)'",
                    "NULL"),
            c(
                    BuiltinTypes.BOX,
                    "box",
                    "'(1,1),(0,0)'",
                    "'(0,0),(1,1)'",
                    "'((-1.5,2),(3,-4))'",
                    "'(0.1,0.2),(0.3,0.4)'",
                    "'(Infinity,1e300),(-Infinity,-0)'",
                    "'(2,2),(2,2)'",
                    "NULL"),
            c(
                    BuiltinTypes.PATH,
                    "path",
                    "'[(0,0),(1,1),(2,0)]'",
                    "'((0,0),(1,1),(2,0))'",
                    "'(0,0)'",
                    "'[(0.1,-0.2)]'",
                    "'((1e300,NaN),(-Infinity,0))'",
                    "'(0,0),(1,1)'",
                    "NULL"),
            c(
                    BuiltinTypes.POLYGON,
                    "polygon",
                    "'((0,0),(1,1),(2,0))'",
                    "'(0,0)'",
                    "'((0.1,0.2),(NaN,-Infinity))'",
                    "'0,0,1,1,1e300,-4.9e-324'",
                    "NULL"),
            c(
                    BuiltinTypes.CIRCLE,
                    "circle",
                    "'<(0,0),1>'",
                    "'<(1.5,-2.5),0>'",
                    "'((0.1,0.2),1e300)'",
                    "'0.1,0.2,0.3'",
                    "'<(NaN,Infinity),Infinity>'",
                    "'<(0.1,-0.3),0.7>'",
                    "NULL"),
            c(BuiltinTypes.PG_LSN, "pg_lsn", "'0/0'", "'0/1'", "'16/B374D848'", "'FFFFFFFF/FFFFFFFF'", "NULL"),
            c(BuiltinTypes.TID, "tid", "'(0,0)'", "'(1,2)'", "'(4294967295,65535)'", "NULL"),
            c(BuiltinTypes.XID, "xid", "'0'", "'3'", "'4294967295'", "NULL"),
            c(BuiltinTypes.XID8, "xid8", "'0'", "'42'", "'18446744073709551615'", "NULL"),
            c(BuiltinTypes.CID, "cid", "'0'", "'7'", "'4294967295'", "NULL"),
            c(BuiltinTypes.INT2VECTOR, "int2vector", "''", "'0'", "'1 2 3'", "'-32768 32767'", "NULL"),
            c(BuiltinTypes.OIDVECTOR, "oidvector", "''", "'0'", "'1 2 3'", "'4294967295 0'", "NULL"),
            c(
                    BuiltinTypes.INT4RANGE,
                    "int4range",
                    "'empty'",
                    "'[1,10)'",
                    "'(1,10]'",
                    "'[3,3]'",
                    "'(3,4)'",
                    "'[,5)'",
                    "'[1,)'",
                    "'(,)'",
                    "'[-2147483648,2147483646]'",
                    "NULL"),
            c(
                    BuiltinTypes.INT8RANGE,
                    "int8range",
                    "'empty'",
                    "'[-9223372036854775808,9223372036854775807)'",
                    "'(,0]'",
                    "'(0,)'",
                    "NULL"),
            c(
                    BuiltinTypes.NUMRANGE,
                    "numrange",
                    "'empty'",
                    "'[1.5,2.50]'",
                    "'(0,0]'",
                    "'[0,0]'",
                    "'(,)'",
                    "'(-1e-20,1e20)'",
                    "'[-Infinity,Infinity]'",
                    "'[1,NaN]'",
                    "'[\"1.5\",3)'",
                    "'[1e-100,1e100]'",
                    "NULL"),
            c(
                    BuiltinTypes.TSRANGE,
                    "tsrange",
                    "'empty'",
                    "'[2024-02-29 12:34:56.789,infinity)'",
                    "'(-infinity,2000-01-01)'",
                    "'[\"2024-01-01 00:00:00\",\"2024-01-01 00:00:00\"]'",
                    "'(,2024-01-01 00:00:00.000001]'",
                    "'(,)'",
                    "'[0001-01-01 00:00:00 BC,)'",
                    "'[\"0001-01-01 00:00:00 BC\",\"2024-02-29 12:34:56.000001\"]'",
                    "NULL"),
            c(
                    BuiltinTypes.TSTZRANGE,
                    "tstzrange",
                    "'empty'",
                    "'[2024-02-29 12:34:56.789+00,infinity)'",
                    "'(-infinity,2000-01-01 00:00:00+00)'",
                    "'(,)'",
                    "'[2024-03-10 07:30:00+00,2024-11-03 05:30:00+00]'",
                    "'[1850-06-01 12:00:00+00,1900-01-01 00:00:00+00)'",
                    "'(0001-01-01 00:00:00+00 BC,2024-02-29 12:34:56.000001+00]'",
                    "NULL"),
            c(
                    BuiltinTypes.DATERANGE,
                    "daterange",
                    "'empty'",
                    "'[2024-01-01,2024-12-31]'",
                    "'(2024-01-01,2024-01-02)'",
                    "'(-infinity,infinity)'",
                    "'[,2000-01-01)'",
                    "'[4713-01-01 BC,0001-01-01)'",
                    "'[5874897-12-30,5874897-12-31)'",
                    "NULL"),
            c(
                    BuiltinTypes.INT4MULTIRANGE,
                    "int4multirange",
                    "'{}'",
                    "'{empty}'",
                    "'{[1,3),[5,7)}'",
                    "'{[1,3),[2,5)}'",
                    "'{empty,(1,2]}'",
                    "'{(,0),[10,)}'",
                    "'{(,)}'",
                    "'{[1,2],[5,6],[3,4],[10,)}'",
                    "NULL"),
            c(
                    BuiltinTypes.INT8MULTIRANGE,
                    "int8multirange",
                    "'{}'",
                    "'{[-9223372036854775808,0),[1,9223372036854775807)}'"),
            c(
                    BuiltinTypes.NUMMULTIRANGE,
                    "nummultirange",
                    "'{}'",
                    "'{[1.5,2.5],(3,NaN)}'",
                    "'{(,-1e-20),[0,0]}'",
                    "'{[1,NaN],(,0)}'"),
            c(
                    BuiltinTypes.TSMULTIRANGE,
                    "tsmultirange",
                    "'{}'",
                    "'{[2024-02-29 12:34:56.789,2024-03-01),[2025-01-01,infinity)}'"),
            c(
                    BuiltinTypes.TSTZMULTIRANGE,
                    "tstzmultirange",
                    "'{}'",
                    "'{(-infinity,2000-01-01 00:00:00+00),[2024-02-29 12:34:56.789+00,)}'"),
            c(
                    BuiltinTypes.DATEMULTIRANGE,
                    "datemultirange",
                    "'{}'",
                    "'{[2024-01-01,2024-01-05],(2024-01-10,)}'",
                    "'{(-infinity,2000-01-01],[4713-01-01 BC,4000-01-01 BC]}'"),
            c(BuiltinTypes.INET_ARRAY, "inet[]", "'{192.168.1.1/24,::1,NULL,2001:db8::/32}'", "'{}'"),
            c(BuiltinTypes.POINT_ARRAY, "point[]", "'{\"(1,2)\",\"(NaN,-Infinity)\",NULL,\"(0.1,-0)\"}'"),
            c(BuiltinTypes.BOX_ARRAY, "box[]", "'{(1,1),(0,0);NULL;(0.1,0.2),(-3,4)}'", "'{{(1,1),(0,0)}}'"),
            c(BuiltinTypes.INT4RANGE_ARRAY, "int4range[]", "'{\"[1,2)\",empty,NULL,\"(,)\"}'", "'{}'"),
            c(BuiltinTypes.TIMETZ_ARRAY, "timetz[]", "'{00:00:00+00,\"12:34:56.5+05:30\",NULL}'"),
            c(BuiltinTypes.MONEY_ARRAY, "money[]", "'{0,-1234567.89,NULL}'"),
            c(BuiltinTypes.CIDR_ARRAY, "cidr[]", "'{10.0.0.0/8,::/0,NULL}'"),
            c(BuiltinTypes.MACADDR_ARRAY, "macaddr[]", "'{08:00:2b:01:02:03,NULL}'"),
            c(BuiltinTypes.MACADDR8_ARRAY, "macaddr8[]", "'{08:00:2b:01:02:03:04:05,NULL}'"),
            c(BuiltinTypes.BIT_ARRAY, "bit(3)[]", "'{101,000,NULL}'"),
            c(BuiltinTypes.VARBIT_ARRAY, "varbit[]", "'{\"\",1,101010101,NULL}'"),
            c(BuiltinTypes.LINE_ARRAY, "line[]", "'{\"{1,-1,0}\",NULL}'"),
            c(BuiltinTypes.LSEG_ARRAY, "lseg[]", "'{\"[(0,0),(1,1)]\",NULL}'"),
            c(BuiltinTypes.PATH_ARRAY, "path[]", "'{\"[(0,0),(1,1)]\",\"((0,0))\",NULL}'"),
            c(BuiltinTypes.POLYGON_ARRAY, "polygon[]", "'{\"((0,0),(1,1))\",NULL}'"),
            c(BuiltinTypes.CIRCLE_ARRAY, "circle[]", "'{\"<(0,0),1>\",NULL}'"),
            c(BuiltinTypes.PG_LSN_ARRAY, "pg_lsn[]", "'{0/0,FFFFFFFF/FFFFFFFF,NULL}'"),
            c(BuiltinTypes.TID_ARRAY, "tid[]", "'{\"(0,0)\",\"(1,2)\",NULL}'"),
            c(BuiltinTypes.XID_ARRAY, "xid[]", "'{0,4294967295,NULL}'"),
            c(BuiltinTypes.XID8_ARRAY, "xid8[]", "'{0,18446744073709551615,NULL}'"),
            c(BuiltinTypes.CID_ARRAY, "cid[]", "'{0,4294967295,NULL}'"),
            c(BuiltinTypes.INT2VECTOR_ARRAY, "int2vector[]", "'{\"1 2\",\"\",NULL}'"),
            c(BuiltinTypes.OIDVECTOR_ARRAY, "oidvector[]", "'{\"1 2\",\"\",NULL}'"),
            c(BuiltinTypes.NUMRANGE_ARRAY, "numrange[]", "'{\"[1.5,2.5]\",empty,NULL}'"),
            c(BuiltinTypes.TSRANGE_ARRAY, "tsrange[]", "'{\"[2024-02-29 12:34:56.789,infinity)\",empty,NULL}'"),
            c(BuiltinTypes.DATERANGE_ARRAY, "daterange[]", "'{\"[2024-01-01,2024-12-31]\",empty,NULL}'"),
            c(BuiltinTypes.INT8RANGE_ARRAY, "int8range[]", "'{\"(,0]\",NULL}'"),
            c(BuiltinTypes.INT4MULTIRANGE_ARRAY, "int4multirange[]", "'{\"{}\",\"{[1,3),[5,7)}\",NULL}'"),
            c(BuiltinTypes.DATEMULTIRANGE_ARRAY, "datemultirange[]", "'{\"{[2024-01-01,2024-01-05]}\",NULL}'"),
            c(
                    BuiltinTypes.TSTZRANGE_ARRAY,
                    "tstzrange[]",
                    "'{\"[2024-02-29 12:34:56.789+00,infinity)\",empty,NULL,\"(,)\"}'",
                    "'{{\"[1850-06-01 12:00:00+00,1900-01-01 00:00:00+00)\",NULL},"
                            + "{empty,\"(0001-01-01 00:00:00+00 BC,2024-03-10 07:30:00+00]\"}}'",
                    "'[-1:0]={\"[2024-11-03 05:30:00+00,)\",NULL}'",
                    "'{}'"),
            c(
                    BuiltinTypes.INT8MULTIRANGE_ARRAY,
                    "int8multirange[]",
                    "'{\"{}\",\"{[-9223372036854775808,0),[1,9223372036854775807)}\",NULL}'",
                    "'{{\"{(,0]}\",NULL},{\"{[5,5]}\",\"{}\"}}'",
                    "'[3:4]={\"{[1,3),[2,5)}\",NULL}'"),
            c(
                    BuiltinTypes.NUMMULTIRANGE_ARRAY,
                    "nummultirange[]",
                    "'{\"{[1.5,2.5],(3,NaN)}\",\"{}\",NULL,\"{(,-1e-20),[0,0]}\"}'",
                    "'{{\"{[1,NaN],(,0)}\"},{NULL}}'",
                    "'[0:1]={\"{[-Infinity,1e100)}\",NULL}'"),
            c(
                    BuiltinTypes.TSMULTIRANGE_ARRAY,
                    "tsmultirange[]",
                    "'{\"{[2024-02-29 12:34:56.789,2024-03-01),[2025-01-01,infinity)}\",NULL,\"{}\"}'",
                    "'{{\"{[0001-01-01 00:00:00 BC,2000-01-01)}\",NULL},{\"{(,)}\",\"{empty}\"}}'",
                    "'[2:2]={\"{(-infinity,2024-01-01 00:00:00.000001]}\"}'"),
            c(
                    BuiltinTypes.TSTZMULTIRANGE_ARRAY,
                    "tstzmultirange[]",
                    "'{\"{(-infinity,2000-01-01 00:00:00+00),[2024-02-29 12:34:56.789+00,)}\",NULL,\"{}\"}'",
                    "'{{\"{[1850-06-01 12:00:00+00,1900-01-01 00:00:00+00)}\"},{NULL}}'",
                    "'[-3:-2]={\"{[2024-03-10 07:30:00+00,2024-11-03 05:30:00+00]}\","
                            + "\"{(0001-01-01 00:00:00+00 BC,0001-01-02 00:00:00+00 BC)}\"}'"),
            c(BuiltinTypes.VARCHAR, "varchar", "''", "'hello'", "' x '", "'h\u00e9llo \ud83d\ude00'", "NULL"),
            c(
                    BuiltinTypes.VARCHAR,
                    "varchar(5)",
                    "'abc'",
                    "'abcdefgh'",
                    "'\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9'",
                    "'ab   '"),
            c(
                    BuiltinTypes.BPCHAR,
                    "char(5)",
                    "''",
                    "'ab'",
                    "'abcde'",
                    "'abcdefg'",
                    "' a  '",
                    "'\u00e9t\u00e9'",
                    "NULL"),
            c(BuiltinTypes.BPCHAR, "bpchar", "'ab  '", "''"),
            c(
                    BuiltinTypes.NAME,
                    "name",
                    "''",
                    "'pg_class'",
                    "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'",
                    "'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'",
                    "'cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc\u00e9'",
                    "NULL"),
            c(BuiltinTypes.CHAR, "\"char\"", "''", "'a'", "'abc'", "' '", "'\\351'", "'\\001'", "NULL"),
            // jsonb: PostgreSQL normalises input (key order, duplicate keys, whitespace); tusk's JsonbCodec passes
            // text through unchanged. This test only feeds tusk PostgreSQL's already-normalised output, so that gap
            // cannot show up as a mismatch here (and a KNOWN_GAPS entry for it would be reported stale).
            c(
                    BuiltinTypes.JSONB,
                    "jsonb",
                    "'{}'",
                    "'[]'",
                    "'null'",
                    "'\"str\"'",
                    "'{\"a\": 1}'",
                    "'{\"b\": 1, \"a\": 2, \"aa\": [1, 2.50, true, null]}'",
                    "'{\"a\": 1, \"a\": 2}'",
                    "' {  \"spaced\" :1,\"x\":{ } } '",
                    "'{\"e\": \"\u00e9\\u00e9\"}'",
                    "NULL"),
            c(
                    BuiltinTypes.XML,
                    "xml",
                    "'<a>b</a>'",
                    "'<doc x=\"1\"><c/>text &amp; more</doc>'",
                    "'fragment <b>x</b>'",
                    "NULL"),
            c(BuiltinTypes.OID, "oid", "0", "1", "2147483648", "4294967295", "NULL"),
            c(BuiltinTypes.VARCHAR_ARRAY, "varchar[]", "'{\"\",NULL,\"a b\",x}'"),
            c(BuiltinTypes.VARCHAR_ARRAY, "varchar(3)[]", "'{abcdef,ab}'"),
            c(BuiltinTypes.BPCHAR_ARRAY, "char(3)[]", "'{a,abc,\"\",NULL}'"),
            c(BuiltinTypes.NAME_ARRAY, "name[]", "'{pg_class,\"a b\",NULL}'"),
            c(BuiltinTypes.CHAR_ARRAY, "\"char\"[]", "'{a,b,\"\",NULL}'"),
            c(BuiltinTypes.JSONB_ARRAY, "jsonb[]", "'{\"{\\\"b\\\": 1, \\\"a\\\": 2}\",\"[]\",NULL}'"),
            c(BuiltinTypes.XML_ARRAY, "xml[]", "'{\"<a>b</a>\",NULL}'"),
            c(BuiltinTypes.OID_ARRAY, "oid[]", "'{0,4294967295,NULL}'"));

    /**
     * Known gaps of tusk-types, as "typname" (every combination), "typname|DateStyle style" /
     * "typname|IntervalStyle" / "typname|bytea_output" (element typname for arrays) or "typname literal" (one
     * value) entries; a mismatch matching an entry is printed on stdout but does not fail the test. An entry
     * that no longer matches any mismatch fails the test, so a fix has to remove it here.
     */
    static final Set<String> KNOWN_GAPS = Set.of();

    private static PostgresInstance pg;
    private static Connection conn;

    @BeforeAll
    static void startPostgres() throws SQLException {
        Clients.assumeAvailable(Clients.postgresServer());
        pg = PostgresInstance.start(PostgresInstance.Options.defaults().withTls(false));
        Properties p = new Properties();
        p.setProperty("user", pg.user());
        p.setProperty("password", pg.password());
        p.setProperty("sslmode", "disable");
        p.setProperty("preferQueryMode", "simple");
        conn = DriverManager.getConnection(pg.jdbcUrl(), p);
    }

    @AfterAll
    static void stopPostgres() throws SQLException {
        if (conn != null) {
            conn.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void textAndBinaryFormsMatchPostgres() throws SQLException {
        List<String> failures = new ArrayList<>();
        List<String> known = new ArrayList<>();
        Set<String> gapsSeen = new TreeSet<>();
        int checked = 0;
        for (int i = 0; i < COMBOS.size(); i++) {
            Combo combo = COMBOS.get(i);
            String probe = "tusk_probe_" + i;
            try (Statement st = conn.createStatement()) {
                st.execute(combo.createProbe(probe));
            }
            FormatSettings settings = combo.settings();
            for (Case cs : CASES) {
                for (String literal : cs.literals()) {
                    String expr = "(" + literal + ")::" + cs.sqlType();
                    String sql = "SELECT " + cs.type().typoutput() + "(" + expr + ")::text, "
                            + cs.type().typsend() + "(" + expr + ")";
                    byte[] pgText;
                    byte[] pgBinary;
                    Reparse reparse;
                    try (PreparedStatement ps =
                            conn.prepareStatement("SELECT t, b, rb, err FROM " + probe + "(?, ?, ?)")) {
                        ps.setString(1, sql);
                        ps.setString(2, cs.sqlType());
                        ps.setString(3, cs.type().typsend());
                        ResultSet rs = ps.executeQuery();
                        rs.next();
                        String s = rs.getString(1);
                        pgText = s == null ? null : s.getBytes(StandardCharsets.UTF_8);
                        pgBinary = rs.getBytes(2);
                        reparse = new Reparse(rs.getBytes(3), rs.getString(4));
                    }
                    if (pgText == null) {
                        assertTrue(pgBinary == null, "NULL text but non-NULL binary for " + expr);
                        continue; // SQL NULL never reaches a codec
                    }
                    checked++;
                    List<String> problems = compare(cs.type(), pgText, pgBinary, reparse, settings);
                    if (problems.isEmpty()) {
                        continue;
                    }
                    String gap = gapFor(cs.type(), literal, combo);
                    String report = cs.type().typname() + " " + literal + " [" + combo + "]\n  "
                            + String.join("\n  ", problems);
                    if (gap != null) {
                        gapsSeen.add(gap);
                        known.add(report);
                    } else {
                        failures.add(report);
                    }
                }
            }
        }
        Set<String> stale = new TreeSet<>(KNOWN_GAPS);
        stale.removeAll(gapsSeen);
        System.out.println("differential: " + checked + " non-NULL values checked under " + COMBOS.size()
                + " settings combinations; " + failures.size() + " mismatches, " + known.size()
                + " in KNOWN_GAPS " + gapsSeen);
        known.forEach(k -> System.out.println("known gap: " + k));
        if (!stale.isEmpty()) {
            failures.add("KNOWN_GAPS entries that no longer match any mismatch (remove them): " + stale);
        }
        assertTrue(
                failures.isEmpty(), failures.size() + " differences from PostgreSQL:\n" + String.join("\n", failures));
    }

    private static String gapFor(PgType type, String literal, Combo combo) {
        PgType base = type.isArray() ? type.elementType() : type;
        for (String key : List.of(
                type.typname(),
                type.typname() + " " + literal,
                base.typname() + "|"
                        + DateStyle.parse(combo.dateStyle()).style().display(),
                base.typname() + "|" + combo.intervalStyle(),
                base.typname() + "|" + combo.byteaOutput())) {
            if (KNOWN_GAPS.contains(key)) {
                return key;
            }
        }
        return null;
    }

    /** What PostgreSQL made of its own text output: the binary form of the reparsed value, or a SQLSTATE. */
    record Reparse(byte[] binary, String sqlState) {}

    /**
     * Decodes both PostgreSQL forms with tusk-types and re-encodes them; returns what differs. Decoding the
     * text must behave as PostgreSQL's input function does on the same text: the same value (compared through
     * the binary form, so lossy float text is judged against PostgreSQL's own reparse) or the same SQLSTATE.
     */
    @SuppressWarnings("unchecked")
    private static List<String> compare(
            PgType type, byte[] pgText, byte[] pgBinary, Reparse reparse, FormatSettings settings) {
        TypeCodec<Object> codec = (TypeCodec<Object>) type.codec();
        List<String> problems = new ArrayList<>();
        Object fromText = null;
        try {
            fromText = codec.decodeText(pgText, settings);
            if (reparse.sqlState() != null) {
                problems.add(
                        "decodeText(" + show(pgText) + ") accepted text PostgreSQL rejects with " + reparse.sqlState());
            }
        } catch (PgTypeException e) {
            if (!e.sqlState().equals(reparse.sqlState())) {
                problems.add("decodeText(" + show(pgText) + ") threw " + e.sqlState() + " " + e.getMessage()
                        + (reparse.sqlState() == null ? "" : "; PostgreSQL threw " + reparse.sqlState()));
            }
        } catch (RuntimeException e) {
            problems.add("decodeText(" + show(pgText) + ") threw " + e);
        }
        if (fromText != null) {
            Object v = fromText;
            if (reparse.binary() != null) {
                // PostgreSQL's own text round trip is exact: then tusk's must be too.
                if (java.util.Arrays.equals(reparse.binary(), pgBinary)) {
                    check(problems, "text(decodeText)", pgText, () -> encode(codec, v, settings, true));
                }
                check(problems, "binary(decodeText)", reparse.binary(), () -> encode(codec, v, settings, false));
            }
        }
        Object fromBinary = null;
        try {
            fromBinary = codec.decodeBinary(pgBinary, settings);
        } catch (RuntimeException e) {
            problems.add("decodeBinary(" + hex(pgBinary) + ") threw " + e);
        }
        if (fromBinary != null) {
            Object v = fromBinary;
            check(problems, "binary(decodeBinary)", pgBinary, () -> encode(codec, v, settings, false));
            check(problems, "text(decodeBinary)", pgText, () -> encode(codec, v, settings, true));
        }
        return problems;
    }

    private interface Encoding {
        byte[] run();
    }

    private static void check(List<String> problems, String what, byte[] expected, Encoding encoding) {
        byte[] actual;
        try {
            actual = encoding.run();
        } catch (RuntimeException e) {
            problems.add(what + " threw " + e + "; PostgreSQL: " + show(expected));
            return;
        }
        if (!java.util.Arrays.equals(expected, actual)) {
            problems.add(what + ": expected " + show(expected) + " but tusk wrote " + show(actual));
        }
    }

    private static byte[] encode(TypeCodec<Object> codec, Object value, FormatSettings settings, boolean text) {
        ByteArraySink sink = new ByteArraySink();
        if (text) {
            codec.encodeText(value, settings, sink);
        } else {
            codec.encodeBinary(value, settings, sink);
        }
        return sink.toByteArray();
    }

    private static String show(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        boolean printable = s.chars().allMatch(ch -> ch >= 0x20 && ch != 0x7f && ch != 0xfffd);
        return (printable ? "'" + s + "' " : "") + "[" + hex(b) + "]";
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
