package dev.tusk.types.differential;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.testkit.pg.Clients;
import dev.tusk.testkit.pg.PostgresInstance;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.ByteArraySink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.ParsedTypmod;
import dev.tusk.types.PgType;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.PgWarning;
import dev.tusk.types.ResolvedTypeName;
import dev.tusk.types.TypeCodec;
import dev.tusk.types.TypeRegistry;
import dev.tusk.types.typmod.IntervalTypmod;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLWarning;
import org.postgresql.util.ServerErrorMessage;

/**
 * Compares tusk-types' type modifiers with a real PostgreSQL 15: values coerced by an explicit cast
 * ({@code CAST(x AS varchar(3))}) and by assignment ({@code INSERT} into a column of that type), element by
 * element inside arrays, with the result's text and binary forms or the error's SQLSTATE, message and DETAIL;
 * and typmods computed from their SQL spelling ({@code varchar(0)}, {@code timestamp(7)}) and by the
 * {@code *typmodin} functions, with their errors and WARNINGs.
 */
class TypmodDifferentialTest {

    /**
     * Values of {@code base} (written as its text input) coerced to {@code target}, spelled {@code targetSql} in
     * SQL; {@code args} are the typmod arguments tusk parses for it.
     */
    record Case(PgType base, String baseSql, PgType target, String targetSql, List<String> args, List<String> values) {}

    static Case c(PgType base, String baseSql, PgType target, String targetSql, List<String> args, String... values) {
        return new Case(base, baseSql, target, targetSql, args, List.of(values));
    }

    static List<String> a(Object... args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }

    static List<String> fields(String spelled, Integer precision) {
        String mask = String.valueOf(IntervalTypmod.fields(spelled));
        return precision == null ? List.of(mask) : List.of(mask, String.valueOf(precision));
    }

    static final String[] STRINGS = {
        "",
        "a",
        "ab",
        "abc",
        "abcd",
        "ab   ",
        "abc  ",
        "abc d",
        " abcd",
        "a\tb ",
        "ab\u00e9d",
        "\u00e9\u00e9\u00e9",
        "\u00e9\u00e9\u00e9\u00e9",
        "\u00e9\u00e9\u00e9  ",
        "\u65e5\u672c\u8a9e ",
        "\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00",
        "\ud83d\ude00\ud83d\ude00\ud83d\ude00 ",
        "\ud83d\ude00"
    };

    static final String[] BITS = {"", "0", "1", "10", "101", "1010", "11111111", "xF0F", "101010101"};

    static final String[] NUMERICS = {
        "0",
        "1.234",
        "1.235",
        "-1.235",
        "1.2345",
        "99.9",
        "999.994",
        "999.995",
        "-999.995",
        "1000",
        "-0.004",
        "-0.005",
        "0.001",
        "12345678901234567890",
        "1e-20",
        "NaN",
        "Infinity",
        "-Infinity"
    };

    static final String[] TIMES = {
        "00:00:00",
        "12:34:56.123456",
        "12:34:56.5",
        "12:34:56.45",
        "23:59:59.5",
        "23:59:59.999999",
        "11:59:59.949999",
        "00:00:00.000005",
        "24:00:00"
    };

    static final String[] TIMETZS = {
        "23:59:59.5+05:30", "12:34:56.654321-08", "00:00:00.000005+00", "12:00:00.45-00:00:01", "24:00:00+14"
    };

    static final String[] TIMESTAMPS = {
        "2024-02-29 12:34:56.5",
        "2000-01-01 00:00:00.5",
        "1999-12-31 23:59:59.5",
        "1999-12-31 23:59:59.4",
        "1999-12-31 23:59:59.6",
        "1970-01-01 00:00:00.123456",
        "2024-12-31 23:59:59.95",
        "0001-01-01 00:00:00.5 BC",
        "4714-11-24 00:00:00.7 BC",
        "294276-12-31 23:59:59.999999",
        "infinity",
        "-infinity"
    };

    static final String[] TIMESTAMPTZS = {
        "2024-02-29 12:34:56.5+00",
        "1999-12-31 23:59:59.5+00",
        "2024-03-10 07:30:00.55+05:30",
        "1850-06-01 12:00:00.123456-04:56:02",
        "294276-12-31 23:59:59.999999+00",
        "infinity",
        "-infinity"
    };

