package dev.tusk.calcite.exec;

import dev.tusk.calcite.parser.PgOption;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A table's storage parameters (WITH (...), ALTER TABLE SET/RESET (...)): PostgreSQL 15's heap options with its
 * range checks and messages, kept as pg_class.reloptions text ({@code fillfactor=100}). The in-memory store has
 * no pages, so none of them changes how rows are stored; they are kept so that clients (pgbench -i, dumps) see
 * what they set.
 */
public final class StorageParameters {
    private StorageParameters() {}

    private enum Kind {
        BOOL,
        INT,
        REAL,
        INDEX_CLEANUP
    }

    private record Def(Kind kind, double min, double max, boolean heap, boolean toast) {}

    private static final int INT_MAX = Integer.MAX_VALUE;

    private static final Map<String, Def> DEFS = Map.ofEntries(
            Map.entry("fillfactor", new Def(Kind.INT, 10, 100, true, false)),
            Map.entry("toast_tuple_target", new Def(Kind.INT, 128, 8160, true, false)),
            Map.entry("parallel_workers", new Def(Kind.INT, 0, 1024, true, false)),
            Map.entry("autovacuum_enabled", new Def(Kind.BOOL, 0, 0, true, true)),
            Map.entry("vacuum_truncate", new Def(Kind.BOOL, 0, 0, true, true)),
            Map.entry("user_catalog_table", new Def(Kind.BOOL, 0, 0, true, false)),
            Map.entry("vacuum_index_cleanup", new Def(Kind.INDEX_CLEANUP, 0, 0, true, true)),
            Map.entry("autovacuum_vacuum_threshold", new Def(Kind.INT, 0, INT_MAX, true, true)),
            Map.entry("autovacuum_vacuum_insert_threshold", new Def(Kind.INT, -1, INT_MAX, true, true)),
            Map.entry("autovacuum_analyze_threshold", new Def(Kind.INT, 0, INT_MAX, true, false)),
            Map.entry("autovacuum_vacuum_cost_limit", new Def(Kind.INT, 1, 10000, true, true)),
            Map.entry("autovacuum_freeze_min_age", new Def(Kind.INT, 0, 1000000000, true, true)),
            Map.entry("autovacuum_freeze_max_age", new Def(Kind.INT, 100000, 2000000000, true, true)),
            Map.entry("autovacuum_freeze_table_age", new Def(Kind.INT, 0, 2000000000, true, true)),
            Map.entry("autovacuum_multixact_freeze_min_age", new Def(Kind.INT, 0, 1000000000, true, true)),
            Map.entry("autovacuum_multixact_freeze_max_age", new Def(Kind.INT, 10000, 2000000000, true, true)),
            Map.entry("autovacuum_multixact_freeze_table_age", new Def(Kind.INT, 0, 2000000000, true, true)),
            Map.entry("log_autovacuum_min_duration", new Def(Kind.INT, -1, INT_MAX, true, true)),
            Map.entry("autovacuum_vacuum_cost_delay", new Def(Kind.REAL, 0, 100, true, true)),
            Map.entry("autovacuum_vacuum_scale_factor", new Def(Kind.REAL, 0, 100, true, true)),
            Map.entry("autovacuum_vacuum_insert_scale_factor", new Def(Kind.REAL, 0, 100, true, true)),
            Map.entry("autovacuum_analyze_scale_factor", new Def(Kind.REAL, 0, 100, true, false)));

    /**
     * The reloptions after applying {@code given} to {@code old} (PostgreSQL's transformRelOptions: options not
     * named keep their place, named ones are replaced or, for RESET, removed), validated as heap options.
     * Options of the toast namespace are validated and, as the toast table's, not listed.
     */
    public static List<String> apply(List<String> old, List<PgOption> given, boolean reset) {
        Set<String> named = new HashSet<>();
        for (PgOption o : given) {
            named.add(o.name());
        }
        List<String> out = new ArrayList<>();
        for (String kept : old) {
            if (!named.contains(kept.substring(0, kept.indexOf('=')))) {
                out.add(kept);
            }
        }
        if (!reset) {
            for (PgOption o : given) {
                String name = o.name();
                String value = o.value() == null ? "true" : o.value();
                int dot = name.indexOf('.');
                if (dot >= 0) {
                    String namespace = name.substring(0, dot);
                    if (!namespace.equals("toast")) {
                        throw new PgException(
                                SqlState.INVALID_PARAMETER_VALUE,
                                "unrecognized parameter namespace \"" + namespace + "\"");
                    }
                    validate(name.substring(dot + 1), value, true);
                    continue;
                }
                if (name.equals("oids")) {
                    if (parseBool(value) == Boolean.TRUE) {
                        throw new PgException(
                                SqlState.FEATURE_NOT_SUPPORTED, "tables declared WITH OIDS are not supported");
                    }
                    continue;
                }
                out.add(name + "=" + value);
            }
        }
        Set<String> seen = new HashSet<>();
        for (String option : out) {
            int eq = option.indexOf('=');
            String name = option.substring(0, eq);
            validate(name, option.substring(eq + 1), false);
            if (!seen.add(name)) {
                throw new PgException(
                        SqlState.INVALID_PARAMETER_VALUE, "parameter \"" + name + "\" specified more than once");
            }
        }
        return out;
    }

