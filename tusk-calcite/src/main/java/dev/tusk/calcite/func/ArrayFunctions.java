package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's array functions and operators on one-dimensional arrays with lower bound 1 (the arrays Calcite
 * carries, as {@code java.util.List}): dimensions, search, building, conversion to and from text, containment.
 * Elements compare as PostgreSQL's = does (numeric by value, NULL found by the search functions).
 */
public final class ArrayFunctions {
    private ArrayFunctions() {}

    /**
     * The empty array of a type: what {@code ARRAY[]::int4[]} becomes (the argument, a NULL of the element type,
     * only carries the type). The name cannot be called as a function: {@code ARRAY(...)} is a subquery.
     */
    @PgFunction(value = "array", args = "anyelement", returns = "anyarray", strict = false)
    public static List<Object> emptyArray(Object elementType) {
        return new ArrayList<>();
    }

    /** {@code array_fill(anyelement, int4[]) → anyarray}: an array of the given length filled with the value. */
    @PgFunction(
            value = "array_fill",
            args = {"anyelement", "int4[]"},
            returns = "anyarray",
            strict = false)
    public static List<Object> arrayFill(Object value, List<Integer> dims) {
        if (dims == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "dimension array or low bound array cannot be null");
        }
        if (dims.isEmpty()) {
            return new ArrayList<>();
        }
        if (dims.size() > 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "multidimensional arrays are not supported");
        }
        Integer n = dims.get(0);
        if (n == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "dimension values cannot be null");
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(value);
        }
        return out;
    }

    /** {@code array_length(anyarray, int4) → int4}: NULL for an empty array or another dimension. */
    @PgFunction(
            value = "array_length",
            args = {"anyarray", "int4"})
    public static Integer arrayLength(List<?> a, int dim) {
        return a.isEmpty() || dim != 1 ? null : a.size();
    }

    /** {@code array_lower(anyarray, int4) → int4}. */
    @PgFunction(
            value = "array_lower",
            args = {"anyarray", "int4"})
    public static Integer arrayLower(List<?> a, int dim) {
        return a.isEmpty() || dim != 1 ? null : 1;
    }

    /** {@code array_upper(anyarray, int4) → int4}. */
    @PgFunction(
            value = "array_upper",
            args = {"anyarray", "int4"})
    public static Integer arrayUpper(List<?> a, int dim) {
        return a.isEmpty() || dim != 1 ? null : a.size();
    }

    /** {@code array_ndims(anyarray) → int4}: NULL for an empty array. */
    @PgFunction(value = "array_ndims", args = "anyarray")
    public static Integer arrayNdims(List<?> a) {
        return a.isEmpty() ? null : 1;
    }

    /** {@code array_dims(anyarray) → text}: {@code [1:n]}, NULL for an empty array. */
    @PgFunction(value = "array_dims", args = "anyarray")
    public static String arrayDims(List<?> a) {
        return a.isEmpty() ? null : "[1:" + a.size() + "]";
    }

    /** {@code cardinality(anyarray) → int4}: the number of elements. */
    @PgFunction(value = "cardinality", args = "anyarray")
    public static int cardinality(List<?> a) {
        return a.size();
    }

    /** {@code array_to_string(anyarray, text) → text}: the elements' text forms joined, NULLs skipped. */
    @PgFunction(
            value = "array_to_string",
            args = {"anyarray", "text"},
            stable = true)
    public static String arrayToString(AnyValue a, String delimiter) {
        return join(a, delimiter, null);
    }

    /** {@code array_to_string(anyarray, text, text) → text}: NULLs written as the third argument (skipped if NULL). */
    @PgFunction(
            value = "array_to_string",
            args = {"anyarray", "text", "text"},
            stable = true,
            strict = false)
    public static String arrayToString(AnyValue a, String delimiter, String nullString) {
        if (a.isNull() || delimiter == null) {
            return null;
        }
        return join(a, delimiter, nullString);
    }

    private static String join(AnyValue a, String delimiter, String nullString) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Object e : (List<?>) a.value()) {
            String text = e == null ? nullString : new AnyValue(e, a.type().elementType()).text();
            if (text == null) {
                continue;
            }
            sb.append(first ? "" : delimiter).append(text);
            first = false;
        }
        return sb.toString();
    }

    /** {@code string_to_array(text, text) → text[]}: split at the delimiter; NULL delimiter, each character. */
    @PgFunction(value = "string_to_array", strict = false, returns = "text[]")
    public static List<String> stringToArray(String s, String delimiter) {
        return stringToArray(s, delimiter, null);
    }

    /** {@code string_to_array(text, text, text) → text[]}: fields equal to the third argument become NULL. */
    @PgFunction(value = "string_to_array", strict = false, returns = "text[]")
    public static List<String> stringToArray(String s, String delimiter, String nullString) {
        if (s == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        if (delimiter == null) {
            s.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
        } else if (delimiter.isEmpty()) {
            out.add(s);
        } else {
            int from = 0;
            for (int i; (i = s.indexOf(delimiter, from)) >= 0; from = i + delimiter.length()) {
                out.add(s.substring(from, i));
            }
            out.add(s.substring(from));
        }
        if (nullString != null) {
            out.replaceAll(f -> f.equals(nullString) ? null : f);
        }
        return out;
    }

    /** {@code array_position(anycompatiblearray, anycompatible) → int4}: the first match (NULL finds a NULL). */
    @PgFunction(
            value = "array_position",
            strict = false,
            args = {"anycompatiblearray", "anycompatible"},
            returns = "int4")
    public static Integer arrayPosition(List<?> a, Object v) {
        return arrayPosition(a, v, 1);
    }

    /** {@code array_position(anycompatiblearray, anycompatible, int4) → int4}: searching from a position. */
    @PgFunction(
            value = "array_position",
            strict = false,
            args = {"anycompatiblearray", "anycompatible", "int4"},
            returns = "int4")
    public static Integer arrayPosition(List<?> a, Object v, Integer start) {
        if (a == null) {
            return null;
        }
        if (start == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "initial position must not be null");
        }
        for (int i = Math.max(start, 1) - 1; i < a.size(); i++) {
            if (Values.notDistinct(a.get(i), v)) {
                return i + 1;
            }
        }
        return null;
    }

    /** {@code array_positions(anycompatiblearray, anycompatible) → int4[]}: every match. */
    @PgFunction(
            value = "array_positions",
            strict = false,
            args = {"anycompatiblearray", "anycompatible"},
            returns = "int4[]")
    public static List<Integer> arrayPositions(List<?> a, Object v) {
        if (a == null) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (Values.notDistinct(a.get(i), v)) {
                out.add(i + 1);
            }
        }
        return out;
    }

    /** {@code array_append(anycompatiblearray, anycompatible) → anycompatiblearray}; a NULL array counts as empty. */
    @PgFunction(
            value = "array_append",
            strict = false,
            args = {"anycompatiblearray", "anycompatible"},
            returns = "anycompatiblearray")
    public static List<Object> arrayAppend(List<?> a, Object v) {
        List<Object> out = a == null ? new ArrayList<>() : new ArrayList<>(a);
        out.add(v);
        return out;
    }

    /** {@code array_prepend(anycompatible, anycompatiblearray) → anycompatiblearray}. */
    @PgFunction(
            value = "array_prepend",
            strict = false,
            args = {"anycompatible", "anycompatiblearray"},
            returns = "anycompatiblearray")
    public static List<Object> arrayPrepend(Object v, List<?> a) {
        List<Object> out = new ArrayList<>();
        out.add(v);
        if (a != null) {
            out.addAll(a);
        }
        return out;
    }

    /** {@code array_cat(anycompatiblearray, anycompatiblearray) → anycompatiblearray}; NULL if both are NULL. */
    @PgFunction(
            value = "array_cat",
            strict = false,
            args = {"anycompatiblearray", "anycompatiblearray"},
            returns = "anycompatiblearray")
    public static List<Object> arrayCat(List<?> a, List<?> b) {
        if (a == null && b == null) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        if (a != null) {
            out.addAll(a);
        }
        if (b != null) {
            out.addAll(b);
        }
        return out;
    }

    /** {@code anycompatiblearray || anycompatiblearray → anycompatiblearray}. */
    @PgFunction(
            value = "||",
            strict = false,
            args = {"anycompatiblearray", "anycompatiblearray"},
            returns = "anycompatiblearray")
    public static List<Object> concat(List<?> a, List<?> b) {
        return arrayCat(a, b);
    }

    /** {@code anycompatiblearray || anycompatible → anycompatiblearray}. */
    @PgFunction(
            value = "||",
            strict = false,
            args = {"anycompatiblearray", "anycompatible"},
            returns = "anycompatiblearray")
    public static List<Object> concat(List<?> a, Object v) {
        return arrayAppend(a, v);
    }

    /** {@code anycompatible || anycompatiblearray → anycompatiblearray}. */
    @PgFunction(
            value = "||",
            strict = false,
            args = {"anycompatible", "anycompatiblearray"},
            returns = "anycompatiblearray")
    public static List<Object> concat(Object v, List<?> a) {
        return arrayPrepend(v, a);
    }

    /** {@code array_remove(anycompatiblearray, anycompatible) → anycompatiblearray}: every match removed. */
    @PgFunction(
            value = "array_remove",
            strict = false,
            args = {"anycompatiblearray", "anycompatible"},
            returns = "anycompatiblearray")
    public static List<Object> arrayRemove(List<?> a, Object v) {
        if (a == null) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (Object e : a) {
            if (!Values.notDistinct(e, v)) {
                out.add(e);
            }
        }
        return out;
    }

    /** {@code array_replace(anycompatiblearray, anycompatible, anycompatible) → anycompatiblearray}. */
    @PgFunction(
            value = "array_replace",
            strict = false,
            args = {"anycompatiblearray", "anycompatible", "anycompatible"},
            returns = "anycompatiblearray")
    public static List<Object> arrayReplace(List<?> a, Object from, Object to) {
        if (a == null) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (Object e : a) {
            out.add(Values.notDistinct(e, from) ? to : e);
        }
        return out;
    }

    /** {@code trim_array(anyarray, int4) → anyarray}: the last n elements removed; 2202E outside 0..length. */
    @PgFunction(
            value = "trim_array",
            args = {"anyarray", "int4"},
            returns = "anyarray")
    public static List<Object> trimArray(List<?> a, int n) {
        if (n < 0 || n > a.size()) {
            throw new PgException(
                    SqlState.ARRAY_SUBSCRIPT_ERROR, "number of elements to trim must be between 0 and " + a.size());
        }
        return new ArrayList<>(a.subList(0, a.size() - n));
    }

    /** {@code anyarray @> anyarray → bool}: whether every element of the right one is in the left one. */
    @PgFunction(
            value = "@>",
            args = {"anyarray", "anyarray"})
    public static boolean contains(List<?> a, List<?> b) {
        for (Object e : b) {
            if (e == null || !containsEqual(a, e)) {
                return false;
            }
        }
        return true;
    }

    /** {@code anyarray <@ anyarray → bool}: whether the left one is contained in the right one. */
    @PgFunction(
            value = "<@",
            args = {"anyarray", "anyarray"})
    public static boolean containedBy(List<?> a, List<?> b) {
        return contains(b, a);
    }

    /** {@code anyarray && anyarray → bool}: whether they have an element in common. */
    @PgFunction(
            value = "&&",
            args = {"anyarray", "anyarray"})
    public static boolean overlaps(List<?> a, List<?> b) {
        for (Object e : b) {
            if (e != null && containsEqual(a, e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsEqual(List<?> a, Object v) {
        for (Object e : a) {
            if (e != null && Values.notDistinct(e, v)) {
                return true;
            }
        }
        return false;
    }
}