    static final String[] INTERVALS = {
        "0",
        "1 year 11 mons 5 days 04:05:06.789",
        "-1 year -11 mons -5 days -04:05:06.789",
        "3 days 04:59:59.999999",
        "00:00:00.5",
        "-00:00:00.5",
        "1.45 seconds",
        "-1.55 seconds",
        "100 hours 30 minutes",
        "23 mons",
        "-23 mons",
        "-178000000 years",
        "2147483647 days 2562047788:00:54.775807"
    };

    static List<Case> cases() {
        List<Case> l = new ArrayList<>();
        PgType vc = BuiltinTypes.VARCHAR;
        PgType bp = BuiltinTypes.BPCHAR;
        l.add(c(vc, "varchar", vc, "varchar(3)", a(3), STRINGS));
        l.add(c(vc, "varchar", vc, "character varying(1)", a(1), STRINGS));
        l.add(c(BuiltinTypes.TEXT, "text", vc, "varchar(4)", a(4), STRINGS));
        l.add(c(bp, "bpchar", bp, "char(3)", a(3), STRINGS));
        l.add(c(bp, "bpchar", bp, "character(1)", a(1), STRINGS));
        l.add(c(BuiltinTypes.TEXT, "text", bp, "char(5)", a(5), STRINGS));
        PgType vb = BuiltinTypes.VARBIT;
        for (int n : new int[] {1, 3, 10}) {
            l.add(c(vb, "varbit", BuiltinTypes.BIT, "bit(" + n + ")", a(n), BITS));
            l.add(c(vb, "varbit", vb, "bit varying(" + n + ")", a(n), BITS));
        }
        PgType num = BuiltinTypes.NUMERIC;
        l.add(c(num, "numeric", num, "numeric(5,2)", a(5, 2), NUMERICS));
        l.add(c(num, "numeric", num, "numeric(3)", a(3), "12.5", "-12.5", "999.4", "999.5", "-999.5", "0.5", "NaN"));
        l.add(c(
                num,
                "numeric",
                num,
                "numeric(3,5)",
                a(3, 5),
                "0.001234",
                "0.00999994",
                "0.009999951",
                "0.01",
                "-0.0099999",
                "0",
                "-0.000001"));
        l.add(c(
                num,
                "numeric",
                num,
                "decimal(5,-2)",
                a(5, -2),
                "12345.678",
                "1234567",
                "9999949",
                "9999950",
                "-50",
                "49.99",
                "0",
                "Infinity"));
        l.add(c(num, "numeric", num, "numeric(2,2)", a(2, 2), "0.994", "0.995", "-0.999", "0.1", "-0.005"));
        l.add(c(num, "numeric", num, "numeric(1000,0)", a(1000, 0), "1e999", "1e1000", "-0.5"));
        l.add(c(num, "numeric", num, "numeric(1000,1000)", a(1000, 1000), "0.5", "1", "-0.99"));
        l.add(c(num, "numeric", num, "numeric(4,-3)", a(4, -3), "9999499", "9999500", "1500", "-1499"));
        for (int p = 0; p <= 6; p++) {
            l.add(c(BuiltinTypes.TIME, "time", BuiltinTypes.TIME, "time(" + p + ")", a(p), TIMES));
            l.add(c(
                    BuiltinTypes.TIMESTAMP,
                    "timestamp",
                    BuiltinTypes.TIMESTAMP,
                    "timestamp(" + p + ")",
                    a(p),
                    TIMESTAMPS));
        }
        for (int p : new int[] {0, 2, 6}) {
            l.add(c(
                    BuiltinTypes.TIMETZ,
                    "timetz",
                    BuiltinTypes.TIMETZ,
                    "time(" + p + ") with time zone",
                    a(p),
                    TIMETZS));
            l.add(c(
                    BuiltinTypes.TIMESTAMPTZ,
                    "timestamptz",
                    BuiltinTypes.TIMESTAMPTZ,
                    "timestamp(" + p + ") with time zone",
                    a(p),
                    TIMESTAMPTZS));
        }
        PgType iv = BuiltinTypes.INTERVAL;
        l.add(c(iv, "interval", iv, "interval(0)", a(IntervalTypmod.FULL_RANGE, 0), INTERVALS));
        l.add(c(iv, "interval", iv, "interval(2)", a(IntervalTypmod.FULL_RANGE, 2), INTERVALS));
        for (String f : List.of(
                "year",
                "month",
                "day",
                "hour",
                "minute",
                "second",
                "year to month",
                "day to hour",
                "day to minute",
                "day to second",
                "hour to minute",
                "hour to second",
                "minute to second")) {
            l.add(c(iv, "interval", iv, "interval " + f, fields(f, null), INTERVALS));
        }
        l.add(c(iv, "interval", iv, "interval second(0)", fields("second", 0), INTERVALS));
        l.add(c(iv, "interval", iv, "interval day to second(2)", fields("day to second", 2), INTERVALS));
        l.add(c(iv, "interval", iv, "interval hour to second(1)", fields("hour to second", 1), INTERVALS));
        l.add(c(iv, "interval", iv, "interval minute to second(3)", fields("minute to second", 3), INTERVALS));
        l.add(c(
                BuiltinTypes.VARCHAR_ARRAY,
                "varchar[]",
                BuiltinTypes.VARCHAR_ARRAY,
                "varchar(2)[]",
                a(2),
                "{abc,de,NULL,f}",
                "{{ab,\"cd \"},{NULL,\"e  \"}}",
                "[0:1]={xy,NULL}",
                "[0:1]={xyz,NULL}",
                "{}",
                "{\"\u00e9\u00e9\u00e9\"}"));
        l.add(c(
                BuiltinTypes.BPCHAR_ARRAY,
                "bpchar[]",
                BuiltinTypes.BPCHAR_ARRAY,
                "char(2)[]",
                a(2),
                "{a,abc,NULL}",
                "{\"a  \",b}",
                "[-1:-1]={\"\"}"));
        l.add(c(
                BuiltinTypes.VARBIT_ARRAY,
                "varbit[]",
                BuiltinTypes.BIT_ARRAY,
                "bit(2)[]",
                a(2),
                "{1,101,NULL}",
                "{10,01}",
                "{{10},{11}}"));
        l.add(c(
                BuiltinTypes.VARBIT_ARRAY,
                "varbit[]",
                BuiltinTypes.VARBIT_ARRAY,
                "varbit(2)[]",
                a(2),
                "{1,101,NULL}",
                "{10,01}"));
        l.add(c(
                BuiltinTypes.NUMERIC_ARRAY,
                "numeric[]",
                BuiltinTypes.NUMERIC_ARRAY,
                "numeric(3,1)[]",
                a(3, 1),
                "{{1.25,NULL},{99.95,2}}",
                "{{1.25,NULL},{99.94,2}}",
                "[0:1]={1.25,-1.25}",
                "{NaN,-0.04}",
                "{Infinity}"));
        l.add(c(
                BuiltinTypes.TIMESTAMP_ARRAY,
                "timestamp[]",
                BuiltinTypes.TIMESTAMP_ARRAY,
                "timestamp(0)[]",
                a(0),
                "{\"2024-02-29 12:34:56.5\",NULL,infinity}",
                "[2:3]={\"1999-12-31 23:59:59.5\",\"2000-01-01 00:00:00.5\"}"));
        l.add(c(
                BuiltinTypes.TIMESTAMPTZ_ARRAY,
                "timestamptz[]",
                BuiltinTypes.TIMESTAMPTZ_ARRAY,
                "timestamptz(2)[]",
                a(2),
                "{\"2024-02-29 12:34:56.555+00\",NULL}"));
        l.add(c(
                BuiltinTypes.TIME_ARRAY,
                "time[]",
                BuiltinTypes.TIME_ARRAY,
                "time(1)[]",
                a(1),
                "{23:59:59.96,NULL,12:00:00.04}"));
        l.add(c(
                BuiltinTypes.TIMETZ_ARRAY,
                "timetz[]",
                BuiltinTypes.TIMETZ_ARRAY,
                "timetz(0)[]",
                a(0),
                "{23:59:59.5+01,NULL}"));
        l.add(c(
                BuiltinTypes.INTERVAL_ARRAY,
                "interval[]",
                BuiltinTypes.INTERVAL_ARRAY,
                "interval minute[]",
                fields("minute", null),
                "{\"1 day 02:03:04\",NULL,\"-00:01:59\"}"));
        l.add(c(
                BuiltinTypes.INTERVAL_ARRAY,
                "interval[]",
                BuiltinTypes.INTERVAL_ARRAY,
                "interval day to second(1)[]",
                fields("day to second", 1),
                "{{\"1 day 02:03:04.55\"},{NULL}}"));
        return l;
    }

