package dev.tusk.server.internal;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The startup packet's {@code options} parameter, read as PostgreSQL reads it: split on whitespace with
 * backslash escaping ({@code pg_split_opts}), then {@code -c name=value}, {@code -cname=value} and
 * {@code --name=value} switches (dashes in names become underscores) give session settings.
 */
final class StartupOptions {
    private StartupOptions() {}

    static Map<String, String> parse(String options) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (options == null) {
            return settings;
        }
        List<String> words = split(options);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String assignment;
            if (w.startsWith("--")) {
                assignment = w.substring(2);
            } else if (w.equals("-c")) {
                if (i + 1 >= words.size()) {
                    throw invalid(w);
                }
                assignment = words.get(++i);
            } else if (w.startsWith("-c")) {
                assignment = w.substring(2);
            } else {
                throw invalid(w);
            }
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw PgException.builder(
                                SqlState.SYNTAX_ERROR,
                                (w.startsWith("--") ? "--" : "-c ") + assignment + " requires a value")
                        .fatal()
                        .build();
            }
            settings.put(assignment.substring(0, eq).replace('-', '_'), assignment.substring(eq + 1));
        }
        return settings;
    }

    private static PgException invalid(String word) {
        return PgException.builder(SqlState.SYNTAX_ERROR, "invalid command-line argument for server process: " + word)
                .hint("Try \"postgres --help\" for more information.")
                .fatal()
                .build();
    }

    /** Whitespace-separated words; a backslash makes the next character literal. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (cur != null) {
                    out.add(cur.toString());
                    cur = null;
                }
                continue;
            }
            if (cur == null) {
                cur = new StringBuilder();
            }
            if (c == '\\' && i + 1 < s.length()) {
                c = s.charAt(++i);
            }
            cur.append(c);
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }
}
