package dev.tusk.types.codec;

import dev.tusk.types.PgTypeException;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL 15's {@code array_in} up to the element input calls: optional {@code [lb:ub]} dimension items
 * and {@code =}, {@code ArrayCount}'s validating scan of the brace structure (with its exact error details,
 * which quote the input from the first brace on), the bounds checks, and {@code ReadArrayStr}'s de-quoting
 * of elements (unquoted {@code NULL} in any case is SQL NULL; unquoted surrounding whitespace is dropped).
 */
final class ArrayTextParser {
    static final int MAXDIM = 6;
    /** MaxArraySize: MaxAllocSize / sizeof(Datum). */
    static final int MAX_ARRAY_SIZE = 0x3fffffff / 8;

    /** The parsed shape and the element texts in storage order (null for SQL NULL). */
    record Parsed(int[] dims, int[] lowerBounds, List<String> elements) {}

    private ArrayTextParser() {}

    private static PgTypeException malformed(String shown, String detail) {
        return new PgTypeException(
                PgTypeException.INVALID_TEXT_REPRESENTATION, "malformed array literal: \"" + shown + "\"", detail);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }

    private static boolean isBoundChar(char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+';
    }

    /** Parses {@code string} with element delimiter {@code delim}. */
    static Parsed parse(String string, char delim) {
        int p = 0;
        int n = string.length();
        int ndim = 0;
        int[] dim = new int[MAXDIM];
        int[] lBound = new int[MAXDIM];
        while (true) {
            while (p < n && isSpace(string.charAt(p))) {
                p++;
            }
            if (p >= n || string.charAt(p) != '[') {
                break;
            }
            p++;
            if (ndim >= MAXDIM) {
                throw new PgTypeException(
                        PgTypeException.PROGRAM_LIMIT_EXCEEDED,
                        "number of array dimensions (" + (ndim + 1) + ") exceeds the maximum allowed (" + MAXDIM + ")");
            }
            int q = p;
            while (q < n && isBoundChar(string.charAt(q))) {
                q++;
            }
            if (q == p) {
                throw malformed(string, "\"[\" must introduce explicitly-specified array dimensions.");
            }
            if (q < n && string.charAt(q) == ':') {
                lBound[ndim] = atoi(string, p, q);
                p = q + 1;
                q = p;
                while (q < n && isBoundChar(string.charAt(q))) {
                    q++;
                }
                if (q == p) {
                    throw malformed(string, "Missing array dimension value.");
                }
            } else {
                lBound[ndim] = 1;
            }
            if (q >= n || string.charAt(q) != ']') {
                throw malformed(string, "Missing \"]\" after array dimensions.");
            }
            int ub = atoi(string, p, q);
            p = q + 1;
            if (ub < lBound[ndim]) {
                throw new PgTypeException(
                        PgTypeException.ARRAY_SUBSCRIPT_ERROR, "upper bound cannot be less than lower bound");
            }
            dim[ndim] = ub - lBound[ndim] + 1;
            ndim++;
        }
        if (ndim == 0) {
            if (p >= n || string.charAt(p) != '{') {
                throw malformed(string, "Array value must start with \"{\" or dimension information.");
            }
            ndim = arrayCount(string.substring(p), dim, delim);
            for (int i = 0; i < ndim; i++) {
                lBound[i] = 1;
            }
        } else {
            if (p >= n || string.charAt(p) != '=') {
                throw malformed(string, "Missing \"=\" after array dimensions.");
            }
            p++;
            while (p < n && isSpace(string.charAt(p))) {
                p++;
            }
            if (p >= n || string.charAt(p) != '{') {
                throw malformed(string, "Array contents must start with \"{\".");
            }
            int[] dimBraces = new int[MAXDIM];
            int ndimBraces = arrayCount(string.substring(p), dimBraces, delim);
            if (ndimBraces != ndim) {
                throw malformed(string, "Specified array dimensions do not match array contents.");
            }
            for (int i = 0; i < ndim; i++) {
                if (dim[i] != dimBraces[i]) {
                    throw malformed(string, "Specified array dimensions do not match array contents.");
                }
            }
        }
        int nitems = nItems(ndim, dim);
        for (int i = 0; i < ndim; i++) {
            if ((long) dim[i] + lBound[i] > Integer.MAX_VALUE) {
                throw new PgTypeException(
                        PgTypeException.PROGRAM_LIMIT_EXCEEDED, "array lower bound is too large: " + lBound[i]);
            }
        }
        if (nitems == 0) {
            return new Parsed(new int[0], new int[0], List.of());
        }
        List<String> elements = readArrayStr(string, p, delim, nitems);
        return new Parsed(java.util.Arrays.copyOf(dim, ndim), java.util.Arrays.copyOf(lBound, ndim), elements);
    }

