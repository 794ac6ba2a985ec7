package dev.tusk.server.internal;

import dev.tusk.protocol.SqlState;
import dev.tusk.protocol.backend.ParameterStatus;
import dev.tusk.server.api.PgException;
import dev.tusk.types.ByteaOutput;
import dev.tusk.types.DateStyle;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.IntervalStyle;
import dev.tusk.types.PgTypeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One session's settings: case-insensitive names, validation of the settings that shape the wire format, the
 * {@link FormatSettings} derived from them, and which reported settings changed since the last
 * ReadyForQuery. Thread-safe (synchronized): handlers and row producers may read it from other threads.
 */
final class SessionSettings {

    /** The settings PostgreSQL reports with ParameterStatus, in the order it sends them at startup. */
    static final List<String> REPORTED = List.of(
            "application_name",
            "client_encoding",
            "DateStyle",
            "default_transaction_read_only",
            "in_hot_standby",
            "integer_datetimes",
            "IntervalStyle",
            "is_superuser",
            "scram_iterations",
            "server_encoding",
            "server_version",
            "session_authorization",
            "standard_conforming_strings",
            "TimeZone");

    private static final Set<String> REPORTED_KEYS = keys(REPORTED);

    private final Map<String, String> names = new LinkedHashMap<>(); // key -> name as first set
    private final Map<String, String> values = new LinkedHashMap<>(); // key -> value
    private final Set<String> changedReported = new LinkedHashSet<>();
    private volatile FormatSettings format = FormatSettings.DEFAULT;
    private volatile long statementTimeoutMillis;

    private static Set<String> keys(List<String> names) {
        Set<String> s = new LinkedHashSet<>();
        for (String n : names) {
            s.add(key(n));
        }
        return s;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The value of a setting, or null. */
    synchronized String get(String name) {
        return values.get(key(name));
    }

    /** PostgreSQL 15's parameter names, lower-cased (a resource generated from pg_settings). */
    private static final Set<String> KNOWN = loadKnownNames();

    private static Set<String> loadKnownNames() {
        String resource = "pg15-settings.txt";
        try (InputStream in = SessionSettings.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Set<String> names = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String n = line.strip();
                if (!n.isEmpty() && !n.startsWith("#")) {
                    names.add(key(n));
                }
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Defines a setting the embedder configured as a default (any name), validating its value like {@link
     * #set}.
     */
    synchronized void define(String name, String value) {
        store(key(name), name, value);
    }

    /**
     * Sets a setting after validating (and normalizing) it; records a change of a reported setting. As in
     * PostgreSQL, a name must be a known parameter, a custom option with a dot ({@code myapp.flag}), or one
     * already defined.
     *
     * @throws PgException 42704 {@code unrecognized configuration parameter} for any other name
     */
    synchronized void set(String name, String value) {
        String k = key(name);
        if (!KNOWN.contains(k) && k.indexOf('.') < 0 && !values.containsKey(k)) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + name + "\"");
        }
        store(k, name, value);
    }

    private void store(String k, String name, String value) {
        String normalized = validate(k, value);
        names.putIfAbsent(k, canonicalName(name));
        String old = values.put(k, normalized);
        if (REPORTED_KEYS.contains(k) && !normalized.equals(old)) {
            changedReported.add(k);
        }
    }

    private static String canonicalName(String name) {
        for (String r : REPORTED) {
            if (r.equalsIgnoreCase(name)) {
                return r;
            }
        }
        return name;
    }

    synchronized Map<String, String> snapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            m.put(names.get(e.getKey()), e.getValue());
        }
        return m;
    }

    FormatSettings formatSettings() {
        return format;
    }

    long statementTimeoutMillis() {
        return statementTimeoutMillis;
    }

    /** Every reported setting with its current value, in PostgreSQL's order; clears the change record. */
    synchronized List<ParameterStatus> allReported() {
        changedReported.clear();
        List<ParameterStatus> out = new ArrayList<>();
        for (String name : REPORTED) {
            String v = values.get(key(name));
            if (v != null) {
                out.add(new ParameterStatus(name, v));
            }
        }
        return out;
    }

