package dev.tusk.calcite.func;

/**
 * PostgreSQL's pattern matching: LIKE and ILIKE (the {@code ~~} operators), SIMILAR TO, the POSIX regular
 * expression operators {@code ~ ~* !~ !~*} and the regexp functions.
 */
public final class PatternFunctions {
    private PatternFunctions() {}

    /** {@code text ~~ text → bool}: LIKE, backslash escaping. */
    @PgFunction("~~")
    public static boolean like(String s, String pattern) {
        return Like.matches(s, pattern, '\\', false);
    }

    /** {@code text !~~ text → bool}: NOT LIKE. */
    @PgFunction("!~~")
    public static boolean notLike(String s, String pattern) {
        return !like(s, pattern);
    }

    /** {@code text ~~* text → bool}: ILIKE. */
    @PgFunction("~~*")
    public static boolean ilike(String s, String pattern) {
        return Like.matches(s, pattern, '\\', true);
    }

    /** {@code text !~~* text → bool}: NOT ILIKE. */
    @PgFunction("!~~*")
    public static boolean notIlike(String s, String pattern) {
        return !ilike(s, pattern);
    }

    /** {@code s LIKE pattern ESCAPE e}. */
    @PgFunction("~~")
    public static boolean like(String s, String pattern, String escape) {
        return Like.matches(s, pattern, Like.escape(escape), false);
    }

    /** {@code s NOT LIKE pattern ESCAPE e}. */
    @PgFunction("!~~")
    public static boolean notLike(String s, String pattern, String escape) {
        return !like(s, pattern, escape);
    }

    /** {@code s ILIKE pattern ESCAPE e}. */
    @PgFunction("~~*")
    public static boolean ilike(String s, String pattern, String escape) {
        return Like.matches(s, pattern, Like.escape(escape), true);
    }

    /** {@code s NOT ILIKE pattern ESCAPE e}. */
    @PgFunction("!~~*")
    public static boolean notIlike(String s, String pattern, String escape) {
        return !ilike(s, pattern, escape);
    }

    /** {@code similar_to_escape(text) → text}: a SIMILAR TO pattern as a regular expression, backslash escaping. */
    @PgFunction("similar_to_escape")
    public static String similarToEscape(String pattern) {
        return Like.similarToRegex(pattern, '\\');
    }

    /** {@code similar_to_escape(text, text) → text}: with the given escape character (none when empty). */
    @PgFunction("similar_to_escape")
    public static String similarToEscape(String pattern, String escape) {
        return Like.similarToRegex(pattern, Like.escape(escape));
    }

    /** {@code text ~ text → bool}: whether the regular expression matches somewhere. */
    @PgFunction("~")
    public static boolean regexMatch(String s, String pattern) {
        return Regex.like(s, pattern, "");
    }

    /** {@code text ~* text → bool}: case-insensitively. */
    @PgFunction("~*")
    public static boolean regexMatchInsensitive(String s, String pattern) {
        return Regex.like(s, pattern, "i");
    }

    /** {@code text !~ text → bool}. */
    @PgFunction("!~")
    public static boolean regexNotMatch(String s, String pattern) {
        return !regexMatch(s, pattern);
    }

    /** {@code text !~* text → bool}. */
    @PgFunction("!~*")
    public static boolean regexNotMatchInsensitive(String s, String pattern) {
        return !regexMatchInsensitive(s, pattern);
    }

    /** {@code substring(text FROM pattern) → text}: the first match (its first group if it has one), or NULL. */
    @PgFunction("substring")
    public static String substringRegex(String s, String pattern) {
        return Regex.substring(s, pattern);
    }

    /** {@code regexp_replace(text, text, text) → text}: the first match replaced. */
    @PgFunction("regexp_replace")
    public static String regexpReplace(String s, String pattern, String replacement) {
        return Regex.replace(s, pattern, replacement, "");
    }

    /** {@code regexp_replace(text, text, text, text) → text}: with flags ({@code g} for every match, {@code i}...). */
    @PgFunction("regexp_replace")
    public static String regexpReplace(String s, String pattern, String replacement, String flags) {
        return Regex.replace(s, pattern, replacement, flags);
    }

    /** {@code regexp_like(text, text) → bool}. */
    @PgFunction("regexp_like")
    public static boolean regexpLike(String s, String pattern) {
        return Regex.like(s, pattern, "");
    }

