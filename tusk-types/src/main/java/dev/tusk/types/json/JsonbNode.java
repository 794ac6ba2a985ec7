package dev.tusk.types.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A parsed {@code jsonb} value as PostgreSQL stores it: scalars already in their output form, arrays in order,
 * and objects whose keys are kept sorted and unique the way {@code jsonb} keeps them.
 */
sealed interface JsonbNode {

    /** A string, number, true, false or null, held as the bytes {@code jsonb_out} prints for it. */
    record Scalar(byte[] text) implements JsonbNode {}

    /** An array. */
    record ArrayNode(List<JsonbNode> elements) implements JsonbNode {}

    /** An object: pairs in input order until {@link #normalize()} sorts them and drops duplicate keys. */
    final class ObjectNode implements JsonbNode {
        final List<byte[]> keys = new ArrayList<>();
        final List<JsonbNode> values = new ArrayList<>();

        void add(byte[] key, JsonbNode value) {
            keys.add(key);
            values.add(value);
        }

        /**
         * PostgreSQL's {@code uniqueifyJsonbObject}: keys ordered by byte length, then bytewise; of equal keys
         * the one written last wins.
         */
        void normalize() {
            int n = keys.size();
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = compareKeys(keys.get(a), keys.get(b));
                return c != 0 ? c : Integer.compare(b, a);
            });
            List<byte[]> k = new ArrayList<>(n);
            List<JsonbNode> v = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byte[] key = keys.get(order[i]);
                if (!k.isEmpty() && Arrays.equals(k.get(k.size() - 1), key)) {
                    continue;
                }
                k.add(key);
                v.add(values.get(order[i]));
            }
            keys.clear();
            keys.addAll(k);
            values.clear();
            values.addAll(v);
        }

        private static int compareKeys(byte[] a, byte[] b) {
            if (a.length != b.length) {
                return Integer.compare(a.length, b.length);
            }
            return Arrays.compareUnsigned(a, b);
        }
    }
}
