package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * PostgreSQL's POSIX regular expressions on java.util.regex: the flags of the regexp functions, the bracket
 * classes ({@code [[:alpha:]]}), the word-boundary escapes ({@code \m \M \y \Y}) and the replacement syntax
 * ({@code \1}..{@code \9}, {@code \&}). By default {@code .} matches a newline and {@code ^ $} anchor the whole
 * string, as in PostgreSQL.
 */
final class Regex {
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("alpha", "\\p{IsAlphabetic}"),
            Map.entry("digit", "\\p{IsDigit}"),
            Map.entry("alnum", "\\p{IsAlphabetic}\\p{IsDigit}"),
            Map.entry("upper", "\\p{IsUppercase}"),
            Map.entry("lower", "\\p{IsLowercase}"),
            Map.entry("space", "\\p{IsWhite_Space}"),
            Map.entry("punct", "\\p{IsPunctuation}"),
            Map.entry("xdigit", "0-9A-Fa-f"),
            Map.entry("word", "\\w"),
            Map.entry("blank", " \\t"),
            Map.entry("cntrl", "\\p{Cntrl}"),
            Map.entry("print", "\\P{Cntrl}"),
            Map.entry("graph", "\\p{Graph}"));

    private Regex() {}

    /** The options of a flags argument. */
    private record Flags(boolean global, int javaFlags) {}

    private static Flags flags(String flags, boolean allowGlobal, String function) {
        boolean global = false;
        int f = Pattern.DOTALL;
        for (int i = 0; i < flags.length(); i++) {
            char c = flags.charAt(i);
            switch (c) {
                case 'g' -> {
                    if (!allowGlobal) {
                        throw PgException.builder(
                                        SqlState.INVALID_PARAMETER_VALUE,
                                        function + "() does not support the \"global\" option")
                                .hint("Use the regexp_matches function instead.")
                                .build();
                    }
                    global = true;
                }
                case 'i' -> f |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'c' -> f &= ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                case 'n', 'm' -> f = (f & ~Pattern.DOTALL) | Pattern.MULTILINE;
                case 's' -> f = (f | Pattern.DOTALL) & ~Pattern.MULTILINE;
                case 'p' -> f = f & ~Pattern.DOTALL & ~Pattern.MULTILINE;
                case 'w' -> f = f | Pattern.DOTALL | Pattern.MULTILINE;
                case 'x' -> f |= Pattern.COMMENTS;
                case 't' -> f &= ~Pattern.COMMENTS;
                case 'q' -> f |= Pattern.LITERAL;
                default ->
                    throw new PgException(
                            SqlState.INVALID_PARAMETER_VALUE, "invalid regular expression option: \"" + c + "\"");
            }
        }
        return new Flags(global, f);
    }

    static Pattern compile(String pattern, int javaFlags) {
        String key = javaFlags + "/" + pattern;
        Pattern p = CACHE.get(key);
        if (p != null) {
            return p;
        }
        try {
            p = Pattern.compile((javaFlags & Pattern.LITERAL) != 0 ? pattern : translate(pattern), javaFlags);
        } catch (PatternSyntaxException e) {
            throw new PgException(SqlState.INVALID_REGULAR_EXPRESSION, "invalid regular expression: " + reason(e));
        }
        if (CACHE.size() < 1000) {
            CACHE.put(key, p);
        }
        return p;
    }

    /** The reason PostgreSQL's regex compiler gives (regerror's texts) for java.util.regex's complaint. */
    private static String reason(PatternSyntaxException e) {
        String d = e.getDescription();
        if (d.startsWith("Unclosed group") || d.startsWith("Unmatched closing ')'")) {
            return "parentheses () not balanced";
        }
        if (d.startsWith("Unclosed character class")) {
            return "brackets [] not balanced";
        }
        if (d.startsWith("Dangling meta character")) {
            return "quantifier operand invalid";
        }
        if (d.startsWith("Illegal repetition range")) {
            return "invalid repetition count(s)";
        }
        if (d.startsWith("Unclosed counted closure") || d.startsWith("Illegal repetition")) {
            return "braces {} not balanced";
        }
        if (d.startsWith("Illegal/unsupported escape sequence")) {
            return "invalid escape \\ sequence";
        }
        if (d.startsWith("Unexpected internal error") || d.startsWith("Illegal character range")) {
            return "invalid character range";
        }
        return d;
    }

    /** PostgreSQL's regular-expression syntax in java.util.regex's. */
    private static String translate(String re) {
        StringBuilder sb = new StringBuilder(re.length() + 8);
        boolean inBracket = false;
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\' && i + 1 < re.length()) {
                char d = re.charAt(++i);
                if (!inBracket) {
                    switch (d) {
                        case 'm' -> sb.append("\\b(?=\\w)");
                        case 'M' -> sb.append("\\b(?<=\\w)");
                        case 'y' -> sb.append("\\b");
                        case 'Y' -> sb.append("\\B");
                        default -> sb.append('\\').append(d);
                    }
                } else {
                    sb.append('\\').append(d);
                }
                continue;
            }
            if (!inBracket && c == '[') {
                inBracket = true;
                sb.append(c);
                if (i + 1 < re.length() && re.charAt(i + 1) == '^') {
                    sb.append('^');
                    i++;
                }
                if (i + 1 < re.length() && re.charAt(i + 1) == ']') {
                    sb.append("\\]");
                    i++;
                }
                continue;
            }
            if (inBracket && c == '[' && i + 1 < re.length() && re.charAt(i + 1) == ':') {
                int end = re.indexOf(":]", i + 2);
                if (end > 0) {
                    String cls = CLASSES.get(re.substring(i + 2, end));
                    if (cls != null) {
                        sb.append(cls);
                        i = end + 1;
                        continue;
                    }
                }
            }
            if (inBracket && c == '[') {
                sb.append("\\[");
                continue;
            }
            if (inBracket && c == ']') {
                inBracket = false;
            }
            if (inBracket && (c == '&' || c == '~')) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static String replace(String s, String pattern, String replacement, String flags) {
        Flags f = flags(flags, true, "regexp_replace");
        Matcher m = compile(pattern, f.javaFlags()).matcher(s);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            appendReplacement(out, m, replacement);
            last = m.end();
            if (!f.global()) {
                break;
            }
        }
        out.append(s, last, s.length());
        return out.toString();
    }

    private static void appendReplacement(StringBuilder out, Matcher m, String replacement) {
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '\\' && i + 1 < replacement.length()) {
                char d = replacement.charAt(i + 1);
                if (d >= '1' && d <= '9') {
                    int g = d - '0';
                    if (g <= m.groupCount() && m.group(g) != null) {
                        out.append(m.group(g));
                    }
                    i++;
                    continue;
                }
                if (d == '&') {
                    out.append(m.group());
                    i++;
                    continue;
                }
                if (d == '\\') {
                    out.append('\\');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
    }

    static String substring(String s, String pattern) {
        Matcher m = compile(pattern, Pattern.DOTALL).matcher(s);
        if (!m.find()) {
            return null;
        }
        return m.groupCount() > 0 ? m.group(1) : m.group();
    }

    static boolean like(String s, String pattern, String flags) {
        Flags f = flags(flags, false, "regexp_like");
        return compile(pattern, f.javaFlags()).matcher(s).find();
    }

    static int count(String s, String pattern, int start, String flags) {
        if (start <= 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"start\": " + start);
        }
        Flags f = flags(flags, false, "regexp_count");
        int from = start - 1 >= s.codePointCount(0, s.length()) ? s.length() : s.offsetByCodePoints(0, start - 1);
        Matcher m = compile(pattern, f.javaFlags()).matcher(s);
        int n = 0;
        int pos = from;
        while (pos <= s.length() && m.find(pos)) {
            n++;
            pos = m.end() == m.start() ? m.end() + 1 : m.end();
        }
        return n;
    }

    static java.util.List<String> match(String s, String pattern, String flags, String function) {
        Flags f = flags(flags, false, function);
        Matcher m = compile(pattern, f.javaFlags()).matcher(s);
        return m.find() ? groups(m) : null;
    }

    static java.util.List<java.util.List<String>> matches(String s, String pattern, String flags) {
        Flags f = flags(flags, true, "regexp_matches");
        Matcher m = compile(pattern, f.javaFlags()).matcher(s);
        java.util.List<java.util.List<String>> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(groups(m));
            if (!f.global()) {
                break;
            }
        }
        return out;
    }

    private static java.util.List<String> groups(Matcher m) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (m.groupCount() == 0) {
            out.add(m.group());
        } else {
            for (int g = 1; g <= m.groupCount(); g++) {
                out.add(m.group(g));
            }
        }
        return out;
    }

    /** The pieces between matches; empty matches at the ends or right after a match do not split. */
    static java.util.List<String> split(String s, String pattern, String flags, String function) {
        Flags f = flags(flags, false, function);
        Matcher m = compile(pattern, f.javaFlags()).matcher(s);
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = 0;
        int lastEnd = -1;
        while (m.find()) {
            boolean empty = m.start() == m.end();
            if (empty && (m.start() == 0 || m.start() >= s.length() || m.start() == lastEnd)) {
                continue;
            }
            out.add(s.substring(start, m.start()));
            start = m.end();
            lastEnd = m.end();
        }
        out.add(s.substring(start));
        return out;
    }
}
