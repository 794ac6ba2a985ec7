package dev.tusk.calcite.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** PostgreSQL 15's default values of its settings, for SHOW, RESET and current_setting of settings never set. */
public final class SettingDefaults {
    private static final Map<String, String> DEFAULTS = load();

    private SettingDefaults() {}

    /** The default value of a setting (case-insensitive), or null. */
    public static String get(String name) {
        return DEFAULTS.get(name.toLowerCase(Locale.ROOT));
    }

    /** Every default, by lower-case name. */
    public static Map<String, String> all() {
        return DEFAULTS;
    }

    private static Map<String, String> load() {
        try (InputStream in = SettingDefaults.class.getResourceAsStream("pg15-defaults.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource pg15-defaults.tsv");
            }
            Map<String, String> m = new TreeMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                m.put(line.substring(0, tab).toLowerCase(Locale.ROOT), line.substring(tab + 1));
            }
            return Collections.unmodifiableMap(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
