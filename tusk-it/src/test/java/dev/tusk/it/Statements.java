package dev.tusk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shared SQL of {@code src/test/clients/statements.sql}, by name, as every client program reads it. */
final class Statements {

    private static final Pattern NAME = Pattern.compile("^--\\s*name:\\s*(\\S+)");
    private static final Pattern PARAM = Pattern.compile("\\$\\d+");
    private static final Map<String, String> SQL = load(ClientPrograms.DIR.resolve("statements.sql"));

    private Statements() {}

    /** The statement with this name, parameters written $1, $2, ... */
    static String get(String name) {
        String sql = SQL.get(name);
        if (sql == null) {
            throw new IllegalArgumentException("no statement named " + name + " in statements.sql");
        }
        return sql;
    }

    /** The statement with JDBC's ? placeholders instead of $1, $2, ... (in order, each used once). */
    static String jdbc(String name) {
        return PARAM.matcher(get(name)).replaceAll("?");
    }

    private static Map<String, String> load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        List<String> body = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            Matcher m = NAME.matcher(line);
            if (m.find()) {
                if (name != null) {
                    out.put(name, String.join(" ", body));
                }
                name = m.group(1);
                body.clear();
            } else if (!line.isEmpty() && !line.startsWith("--") && name != null) {
                body.add(line);
            }
        }
        if (name != null) {
            out.put(name, String.join(" ", body));
        }
        return Map.copyOf(out);
    }
}