    private static void validate(String name, String value, boolean toast) {
        Def def = DEFS.get(name);
        if (def == null || (toast ? !def.toast() : !def.heap())) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unrecognized parameter \"" + name + "\"");
        }
        switch (def.kind()) {
            case BOOL -> {
                if (parseBool(value) == null) {
                    throw invalid("boolean", name, value);
                }
            }
            case INDEX_CLEANUP -> {
                String v = value.toLowerCase(Locale.ROOT);
                if (!List.of("auto", "on", "off", "true", "false", "yes", "no", "1", "0")
                        .contains(v)) {
                    throw PgException.builder(
                                    SqlState.INVALID_PARAMETER_VALUE,
                                    "invalid value for enum option \"" + name + "\": " + value)
                            .detail("Valid values are \"on\", \"off\", and \"auto\".")
                            .build();
                }
            }
            case INT -> {
                Long v = parseInt(value);
                if (v == null) {
                    throw invalid("integer", name, value);
                }
                if (v < def.min() || v > def.max()) {
                    throw outOfBounds(name, value, Long.toString((long) def.min()), Long.toString((long) def.max()));
                }
            }
            case REAL -> {
                Double v = parseReal(value);
                if (v == null) {
                    throw invalid("floating point", name, value);
                }
                if (v < def.min() || v > def.max()) {
                    throw outOfBounds(
                            name,
                            value,
                            String.format(Locale.ROOT, "%f", def.min()),
                            String.format(Locale.ROOT, "%f", def.max()));
                }
            }
        }
    }

    private static PgException invalid(String kind, String name, String value) {
        return new PgException(
                SqlState.INVALID_PARAMETER_VALUE, "invalid value for " + kind + " option \"" + name + "\": " + value);
    }

    private static PgException outOfBounds(String name, String value, String min, String max) {
        return PgException.builder(
                        SqlState.INVALID_PARAMETER_VALUE,
                        "value " + value + " out of bounds for option \"" + name + "\"")
                .detail("Valid values are between \"" + min + "\" and \"" + max + "\".")
                .build();
    }

    /** PostgreSQL's parse_bool: true/false/yes/no by unique prefix, on/off, 1/0, any case; null if none. */
    static Boolean parseBool(String text) {
        String v = text.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return null;
        }
        if ("true".startsWith(v) || ("yes".startsWith(v)) || v.equals("on") || v.equals("1")) {
            return Boolean.TRUE;
        }
        if ("false".startsWith(v) || "no".startsWith(v) || (v.length() >= 2 && "off".startsWith(v)) || v.equals("0")) {
            return Boolean.FALSE;
        }
        return null;
    }

    /**
     * PostgreSQL's parse_int without units: strtol with base prefixes, then a fractional or exponent part rounded
     * (PostgreSQL 12+), surrounding white space allowed; null if invalid or out of int range.
     */
    static Long parseInt(String text) {
        String v = text.strip();
        int i = 0;
        boolean negative = false;
        if (i < v.length() && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
            negative = v.charAt(i) == '-';
            i++;
        }
        int radix = 10;
        if (v.startsWith("0x", i) || v.startsWith("0X", i)) {
            radix = 16;
            i += 2;
        } else if (v.startsWith("0", i) && i + 1 < v.length() && Character.isDigit(v.charAt(i + 1))) {
            radix = 8;
            i++;
        }
        int start = i;
        while (i < v.length() && Character.digit(v.charAt(i), radix) >= 0) {
            i++;
        }
        if (i == start) {
            return null;
        }
        long value;
        if (i < v.length() && radix == 10 && (v.charAt(i) == '.' || v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
            Double d = parseReal(v);
            if (d == null) {
                return null;
            }
            double r = Math.rint(d);
            if (r > Integer.MAX_VALUE || r < Integer.MIN_VALUE) {
                return null;
            }
            return (long) r;
        }
        if (i != v.length()) {
            return null;
        }
        try {
            value = Long.parseLong(v.substring(start, i), radix);
        } catch (NumberFormatException e) {
            return null;
        }
        value = negative ? -value : value;
        return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : value;
    }

    /** PostgreSQL's parse_real without units: a decimal floating-point number; null if invalid. */
    static Double parseReal(String text) {
        String v = text.strip();
        if (!v.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
            return null;
        }
        double d = Double.parseDouble(v);
        return Double.isFinite(d) ? d : null;
    }
}
