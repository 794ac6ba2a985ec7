package dev.tusk.calcite.datetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.calcite.engine.CalciteEngine;
import dev.tusk.server.PgServer;
import dev.tusk.testkit.pg.Clients;
import dev.tusk.testkit.pg.PostgresInstance;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the same datetime queries on PostgreSQL 15 and on the Calcite engine over pgjdbc, under several TimeZone,
 * DateStyle and IntervalStyle settings, and compares the text of every column (or the SQLSTATE and message of the
 * error). Every mismatch is collected into one failure message.
 */
class DatetimeDifferentialTest {
    private static PostgresInstance pg;
    private static PgServer tusk;

    /** TimeZone, DateStyle, IntervalStyle for pgjdbc, which insists on an ISO DateStyle. */
    private static final String[][] ISO_SETTINGS = {
        {"UTC", "ISO, MDY", "postgres"},
        {"America/New_York", "ISO, DMY", "postgres_verbose"},
        {"Asia/Kolkata", "ISO, YMD", "sql_standard"},
        {"Pacific/Chatham", "ISO", "iso_8601"},
    };

    /** TimeZone, DateStyle, IntervalStyle. */
    private static final String[][] SETTINGS = {
        {"UTC", "ISO, MDY", "postgres"},
        {"America/New_York", "SQL, DMY", "postgres_verbose"},
        {"Asia/Kolkata", "Postgres, MDY", "sql_standard"},
        {"Pacific/Chatham", "German", "iso_8601"},
    };

    private static final String TS = "timestamp '2024-01-02 03:04:05.123456'";
    private static final String TSTZ = "'2024-07-02 03:04:05.123456+00'::timestamptz";
    private static final String[] FIELDS = {
        "microseconds",
        "milliseconds",
        "second",
        "minute",
        "hour",
        "day",
        "week",
        "month",
        "quarter",
        "year",
        "decade",
        "century",
        "millennium",
        "dow",
        "isodow",
        "doy",
        "isoyear",
        "epoch",
        "julian"
    };
    private static final String[] TRUNC_UNITS = {
        "microseconds",
        "milliseconds",
        "second",
        "minute",
        "hour",
        "day",
        "week",
        "month",
        "quarter",
        "year",
        "decade",
        "century",
        "millennium"
    };

