package dev.tusk.types.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.testkit.pg.Clients;
import dev.tusk.testkit.pg.PostgresInstance;
import dev.tusk.types.ByteArraySink;
import dev.tusk.types.DateStyle;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.IntervalStyle;
import dev.tusk.types.PgType;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.TypeCodec;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feeds raw, user-written literals ({@link TextInputCorpus}) to a real PostgreSQL 15's input functions and to
 * tusk-types' {@code decodeText}, under several DateStyle orders, time zones and IntervalStyles. Where
 * PostgreSQL accepts a literal, tusk must accept it too and its binary form ({@code encodeBinary}) must equal
 * PostgreSQL's {@code typsend} bytes; where PostgreSQL rejects it, tusk must throw a {@link PgTypeException}
 * with the same SQLSTATE, message, DETAIL and HINT. PostgreSQL's binary form is also fed back to
 * {@code decodeBinary}, which must re-encode it unchanged. Each literal goes to PostgreSQL as an untyped
 * literal cast to the type without a typmod ({@code pg_catalog."bit"}, not {@code bit}), so the input function
 * runs with typmod -1, as {@code decodeText} does.
 */
class TextInputDifferentialTest {

    /** Input-relevant session settings: what is SET on the PostgreSQL side and the matching FormatSettings. */
    record Combo(String dateStyle, String pgTimeZone, ZoneId zone, String intervalStyle) {
        FormatSettings settings() {
            return FormatSettings.DEFAULT
                    .withDateStyle(DateStyle.parse(dateStyle))
                    .withTimeZone(zone)
                    .withIntervalStyle(IntervalStyle.parse(intervalStyle));
        }

        /**
         * A set-returning function that feeds every literal of an array to the type's input function (as an
         * untyped literal cast to {@code typ}) and returns its send bytes or the error's fields, plus the
         * transaction timestamp that {@code now}/{@code today} literals resolve against. The settings are
         * function-level SET clauses, so the session itself never changes.
         */
        String createProbe(String name) {
            return String.format(
                    Locale.ROOT,
                    "CREATE FUNCTION %s(typ text, send text, lits text[], OUT lit text, OUT b bytea,"
                            + " OUT state text, OUT msg text, OUT detail text, OUT hint text, OUT ctx text,"
                            + " OUT ts bigint) RETURNS SETOF record LANGUAGE plpgsql"
                            + " SET DateStyle = '%s' SET TimeZone = '%s' SET IntervalStyle = '%s'"
                            + " SET lc_monetary = 'C'"
                            + " AS $f$ BEGIN FOREACH lit IN ARRAY lits LOOP"
                            + " b := NULL; state := NULL; msg := NULL; detail := NULL; hint := NULL; ctx := NULL;"
                            + " ts := (extract(epoch FROM now()) * 1000000)::bigint;"
                            + " BEGIN EXECUTE format('SELECT %%s(%%L::%%s)', send, lit, typ) INTO b;"
                            + " EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE,"
                            + " msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT,"
                            + " ctx = PG_EXCEPTION_CONTEXT; END; RETURN NEXT; END LOOP; END $f$",
                    name,
                    dateStyle,
                    pgTimeZone,
                    intervalStyle);
        }

        @Override
        public String toString() {
            return "DateStyle=" + dateStyle + " TimeZone=" + pgTimeZone + " IntervalStyle=" + intervalStyle;
        }
    }

    /**
     * Each DateStyle field order, a zone west and east of UTC with DST, and a POSIX fixed offset (PostgreSQL's
     * {@code <+0530>-05:30} is 5:30 east of UTC, whose sign POSIX writes the other way round).
     */
    static final List<Combo> COMBOS = List.of(
            new Combo("ISO, MDY", "UTC", ZoneId.of("UTC"), "postgres"),
            new Combo("ISO, DMY", "America/New_York", ZoneId.of("America/New_York"), "sql_standard"),
            new Combo("ISO, YMD", "Europe/Berlin", ZoneId.of("Europe/Berlin"), "iso_8601"),
            new Combo("ISO, MDY", "<+0530>-05:30", ZoneId.of("+05:30"), "postgres_verbose"));