    /** C's atoi on {@code s[from, to)}: strtol's value cut to 32 bits. */
    private static int atoi(String s, int from, int to) {
        return (int) DateFields.strtol(s.substring(from, to), 0, false).value();
    }

    /** ArrayGetNItems. */
    private static int nItems(int ndim, int[] dims) {
        if (ndim <= 0) {
            return 0;
        }
        long ret = 1;
        for (int i = 0; i < ndim; i++) {
            if (dims[i] < 0) {
                throw tooLarge();
            }
            long prod = ret * dims[i];
            if ((int) prod != prod) {
                throw tooLarge();
            }
            ret = prod;
        }
        if (ret > MAX_ARRAY_SIZE) {
            throw tooLarge();
        }
        return (int) ret;
    }

    private static PgTypeException tooLarge() {
        return new PgTypeException(
                PgTypeException.PROGRAM_LIMIT_EXCEEDED,
                "array size exceeds the maximum allowed (" + MAX_ARRAY_SIZE + ")");
    }

    private enum State {
        NO_LEVEL,
        LEVEL_STARTED,
        ELEM_STARTED,
        ELEM_COMPLETED,
        QUOTED_ELEM_STARTED,
        QUOTED_ELEM_COMPLETED,
        ELEM_DELIMITED,
        LEVEL_COMPLETED,
        LEVEL_DELIMITED
    }

    /** ArrayCount: validates the brace structure of {@code str} and fills {@code dim}; 0 for an empty array. */
    static int arrayCount(String str, int[] dim, char delim) {
        int nestLevel = 0;
        int ndim = 1;
        int[] temp = new int[MAXDIM];
        int[] nelems = new int[MAXDIM];
        int[] nelemsLast = new int[MAXDIM];
        java.util.Arrays.fill(nelems, 1);
        java.util.Arrays.fill(dim, 0);
        boolean inQuotes = false;
        boolean eoArray = false;
        boolean emptyArray = true;
        State state = State.NO_LEVEL;
        int ptr = 0;
        int n = str.length();
        while (!eoArray) {
            boolean itemdone = false;
            while (!itemdone) {
                if (state == State.ELEM_STARTED || state == State.QUOTED_ELEM_STARTED) {
                    emptyArray = false;
                }
                char c = ptr < n ? str.charAt(ptr) : '\0';
                switch (c) {
                    case '\0' -> throw malformed(str, "Unexpected end of input.");
                    case '\\' -> {
                        if (state != State.LEVEL_STARTED
                                && state != State.ELEM_STARTED
                                && state != State.QUOTED_ELEM_STARTED
                                && state != State.ELEM_DELIMITED) {
                            throw malformed(str, "Unexpected \"\\\" character.");
                        }
                        if (state != State.QUOTED_ELEM_STARTED) {
                            state = State.ELEM_STARTED;
                        }
                        if (ptr + 1 < n && str.charAt(ptr + 1) != '\0') {
                            ptr++;
                        } else {
                            throw malformed(str, "Unexpected end of input.");
                        }
                    }
                    case '"' -> {
                        if (state != State.LEVEL_STARTED
                                && state != State.QUOTED_ELEM_STARTED
                                && state != State.ELEM_DELIMITED) {
                            throw malformed(str, "Unexpected array element.");
                        }
                        inQuotes = !inQuotes;
                        state = inQuotes ? State.QUOTED_ELEM_STARTED : State.QUOTED_ELEM_COMPLETED;
                    }
                    case '{' -> {
                        if (!inQuotes) {
                            if (state != State.NO_LEVEL
                                    && state != State.LEVEL_STARTED
                                    && state != State.LEVEL_DELIMITED) {
                                throw malformed(str, "Unexpected \"{\" character.");
                            }
                            state = State.LEVEL_STARTED;
                            if (nestLevel >= MAXDIM) {
                                throw new PgTypeException(
                                        PgTypeException.PROGRAM_LIMIT_EXCEEDED,
                                        "number of array dimensions (" + (nestLevel + 1)
                                                + ") exceeds the maximum allowed (" + MAXDIM + ")");
                            }
                            temp[nestLevel] = 0;
                            nestLevel++;
                            if (ndim < nestLevel) {
                                ndim = nestLevel;
                            }
                        }
                    }
                    case '}' -> {
                        if (!inQuotes) {
                            if (state != State.ELEM_STARTED
                                    && state != State.ELEM_COMPLETED
                                    && state != State.QUOTED_ELEM_COMPLETED
                                    && state != State.LEVEL_COMPLETED
                                    && !(nestLevel == 1 && state == State.LEVEL_STARTED)) {
                                throw malformed(str, "Unexpected \"}\" character.");
                            }
                            state = State.LEVEL_COMPLETED;
                            if (nestLevel == 0) {
                                throw malformed(str, "Unmatched \"}\" character.");
                            }
                            nestLevel--;
                            if (nelemsLast[nestLevel] != 0 && nelems[nestLevel] != nelemsLast[nestLevel]) {
                                throw malformed(
                                        str, "Multidimensional arrays must have sub-arrays with matching dimensions.");
                            }
                            nelemsLast[nestLevel] = nelems[nestLevel];
                            nelems[nestLevel] = 1;
                            if (nestLevel == 0) {
                                eoArray = true;
                                itemdone = true;
                            } else {
                                temp[nestLevel - 1]++;
                            }
                        }
                    }
                    default -> {
                        if (!inQuotes) {
                            if (c == delim) {
                                if (state != State.ELEM_STARTED
                                        && state != State.ELEM_COMPLETED
                                        && state != State.QUOTED_ELEM_COMPLETED
                                        && state != State.LEVEL_COMPLETED) {
                                    throw malformed(str, "Unexpected \"" + delim + "\" character.");
                                }
                                state = state == State.LEVEL_COMPLETED ? State.LEVEL_DELIMITED : State.ELEM_DELIMITED;
                                itemdone = true;
                                nelems[nestLevel - 1]++;
                            } else if (!isSpace(c)) {
                                if (state != State.LEVEL_STARTED
                                        && state != State.ELEM_STARTED
                                        && state != State.ELEM_DELIMITED) {
                                    throw malformed(str, "Unexpected array element.");
                                }
                                state = State.ELEM_STARTED;
                            }
                        }
                    }
                }
                if (!itemdone) {
                    ptr++;
                }
            }
            temp[ndim - 1]++;
            ptr++;
        }
        while (ptr < n) {
            if (!isSpace(str.charAt(ptr++))) {
                throw malformed(str, "Junk after closing right brace.");
            }
        }
        if (emptyArray) {
            return 0;
        }
        System.arraycopy(temp, 0, dim, 0, ndim);
        return ndim;
    }

