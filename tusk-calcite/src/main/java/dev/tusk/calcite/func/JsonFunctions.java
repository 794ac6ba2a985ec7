package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.PgType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PostgreSQL's json and jsonb functions and operators: {@code -> ->> #> #>>}, the builders, to_json, typeof and
 * array length, containment, the key and element sets, and the json aggregates. json keeps the text it was given
 * (an operator returns a member's text as written); jsonb values are printed normalised.
 */
public final class JsonFunctions {
    private JsonFunctions() {}

    private static Json.Value json(String s) {
        return Json.parse(s, "json");
    }

    private static Json.Value jsonb(String s) {
        return Json.parse(s, "jsonb");
    }

    private static String jsonText(Json.Value v) {
        return v == null ? null : v.source();
    }

    private static String jsonbText(Json.Value v) {
        return v == null ? null : Json.jsonb(v);
    }

    /** ->> and #>>: a string's value, a JSON null as SQL NULL, anything else as JSON text. */
    private static String asText(Json.Value v, boolean binary) {
        if (v == null || v instanceof Json.Null) {
            return null;
        }
        if (v instanceof Json.Str s) {
            return s.value();
        }
        return binary ? Json.jsonb(v) : v.source();
    }

    private static Json.Value member(Json.Value v, String key) {
        return v instanceof Json.Obj o ? o.get(key) : null;
    }

    private static Json.Value element(Json.Value v, int index) {
        if (!(v instanceof Json.Arr a)) {
            return null;
        }
        int i = index < 0 ? a.elements().size() + index : index;
        return i >= 0 && i < a.elements().size() ? a.elements().get(i) : null;
    }

    private static Json.Value path(Json.Value v, List<String> path) {
        Json.Value cur = v;
        for (String step : path) {
            if (cur == null || step == null) {
                return null;
            }
            if (cur instanceof Json.Obj) {
                cur = member(cur, step);
            } else if (cur instanceof Json.Arr) {
                try {
                    cur = element(cur, Integer.parseInt(step.trim()));
                } catch (NumberFormatException e) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return cur;
    }

    /** {@code json -> text → json}: an object member. */
    @PgFunction(
            value = "->",
            args = {"json", "text"},
            returns = "json")
    public static String member(String j, String key) {
        return jsonText(member(json(j), key));
    }

    /** {@code json -> int4 → json}: an array element (negative counts from the end). */
    @PgFunction(
            value = "->",
            args = {"json", "int4"},
            returns = "json")
    public static String element(String j, int index) {
        return jsonText(element(json(j), index));
    }

    /** {@code json ->> text → text}. */
    @PgFunction(
            value = "->>",
            args = {"json", "text"})
    public static String memberText(String j, String key) {
        return asText(member(json(j), key), false);
    }

    /** {@code json ->> int4 → text}. */
    @PgFunction(
            value = "->>",
            args = {"json", "int4"})
    public static String elementText(String j, int index) {
        return asText(element(json(j), index), false);
    }

    /** {@code json #> text[] → json}: the value at a path. */
    @PgFunction(
            value = "#>",
            args = {"json", "text[]"},
            returns = "json")
    public static String path(String j, List<String> path) {
        return jsonText(path(json(j), path));
    }

    /** {@code json #>> text[] → text}. */
    @PgFunction(
            value = "#>>",
            args = {"json", "text[]"})
    public static String pathText(String j, List<String> path) {
        return asText(path(json(j), path), false);
    }

    /** {@code jsonb -> text → jsonb}. */
    @PgFunction(
            value = "->",
            args = {"jsonb", "text"},
            returns = "jsonb")
    public static String memberB(String j, String key) {
        return jsonbText(member(jsonb(j), key));
    }

    /** {@code jsonb -> int4 → jsonb}. */
    @PgFunction(
            value = "->",
            args = {"jsonb", "int4"},
            returns = "jsonb")
    public static String elementB(String j, int index) {
        return jsonbText(element(jsonb(j), index));
    }

    /** {@code jsonb ->> text → text}. */
    @PgFunction(
            value = "->>",
            args = {"jsonb", "text"})
    public static String memberTextB(String j, String key) {
        return asText(member(jsonb(j), key), true);
    }

    /** {@code jsonb ->> int4 → text}. */
    @PgFunction(
            value = "->>",
            args = {"jsonb", "int4"})
    public static String elementTextB(String j, int index) {
        return asText(element(jsonb(j), index), true);
    }

    /** {@code jsonb #> text[] → jsonb}. */
    @PgFunction(
            value = "#>",
            args = {"jsonb", "text[]"},
            returns = "jsonb")
    public static String pathB(String j, List<String> path) {
        return jsonbText(path(jsonb(j), path));
    }

    /** {@code jsonb #>> text[] → text}. */
    @PgFunction(
            value = "#>>",
            args = {"jsonb", "text[]"})
    public static String pathTextB(String j, List<String> path) {
        return asText(path(jsonb(j), path), true);
    }

    /** {@code jsonb @> jsonb → bool}: containment. */
    @PgFunction(
            value = "@>",
            args = {"jsonb", "jsonb"})
    public static boolean contains(String a, String b) {
        return Json.contains(jsonb(a), jsonb(b));
    }

    /** {@code jsonb <@ jsonb → bool}. */
    @PgFunction(
            value = "<@",
            args = {"jsonb", "jsonb"})
    public static boolean containedBy(String a, String b) {
        return Json.contains(jsonb(b), jsonb(a));
    }

    /** {@code jsonb ? text → bool}: the string is a top-level key or array element. */
    @PgFunction(
            value = "?",
            args = {"jsonb", "text"})
    public static boolean exists(String j, String key) {
        return hasKey(jsonb(j), key);
    }

    /** {@code jsonb_exists(jsonb, text) → bool}, the function behind {@code ?}. */
    @PgFunction(
            value = "jsonb_exists",
            args = {"jsonb", "text"})
    public static boolean jsonbExists(String j, String key) {
        return exists(j, key);
    }

    /** {@code jsonb ?| text[] → bool}: any of the strings (NULL elements ignored) exists. */
    @PgFunction(
            value = "?|",
            args = {"jsonb", "text[]"})
    public static boolean existsAny(String j, List<String> keys) {
        Json.Value v = jsonb(j);
        for (String k : keys) {
            if (k != null && hasKey(v, k)) {
                return true;
            }
        }
        return false;
    }

    /** {@code jsonb_exists_any(jsonb, text[]) → bool}, the function behind {@code ?|}. */
    @PgFunction(
            value = "jsonb_exists_any",
            args = {"jsonb", "text[]"})
    public static boolean jsonbExistsAny(String j, List<String> keys) {
        return existsAny(j, keys);
    }

    /** {@code jsonb ?& text[] → bool}: all of the strings (NULL elements ignored) exist. */
    @PgFunction(
            value = "?&",
            args = {"jsonb", "text[]"})
    public static boolean existsAll(String j, List<String> keys) {
        Json.Value v = jsonb(j);
        for (String k : keys) {
            if (k != null && !hasKey(v, k)) {
                return false;
            }
        }
        return true;
    }

    /** {@code jsonb_exists_all(jsonb, text[]) → bool}, the function behind {@code ?&}. */
    @PgFunction(
            value = "jsonb_exists_all",
            args = {"jsonb", "text[]"})
    public static boolean jsonbExistsAll(String j, List<String> keys) {
        return existsAll(j, keys);
    }

    /** Whether {@code key} is a key of an object, a string element of an array, or the string itself. */
    private static boolean hasKey(Json.Value v, String key) {
        return switch (v) {
            case Json.Obj o -> o.members().stream().anyMatch(m -> m.getKey().equals(key));
            case Json.Arr a ->
                a.elements().stream()
                        .anyMatch(e -> e instanceof Json.Str s && s.value().equals(key));
            case Json.Str s -> s.value().equals(key);
            default -> false;
        };
    }

    /** {@code json_typeof(json) → text}. */
    @PgFunction(value = "json_typeof", args = "json")
    public static String jsonTypeof(String j) {
        return json(j).typeName();
    }

    /** {@code jsonb_typeof(jsonb) → text}. */
    @PgFunction(value = "jsonb_typeof", args = "jsonb")
    public static String jsonbTypeof(String j) {
        return jsonb(j).typeName();
    }

    /** {@code json_array_length(json) → int4}; 22023 for objects and scalars. */
    @PgFunction(value = "json_array_length", args = "json")
    public static int jsonArrayLength(String j) {
        return arrayLength(json(j));
    }

    /** {@code jsonb_array_length(jsonb) → int4}. */
    @PgFunction(value = "jsonb_array_length", args = "jsonb")
    public static int jsonbArrayLength(String j) {
        return arrayLength(jsonb(j));
    }

    private static int arrayLength(Json.Value v) {
        if (v instanceof Json.Arr a) {
            return a.elements().size();
        }
        throw new PgException(
                SqlState.INVALID_PARAMETER_VALUE,
                v instanceof Json.Obj
                        ? "cannot get array length of a non-array"
                        : "cannot get array length of a scalar");
    }

    /** {@code to_json(anyelement) → json}. */
    @PgFunction(value = "to_json", args = "anyelement", returns = "json", stable = true)
    public static String toJson(AnyValue v) {
        return JsonWriter.json(v);
    }

    /** {@code to_jsonb(anyelement) → jsonb}. */
    @PgFunction(value = "to_jsonb", args = "anyelement", returns = "jsonb", stable = true)
    public static String toJsonb(AnyValue v) {
        return JsonWriter.jsonb(v);
    }

    /** {@code json_build_object() → json}: {@code {}}. */
    @PgFunction(value = "json_build_object", returns = "json")
    public static String jsonBuildObject() {
        return "{}";
    }

    /** {@code json_build_object(VARIADIC "any") → json}: alternating keys and values. */
    @PgFunction(value = "json_build_object", returns = "json", variadic = true, strict = false, stable = true)
    public static String jsonBuildObject(AnyValue... args) {
        checkPairs(args, "json_build_object");
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < args.length; i += 2) {
            sb.append(i > 0 ? ", " : "").append(Json.quote(key(args, i))).append(" : ");
            sb.append(JsonWriter.json(args[i + 1]));
        }
        return sb.append('}').toString();
    }

    /** {@code jsonb_build_object() → jsonb}. */
    @PgFunction(value = "jsonb_build_object", returns = "jsonb")
    public static String jsonbBuildObject() {
        return "{}";
    }

    /** {@code jsonb_build_object(VARIADIC "any") → jsonb}. */
    @PgFunction(value = "jsonb_build_object", returns = "jsonb", variadic = true, strict = false, stable = true)
    public static String jsonbBuildObject(AnyValue... args) {
        checkPairs(args, "jsonb_build_object");
        List<Map.Entry<String, Json.Value>> members = new ArrayList<>();
        for (int i = 0; i < args.length; i += 2) {
            members.add(Map.entry(key(args, i), jsonb(JsonWriter.jsonb(args[i + 1]))));
        }
        return Json.jsonb(new Json.Obj(members, ""));
    }

    private static void checkPairs(AnyValue[] args, String function) {
        if (args.length % 2 != 0) {
            throw PgException.builder(
                            SqlState.INVALID_PARAMETER_VALUE, "argument list must have even number of elements")
                    .hint("The arguments of " + function + "() must consist of alternating keys and values.")
                    .build();
        }
    }

    private static String key(AnyValue[] args, int i) {
        if (args[i].isNull()) {
            throw PgException.builder(SqlState.INVALID_PARAMETER_VALUE, "argument " + (i + 1) + " cannot be null")
                    .hint("Object keys should be text.")
                    .build();
        }
        return args[i].text();
    }

    /** {@code json_build_array() → json}. */
    @PgFunction(value = "json_build_array", returns = "json")
    public static String jsonBuildArray() {
        return "[]";
    }

    /** {@code json_build_array(VARIADIC "any") → json}. */
    @PgFunction(value = "json_build_array", returns = "json", variadic = true, strict = false, stable = true)
    public static String jsonBuildArray(AnyValue... args) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < args.length; i++) {
            sb.append(i > 0 ? ", " : "").append(JsonWriter.json(args[i]));
        }
        return sb.append(']').toString();
    }

    /** {@code jsonb_build_array() → jsonb}. */
    @PgFunction(value = "jsonb_build_array", returns = "jsonb")
    public static String jsonbBuildArray() {
        return "[]";
    }

    /** {@code jsonb_build_array(VARIADIC "any") → jsonb}. */
    @PgFunction(value = "jsonb_build_array", returns = "jsonb", variadic = true, strict = false, stable = true)
    public static String jsonbBuildArray(AnyValue... args) {
        List<Json.Value> elements = new ArrayList<>();
        for (AnyValue a : args) {
            elements.add(jsonb(JsonWriter.jsonb(a)));
        }
        return Json.jsonb(new Json.Arr(elements, ""));
    }

    /** {@code json_object_keys(json) → setof text}: the keys of the outer object. */
    @PgFunction(value = "json_object_keys", args = "json", returns = "text", setof = true, strict = false)
    public static Iterable<String> jsonObjectKeys(String j) {
        return j == null ? List.of() : keys(json(j), "json_object_keys");
    }

    /** {@code jsonb_object_keys(jsonb) → setof text}: the distinct keys, in jsonb order. */
    @PgFunction(value = "jsonb_object_keys", args = "jsonb", returns = "text", setof = true, strict = false)
    public static Iterable<String> jsonbObjectKeys(String j) {
        return j == null ? List.of() : keys(jsonb(jsonbText(jsonb(j))), "jsonb_object_keys");
    }

    private static List<String> keys(Json.Value v, String function) {
        if (!(v instanceof Json.Obj o)) {
            throw new PgException(
                    SqlState.INVALID_PARAMETER_VALUE,
                    "cannot call " + function + " on " + (v instanceof Json.Arr ? "an array" : "a scalar"));
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Json.Value> e : o.members()) {
            out.add(e.getKey());
        }
        return out;
    }

    /** {@code json_array_elements(json) → setof json}. */
    @PgFunction(
            value = "json_array_elements",
            args = "json",
            returns = "json",
            setof = true,
            strict = false,
            columns = "value")
    public static Iterable<String> jsonArrayElements(String j) {
        List<String> out = new ArrayList<>();
        for (Json.Value v : elements(j, "json", "json_array_elements")) {
            out.add(v.source());
        }
        return out;
    }

    /** {@code json_array_elements_text(json) → setof text}. */
    @PgFunction(
            value = "json_array_elements_text",
            args = "json",
            returns = "text",
            setof = true,
            strict = false,
            columns = "value")
    public static Iterable<String> jsonArrayElementsText(String j) {
        List<String> out = new ArrayList<>();
        for (Json.Value v : elements(j, "json", "json_array_elements_text")) {
            out.add(asText(v, false));
        }
        return out;
    }

    /** {@code jsonb_array_elements(jsonb) → setof jsonb}. */
    @PgFunction(
            value = "jsonb_array_elements",
            args = "jsonb",
            returns = "jsonb",
            setof = true,
            strict = false,
            columns = "value")
    public static Iterable<String> jsonbArrayElements(String j) {
        List<String> out = new ArrayList<>();
        for (Json.Value v : elements(j, "jsonb", "jsonb_array_elements")) {
            out.add(Json.jsonb(v));
        }
        return out;
    }

    /** {@code jsonb_array_elements_text(jsonb) → setof text}. */
    @PgFunction(
            value = "jsonb_array_elements_text",
            args = "jsonb",
            returns = "text",
            setof = true,
            strict = false,
            columns = "value")
    public static Iterable<String> jsonbArrayElementsText(String j) {
        List<String> out = new ArrayList<>();
        for (Json.Value v : elements(j, "jsonb", "jsonb_array_elements_text")) {
            out.add(asText(v, true));
        }
        return out;
    }

    private static List<Json.Value> elements(String j, String type, String function) {
        if (j == null) {
            return List.of();
        }
        Json.Value v = Json.parse(j, type);
        if (v instanceof Json.Arr a) {
            return a.elements();
        }
        throw new PgException(
                SqlState.INVALID_PARAMETER_VALUE,
                v instanceof Json.Obj
                        ? "cannot extract elements from an object"
                        : "cannot extract elements from a scalar");
    }

    /** {@code json_each(json) → setof (key text, value json)}: the members of the outer object. */
    @PgFunction(
            value = "json_each",
            args = "json",
            setof = true,
            strict = false,
            columns = {"key", "value"},
            columnTypes = {"text", "json"})
    public static Iterable<Object[]> jsonEach(String j) {
        return each(j, false, false);
    }

    /** {@code json_each_text(json) → setof (key text, value text)}. */
    @PgFunction(
            value = "json_each_text",
            args = "json",
            setof = true,
            strict = false,
            columns = {"key", "value"},
            columnTypes = {"text", "text"})
    public static Iterable<Object[]> jsonEachText(String j) {
        return each(j, false, true);
    }

    /** {@code jsonb_each(jsonb) → setof (key text, value jsonb)}: in jsonb's key order. */
    @PgFunction(
            value = "jsonb_each",
            args = "jsonb",
            setof = true,
            strict = false,
            columns = {"key", "value"},
            columnTypes = {"text", "jsonb"})
    public static Iterable<Object[]> jsonbEach(String j) {
        return each(j, true, false);
    }

    /** {@code jsonb_each_text(jsonb) → setof (key text, value text)}. */
    @PgFunction(
            value = "jsonb_each_text",
            args = "jsonb",
            setof = true,
            strict = false,
            columns = {"key", "value"},
            columnTypes = {"text", "text"})
    public static Iterable<Object[]> jsonbEachText(String j) {
        return each(j, true, true);
    }

    private static List<Object[]> each(String j, boolean binary, boolean asText) {
        if (j == null) {
            return List.of();
        }
        Json.Value v = binary ? jsonb(jsonbText(jsonb(j))) : json(j);
        if (!(v instanceof Json.Obj o)) {
            throw new PgException(
                    SqlState.INVALID_PARAMETER_VALUE,
                    "cannot deconstruct " + (v instanceof Json.Arr ? "an array" : "a scalar") + " as an object");
        }
        List<Object[]> out = new ArrayList<>();
        for (Map.Entry<String, Json.Value> e : o.members()) {
            Json.Value value = e.getValue();
            Object shown = asText ? asText(value, binary) : binary ? Json.jsonb(value) : value.source();
            out.add(new Object[] {e.getKey(), shown});
        }
        return out;
    }

    /** Turns SQL values into JSON text as PostgreSQL's datum_to_json does. */
    static final class JsonWriter {
        private static final DateTimeFormatter TIMESTAMP =
                DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

        private JsonWriter() {}

        /** A value as json text. */
        static String json(AnyValue v) {
            StringBuilder sb = new StringBuilder();
            write(v, sb, false);
            return sb.toString();
        }

        /** A value as jsonb text. */
        static String jsonb(AnyValue v) {
            StringBuilder sb = new StringBuilder();
            write(v, sb, true);
            return sb.toString();
        }

        private static void write(AnyValue v, StringBuilder sb, boolean binary) {
            if (v.isNull()) {
                sb.append("null");
                return;
            }
            PgType t = v.type();
            if (t.isArray()) {
                sb.append('[');
                List<?> list = (List<?>) v.value();
                for (int i = 0; i < list.size(); i++) {
                    sb.append(i > 0 ? (binary ? ", " : ",") : "");
                    write(new AnyValue(list.get(i), t.elementType()), sb, binary);
                }
                sb.append(']');
                return;
            }
            switch (t.typname()) {
                case "json" -> sb.append(binary ? Json.jsonb(Json.parse(v.text(), "json")) : v.text());
                case "jsonb" -> sb.append(Json.jsonb(Json.parse(v.text(), "jsonb")));
                case "bool" -> sb.append((Boolean) v.value() ? "true" : "false");
                case "int2", "int4", "int8", "numeric", "float4", "float8", "oid" -> {
                    String text = v.text();
                    if (text.equals("NaN") || text.endsWith("Infinity")) {
                        sb.append(Json.quote(text));
                    } else if (binary) {
                        sb.append(Numerics.normalize(new BigDecimal(text)).toPlainString());
                    } else {
                        sb.append(text);
                    }
                }
                case "date" -> {
                    LocalDate d = (LocalDate) v.pgValue();
                    sb.append(Json.quote(
                            d.equals(LocalDate.MAX)
                                    ? "infinity"
                                    : d.equals(LocalDate.MIN) ? "-infinity" : d.toString()));
                }
                case "timestamp" -> {
                    LocalDateTime ts = (LocalDateTime) v.pgValue();
                    sb.append(Json.quote(
                            ts.equals(LocalDateTime.MAX)
                                    ? "infinity"
                                    : ts.equals(LocalDateTime.MIN) ? "-infinity" : timestamp(ts)));
                }
                case "timestamptz" -> {
                    OffsetDateTime tz = (OffsetDateTime) v.pgValue();
                    if (tz.equals(OffsetDateTime.MAX) || tz.equals(OffsetDateTime.MIN)) {
                        sb.append(Json.quote(tz.equals(OffsetDateTime.MAX) ? "infinity" : "-infinity"));
                    } else {
                        QueryContext c = QueryContext.currentOrNull();
                        ZoneId zone = c == null
                                ? ZoneOffset.UTC
                                : c.session().formatSettings().timeZone();
                        var zoned = tz.atZoneSameInstant(zone);
                        String offset = zoned.getOffset().getId();
                        sb.append(Json.quote(
                                timestamp(zoned.toLocalDateTime()) + (offset.equals("Z") ? "+00:00" : offset)));
                    }
                }
                default -> sb.append(Json.quote(v.text()));
            }
        }

        private static String timestamp(LocalDateTime t) {
            String s = TIMESTAMP.format(t);
            int micros = t.getNano() / 1000;
            if (micros != 0) {
                String f = String.format(Locale.ROOT, "%06d", micros);
                s += "." + f.replaceAll("0+$", "");
            }
            return s;
        }
    }
}