    /** A type spelled in SQL and the tusk type it names (when PostgreSQL finds one). */
    record Spelling(String sql, PgType type) {}

    static Spelling s(String sql, PgType type) {
        return new Spelling(sql, type);
    }

    static final List<Spelling> SPELLINGS = List.of(
            s("varchar(1)", BuiltinTypes.VARCHAR),
            s("varchar(0)", BuiltinTypes.VARCHAR),
            s("character varying(10485760)", BuiltinTypes.VARCHAR),
            s("character varying(10485761)", BuiltinTypes.VARCHAR),
            s("char(0)", BuiltinTypes.BPCHAR),
            s("character(10485761)", BuiltinTypes.BPCHAR),
            s("char(3)[]", BuiltinTypes.BPCHAR_ARRAY),
            s("bit(0)", BuiltinTypes.BIT),
            s("bit(83886080)", BuiltinTypes.BIT),
            s("bit(83886081)", BuiltinTypes.BIT),
            s("bit varying(0)", BuiltinTypes.VARBIT),
            s("varbit(83886081)", BuiltinTypes.VARBIT),
            s("numeric(1000)", BuiltinTypes.NUMERIC),
            s("numeric(1001)", BuiltinTypes.NUMERIC),
            s("numeric(0)", BuiltinTypes.NUMERIC),
            s("numeric(5,-1000)", BuiltinTypes.NUMERIC),
            s("numeric(5,-1001)", BuiltinTypes.NUMERIC),
            s("numeric(5,1001)", BuiltinTypes.NUMERIC),
            s("decimal(1000,1000)", BuiltinTypes.NUMERIC),
            s("numeric(1,2,3)", BuiltinTypes.NUMERIC),
            s("numeric(abc)", BuiltinTypes.NUMERIC),
            s("numeric('7')", BuiltinTypes.NUMERIC),
            s("numeric(1.5)", BuiltinTypes.NUMERIC),
            s("numeric(99999999999)", BuiltinTypes.NUMERIC),
            s("numeric(5,2)[]", BuiltinTypes.NUMERIC_ARRAY),
            s("time(0)", BuiltinTypes.TIME),
            s("time(7)", BuiltinTypes.TIME),
            s("time(7) with time zone", BuiltinTypes.TIMETZ),
            s("timestamp(6)", BuiltinTypes.TIMESTAMP),
            s("timestamp(7)", BuiltinTypes.TIMESTAMP),
            s("timestamp(1000) with time zone", BuiltinTypes.TIMESTAMPTZ),
            s("timestamptz(7)", BuiltinTypes.TIMESTAMPTZ),
            s("interval(7)", BuiltinTypes.INTERVAL),
            s("interval(6)", BuiltinTypes.INTERVAL),
            s("interval day to second(7)", BuiltinTypes.INTERVAL),
            s("interval year to month", BuiltinTypes.INTERVAL),
            s("interval second(0)", BuiltinTypes.INTERVAL),
            s("\"interval\"(1000)", BuiltinTypes.INTERVAL),
            s("\"interval\"(32767)", BuiltinTypes.INTERVAL),
            s("\"interval\"(8, 3)", BuiltinTypes.INTERVAL),
            s("int4(3)", BuiltinTypes.INT4),
            s("int4(3)[]", BuiltinTypes.INT4_ARRAY),
            s("text(1)", BuiltinTypes.TEXT),
            s("_int4(3)", BuiltinTypes.INT4_ARRAY),
            s("char", BuiltinTypes.BPCHAR),
            s("character", BuiltinTypes.BPCHAR),
            s("bit", BuiltinTypes.BIT),
            s("character varying", BuiltinTypes.VARCHAR),
            s("national character varying(3)", BuiltinTypes.VARCHAR),
            s("nchar(2)", BuiltinTypes.BPCHAR),
            s("varchar(3) array", BuiltinTypes.VARCHAR_ARRAY),
            s("pg_catalog.varchar(5)", BuiltinTypes.VARCHAR),
            s("double precision", BuiltinTypes.FLOAT8),
            s("float(3)", BuiltinTypes.FLOAT4),
            s("decimal", BuiltinTypes.NUMERIC),
            s("numeric(5, -2)", BuiltinTypes.NUMERIC),
            s("numeric(1+1)", BuiltinTypes.NUMERIC),
            s("varchar(3,4)", BuiltinTypes.VARCHAR),
            s("time (3) with time zone", BuiltinTypes.TIMETZ),
            s("timestamp with time zone", BuiltinTypes.TIMESTAMPTZ),
            s("timestamp(0) without time zone[]", BuiltinTypes.TIMESTAMP_ARRAY),
            s("interval(3)", BuiltinTypes.INTERVAL),
            s("interval hour to minute", BuiltinTypes.INTERVAL),
            s("interval minute to second(7)", BuiltinTypes.INTERVAL),
            s("interval second(2)[]", BuiltinTypes.INTERVAL_ARRAY),
            s("nosuch(3)", BuiltinTypes.INT4),
            s("public.nosuch", BuiltinTypes.INT4));

