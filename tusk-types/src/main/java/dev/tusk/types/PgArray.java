package dev.tusk.types;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL array value of any dimensionality and lower bounds: dimensions, lower bounds and the
 * elements flattened in row-major order ({@code null} elements allowed).
 */
public final class PgArray {
    private static final int MAXDIM = 6;
    private static final PgArray EMPTY = new PgArray(new int[0], new int[0], new Object[0]);

    private final int[] dims;
    private final int[] lowerBounds;
    private final Object[] elements;

    private PgArray(int[] dims, int[] lowerBounds, Object[] elements) {
        this.dims = dims;
        this.lowerBounds = lowerBounds;
        this.elements = elements;
    }

    /** Creates an array; {@code elements.length} must equal the product of {@code dims}. */
    public static PgArray of(int[] dims, int[] lowerBounds, Object[] elements) {
        Objects.requireNonNull(elements, "elements");
        if (dims.length != lowerBounds.length) {
            throw new IllegalArgumentException("dims and lowerBounds differ in length");
        }
        if (dims.length > MAXDIM) {
            throw new PgTypeException(
                    PgTypeException.PROGRAM_LIMIT_EXCEEDED,
                    "number of array dimensions (" + dims.length + ") exceeds the maximum allowed (" + MAXDIM + ")");
        }
        long n = dims.length == 0 ? 0 : 1;
        for (int d : dims) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension");
            }
            n *= d;
            if (n > Integer.MAX_VALUE) {
                throw new PgTypeException(
                        PgTypeException.PROGRAM_LIMIT_EXCEEDED, "array size exceeds the maximum allowed");
            }
        }
        if (n != elements.length) {
            throw new IllegalArgumentException("expected " + n + " elements, got " + elements.length);
        }
        if (n == 0) {
            return EMPTY;
        }
        return new PgArray(dims.clone(), lowerBounds.clone(), elements.clone());
    }

    /** A one-dimensional array with lower bound 1 (empty if there are no elements). */
    public static PgArray of(Object... elements) {
        return elements.length == 0 ? EMPTY : of(new int[] {elements.length}, new int[] {1}, elements);
    }

    /** A one-dimensional array with lower bound 1 holding the list's elements. */
    public static PgArray ofList(List<?> elements) {
        return of(elements.toArray());
    }

    /** The empty array {@code {}} (zero dimensions). */
    public static PgArray empty() {
        return EMPTY;
    }

    /** Number of dimensions; 0 for an empty array. */
    public int ndim() {
        return dims.length;
    }

    /** Length of dimension {@code i} (0-based). */
    public int dim(int i) {
        return dims[i];
    }

    /** Lower bound of dimension {@code i} (0-based). */
    public int lowerBound(int i) {
        return lowerBounds[i];
    }

    /** A copy of the dimension lengths. */
    public int[] dims() {
        return dims.clone();
    }

    /** A copy of the lower bounds. */
    public int[] lowerBounds() {
        return lowerBounds.clone();
    }

    /** Total number of elements. */
    public int size() {
        return elements.length;
    }

    /** Element {@code i} in row-major order. */
    public Object get(int i) {
        return elements[i];
    }

    /** The elements in row-major order, as an unmodifiable list (nulls allowed). */
    public List<Object> elements() {
        return java.util.Collections.unmodifiableList(Arrays.asList(elements.clone()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PgArray a
                && Arrays.equals(dims, a.dims)
                && Arrays.equals(lowerBounds, a.lowerBounds)
                && Arrays.deepEquals(elements, a.elements);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims) * 31 + Arrays.deepHashCode(elements);
    }

    @Override
    public String toString() {
        return "PgArray" + Arrays.toString(dims) + Arrays.toString(lowerBounds) + Arrays.deepToString(elements);
    }
}
