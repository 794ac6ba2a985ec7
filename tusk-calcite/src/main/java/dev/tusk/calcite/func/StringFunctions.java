package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.nio.charset.StandardCharsets;

/**
 * PostgreSQL's string functions on text, counting characters (code points) as PostgreSQL does in UTF-8; case
 * mapping is per character, as glibc's towupper/towlower under a UTF-8 LC_CTYPE.
 */
public final class StringFunctions {
    /** PostgreSQL's MaxAllocSize: no value may be larger (1 GB - 1). */
    static final long MAX_ALLOC = 0x3fffffffL;

    private StringFunctions() {}

    /** {@code text || text → text}. */
    @PgFunction("||")
    public static String concat(String a, String b) {
        return a + b;
    }

    /** {@code text || anynonarray → text}: the value's text form appended. */
    @PgFunction(
            value = "||",
            args = {"text", "anynonarray"},
            stable = true)
    public static String concat(String a, AnyValue b) {
        return a + b.castText();
    }

    /** {@code anynonarray || text → text}. */
    @PgFunction(
            value = "||",
            args = {"anynonarray", "text"},
            stable = true)
    public static String concat(AnyValue a, String b) {
        return a.castText() + b;
    }

    /** {@code length(text) → int4}: the number of characters. */
    @PgFunction("length")
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code length(bpchar) → int4}: the number of characters, trailing spaces not counted. */
    @PgFunction(value = "length", args = "bpchar")
    public static int lengthBpchar(String s) {
        return length(Text.stripTrailingSpaces(s));
    }

    /** {@code char_length(text) → int4}. */
    @PgFunction("char_length")
    public static int charLength(String s) {
        return length(s);
    }

    /** {@code char_length(bpchar) → int4}. */
    @PgFunction(value = "char_length", args = "bpchar")
    public static int charLengthBpchar(String s) {
        return lengthBpchar(s);
    }

    /** {@code character_length(text) → int4}. */
    @PgFunction("character_length")
    public static int characterLength(String s) {
        return length(s);
    }

    /** {@code character_length(bpchar) → int4}. */
    @PgFunction(value = "character_length", args = "bpchar")
    public static int characterLengthBpchar(String s) {
        return lengthBpchar(s);
    }

    /** {@code octet_length(text) → int4}: the number of bytes in UTF-8. */
    @PgFunction("octet_length")
    public static int octetLength(String s) {
        return Text.utf8Length(s);
    }

    /** {@code octet_length(bpchar) → int4}: bytes, trailing spaces included. */
    @PgFunction(value = "octet_length", args = "bpchar")
    public static int octetLengthBpchar(String s) {
        return Text.utf8Length(s);
    }

    /** {@code bit_length(text) → int4}. */
    @PgFunction("bit_length")
    public static int bitLength(String s) {
        return Text.utf8Length(s) * 8;
    }

    /** {@code lower(text) → text}. */
    @PgFunction("lower")
    public static String lower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.appendCodePoint(Character.toLowerCase(c)));
        return sb.toString();
    }

    /** {@code upper(text) → text}. */
    @PgFunction("upper")
    public static String upper(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.appendCodePoint(Character.toUpperCase(c)));
        return sb.toString();
    }

    /** {@code initcap(text) → text}: each word's first letter upper case, the others lower case. */
    @PgFunction("initcap")
    public static String initcap(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean inWord = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            sb.appendCodePoint(inWord ? Character.toLowerCase(c) : Character.toUpperCase(c));
            inWord = Character.isLetterOrDigit(c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** {@code substr(text, int4) → text}: the characters from position {@code start} (1-based) on. */
    @PgFunction("substr")
    public static String substr(String s, int start) {
        int n = length(s);
        int from = Math.max(start, 1);
        return from > n ? "" : Text.codePointSlice(s, from - 1, n);
    }

    /** {@code substr(text, int4, int4) → text}; 22011 for a negative count. */
    @PgFunction("substr")
    public static String substr(String s, int start, int count) {
        if (count < 0) {
            throw new PgException(SqlState.SUBSTRING_ERROR, "negative substring length not allowed");
        }
        long end = (long) start + count; // exclusive, 1-based
        long from = Math.max(start, 1);
        int n = length(s);
        if (end <= from || from > n) {
            return "";
        }
        return Text.codePointSlice(s, (int) from - 1, (int) Math.min(end - 1, n));
    }

    /** {@code substring(text, int4) → text}. */
    @PgFunction("substring")
    public static String substring(String s, int start) {
        return substr(s, start);
    }

    /** {@code substring(text, int4, int4) → text}. */
    @PgFunction("substring")
    public static String substring(String s, int start, int count) {
        return substr(s, start, count);
    }

    /** {@code overlay(text PLACING text FROM int4) → text}: replaces as many characters as the new text has. */
    @PgFunction("overlay")
    public static String overlay(String s, String placing, int from) {
        return overlay(s, placing, from, length(placing));
    }

    /** {@code overlay(text PLACING text FROM int4 FOR int4) → text}; 22011 for a negative count. */
    @PgFunction("overlay")
    public static String overlay(String s, String placing, int from, int count) {
        if (from <= 0) {
            throw new PgException(SqlState.SUBSTRING_ERROR, "negative substring length not allowed");
        }
        long after = (long) from + count;
        String head = substr(s, 1, from - 1);
        String tail = after > Integer.MAX_VALUE ? "" : substr(s, (int) after);
        return head + placing + tail;
    }

    /** {@code strpos(text, text) → int4}: the position of the first occurrence, 0 if none. */
    @PgFunction("strpos")
    public static int strpos(String s, String sub) {
        int i = s.indexOf(sub);
        return i < 0 ? 0 : s.codePointCount(0, i) + 1;
    }

    /** {@code position(text, text) → int4}: the form {@code position(sub IN s)} takes, as {@code strpos(s, sub)}. */
    @PgFunction("position")
    public static int position(String s, String sub) {
        return strpos(s, sub);
    }

    /** {@code left(text, int4) → text}: the first n characters; all but the last |n| when n is negative. */
    @PgFunction("left")
    public static String left(String s, int n) {
        int len = length(s);
        int keep = n >= 0 ? Math.min(n, len) : Math.max(len + n, 0);
        return Text.codePointSlice(s, 0, keep);
    }

    /** {@code right(text, int4) → text}: the last n characters; all but the first |n| when n is negative. */
    @PgFunction("right")
    public static String right(String s, int n) {
        int len = length(s);
        int keep = n >= 0 ? Math.min(n, len) : Math.max(len + n, 0);
        return Text.codePointSlice(s, len - keep, len);
    }

    /** {@code lpad(text, int4) → text}: padded on the left with spaces, or truncated, to n characters. */
    @PgFunction("lpad")
    public static String lpad(String s, int n) {
        return lpad(s, n, " ");
    }

    /** {@code lpad(text, int4, text) → text}. */
    @PgFunction("lpad")
    public static String lpad(String s, int n, String fill) {
        return pad(s, n, fill, true);
    }

    /** {@code rpad(text, int4) → text}. */
    @PgFunction("rpad")
    public static String rpad(String s, int n) {
        return rpad(s, n, " ");
    }

    /** {@code rpad(text, int4, text) → text}. */
    @PgFunction("rpad")
    public static String rpad(String s, int n, String fill) {
        return pad(s, n, fill, false);
    }

    private static String pad(String s, int n, String fill, boolean left) {
        int len = Math.max(n, 0);
        if (len * 4L > MAX_ALLOC) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "requested length too large");
        }
        int have = length(s);
        if (have >= len || fill.isEmpty()) {
            return Text.codePointSlice(s, 0, Math.min(have, len));
        }
        int[] f = fill.codePoints().toArray();
        StringBuilder padding = new StringBuilder();
        for (int i = 0; i < len - have; i++) {
            padding.appendCodePoint(f[i % f.length]);
        }
        return left ? padding + s : s + padding;
    }

    /** {@code btrim(text) → text}: spaces removed from both ends. */
    @PgFunction("btrim")
    public static String btrim(String s) {
        return btrim(s, " ");
    }

    /** {@code btrim(text, text) → text}: the given characters removed from both ends. */
    @PgFunction("btrim")
    public static String btrim(String s, String chars) {
        return Text.trim(s, chars, true, true);
    }

    /** {@code ltrim(text) → text}. */
    @PgFunction("ltrim")
    public static String ltrim(String s) {
        return ltrim(s, " ");
    }

    /** {@code ltrim(text, text) → text}. */
    @PgFunction("ltrim")
    public static String ltrim(String s, String chars) {
        return Text.trim(s, chars, true, false);
    }

    /** {@code rtrim(text) → text}. */
    @PgFunction("rtrim")
    public static String rtrim(String s) {
        return rtrim(s, " ");
    }

    /** {@code rtrim(text, text) → text}. */
    @PgFunction("rtrim")
    public static String rtrim(String s, String chars) {
        return Text.trim(s, chars, false, true);
    }

    /** {@code repeat(text, int4) → text}: n copies; empty for n below 1. */
    @PgFunction("repeat")
    public static String repeat(String s, int n) {
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        if ((long) Text.utf8Length(s) * n + 4 > MAX_ALLOC) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "requested length too large");
        }
        return s.repeat(n);
    }

    /** {@code reverse(text) → text}: the characters in reverse order. */
    @PgFunction("reverse")
    public static String reverse(String s) {
        return new StringBuilder(s).reverse().toString(); // keeps surrogate pairs together
    }

    /** {@code replace(text, text, text) → text}: every occurrence of {@code from} replaced. */
    @PgFunction("replace")
    public static String replace(String s, String from, String to) {
        return from.isEmpty() ? s : s.replace(from, to);
    }

    /** {@code translate(text, text, text) → text}: each character of {@code from} mapped to {@code to}'s. */
    @PgFunction("translate")
    public static String translate(String s, String from, String to) {
        int[] f = from.codePoints().toArray();
        int[] t = to.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            for (int i = 0; i < f.length; i++) {
                if (f[i] == c) {
                    if (i < t.length) {
                        sb.appendCodePoint(t[i]);
                    }
                    return;
                }
            }
            sb.appendCodePoint(c);
        });
        return sb.toString();
    }

    /** {@code split_part(text, text, int4) → text}: the n-th field (from the end when negative); 22023 for 0. */
    @PgFunction("split_part")
    public static String splitPart(String s, String delimiter, int n) {
        if (n == 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "field position must not be zero");
        }
        if (s.isEmpty()) {
            return "";
        }
        if (delimiter.isEmpty()) {
            return n == 1 || n == -1 ? s : "";
        }
        java.util.List<String> fields = new java.util.ArrayList<>();
        int from = 0;
        for (int i; (i = s.indexOf(delimiter, from)) >= 0; from = i + delimiter.length()) {
            fields.add(s.substring(from, i));
        }
        fields.add(s.substring(from));
        int index = n > 0 ? n - 1 : fields.size() + n;
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }

    /** {@code starts_with(text, text) → bool}. */
    @PgFunction("starts_with")
    public static boolean startsWith(String s, String prefix) {
        return s.startsWith(prefix);
    }

    /** {@code ascii(text) → int4}: the code of the first character, 0 for the empty string. */
    @PgFunction("ascii")
    public static int ascii(String s) {
        return s.isEmpty() ? 0 : s.codePointAt(0);
    }

    /** {@code chr(int4) → text}: the character with that code; 54000 for 0, negatives and non-characters. */
    @PgFunction("chr")
    public static String chr(int code) {
        if (code < 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "character number must be positive");
        }
        if (code == 0) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "null character not permitted");
        }
        if (code > Character.MAX_CODE_POINT) {
            throw new PgException(
                    SqlState.PROGRAM_LIMIT_EXCEEDED, "requested character too large for encoding: " + code);
        }
        if (code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE) {
            throw new PgException(
                    SqlState.PROGRAM_LIMIT_EXCEEDED, "requested character not valid for encoding: " + code);
        }
        return new String(Character.toChars(code));
    }

    /** {@code to_hex(int4) → text}: two's complement for negative numbers. */
    @PgFunction("to_hex")
    public static String toHex(int v) {
        return Integer.toHexString(v);
    }

    /** {@code to_hex(int8) → text}. */
    @PgFunction("to_hex")
    public static String toHex(long v) {
        return Long.toHexString(v);
    }

    /** {@code md5(text) → text}: the MD5 of the UTF-8 bytes, in hex. */
    @PgFunction("md5")
    public static String md5(String s) {
        return ByteaFunctions.hex(ByteaFunctions.digest("MD5", s.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code quote_ident(text) → text}: double-quoted when needed to be read back as this identifier. */
    @PgFunction("quote_ident")
    public static String quoteIdent(String s) {
        return dev.tusk.types.sqlname.Identifiers.quote(s);
    }

    /** {@code quote_literal(text) → text}: a string literal, {@code E'...'} when it holds backslashes. */
    @PgFunction("quote_literal")
    public static String quoteLiteral(String s) {
        return Text.quoteLiteral(s);
    }

    /** {@code quote_literal(anyelement) → text}: the value's text form as a string literal. */
    @PgFunction(value = "quote_literal", args = "anyelement", stable = true)
    public static String quoteLiteral(AnyValue v) {
        return Text.quoteLiteral(v.text());
    }

    /** {@code quote_nullable(text) → text}: as quote_literal, or {@code NULL} for NULL. */
    @PgFunction(value = "quote_nullable", strict = false)
    public static String quoteNullable(String s) {
        return s == null ? "NULL" : Text.quoteLiteral(s);
    }

    /** {@code quote_nullable(anyelement) → text}. */
    @PgFunction(value = "quote_nullable", args = "anyelement", strict = false, stable = true)
    public static String quoteNullable(AnyValue v) {
        return v.isNull() ? "NULL" : Text.quoteLiteral(v.text());
    }

    /** {@code concat(VARIADIC "any") → text}: the arguments' text forms, NULLs skipped. */
    @PgFunction(value = "concat", strict = false, variadic = true, stable = true)
    public static String concat(AnyValue... values) {
        StringBuilder sb = new StringBuilder();
        for (AnyValue v : values) {
            if (!v.isNull()) {
                sb.append(v.text());
            }
        }
        return sb.toString();
    }

    /** {@code concat_ws(text, VARIADIC "any") → text}: joined by the separator, NULLs skipped; NULL separator, NULL. */
    @PgFunction(
            value = "concat_ws",
            strict = false,
            variadic = true,
            stable = true,
            args = {"text", "any"})
    public static String concatWs(String separator, AnyValue... values) {
        if (separator == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (AnyValue v : values) {
            if (!v.isNull()) {
                sb.append(first ? "" : separator).append(v.text());
                first = false;
            }
        }
        return sb.toString();
    }

    /** {@code format(text) → text}. */
    @PgFunction(value = "format", strict = false, stable = true)
    public static String format(String format) {
        return format == null ? null : Format.format(format, new AnyValue[0]);
    }

    /** {@code format(text, VARIADIC "any") → text}: %s, %I and %L with positions, widths and the - flag. */
    @PgFunction(
            value = "format",
            strict = false,
            variadic = true,
            stable = true,
            args = {"text", "any"})
    public static String format(String format, AnyValue... args) {
        return format == null ? null : Format.format(format, args);
    }
}