    /** The reported settings whose value changed since the last call; clears the change record. */
    synchronized List<ParameterStatus> drainChangedReported() {
        if (changedReported.isEmpty()) {
            return List.of();
        }
        List<ParameterStatus> out = new ArrayList<>();
        for (String k : changedReported) {
            out.add(new ParameterStatus(names.get(k), values.get(k)));
        }
        changedReported.clear();
        return out;
    }

    private String validate(String k, String value) {
        try {
            return switch (k) {
                case "client_encoding" -> clientEncoding(value);
                case "datestyle" -> {
                    DateStyle ds = DateStyle.parse(value, format.dateStyle());
                    format = format.withDateStyle(ds);
                    yield ds.toString();
                }
                case "intervalstyle" -> {
                    IntervalStyle is = IntervalStyle.parse(value);
                    format = format.withIntervalStyle(is);
                    yield is.toString();
                }
                case "timezone" -> {
                    ZoneId zone = zone(value);
                    format = format.withTimeZone(zone);
                    yield zone.getId();
                }
                case "extra_float_digits" -> {
                    int digits = integer("extra_float_digits", value);
                    format = format.withExtraFloatDigits(digits);
                    yield Integer.toString(digits);
                }
                case "bytea_output" -> {
                    ByteaOutput bo = ByteaOutput.parse(value);
                    format = format.withByteaOutput(bo);
                    yield bo.toString();
                }
                case "statement_timeout" -> {
                    statementTimeoutMillis = milliseconds("statement_timeout", value);
                    yield value.trim();
                }
                default -> value;
            };
        } catch (PgTypeException e) {
            throw PgException.builder(e.sqlState(), e.getMessage())
                    .detail(e.detail())
                    .build();
        }
    }

    /**
     * UTF8 under any of its spellings; the server speaks nothing else. Like PostgreSQL's clean_encoding_name,
     * every character but ASCII letters and digits is ignored, so asyncpg's {@code 'utf-8'} (quotes included)
     * and libpq's {@code UTF8} both match.
     */
    static String clientEncoding(String value) {
        StringBuilder cleaned = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                cleaned.append(c);
            }
        }
        String v = cleaned.toString().toUpperCase(Locale.ROOT);
        if (v.equals("UTF8") || v.equals("UNICODE")) {
            return "UTF8";
        }
        throw invalid("client_encoding", value);
    }

    private static ZoneId zone(String value) {
        String v = value.trim();
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            for (String id : ZoneId.getAvailableZoneIds()) {
                if (id.equalsIgnoreCase(v)) {
                    return ZoneId.of(id);
                }
            }
            throw invalid("TimeZone", value);
        }
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(name, value);
        }
    }

    /** A duration setting in milliseconds: a number with an optional unit (ms, s, min, h, d). */
    private static long milliseconds(String name, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < v.length() && (Character.isDigit(v.charAt(i)) || (i == 0 && v.charAt(i) == '-'))) {
            i++;
        }
        long n;
        try {
            n = Long.parseLong(v.substring(0, i));
        } catch (NumberFormatException e) {
            throw invalid(name, value);
        }
        long factor =
                switch (v.substring(i).trim()) {
                    case "", "ms" -> 1;
                    case "s" -> 1000;
                    case "min" -> 60_000;
                    case "h" -> 3_600_000;
                    case "d" -> 86_400_000;
                    default -> throw invalid(name, value);
                };
        if (n < 0) {
            throw PgException.builder(
                            SqlState.INVALID_PARAMETER_VALUE,
                            n + " ms is outside the valid range for parameter \"" + name + "\" (0 .. 2147483647)")
                    .build();
        }
        return n * factor;
    }

    static PgException invalid(String name, String value) {
        return new PgException(
                SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"" + name + "\": \"" + value + "\"");
    }
}