    @BeforeAll
    static void start() {
        Clients.assumeAvailable(Clients.postgresServer());
        pg = PostgresInstance.start(
                PostgresInstance.Options.defaults().withTls(false).withHostAuthMethod("trust"));
        tusk = PgServer.builder()
                .host("127.0.0.1")
                .port(0)
                .engine(new CalciteEngine())
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        if (tusk != null) {
            tusk.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    private static Connection postgres(String mode) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", pg.user());
        p.setProperty("password", pg.password());
        p.setProperty("sslmode", "disable");
        mode(p, mode);
        return DriverManager.getConnection(pg.jdbcUrl(), p);
    }

    private static Connection tusk(String mode) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "tusk");
        mode(p, mode);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + tusk.port() + "/tusk", p);
    }

    /** "text": simple protocol, all text; "binary": extended protocol, binary parameters and results. */
    private static void mode(Properties p, String mode) {
        if (mode.equals("text")) {
            p.setProperty("preferQueryMode", "extended");
            p.setProperty("binaryTransfer", "false");
        } else {
            p.setProperty("preferQueryMode", "extended");
            p.setProperty("prepareThreshold", "-1");
            p.setProperty("binaryTransfer", "true");
        }
    }

    /** Every column of every row as pgjdbc's getString gives it, or the error's SQLSTATE and message. */
    private static String run(Connection c, String sql) {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rows(rs);
        } catch (SQLException e) {
            return error(e);
        }
    }

    private static String rows(ResultSet rs) throws SQLException {
        StringBuilder sb = new StringBuilder();
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            sb.append('(');
            for (int i = 1; i <= n; i++) {
                sb.append(i > 1 ? " | " : "").append(rs.getString(i));
            }
            sb.append(')');
        }
        return sb.toString();
    }

    private static String error(SQLException e) {
        String m = e.getMessage();
        int nl = m.indexOf('\n');
        return "ERROR " + e.getSQLState() + " " + (nl < 0 ? m : m.substring(0, nl));
    }

    private static void set(Connection c, String[] s) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET TimeZone = '" + s[0] + "'");
            st.execute("SET DateStyle = '" + s[1] + "'");
            st.execute("SET IntervalStyle = '" + s[2] + "'");
        }
    }

    private static List<String> queries() {
        List<String> q = new ArrayList<>();
        // input and output through tusk-types, microseconds kept
        q.add("SELECT '2024-01-02 03:04:05.123456'::timestamp, '2024-01-02 03:04:05.123456+05:30'::timestamptz,"
                + " '2024-01-02'::date, '03:04:05.123456'::time, '1 mon 2 days 03:04:05.678901'::interval");
        q.add("SELECT " + TS + ", " + TSTZ + ", date '2024-02-29', time '23:59:59.999999', interval '1' day");
        q.add("SELECT '2024-03-10 01:59:59.999999'::timestamptz + interval '1 hour'");
        q.add("SELECT '0044-03-15 BC'::date, '4714-11-24 00:00:00 BC'::timestamp, date '0001-01-01 BC' - 1,"
                + " '0001-12-31 23:59:59.999999 BC'::timestamp + interval '1 microsecond'");
        q.add("SELECT 'infinity'::timestamp, '-infinity'::timestamptz, 'infinity'::date, '-infinity'::date,"
                + " 'infinity'::timestamp::date, '-infinity'::date::timestamp, isfinite('infinity'::date),"
                + " isfinite(" + TS + "), 'infinity'::timestamp + interval '1 day', 'epoch'::timestamp");
        q.add("SELECT " + TS + "::text, " + TSTZ + "::text, date '2024-01-02'::text, interval '1 day 02:00'::text,"
                + " time '10:00:00.5'::text, " + TS + "::varchar(10), 'infinity'::timestamptz::text");
        q.add("SELECT " + TS + "::timestamptz, " + TSTZ + "::timestamp, '2024-01-02 23:30:00+00'::timestamptz::date,"
                + " date '2024-01-02'::timestamptz, " + TS + "::time, " + TSTZ + "::time, " + TS + "::date,"
                + " time '03:04:05'::interval, interval '1 day 03:04:05'::time");
        q.add("SELECT " + TS + "::timestamp(2), " + TS + "::timestamp(0), " + TSTZ + "::timestamptz(3),"
                + " time '03:04:05.5555'::time(2), '1 day 03:04:05.5555'::interval(2),"
                + " '-1 day -03:04:05.5555'::interval(1), timestamp '1999-12-31 23:59:59.5'::timestamp(0)");
        q.add("SELECT interval '1' day, interval '1' hour, interval '1 day 3 hours' day, interval '1.5' month,"
                + " interval '90' minute, '1 year 2 months 3 days 04:05:06'::interval year to month,"
                + " '1 year 2 months 3 days 04:05:06'::interval day to hour, interval '5', interval '2' year,"
                + " interval '1 day 04:05:06.789' minute to second, interval '3 weeks'");
        // arithmetic
        q.add("SELECT timestamp '2024-01-31 10:00' + interval '1 month', timestamp '2024-02-29' + interval '1 year',"
                + " date '2024-01-31' + interval '1 mon 1 day', date '2024-03-01' - 1, 7 + date '2024-03-01',"
                + " date '2024-03-01' - date '2024-02-01', time '23:30' + interval '1 hour',"
                + " time '10:00' - time '08:30:00.5', timestamp '2024-01-01' - timestamp '2023-12-30 12:00',"
                + " date '2024-01-01' + time '10:00', date '2024-01-01' - interval '1 hour'");
        q.add("SELECT interval '1 day' * 1.5, interval '1 mon' / 3, - interval '1 day 02:00', 2 * interval '1 mon',"
                + " interval '1 day' + interval '25 hours', interval '1 year' - interval '1 day',"
                + " interval '1 mon 1 day' * 0.3333, interval '3 days' / 7");
        q.add(
                "SELECT '2024-03-09 02:30'::timestamptz + interval '1 day', '2024-11-02 01:30'::timestamptz + interval '1 day',"
                        + " '2024-03-10 12:00'::timestamptz - '2024-03-09 12:00'::timestamptz,"
                        + " '2024-01-31 12:00'::timestamptz + interval '1 mon', '2024-06-15 12:00'::timestamptz - interval '6 mons',"
                        + " " + TSTZ + " - " + TS);
        q.add("SELECT now() - '2020-01-01' > interval '0', " + TS + " + '1 day', '2 hours' + " + TS + ", " + TS
                + " - '2024-01-01'");
        return q;
    }

    /** Field extraction and truncation: compared under two of the settings, to keep the test short. */
    private static List<String> fieldQueries() {
        List<String> q = new ArrayList<>();
        for (String f : FIELDS) {
            q.add("SELECT extract(" + f + " from " + TS + "), date_part('" + f + "', " + TS + "), extract(" + f
                    + " from " + TSTZ + "), date_part('" + f + "', " + TSTZ + "), extract(" + f
                    + " from timestamp '0044-03-15 12:00 BC')");
            q.add("SELECT extract(" + f + " from date '2024-12-30'), date_part('" + f + "', date '2024-12-30'),"
                    + " extract(" + f + " from date '0001-01-01 BC')");
            q.add("SELECT extract(" + f + " from interval '1 year 2 mons 3 days 04:05:06.789'), date_part('" + f
                    + "', interval '-1 year -2 mons -3 days -04:05:06.789')");
            q.add("SELECT extract(" + f + " from time '13:14:15.161718'), date_part('" + f + "', time '13:14:15.5')");
            // EXTRACT of a monotonic field of an infinity is numeric Infinity, which Tusk's numeric lacks
            q.add("SELECT date_part('" + f + "', 'infinity'::timestamp), date_part('" + f
                    + "', '-infinity'::timestamptz)");
        }
        q.add("SELECT extract(timezone from " + TSTZ + "), date_part('timezone_hour', " + TSTZ
                + "), date_part('timezone_minute', " + TSTZ + ")");
        q.add("SELECT extract(timezone from " + TS + ")");
        q.add("SELECT extract(foo from " + TS + ")");
        q.add("SELECT date_part('dow', interval '1 day')");
        q.add("SELECT extract(hour from date '2024-01-02'), date_part('hour', date '2024-01-02')");
        for (String u : TRUNC_UNITS) {
            q.add("SELECT date_trunc('" + u + "', " + TS + "), date_trunc('" + u + "', " + TSTZ + "), date_trunc('"
                    + u + "', timestamp '0044-03-15 12:34:56.789 BC'), date_trunc('" + u
                    + "', interval '1234 years 5 mons 6 days 07:08:09.123456')");
        }
        q.add(
                "SELECT date_trunc('day', '2024-03-10 12:00'::timestamptz), date_trunc('hour', '2024-11-03 01:30-05'::timestamptz),"
                        + " date_trunc('week', date '2024-01-03'), date_trunc('month', 'infinity'::timestamp)");
        q.add("SELECT date_trunc('week', interval '1 day')");
        q.add("SELECT date_trunc('fortnight', " + TS + ")");
        return q;
    }

    private static List<String> moreQueries() {
        List<String> q = new ArrayList<>();
        // age, constructors
        q.add("SELECT age(timestamp '2024-03-01', timestamp '2023-01-31 10:00'), age(timestamp '2023-01-31',"
                + " timestamp '2024-03-01 10:00'), age('2024-03-31'::timestamptz, '2024-02-29 23:00'::timestamptz),"
                + " age(timestamp '2001-04-10', timestamp '1957-06-13')");
        q.add("SELECT make_date(2024, 2, 29), make_date(-44, 3, 15), make_time(23, 59, 59.999999),"
                + " make_timestamp(2024, 1, 2, 3, 4, 5.123456), make_timestamptz(2024, 7, 2, 3, 4, 5.5),"
                + " make_timestamptz(2024, 7, 2, 3, 4, 5.5, 'Europe/Paris'), make_interval(1, 2, 3, 4, 5, 6, 7.5),"
                + " make_interval(days => 10, secs => 1.25)");
        q.add("SELECT make_date(2023, 2, 29)");
        q.add("SELECT to_timestamp(1700000000.123456), to_timestamp(0), to_timestamp('Infinity'::float8),"
                + " to_timestamp(-62135596800)");
        q.add("SELECT justify_hours(interval '27 hours'), justify_days(interval '35 days'),"
                + " justify_interval(interval '1 mon -1 hour')");
        q.add("SELECT timezone('America/New_York', timestamp '2024-01-02 03:04:05'), timezone('Asia/Tokyo', " + TSTZ
                + "), timezone('UTC', " + TS + "), timezone('+05', " + TS + ")");
        // errors
        q.add("SELECT '2024-02-30'::date");
        q.add("SELECT 'garbage'::timestamp");
        q.add("SELECT 'infinity'::timestamp - timestamp '2020-01-01'");
        q.add("SELECT timestamp '294276-12-31 23:59:59.999999' + interval '1 microsecond'");
        // comparisons, sorting, aggregates, grouping
        q.add("SELECT x FROM (VALUES (" + TS + "), (timestamp '2023-01-01'), ('infinity'::timestamp),"
                + " ('-infinity'::timestamp), (timestamp '2024-01-02 03:04:05.123457')) v(x) ORDER BY x DESC");
        q.add("SELECT min(x), max(x), count(DISTINCT x) FROM (VALUES (" + TS + "), (timestamp '2023-01-01')," + " ("
                + TS + ")) v(x)");
        q.add("SELECT interval '1 mon' = interval '30 days', interval '1 day' > interval '23 hours',"
                + " interval '1 day' <> interval '24 hours', date '2024-01-01' < " + TS + ", " + TS + " = " + TSTZ
                + ", time '10:00' < time '10:00:00.000001'");
        q.add("SELECT max(i), min(i), count(DISTINCT i) FROM (VALUES (interval '1 day'), (interval '25 hours'),"
                + " (interval '23 hours'), (interval '1 day')) v(i)");
        q.add("SELECT i FROM (VALUES (interval '1 day'), (interval '25 hours'), (interval '1 mon'),"
                + " (interval '-1 year')) v(i) ORDER BY i");
        q.add("SELECT date_trunc('month', t), count(*) FROM (VALUES (timestamp '2024-01-05'), (timestamp '2024-01-20'),"
                + " (timestamp '2024-02-01')) v(t) GROUP BY 1 ORDER BY 1");
        q.add("SELECT x, CASE WHEN x > 1 THEN timestamp '2024-01-01' ELSE NULL END, coalesce(NULL, " + TS + "),"
                + " greatest(" + TS + ", timestamp '2025-01-01') FROM (VALUES (1), (2)) v(x) ORDER BY x");
        return q;
    }

    @Test
    void queriesMatchPostgres() {
        List<String> mismatches = new ArrayList<>();
        List<String> queries = new ArrayList<>(queries());
        queries.addAll(moreQueries());
        try (SimpleQueryClient p = new SimpleQueryClient(pg.host(), pg.port(), pg.user(), pg.database());
                SimpleQueryClient t = new SimpleQueryClient("127.0.0.1", tusk.port(), "tusk", "tusk")) {
            for (String[] s : SETTINGS) {
                for (SimpleQueryClient c : List.of(p, t)) {
                    c.query("SET TimeZone = '" + s[0] + "'");
                    c.query("SET DateStyle = '" + s[1] + "'");
                    c.query("SET IntervalStyle = '" + s[2] + "'");
                }
                List<String> all = new ArrayList<>(queries);
                if (s == SETTINGS[0] || s == SETTINGS[1]) {
                    all.addAll(fieldQueries());
                }
                for (String sql : all) {
                    String expected = p.query(sql);
                    String actual = t.query(sql);
                    if (!expected.equals(actual)) {
                        mismatches.add(String.join(" / ", s) + ": " + sql + "\n  postgres: " + expected
                                + "\n  tusk:     " + actual);
                    }
                }
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches:\n" + String.join("\n", mismatches));
    }

    @Test
    void parametersKeepMicrosecondsInTextAndBinary() throws SQLException {
        List<String> mismatches = new ArrayList<>();
        LocalDateTime ldt = LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000);
        OffsetDateTime odt = OffsetDateTime.of(2024, 7, 2, 3, 4, 5, 654_321_000, ZoneOffset.ofHours(2));
        for (String mode : new String[] {"text", "binary"}) {
            try (Connection p = postgres(mode);
                    Connection t = tusk(mode)) {
                for (String[] s : ISO_SETTINGS) {
                    set(p, s);
                    set(t, s);
                    String sql = "SELECT $1::timestamp, $2::timestamptz, $3::date, $4::time,"
                            + " $1::timestamp + interval '1 microsecond', $2::timestamptz - $1::timestamp,"
                            + " $5::interval, $6::timestamp";
                    String expected = bind(p, sql, ldt, odt, mode);
                    String actual = bind(t, sql, ldt, odt, mode);
                    if (!expected.equals(actual)) {
                        mismatches.add(mode + " " + String.join(" / ", s) + "\n  postgres: " + expected
                                + "\n  tusk:     " + actual);
                    }
                }
                // values come back with their microseconds as Java objects
                for (Connection c : List.of(p, t)) {
                    try (PreparedStatement ps = c.prepareStatement("SELECT ?::timestamp, ?::timestamptz, ?::time")) {
                        ps.setObject(1, ldt);
                        ps.setObject(2, odt);
                        ps.setObject(3, LocalTime.of(13, 14, 15, 161_718_000));
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            assertEquals(ldt, rs.getObject(1, LocalDateTime.class), mode);
                            assertEquals(
                                    odt.toInstant(),
                                    rs.getObject(2, OffsetDateTime.class).toInstant(),
                                    mode);
                            assertEquals(LocalTime.of(13, 14, 15, 161_718_000), rs.getObject(3, LocalTime.class));
                        }
                    }
                }
            }
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    private static String bind(Connection c, String sql, LocalDateTime ldt, OffsetDateTime odt, String mode) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, ldt);
            ps.setObject(2, odt);
            ps.setObject(3, LocalDate.of(-43, 3, 15));
            ps.setObject(4, LocalTime.of(23, 59, 59, 999_999_000));
            ps.setString(5, "1 mon 2 days 03:04:05.678901");
            ps.setString(6, "infinity");
            try (ResultSet rs = ps.executeQuery()) {
                return rows(rs);
            }
        } catch (SQLException e) {
            return error(e);
        }
    }

    @Test
    void datetimeWorkCalciteWouldDoIsRejected() throws SQLException {
        try (Connection t = tusk("text")) {
            for (String sql : List.of(
                    "SELECT to_char(now(), 'YYYY')",
                    "SELECT count(*) OVER (ORDER BY t RANGE BETWEEN INTERVAL '1 day' PRECEDING AND CURRENT ROW)"
                            + " FROM (VALUES (timestamp '2024-01-01')) v(t)")) {
                assertTrue(run(t, sql).startsWith("ERROR 0A000"), sql + ": " + run(t, sql));
            }
        }
    }

    @Test
    void nowIsTheTransactionStart() throws SQLException {
        for (Connection c : List.of(postgres("text"), tusk("text"))) {
            try (c;
                    Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                String first = run(c, "SELECT now(), transaction_timestamp(), current_timestamp");
                String second = run(c, "SELECT now(), transaction_timestamp(), current_timestamp");
                assertEquals(first, second);
                assertEquals(
                        "(t | t | t)",
                        run(
                                c,
                                "SELECT statement_timestamp() >= now(), clock_timestamp() >= statement_timestamp(),"
                                        + " localtimestamp = now()::timestamp"));
                c.commit();
                s.execute("SELECT 1");
            }
        }
    }
}
