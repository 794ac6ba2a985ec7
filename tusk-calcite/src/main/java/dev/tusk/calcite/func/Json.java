package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON values as PostgreSQL's json and jsonb functions see them: parsed with the source text of every value kept
 * (json operators return a value's text as it was written), and written back as jsonb prints them (object keys
 * ordered by length then bytes, the last duplicate kept, {@code ", "} and {@code ": "} between items).
 */
final class Json {
    private Json() {}

    /** A parsed value and the text it was parsed from. */
    sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
        /** The text the value was written as. */
        String source();

        /** jsonb_typeof's name of its type. */
        String typeName();
    }

    /** An object: its members in the order written (duplicates included). */
    record Obj(List<Map.Entry<String, Value>> members, String source) implements Value {
        @Override
        public String typeName() {
            return "object";
        }

        /** The member's value (the last one written with that key, as PostgreSQL finds it), or null. */
        Value get(String key) {
            Value found = null;
            for (Map.Entry<String, Value> e : members) {
                if (e.getKey().equals(key)) {
                    found = e.getValue();
                }
            }
            return found;
        }
    }

    /** An array. */
    record Arr(List<Value> elements, String source) implements Value {
        @Override
        public String typeName() {
            return "array";
        }
    }

    /** A string, unescaped. */
    record Str(String value, String source) implements Value {
        @Override
        public String typeName() {
            return "string";
        }
    }

    /** A number. */
    record Num(BigDecimal value, String source) implements Value {
        @Override
        public String typeName() {
            return "number";
        }
    }

    /** true or false. */
    record Bool(boolean value, String source) implements Value {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    /** null. */
    record Null(String source) implements Value {
        @Override
        public String typeName() {
            return "null";
        }
    }

    /** Parses a json or jsonb text; 22P02 when it is not JSON. */
    static Value parse(String text, String type) {
        Parser p = new Parser(text, type);
        p.skipSpace();
        Value v = p.value();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.invalid();
        }
        return v;
    }

    private static final class Parser {
        private final String s;
        private final String type;
        private int pos;

        Parser(String s, String type) {
            this.s = s;
            this.type = type;
        }

        PgException invalid() {
            return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type " + type);
        }

        void skipSpace() {
            while (pos < s.length() && " \t\n\r".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
        }

        Value value() {
            if (pos >= s.length()) {
                throw invalid();
            }
            int start = pos;
            char c = s.charAt(pos);
            switch (c) {
                case '{' -> {
                    pos++;
                    List<Map.Entry<String, Value>> members = new ArrayList<>();
                    skipSpace();
                    if (peek('}')) {
                        pos++;
                        return new Obj(members, s.substring(start, pos));
                    }
                    while (true) {
                        skipSpace();
                        if (!peek('"')) {
                            throw invalid();
                        }
                        String key = string();
                        skipSpace();
                        expect(':');
                        skipSpace();
                        members.add(Map.entry(key, value()));
                        skipSpace();
                        if (peek(',')) {
                            pos++;
                            continue;
                        }
                        expect('}');
                        return new Obj(members, s.substring(start, pos));
                    }
                }
                case '[' -> {
                    pos++;
                    List<Value> elements = new ArrayList<>();
                    skipSpace();
                    if (peek(']')) {
                        pos++;
                        return new Arr(elements, s.substring(start, pos));
                    }
                    while (true) {
                        skipSpace();
                        elements.add(value());
                        skipSpace();
                        if (peek(',')) {
                            pos++;
                            continue;
                        }
                        expect(']');
                        return new Arr(elements, s.substring(start, pos));
                    }
                }
                case '"' -> {
                    String v = string();
                    return new Str(v, s.substring(start, pos));
                }
                default -> {
                    if (s.startsWith("true", pos)) {
                        pos += 4;
                        return new Bool(true, "true");
                    }
                    if (s.startsWith("false", pos)) {
                        pos += 5;
                        return new Bool(false, "false");
                    }
                    if (s.startsWith("null", pos)) {
                        pos += 4;
                        return new Null("null");
                    }
                    return number();
                }
            }
        }

        boolean peek(char c) {
            return pos < s.length() && s.charAt(pos) == c;
        }

        void expect(char c) {
            if (!peek(c)) {
                throw invalid();
            }
            pos++;
        }

        String string() {
            pos++; // the opening quote
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw invalid();
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c < 0x20) {
                    throw invalid();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (pos >= s.length()) {
                    throw invalid();
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (pos + 4 > s.length()) {
                            throw invalid();
                        }
                        try {
                            sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw invalid();
                        }
                        pos += 4;
                    }
                    default -> throw invalid();
                }
            }
        }

        Value number() {
            int start = pos;
            if (peek('-')) {
                pos++;
            }
            int digits = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == digits || (s.charAt(digits) == '0' && pos - digits > 1)) {
                throw invalid();
            }
            if (peek('.')) {
                pos++;
                int frac = pos;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
                if (pos == frac) {
                    throw invalid();
                }
            }
            if (peek('e') || peek('E')) {
                pos++;
                if (peek('+') || peek('-')) {
                    pos++;
                }
                int exp = pos;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
                if (pos == exp) {
                    throw invalid();
                }
            }
            String text = s.substring(start, pos);
            return new Num(new BigDecimal(text), text);
        }
    }

    /** escape_json: a JSON string literal for {@code s}. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** The value as jsonb prints it. */
    static String jsonb(Value v) {
        StringBuilder sb = new StringBuilder();
        writeJsonb(v, sb);
        return sb.toString();
    }

    private static final Comparator<String> JSONB_KEY_ORDER = Comparator.comparingInt(
                    (String k) -> k.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
            .thenComparing((a, b) -> java.util.Arrays.compareUnsigned(
                    a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    b.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    private static void writeJsonb(Value v, StringBuilder sb) {
        switch (v) {
            case Obj o -> {
                Map<String, Value> sorted = new TreeMap<>(JSONB_KEY_ORDER);
                for (Map.Entry<String, Value> e : o.members()) {
                    sorted.put(e.getKey(), e.getValue()); // the last duplicate wins
                }
                sb.append('{');
                boolean first = true;
                for (Map.Entry<String, Value> e : sorted.entrySet()) {
                    sb.append(first ? "" : ", ").append(quote(e.getKey())).append(": ");
                    writeJsonb(e.getValue(), sb);
                    first = false;
                }
                sb.append('}');
            }
            case Arr a -> {
                sb.append('[');
                for (int i = 0; i < a.elements().size(); i++) {
                    sb.append(i > 0 ? ", " : "");
                    writeJsonb(a.elements().get(i), sb);
                }
                sb.append(']');
            }
            case Str s -> sb.append(quote(s.value()));
            case Num n -> sb.append(Numerics.normalize(n.value()).toPlainString());
            case Bool b -> sb.append(b.value());
            case Null n -> sb.append("null");
        }
    }

    /** jsonb containment ({@code @>}): whether {@code a} contains {@code b}. */
    static boolean contains(Value a, Value b) {
        if (a instanceof Obj oa && b instanceof Obj ob) {
            for (Map.Entry<String, Value> e : ob.members()) {
                Value x = oa.get(e.getKey());
                if (x == null || !contains(x, e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Arr aa && b instanceof Arr ab) {
            for (Value e : ab.elements()) {
                boolean found = false;
                for (Value x : aa.elements()) {
                    if ((e instanceof Obj || e instanceof Arr) ? contains(x, e) && sameKind(x, e) : equal(x, e)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Arr aa && !(b instanceof Obj) && !(b instanceof Arr)) {
            for (Value x : aa.elements()) {
                if (equal(x, b)) {
                    return true; // an array contains a scalar it has
                }
            }
            return false;
        }
        return equal(a, b);
    }

    private static boolean sameKind(Value a, Value b) {
        return a.getClass() == b.getClass();
    }

    private static boolean equal(Value a, Value b) {
        return switch (a) {
            case Num x -> b instanceof Num y && x.value().compareTo(y.value()) == 0;
            case Str x -> b instanceof Str y && x.value().equals(y.value());
            case Bool x -> b instanceof Bool y && x.value() == y.value();
            case Null x -> b instanceof Null;
            default -> (a instanceof Obj || a instanceof Arr) && jsonb(a).equals(jsonb(b));
        };
    }
}
