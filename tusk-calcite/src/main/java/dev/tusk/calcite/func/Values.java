package dev.tusk.calcite.func;

import java.math.BigDecimal;
import java.util.List;

/** Equality of Calcite runtime values as PostgreSQL's = operators decide it, for the functions that search. */
final class Values {
    private Values() {}

    /** {@code a IS NOT DISTINCT FROM b}: numeric by value, float8 with NaN equal to itself and -0 to 0. */
    static boolean notDistinct(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue() || (x.isNaN() && y.isNaN());
        }
        if (a instanceof Float x && b instanceof Float y) {
            return x.floatValue() == y.floatValue() || (x.isNaN() && y.isNaN());
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!notDistinct(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
