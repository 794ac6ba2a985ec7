package dev.tusk.calcite.engine;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recognises a statement already seen up to its integer literals without parsing it: the text with every
 * standalone digit run replaced by a marker is the statement's shape. When a statement parsed and had its
 * literals lifted ({@link LiteralLifter}), its shape is remembered with which digit runs were lifted (and in
 * which parameter they went) and the exact text of the others; a later statement of the same shape, whose kept
 * digit runs read the same and whose lifted ones still fit int4, is the same statement with other values, and
 * can go to the plan cache directly. Text the scanner is unsure of (dollar quotes, parameters) has no shape.
 */
final class StatementShapes {
    /**
     * What is known of one shape.
     *
     * @param liftedKey the plan cache text of its statements
     * @param dml whether it is INSERT, UPDATE or DELETE
     * @param parameter for each digit run, the parameter it is lifted into, or -1 if kept
     * @param negated for each digit run, whether a minus sign right before it belongs to the lifted literal
     * @param kept for each digit run kept, its text (null for lifted ones)
     */
    record Known(String liftedKey, boolean dml, int[] parameter, boolean[] negated, String[] kept) {}

    /**
     * A statement's shape.
     *
     * @param key the text with each digit run replaced by a marker
     * @param starts where each digit run starts
     * @param ends where each digit run ends (exclusive)
     */
    record Shape(String key, int[] starts, int[] ends) {}

    private final int capacity;
    private final LinkedHashMap<String, Known> known = new LinkedHashMap<>(64, 0.75f, true);

    StatementShapes(int capacity) {
        this.capacity = capacity;
    }

    /** The lifted values if {@code sql} has a known shape and fits it, with what is known; else null. */
    Match match(String sql) {
        synchronized (this) {
            if (known.isEmpty()) {
                return null;
            }
        }
        Shape shape = shape(sql);
        if (shape == null) {
            return null;
        }
        Known k;
        synchronized (this) {
            k = known.get(shape.key());
        }
        if (k == null || k.parameter().length != shape.starts().length) {
            return null;
        }
        int lifted = 0;
        for (int p : k.parameter()) {
            if (p >= 0) {
                lifted++;
            }
        }
        Object[] values = new Object[lifted];
        for (int i = 0; i < k.parameter().length; i++) {
            int start = shape.starts()[i];
            int end = shape.ends()[i];
            if (k.parameter()[i] < 0) {
                if (!sql.regionMatches(start, k.kept()[i], 0, k.kept()[i].length())
                        || k.kept()[i].length() != end - start) {
                    return null;
                }
                continue;
            }
            if (end - start > 10) {
                return null; // as LiteralLifter: more than ten characters is left alone
            }
            long v = Long.parseLong(sql, start, end, 10);
            if (k.negated()[i]) {
                if (end - start + 1 > 10) {
                    return null;
                }
                v = -v;
            }
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                return null;
            }
            values[k.parameter()[i]] = (int) v;
        }
        return new Match(k, values);
    }

    /** A statement matched to a known shape, with its lifted values. */
    record Match(Known known, Object[] values) {}

    /** Remembers the shape of a statement whose literals were lifted, if every lifted literal is one digit run. */
    synchronized void remember(String sql, LiteralLifter.Lifted lifted, boolean dml) {
        Shape shape = shape(sql);
        if (shape == null || known.containsKey(shape.key())) {
            return;
        }
        int n = shape.starts().length;
        int[] parameter = new int[n];
        boolean[] negated = new boolean[n];
        String[] kept = new String[n];
        Arrays.fill(parameter, -1);
        for (int p = 0; p < lifted.starts().length; p++) {
            int at = -1;
            for (int i = 0; i < n; i++) {
                if (shape.ends()[i] == lifted.ends()[p]) {
                    at = i;
                }
            }
            if (at < 0 || parameter[at] >= 0) {
                return;
            }
            int start = shape.starts()[at];
            if (lifted.starts()[p] == start) {
                negated[at] = false;
            } else if (lifted.starts()[p] == start - 1 && sql.charAt(start - 1) == '-') {
                negated[at] = true;
            } else {
                return;
            }
            parameter[at] = p;
        }
        for (int i = 0; i < n; i++) {
            if (parameter[i] < 0) {
                kept[i] = sql.substring(shape.starts()[i], shape.ends()[i]);
            }
        }
        known.put(shape.key(), new Known(lifted.key(), dml, parameter, negated, kept));
        if (known.size() > capacity) {
            Iterator<Map.Entry<String, Known>> it = known.entrySet().iterator();
            it.next();
            it.remove();
        }
    }

    /**
     * The shape of a statement, or null when the scanner cannot be sure of it: digit runs outside quotes,
     * comments and identifiers, not part of a decimal or exponent number; dollar-quoted text and {@code $n}
     * parameters give none.
     */
    static Shape shape(String sql) {
        int n = sql.length();
        StringBuilder key = new StringBuilder(n);
        int[] starts = new int[8];
        int[] ends = new int[8];
        int count = 0;
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                boolean escapes = c == '\'' && i > 0 && (sql.charAt(i - 1) == 'e' || sql.charAt(i - 1) == 'E');
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        return null;
                    }
                    char d = sql.charAt(j);
                    if (escapes && d == '\\') {
                        j += 2;
                        continue;
                    }
                    if (d == c) {
                        if (j + 1 < n && sql.charAt(j + 1) == c) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                key.append(sql, i, j + 1);
                i = j + 1;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int j = sql.indexOf('\n', i);
                j = j < 0 ? n : j;
                key.append(sql, i, j);
                i = j;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int depth = 0;
                int j = i;
                do {
                    if (j + 1 >= n) {
                        return null;
                    }
                    if (sql.charAt(j) == '/' && sql.charAt(j + 1) == '*') {
                        depth++;
                        j += 2;
                    } else if (sql.charAt(j) == '*' && sql.charAt(j + 1) == '/') {
                        depth--;
                        j += 2;
                    } else {
                        j++;
                    }
                } while (depth > 0);
                key.append(sql, i, j);
                i = j;
            } else if (c == '$') {
                return null; // a parameter or a dollar-quoted string
            } else if (identifierPart(c)) {
                int j = i;
                while (j < n && (identifierPart(sql.charAt(j)) || sql.charAt(j) == '$')) {
                    j++;
                }
                boolean digits = c >= '0' && c <= '9';
                for (int k = i; digits && k < j; k++) {
                    digits = sql.charAt(k) >= '0' && sql.charAt(k) <= '9';
                }
                boolean decimal = (j < n && sql.charAt(j) == '.') || (i > 0 && sql.charAt(i - 1) == '.');
                if (digits && !decimal) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                        ends = Arrays.copyOf(ends, count * 2);
                    }
                    starts[count] = i;
                    ends[count] = j;
                    count++;
                    key.append('\u0000');
                } else {
                    key.append(sql, i, j);
                }
                i = j;
            } else {
                key.append(c);
                i++;
            }
        }
        return new Shape(key.toString(), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    private static boolean identifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c >= 0x80;
    }
}