    /** A {@code *typmodin} function called directly on a {@code cstring[]}, and the tusk type it belongs to. */
    record Direct(String function, PgType type, List<String> args) {}

    static final List<Direct> DIRECT = List.of(
            new Direct("varchartypmodin", BuiltinTypes.VARCHAR, a(-1)),
            new Direct("varchartypmodin", BuiltinTypes.VARCHAR, a(1, 2)),
            new Direct("varchartypmodin", BuiltinTypes.VARCHAR, a(" 7 ")),
            new Direct("varchartypmodin", BuiltinTypes.VARCHAR, Arrays.asList((String) null)),
            new Direct("bpchartypmodin", BuiltinTypes.BPCHAR, a(-5)),
            new Direct("bpchartypmodin", BuiltinTypes.BPCHAR, a("+12")),
            new Direct("bittypmodin", BuiltinTypes.BIT, a(2, 2)),
            new Direct("varbittypmodin", BuiltinTypes.VARBIT, a("x")),
            new Direct("numerictypmodin", BuiltinTypes.NUMERIC, a(-1)),
            new Direct("numerictypmodin", BuiltinTypes.NUMERIC, a(1000, -1000)),
            new Direct("timetypmodin", BuiltinTypes.TIME, a(-1)),
            new Direct("timetypmodin", BuiltinTypes.TIME, a(1, 2)),
            new Direct("timetztypmodin", BuiltinTypes.TIMETZ, a(-2)),
            new Direct("timestamptypmodin", BuiltinTypes.TIMESTAMP, a(-1)),
            new Direct("timestamptztypmodin", BuiltinTypes.TIMESTAMPTZ, a(-1)),
            new Direct("timestamptztypmodin", BuiltinTypes.TIMESTAMPTZ, a(2147483647)),
            new Direct("intervaltypmodin", BuiltinTypes.INTERVAL, a(32767)),
            new Direct("intervaltypmodin", BuiltinTypes.INTERVAL, a(32767, -1)),
            new Direct("intervaltypmodin", BuiltinTypes.INTERVAL, a(5)),
            new Direct("intervaltypmodin", BuiltinTypes.INTERVAL, a(5, 2)),
            new Direct("intervaltypmodin", BuiltinTypes.INTERVAL, a(8, 2, 1)),
            new Direct("intervaltypmodin", BuiltinTypes.INTERVAL, a(4096, 6)));

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
        conn = DriverManager.getConnection(pg.jdbcUrl(), p);
        try (Statement st = conn.createStatement()) {
            // the settings FormatSettings.DEFAULT renders with
            st.execute("SET DateStyle = 'ISO, MDY'; SET IntervalStyle = 'postgres'; SET TimeZone = 'UTC';"
                    + " SET extra_float_digits = 1; SET client_min_messages = 'warning'");
        }
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

