package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The jsonb operators and functions that build a changed document: {@code ||}, {@code -}, {@code #-},
 * {@code jsonb_set}, {@code jsonb_insert}, {@code jsonb_strip_nulls} and {@code jsonb_pretty}, with PostgreSQL 15's
 * rules and errors (jsonfuncs.c).
 */
public final class JsonbEdits {
    private JsonbEdits() {}

    /** {@code jsonb || jsonb → jsonb}: objects merge (the right wins), anything else concatenates as arrays. */
    @PgFunction(
            value = "||",
            args = {"jsonb", "jsonb"},
            returns = "jsonb")
    public static String concat(String a, String b) {
        Json.Value x = parse(a);
        Json.Value y = parse(b);
        if (x instanceof Json.Obj ox && y instanceof Json.Obj oy) {
            List<Map.Entry<String, Json.Value>> members = new ArrayList<>(ox.members());
            members.addAll(oy.members()); // jsonb keeps the last of duplicate keys
            return Json.jsonb(new Json.Obj(members, ""));
        }
        List<Json.Value> elements = new ArrayList<>(elementsOrSelf(x));
        elements.addAll(elementsOrSelf(y));
        return Json.jsonb(new Json.Arr(elements, ""));
    }

    /** {@code jsonb - text → jsonb}: without that key, or without the array's string elements equal to it. */
    @PgFunction(
            value = "-",
            args = {"jsonb", "text"},
            returns = "jsonb")
    public static String deleteKey(String j, String key) {
        return deleteKeys(j, List.of(key));
    }

    /** {@code jsonb - text[] → jsonb}: without any of those keys (or matching string elements). */
    @PgFunction(
            value = "-",
            args = {"jsonb", "text[]"},
            returns = "jsonb")
    public static String deleteKeys(String j, List<String> keys) {
        Json.Value v = parse(j);
        switch (v) {
            case Json.Obj o -> {
                List<Map.Entry<String, Json.Value>> kept = new ArrayList<>();
                for (Map.Entry<String, Json.Value> e : o.members()) {
                    if (!keys.contains(e.getKey())) {
                        kept.add(e);
                    }
                }
                return Json.jsonb(new Json.Obj(kept, ""));
            }
            case Json.Arr a -> {
                List<Json.Value> kept = new ArrayList<>();
                for (Json.Value e : a.elements()) {
                    if (!(e instanceof Json.Str s && keys.contains(s.value()))) {
                        kept.add(e);
                    }
                }
                return Json.jsonb(new Json.Arr(kept, ""));
            }
            default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete from scalar");
        }
    }

    /** {@code jsonb - integer → jsonb}: without the array element at that index (negative counts from the end). */
    @PgFunction(
            value = "-",
            args = {"jsonb", "int4"},
            returns = "jsonb")
    public static String deleteIndex(String j, int index) {
        Json.Value v = parse(j);
        if (v instanceof Json.Obj) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete from object using integer index");
        }
        if (!(v instanceof Json.Arr a)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete from scalar");
        }
        List<Json.Value> kept = new ArrayList<>(a.elements());
        int n = kept.size();
        int at = index < 0 ? n + index : index;
        if (at >= 0 && at < n) {
            kept.remove(at);
        }
        return Json.jsonb(new Json.Arr(kept, ""));
    }

    /** {@code jsonb #- text[] → jsonb}: without the value at that path. */
    @PgFunction(
            value = "#-",
            args = {"jsonb", "text[]"},
            returns = "jsonb")
    public static String deletePath(String j, List<String> path) {
        Json.Value v = parse(j);
        if (!(v instanceof Json.Obj) && !(v instanceof Json.Arr)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete path in scalar");
        }
        checkPath(path);
        return Json.jsonb(path.isEmpty() ? v : edit(v, path, 0, null, Mode.DELETE, false));
    }

    /** {@code jsonb_set(target jsonb, path text[], new jsonb, create_if_missing boolean = true) → jsonb}. */
    @PgFunction(
            value = "jsonb_set",
            args = {"jsonb", "text[]", "jsonb", "bool"},
            returns = "jsonb")
    public static String set(String j, List<String> path, String value, boolean create) {
        Json.Value v = parse(j);
        if (!(v instanceof Json.Obj) && !(v instanceof Json.Arr)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot set path in scalar");
        }
        checkPath(path);
        return Json.jsonb(path.isEmpty() ? v : edit(v, path, 0, parse(value), Mode.SET, create));
    }

    /** {@code jsonb_set(target, path, new)}: creating a missing last key. */
    @PgFunction(
            value = "jsonb_set",
            args = {"jsonb", "text[]", "jsonb"},
            returns = "jsonb")
    public static String set(String j, List<String> path, String value) {
        return set(j, path, value, true);
    }

    /** {@code jsonb_insert(target jsonb, path text[], new jsonb, insert_after boolean = false) → jsonb}. */
    @PgFunction(
            value = "jsonb_insert",
            args = {"jsonb", "text[]", "jsonb", "bool"},
            returns = "jsonb")
    public static String insert(String j, List<String> path, String value, boolean after) {
        Json.Value v = parse(j);
        if (!(v instanceof Json.Obj) && !(v instanceof Json.Arr)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot set path in scalar");
        }
        checkPath(path);
        return Json.jsonb(path.isEmpty() ? v : edit(v, path, 0, parse(value), Mode.INSERT, after));
    }

    /** {@code jsonb_insert(target, path, new)}: before the path's element. */
    @PgFunction(
            value = "jsonb_insert",
            args = {"jsonb", "text[]", "jsonb"},
            returns = "jsonb")
    public static String insert(String j, List<String> path, String value) {
        return insert(j, path, value, false);
    }

    /** {@code jsonb_strip_nulls(jsonb) → jsonb}: without object members whose value is null, at every depth. */
    @PgFunction(
            value = "jsonb_strip_nulls",
            args = {"jsonb"},
            returns = "jsonb")
    public static String stripNulls(String j) {
        return Json.jsonb(strip(parse(j)));
    }

    /** {@code jsonb_pretty(jsonb) → text}: indented by four spaces, as PostgreSQL prints it. */
    @PgFunction(
            value = "jsonb_pretty",
            args = {"jsonb"})
    public static String pretty(String j) {
        StringBuilder sb = new StringBuilder();
        pretty(parse(Json.jsonb(parse(j))), 0, sb);
        return sb.toString();
    }

    private enum Mode {
        DELETE,
        SET,
        INSERT
    }

    private static Json.Value parse(String text) {
        return Json.parse(text, "jsonb");
    }

    private static List<Json.Value> elementsOrSelf(Json.Value v) {
        return v instanceof Json.Arr a ? a.elements() : List.of(v);
    }

    private static void checkPath(List<String> path) {
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i) == null) {
                throw new PgException(
                        SqlState.NULL_VALUE_NOT_ALLOWED, "path element at position " + (i + 1) + " is null");
            }
        }
    }

    /**
     * The value with the path from {@code level} edited: deleted, set (created when {@code flag} and the last step
     * is missing) or inserted (after the element when {@code flag}). Steps through scalars change nothing.
     */
    private static Json.Value edit(
            Json.Value v, List<String> path, int level, Json.Value value, Mode mode, boolean flag) {
        String step = path.get(level);
        boolean last = level == path.size() - 1;
        if (v instanceof Json.Obj o) {
            List<Map.Entry<String, Json.Value>> members = new ArrayList<>(dedup(o));
            for (int i = 0; i < members.size(); i++) {
                Map.Entry<String, Json.Value> e = members.get(i);
                if (!e.getKey().equals(step)) {
                    continue;
                }
                if (last) {
                    if (mode == Mode.DELETE) {
                        members.remove(i);
                    } else if (mode == Mode.SET) {
                        members.set(i, new AbstractMap.SimpleImmutableEntry<>(step, value));
                    } else {
                        throw PgException.builder(SqlState.INVALID_PARAMETER_VALUE, "cannot replace existing key")
                                .hint("Try using the function jsonb_set to replace key value.")
                                .build();
                    }
                } else {
                    members.set(
                            i,
                            new AbstractMap.SimpleImmutableEntry<>(
                                    step, edit(e.getValue(), path, level + 1, value, mode, flag)));
                }
                return new Json.Obj(members, "");
            }
            if (last && (mode == Mode.INSERT || (mode == Mode.SET && flag))) {
                members.add(new AbstractMap.SimpleImmutableEntry<>(step, value));
            }
            return new Json.Obj(members, "");
        }
        if (v instanceof Json.Arr a) {
            List<Json.Value> elements = new ArrayList<>(a.elements());
            int n = elements.size();
            int index;
            try {
                index = Integer.parseInt(step.strip());
            } catch (NumberFormatException e) {
                throw new PgException(
                        SqlState.INVALID_TEXT_REPRESENTATION,
                        "path element at position " + (level + 1) + " is not an integer: \"" + step + "\"");
            }
            int at = index < 0 ? n + index : index;
            if (last) {
                switch (mode) {
                    case DELETE -> {
                        if (at >= 0 && at < n) {
                            elements.remove(at);
                        }
                    }
                    case SET -> {
                        if (at >= 0 && at < n) {
                            elements.set(at, value);
                        } else if (flag) {
                            elements.add(at < 0 ? 0 : n, value);
                        }
                    }
                    case INSERT -> {
                        int pos = at < 0 ? 0 : Math.min(at, n);
                        if (flag && at >= 0 && at < n) {
                            pos = at + 1;
                        }
                        elements.add(pos, value);
                    }
                }
                return new Json.Arr(elements, "");
            }
            if (at >= 0 && at < n) {
                elements.set(at, edit(elements.get(at), path, level + 1, value, mode, flag));
            }
            return new Json.Arr(elements, "");
        }
        return v;
    }

    /** An object's members with duplicate keys collapsed to the last, in first-seen order. */
    private static List<Map.Entry<String, Json.Value>> dedup(Json.Obj o) {
        Map<String, Json.Value> m = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Json.Value> e : o.members()) {
            m.put(e.getKey(), e.getValue());
        }
        List<Map.Entry<String, Json.Value>> out = new ArrayList<>();
        for (Map.Entry<String, Json.Value> e : m.entrySet()) {
            out.add(new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static Json.Value strip(Json.Value v) {
        if (v instanceof Json.Obj o) {
            List<Map.Entry<String, Json.Value>> kept = new ArrayList<>();
            for (Map.Entry<String, Json.Value> e : dedup(o)) {
                if (!(e.getValue() instanceof Json.Null)) {
                    kept.add(new AbstractMap.SimpleImmutableEntry<>(e.getKey(), strip(e.getValue())));
                }
            }
            return new Json.Obj(kept, "");
        }
        if (v instanceof Json.Arr a) {
            List<Json.Value> out = new ArrayList<>();
            for (Json.Value e : a.elements()) {
                out.add(strip(e));
            }
            return new Json.Arr(out, "");
        }
        return v;
    }

    private static void pretty(Json.Value v, int depth, StringBuilder sb) {
        String pad = "    ".repeat(depth + 1);
        String end = "    ".repeat(depth);
        switch (v) {
            case Json.Obj o -> {
                List<Map.Entry<String, Json.Value>> members = o.members();
                if (members.isEmpty()) {
                    sb.append("{\n").append(end).append('}');
                    return;
                }
                sb.append("{\n");
                for (int i = 0; i < members.size(); i++) {
                    sb.append(pad).append(Json.quote(members.get(i).getKey())).append(": ");
                    pretty(members.get(i).getValue(), depth + 1, sb);
                    sb.append(i < members.size() - 1 ? ",\n" : "\n");
                }
                sb.append(end).append('}');
            }
            case Json.Arr a -> {
                if (a.elements().isEmpty()) {
                    sb.append("[\n").append(end).append(']');
                    return;
                }
                sb.append("[\n");
                for (int i = 0; i < a.elements().size(); i++) {
                    sb.append(pad);
                    pretty(a.elements().get(i), depth + 1, sb);
                    sb.append(i < a.elements().size() - 1 ? ",\n" : "\n");
                }
                sb.append(end).append(']');
            }
            default -> sb.append(Json.jsonb(v));
        }
    }
}
