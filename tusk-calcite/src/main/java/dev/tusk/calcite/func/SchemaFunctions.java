package dev.tusk.calcite.func;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** current_schema() and current_schemas(bool): the session's search_path as it resolves against the catalog. */
public final class SchemaFunctions {
    private SchemaFunctions() {}

    /** {@code current_schema() → name}: the first existing schema named in search_path, or NULL. */
    @PgFunction(value = "current_schema", stable = true, strict = false, returns = "name")
    public static String currentSchema() {
        List<String> explicit = explicit();
        return explicit.isEmpty() ? null : explicit.get(0);
    }

    /** {@code current_schemas(bool) → name[]}: the existing schemas of search_path, with implicit ones if asked. */
    @PgFunction(value = "current_schemas", stable = true, returns = "name[]")
    public static List<String> currentSchemas(boolean includeImplicit) {
        if (includeImplicit) {
            return new ArrayList<>(QueryContext.current().sequences().searchPath());
        }
        return explicit();
    }

    /** The schemas search_path names that exist, in order (pg_catalog only when it is named). */
    private static List<String> explicit() {
        QueryContext cx = QueryContext.current();
        List<String> resolved = cx.sequences().searchPath();
        String setting = cx.session().setting("search_path");
        if (setting == null) {
            setting = "\"$user\", public";
        }
        List<String> out = new ArrayList<>();
        for (String part : setting.split(",")) {
            String name = part.strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1).replace("\"\"", "\"");
            } else {
                name = name.toLowerCase(Locale.ROOT);
            }
            if (name.equals("$user")) {
                name = cx.session().user();
            }
            if (resolved.contains(name) && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }
}