    /** ReadArrayStr: the de-quoted element texts of a validated array, null for an unquoted NULL. */
    private static List<String> readArrayStr(String s, int from, char delim, int nitems) {
        List<String> out = new ArrayList<>(nitems);
        int src = from;
        int n = s.length();
        int nestLevel = 0;
        boolean inQuotes = false;
        boolean eoArray = false;
        while (!eoArray) {
            boolean itemdone = false;
            boolean leadingSpace = true;
            boolean hasQuoting = false;
            StringBuilder item = new StringBuilder();
            int end = 0;
            while (!itemdone) {
                if (src >= n) {
                    throw malformed(s, null);
                }
                char c = s.charAt(src);
                if (c == '\\') {
                    src++;
                    if (src >= n) {
                        throw malformed(s, null);
                    }
                    item.append(s.charAt(src++));
                    leadingSpace = false;
                    end = item.length();
                    hasQuoting = true;
                } else if (c == '"') {
                    inQuotes = !inQuotes;
                    if (inQuotes) {
                        leadingSpace = false;
                    } else {
                        end = item.length();
                    }
                    hasQuoting = true;
                    src++;
                } else if (c == '{' && !inQuotes) {
                    nestLevel++;
                    src++;
                } else if (c == '}' && !inQuotes) {
                    nestLevel--;
                    if (nestLevel == 0) {
                        eoArray = true;
                        itemdone = true;
                    }
                    src++;
                } else if (inQuotes) {
                    item.append(c);
                    src++;
                } else if (c == delim) {
                    itemdone = true;
                    src++;
                } else if (isSpace(c)) {
                    if (!leadingSpace) {
                        item.append(c);
                    }
                    src++;
                } else {
                    item.append(c);
                    src++;
                    leadingSpace = false;
                    end = item.length();
                }
            }
            item.setLength(end);
            String text = item.toString();
            out.add(!hasQuoting && text.equalsIgnoreCase("NULL") ? null : text);
        }
        return out;
    }
}