    /** What happened to one value: text and binary forms, or an error. */
    record Outcome(String text, byte[] binary, String sqlState, String message, String detail) {
        static Outcome ok(String text, byte[] binary) {
            return new Outcome(text, binary, null, null, null);
        }

        static Outcome error(String sqlState, String message, String detail) {
            return new Outcome(null, null, sqlState, message, detail);
        }

        boolean sameAs(Outcome o) {
            return Objects.equals(text, o.text)
                    && Arrays.equals(binary, o.binary)
                    && Objects.equals(sqlState, o.sqlState)
                    && Objects.equals(message, o.message)
                    && Objects.equals(detail, o.detail);
        }

        @Override
        public String toString() {
            return sqlState != null
                    ? "ERROR " + sqlState + " " + message + (detail == null ? "" : " DETAIL " + detail)
                    : "'" + text + "' [" + HexFormat.of().formatHex(binary) + "]";
        }
    }

    @Test
    void explicitCastsAndAssignmentsMatchPostgres() throws SQLException {
        List<Case> cases = cases();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        int errors = 0;
        for (int i = 0; i < cases.size(); i++) {
            Case cs = cases.get(i);
            String table = "tm_" + i;
            try (Statement st = conn.createStatement()) {
                st.execute("CREATE TEMP TABLE " + table + " (c " + cs.targetSql() + ")");
            }
            ResolvedTypeName resolved = TypeRegistry.builtins().resolveTypeName(cs.targetSql());
            int typmod = resolved.typmod();
            int pgTypmod = pgTypmod(table);
            if (typmod != pgTypmod
                    || resolved.type() != cs.target()
                    || cs.target().parseTypmod(cs.args()).typmod() != typmod) {
                failures.add(cs.targetSql() + ": tusk resolves " + resolved + ", arguments " + cs.args() + " give "
                        + cs.target().parseTypmod(cs.args()).typmod() + "; PostgreSQL typmod " + pgTypmod);
                continue;
            }
            String out = cs.target().typoutput() + "(x)::text, " + cs.target().typsend() + "(x)";
            String base = "CAST(CAST(? AS text) AS " + cs.baseSql() + ")";
            String explicitSql = "SELECT " + out + " FROM (SELECT CAST(" + base + " AS " + cs.targetSql() + ") AS x) s";
            String assignSql =
                    "INSERT INTO " + table + " (c) VALUES (" + base + ") RETURNING " + out.replace("(x)", "(c)");
            for (String value : cs.values()) {
                for (boolean explicit : new boolean[] {true, false}) {
                    Outcome expected = runPostgres(explicit ? explicitSql : assignSql, value);
                    Outcome actual = runTusk(cs, typmod, value, explicit);
                    checked++;
                    errors += expected.sqlState() != null ? 1 : 0;
                    if (!expected.sameAs(actual)) {
                        failures.add((explicit ? "CAST('" : "INSERT '") + value + "' AS " + cs.targetSql() + ")"
                                + "\n    PostgreSQL: " + expected + "\n    tusk:       " + actual);
                    }
                }
            }
        }
        System.out.println("typmod differential: " + checked + " coercions compared (" + errors
                + " of them errors in PostgreSQL), " + failures.size() + " mismatches");
        assertTrue(failures.isEmpty(), failures.size() + " differences:\n" + String.join("\n", failures));
    }