    /** {@code regexp_like(text, text, text) → bool}. */
    @PgFunction("regexp_like")
    public static boolean regexpLike(String s, String pattern, String flags) {
        return Regex.like(s, pattern, flags);
    }

    /** {@code regexp_count(text, text) → int4}: how many times the pattern matches. */
    @PgFunction("regexp_count")
    public static int regexpCount(String s, String pattern) {
        return Regex.count(s, pattern, 1, "");
    }

    /** {@code regexp_count(text, text, int4) → int4}: matches from a start position. */
    @PgFunction("regexp_count")
    public static int regexpCount(String s, String pattern, int start) {
        return Regex.count(s, pattern, start, "");
    }

    /** {@code regexp_count(text, text, int4, text) → int4}. */
    @PgFunction("regexp_count")
    public static int regexpCount(String s, String pattern, int start, String flags) {
        return Regex.count(s, pattern, start, flags);
    }

    /** {@code regexp_match(text, text) → text[]}: the first match's groups (or the match), NULL for none. */
    @PgFunction(value = "regexp_match", returns = "text[]")
    public static java.util.List<String> regexpMatch(String s, String pattern) {
        return Regex.match(s, pattern, "", "regexp_match");
    }

    /** {@code regexp_match(text, text, text) → text[]}: with flags ({@code g} is refused). */
    @PgFunction(value = "regexp_match", returns = "text[]")
    public static java.util.List<String> regexpMatch(String s, String pattern, String flags) {
        return Regex.match(s, pattern, flags, "regexp_match");
    }

    /** {@code regexp_matches(text, text) → setof text[]}: the first match. */
    @PgFunction(value = "regexp_matches", returns = "text[]", setof = true, strict = false)
    public static Iterable<java.util.List<String>> regexpMatches(String s, String pattern) {
        return regexpMatches(s, pattern, "");
    }

    /** {@code regexp_matches(text, text, text) → setof text[]}: every match with {@code g}. */
    @PgFunction(value = "regexp_matches", returns = "text[]", setof = true, strict = false)
    public static Iterable<java.util.List<String>> regexpMatches(String s, String pattern, String flags) {
        if (s == null || pattern == null || flags == null) {
            return java.util.List.of();
        }
        return Regex.matches(s, pattern, flags);
    }

    /** {@code regexp_split_to_array(text, text) → text[]}. */
    @PgFunction(value = "regexp_split_to_array", returns = "text[]")
    public static java.util.List<String> regexpSplitToArray(String s, String pattern) {
        return Regex.split(s, pattern, "", "regexp_split_to_array");
    }

    /** {@code regexp_split_to_array(text, text, text) → text[]}. */
    @PgFunction(value = "regexp_split_to_array", returns = "text[]")
    public static java.util.List<String> regexpSplitToArray(String s, String pattern, String flags) {
        return Regex.split(s, pattern, flags, "regexp_split_to_array");
    }

    /** {@code regexp_split_to_table(text, text) → setof text}. */
    @PgFunction(value = "regexp_split_to_table", returns = "text", setof = true, strict = false)
    public static Iterable<String> regexpSplitToTable(String s, String pattern) {
        return regexpSplitToTable(s, pattern, "");
    }

    /** {@code regexp_split_to_table(text, text, text) → setof text}. */
    @PgFunction(value = "regexp_split_to_table", returns = "text", setof = true, strict = false)
    public static Iterable<String> regexpSplitToTable(String s, String pattern, String flags) {
        if (s == null || pattern == null || flags == null) {
            return java.util.List.of();
        }
        return Regex.split(s, pattern, flags, "regexp_split_to_table");
    }

    /** {@code regexp_substr(text, text) → text}: the first match, NULL for none. */
    @PgFunction("regexp_substr")
    public static String regexpSubstr(String s, String pattern) {
        java.util.regex.Matcher m =
                Regex.compile(pattern, java.util.regex.Pattern.DOTALL).matcher(s);
        return m.find() ? m.group() : null;
    }

    /** {@code regexp_instr(text, text) → int4}: where the first match starts, 0 for none. */
    @PgFunction("regexp_instr")
    public static int regexpInstr(String s, String pattern) {
        java.util.regex.Matcher m =
                Regex.compile(pattern, java.util.regex.Pattern.DOTALL).matcher(s);
        return m.find() ? s.codePointCount(0, m.start()) + 1 : 0;
    }
}