    /**
     * Known gaps, as "typname" (every literal of the type), "typname|literal" or "typname|detail" (errors that
     * agree in everything but PostgreSQL's DETAIL text) entries; a mismatch matching
     * an entry is printed on stdout but does not fail the test. An entry that no longer matches any mismatch
     * fails the test, so a fix has to remove it here.
     */
    static final Set<String> KNOWN_GAPS = Set.of(
            // xml: PostgreSQL's DETAIL for malformed XML is libxml's parser message; tusk checks well-formedness
            // with the JDK's XML parser, which accepts and rejects the same content but words the error
            // differently
            "xml|detail");

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

    /** PostgreSQL's answer for one literal. */
    record PgResult(String literal, byte[] binary, PgError error, long txMicros) {}

    /** The fields of a PostgreSQL error that tusk must reproduce (empty DETAIL/HINT/CONTEXT are null). */
    record PgError(String sqlState, String message, String detail, String hint, String context) {
        @Override
        public String toString() {
            return sqlState + " " + message + (detail == null ? "" : " DETAIL: " + detail)
                    + (hint == null ? "" : " HINT: " + hint) + (context == null ? "" : " CONTEXT: " + context);
        }
    }

    @Test
    void textInputMatchesPostgres() throws SQLException {
        List<TextInputCorpus.Family> families = TextInputCorpus.families();
        int corpusSize = families.stream().mapToInt(f -> f.literals().size()).sum();
        List<String> failures = new ArrayList<>();
        List<String> known = new ArrayList<>();
        Set<String> gapsSeen = new TreeSet<>();
        int checked = 0;
        int rejected = 0;
        java.util.Map<String, Long> pgNanos = new java.util.HashMap<>();
        java.util.Map<String, Long> tuskNanos = new java.util.HashMap<>();
        for (int i = 0; i < COMBOS.size(); i++) {
            Combo combo = COMBOS.get(i);
            String probe = "tusk_input_" + i;
            try (Statement st = conn.createStatement()) {
                st.execute(combo.createProbe(probe));
            }
            FormatSettings settings = combo.settings();
            for (TextInputCorpus.Family family : families) {
                long t0 = System.nanoTime();
                List<PgResult> results = askPostgres(probe, family);
                long t1 = System.nanoTime();
                pgNanos.merge(family.type().typname(), t1 - t0, Long::sum);
                for (PgResult r : results) {
                    checked++;
                    if (r.error() != null) {
                        rejected++;
                    }
                    long t2 = System.nanoTime();
                    String problem = compare(family.type(), r, settings, combo.zone());
                    tuskNanos.merge(family.type().typname(), System.nanoTime() - t2, Long::sum);
                    if (problem == null) {
                        continue;
                    }
                    String report =
                            family.type().typname() + " " + show(r.literal()) + " [" + combo + "]\n  " + problem;
                    String gap = gapFor(family.type(), r.literal(), problem.startsWith(DETAIL_ONLY));
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
        System.out.println("text input differential: " + corpusSize + " literals in " + families.size()
                + " families, " + checked + " checks under " + COMBOS.size() + " settings (" + rejected
                + " rejected by PostgreSQL); " + failures.size() + " mismatches, " + known.size()
                + " in KNOWN_GAPS " + gapsSeen);
        known.forEach(k -> System.out.println("known gap: " + k));
        System.out.println("slowest families (PostgreSQL ms / tusk ms): "
                + pgNanos.keySet().stream()
                        .sorted((a, b) -> Long.compare(
                                pgNanos.get(b) + tuskNanos.getOrDefault(b, 0L),
                                pgNanos.get(a) + tuskNanos.getOrDefault(a, 0L)))
                        .limit(5)
                        .map(k ->
                                k + " " + pgNanos.get(k) / 1_000_000 + "/" + tuskNanos.getOrDefault(k, 0L) / 1_000_000)
                        .toList());
        if (!stale.isEmpty()) {
            failures.add("KNOWN_GAPS entries that no longer match any mismatch (remove them): " + stale);
        }
        writeReport(failures);
        int shown = Math.min(failures.size(), 400);
        assertTrue(
                failures.isEmpty(),
                failures.size() + " differences from PostgreSQL (first " + shown + "):\n"
                        + String.join("\n", failures.subList(0, shown)));
    }

    /** Writes every mismatch to target/text-input-differential.txt, with a count per type first. */
    private static void writeReport(List<String> failures) {
        java.util.Map<String, Integer> perType = new java.util.TreeMap<>();
        for (String f : failures) {
            perType.merge(f.substring(0, Math.max(0, f.indexOf(' '))), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        perType.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        failures.forEach(f -> sb.append(f).append('\n'));
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of("target", "text-input-differential.txt"), sb, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<PgResult> askPostgres(String probe, TextInputCorpus.Family family) throws SQLException {
        List<PgResult> out = new ArrayList<>();
        String typ = "pg_catalog.\"" + family.type().typname() + "\"";
        try (PreparedStatement ps =
                conn.prepareStatement("SELECT lit, b, state, msg, detail, hint, ctx, ts FROM " + probe + "(?, ?, ?)")) {
            Array arr = conn.createArrayOf("text", family.literals().toArray());
            ps.setString(1, typ);
            ps.setString(2, family.type().typsend());
            ps.setArray(3, arr);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String state = rs.getString(3);
                    PgError error = state == null
                            ? null
                            : new PgError(
                                    state,
                                    rs.getString(4),
                                    emptyToNull(rs.getString(5)),
                                    emptyToNull(rs.getString(6)),
                                    jsonContext(rs.getString(7)));
                    out.add(new PgResult(rs.getString(1), rs.getBytes(2), error, rs.getLong(8)));
                }
            }
        }
        assertEquals(family.literals().size(), out.size(), "rows for " + family.type());
        for (int i = 0; i < out.size(); i++) {
            // pgjdbc's text[] encoding must deliver every literal unchanged
            assertEquals(family.literals().get(i), out.get(i).literal(), "literal sent to PostgreSQL");
        }
        return out;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The first CONTEXT line when it is the JSON parser's ("JSON data, line 1: ..."), else null. */
    private static String jsonContext(String ctx) {
        if (ctx == null || !ctx.startsWith("JSON data")) {
            return null;
        }
        int nl = ctx.indexOf('\n');
        return nl < 0 ? ctx : ctx.substring(0, nl);
    }

    /** Marks a mismatch where only PostgreSQL's DETAIL text differs. */
    private static final String DETAIL_ONLY = "(detail only) ";

    private static String gapFor(PgType type, String literal, boolean detailOnly) {
        for (String key : List.of(
                type.typname(),
                type.typname() + "|" + literal,
                detailOnly ? type.typname() + "|detail" : type.typname() + "|?")) {
            if (KNOWN_GAPS.contains(key)) {
                return key;
            }
        }
        return null;
    }

    /** Returns null when tusk agrees with PostgreSQL on this literal, else what differs. */
    @SuppressWarnings("unchecked")
    private static String compare(PgType type, PgResult r, FormatSettings settings, ZoneId zone) {
        TypeCodec<Object> codec = (TypeCodec<Object>) type.codec();
        byte[] input = r.literal().getBytes(StandardCharsets.UTF_8);
        Instant before = Instant.now();
        Object value;
        try {
            value = codec.decodeText(input, settings);
        } catch (PgTypeException e) {
            PgError mine = new PgError(e.sqlState(), e.getMessage(), e.detail(), hintOf(e), contextOf(e));
            if (r.error() == null) {
                return "decodeText threw " + mine + "; PostgreSQL accepted it as " + hex(r.binary());
            }
            if (!mine.equals(r.error())) {
                boolean detailOnly = mine.sqlState().equals(r.error().sqlState())
                        && mine.message().equals(r.error().message())
                        && Objects.equals(mine.hint(), r.error().hint())
                        && Objects.equals(mine.context(), r.error().context());
                return (detailOnly ? DETAIL_ONLY : "") + "decodeText threw " + mine + "\n  PostgreSQL threw "
                        + r.error();
            }
            return null;
        } catch (RuntimeException e) {
            return "decodeText threw " + e + (r.error() == null ? "" : "; PostgreSQL threw " + r.error());
        }
        Instant after = Instant.now();
        if (r.error() != null) {
            return "decodeText accepted it; PostgreSQL threw " + r.error();
        }
        byte[] mine;
        try {
            mine = encode(codec, value, settings);
        } catch (RuntimeException e) {
            return "encodeBinary(decodeText) threw " + e + "; PostgreSQL: " + hex(r.binary());
        }
        if (!Arrays.equals(mine, r.binary())
                && !ClockDependent.explains(type, r.literal(), mine, r.binary(), r.txMicros(), before, after, zone)) {
            return "binary(decodeText): expected " + hex(r.binary()) + " but tusk wrote " + hex(mine);
        }
        try {
            Object back = codec.decodeBinary(r.binary(), settings);
            byte[] again = encode(codec, back, settings);
            if (!Arrays.equals(again, r.binary())) {
                return "binary(decodeBinary): expected " + hex(r.binary()) + " but tusk wrote " + hex(again);
            }
        } catch (RuntimeException e) {
            return "decodeBinary(" + hex(r.binary()) + ") threw " + e;
        }
        return null;
    }

    private static String hintOf(PgTypeException e) {
        return e.hint();
    }

    private static String contextOf(PgTypeException e) {
        return e.context();
    }

    private static byte[] encode(TypeCodec<Object> codec, Object value, FormatSettings settings) {
        ByteArraySink sink = new ByteArraySink();
        codec.encodeBinary(value, settings, sink);
        return sink.toByteArray();
    }

    private static String show(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }

    private static String hex(byte[] b) {
        return b == null ? "null" : HexFormat.of().formatHex(b);
    }

    /**
     * Literals that read the clock ({@code now}, {@code today}, {@code tomorrow}, {@code yesterday}): PostgreSQL
     * resolves them against its transaction start, tusk against the instant it decodes. Such a literal agrees
     * when tusk's value is PostgreSQL's shifted by no more than the time between the two: microsecond values
     * may move forward by at most {@code after - txStart}, day values only if a day boundary (in the session
     * zone) fell between PostgreSQL's transaction start and tusk's decode.
     */
    static final class ClockDependent {
        private ClockDependent() {}

        static boolean explains(
                PgType type,
                String literal,
                byte[] mine,
                byte[] theirs,
                long txMicros,
                Instant before,
                Instant after,
                ZoneId zone) {
            String l = literal.toLowerCase(Locale.ROOT);
            boolean now = l.contains("now");
            boolean day = l.contains("today") || l.contains("tomorrow") || l.contains("yesterday");
            if (!now && !day && !type.typname().equals("timetz")) {
                return false;
            }
            if (mine.length != theirs.length) {
                return false;
            }
            Instant tx = Instant.ofEpochSecond(
                    Math.floorDiv(txMicros, 1_000_000L), Math.floorMod(txMicros, 1_000_000L) * 1000);
            boolean dayCrossed = !LocalDate.ofInstant(tx, zone).equals(LocalDate.ofInstant(after, zone));
            boolean offsetChanged =
                    !zone.getRules().getOffset(tx).equals(zone.getRules().getOffset(after));
            long lo = micros(before) - txMicros;
            long hi = micros(after) - txMicros;
            switch (type.typname()) {
                case "date":
                    return dayCrossed && Math.abs(readInt(mine, 0) - readInt(theirs, 0)) == 1;
                case "timestamp":
                case "timestamptz":
                case "time": {
                    if (day && !now) {
                        return dayCrossed;
                    }
                    long d = readLong(mine, 0) - readLong(theirs, 0);
                    return (d >= lo && d <= hi) || dayCrossed || offsetChanged;
                }
                case "timetz": {
                    if (readInt(mine, 8) != readInt(theirs, 8)) {
                        return offsetChanged;
                    }
                    if (!now) {
                        return false;
                    }
                    long d = readLong(mine, 0) - readLong(theirs, 0);
                    return (d >= lo && d <= hi) || dayCrossed;
                }
                default:
                    return false;
            }
        }

        private static long micros(Instant i) {
            return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
        }

        private static int readInt(byte[] b, int off) {
            return ((b[off] & 0xFF) << 24)
                    | ((b[off + 1] & 0xFF) << 16)
                    | ((b[off + 2] & 0xFF) << 8)
                    | (b[off + 3] & 0xFF);
        }

        private static long readLong(byte[] b, int off) {
            return ((long) readInt(b, off) << 32) | (readInt(b, off + 4) & 0xFFFFFFFFL);
        }
    }
}
