package dev.tusk.types.differential;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Structured random array literals: nested braces of random shape (sometimes ragged), elements drawn from a
 * pool and written bare, quoted or backslash-escaped, random spacing, NULLs, and sometimes explicit (right or
 * wrong) dimension decorations. Deterministic per seed.
 */
final class RandomArrays {
    private RandomArrays() {}

    static List<String> of(List<String> pool, long seed, int count) {
        Random rnd = new Random(seed);
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < count) {
            int ndim = 1 + rnd.nextInt(3);
            int[] dims = new int[ndim];
            for (int i = 0; i < ndim; i++) {
                dims[i] = rnd.nextInt(4);
            }
            StringBuilder sb = new StringBuilder();
            if (rnd.nextInt(5) == 0) {
                for (int i = 0; i < ndim; i++) {
                    int lb = rnd.nextInt(5) - 2;
                    int ub = lb + dims[i] - 1 + (rnd.nextInt(8) == 0 ? 1 : 0);
                    sb.append('[').append(lb).append(':').append(ub).append(']');
                }
                sb.append(rnd.nextBoolean() ? "=" : " = ");
            }
            level(sb, dims, 0, pool, rnd);
            if (rnd.nextInt(10) == 0) {
                sb.append(rnd.nextBoolean() ? " " : "x");
            }
            out.add(sb.toString());
        }
        return new ArrayList<>(out);
    }

    private static void level(StringBuilder sb, int[] dims, int depth, List<String> pool, Random rnd) {
        sb.append('{');
        int n = dims[depth];
        if (rnd.nextInt(12) == 0) {
            n += rnd.nextBoolean() ? 1 : -1; // ragged
        }
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(spaces(rnd)).append(',').append(spaces(rnd));
            } else {
                sb.append(spaces(rnd));
            }
            if (depth + 1 < dims.length) {
                level(sb, dims, depth + 1, pool, rnd);
            } else {
                element(sb, pool, rnd);
            }
        }
        sb.append(spaces(rnd)).append('}');
    }

    private static String spaces(Random rnd) {
        return switch (rnd.nextInt(6)) {
            case 0 -> " ";
            case 1 -> "\t";
            default -> "";
        };
    }

    private static void element(StringBuilder sb, List<String> pool, Random rnd) {
        int kind = rnd.nextInt(10);
        String e = pool.get(rnd.nextInt(pool.size()));
        if (kind == 0) {
            sb.append(rnd.nextBoolean() ? "NULL" : "null");
        } else if (kind == 1) {
            sb.append("\"NULL\"");
        } else if (kind <= 4) {
            sb.append('"');
            for (char c : e.toCharArray()) {
                if (c == '"' || c == '\\') {
                    sb.append('\\');
                }
                sb.append(c);
            }
            sb.append('"');
        } else if (kind == 5) {
            for (char c : e.toCharArray()) {
                sb.append('\\').append(c);
            }
        } else {
            sb.append(e);
        }
    }
}