    @Test
    void typmodsFromSqlSpellingsMatchPostgres() throws SQLException {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SPELLINGS.size(); i++) {
            Spelling sp = SPELLINGS.get(i);
            String table = "ts_" + i;
            Outcome expected;
            String expectedFormat = null;
            List<PgWarning> pgWarnings;
            // a cast runs typmodin once (CREATE TABLE runs it twice, warning twice); the table shows the typmod
            try (Statement st = conn.createStatement()) {
                try {
                    st.execute("SELECT CAST(NULL AS " + sp.sql() + ")");
                    pgWarnings = warnings(st.getWarnings());
                    st.clearWarnings();
                    st.execute("CREATE TEMP TABLE " + table + " (c " + sp.sql() + ")");
                    int tm = pgTypmod(table);
                    expected = Outcome.ok(Integer.toString(tm), new byte[0]);
                    expectedFormat = pgFormatType(table);
                } catch (PSQLException e) {
                    expected = error(e);
                    pgWarnings = warnings(st.getWarnings());
                }
            }
            Outcome actual;
            List<PgWarning> tuskWarnings = List.of();
            String actualFormat = null;
            try {
                ResolvedTypeName r = TypeRegistry.builtins().resolveTypeName(sp.sql());
                actual = Outcome.ok(Integer.toString(r.typmod()), new byte[0]);
                tuskWarnings = r.warnings();
                actualFormat = r.type().formatType(r.typmod());
                if (r.type() != sp.type()) {
                    failures.add(sp.sql() + ": tusk resolves type " + r.type() + ", expected " + sp.type());
                }
            } catch (PgTypeException e) {
                actual = Outcome.error(e.sqlState(), e.getMessage(), e.detail());
            }
            if (!expected.sameAs(actual) || !pgWarnings.equals(tuskWarnings)) {
                failures.add(sp.sql() + "\n    PostgreSQL: " + expected + " " + pgWarnings + "\n    tusk:       "
                        + actual + " " + tuskWarnings);
            } else if (!Objects.equals(expectedFormat, actualFormat)) {
                failures.add(sp.sql() + ": format_type " + expectedFormat + ", tusk " + actualFormat);
            }
        }
        for (Direct d : DIRECT) {
            Outcome expected;
            List<PgWarning> pgWarnings;
            String literal = "{"
                    + String.join(
                            ",",
                            d.args().stream()
                                    .map(x -> x == null ? "NULL" : "\"" + x + "\"")
                                    .toList())
                    + "}";
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + d.function() + "(?::cstring[])")) {
                ps.setString(1, literal);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    expected = Outcome.ok(Integer.toString(rs.getInt(1)), new byte[0]);
                } catch (PSQLException e) {
                    expected = error(e);
                }
                pgWarnings = warnings(ps.getWarnings());
            }
            Outcome actual;
            List<PgWarning> tuskWarnings = List.of();
            try {
                ParsedTypmod p = d.type().parseTypmod(d.args());
                actual = Outcome.ok(Integer.toString(p.typmod()), new byte[0]);
                tuskWarnings = p.warnings();
            } catch (PgTypeException e) {
                actual = Outcome.error(e.sqlState(), e.getMessage(), e.detail());
            }
            if (!expected.sameAs(actual) || !pgWarnings.equals(tuskWarnings)) {
                failures.add(d.function() + "('" + literal + "')\n    PostgreSQL: " + expected + " " + pgWarnings
                        + "\n    tusk:       " + actual + " " + tuskWarnings);
            }
        }
        System.out.println("typmod input differential: " + (SPELLINGS.size() + DIRECT.size()) + " compared, "
                + failures.size() + " mismatches");
        assertTrue(failures.isEmpty(), failures.size() + " differences:\n" + String.join("\n", failures));
    }

    private static int pgTypmod(String table) throws SQLException {
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT atttypmod FROM pg_attribute WHERE attrelid = '" + table
                        + "'::regclass AND attname = 'c'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String pgFormatType(String table) throws SQLException {
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                        + " WHERE attrelid = '" + table + "'::regclass AND attname = 'c'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<PgWarning> warnings(SQLWarning w) {
        List<PgWarning> l = new ArrayList<>();
        for (; w != null; w = w.getNextWarning()) {
            ServerErrorMessage m = w instanceof PSQLWarning pw ? pw.getServerErrorMessage() : null;
            if (m != null && "WARNING".equals(m.getSeverity())) {
                l.add(new PgWarning(m.getSQLState(), m.getMessage()));
            }
        }
        return l;
    }

    private static Outcome error(PSQLException e) {
        ServerErrorMessage m = e.getServerErrorMessage();
        if (m == null) {
            throw new AssertionError("no server error", e);
        }
        return Outcome.error(m.getSQLState(), m.getMessage(), m.getDetail());
    }

    private static Outcome runPostgres(String sql, String value) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Outcome.ok(rs.getString(1), rs.getBytes(2));
            }
        } catch (PSQLException e) {
            return error(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Outcome runTusk(Case cs, int typmod, String value, boolean explicit) {
        FormatSettings settings = FormatSettings.DEFAULT;
        Object base = cs.base().codec().decodeText(value.getBytes(StandardCharsets.UTF_8), settings);
        try {
            Object v = cs.target().applyTypmod(base, typmod, explicit);
            TypeCodec<Object> codec = (TypeCodec<Object>) cs.target().codec();
            ByteArraySink text = new ByteArraySink();
            codec.encodeTextObject(v, settings, text);
            ByteArraySink binary = new ByteArraySink();
            codec.encodeBinaryObject(v, settings, binary);
            return Outcome.ok(new String(text.toByteArray(), StandardCharsets.UTF_8), binary.toByteArray());
        } catch (PgTypeException e) {
            return Outcome.error(e.sqlState(), e.getMessage(), e.detail());
        }
    }
}
