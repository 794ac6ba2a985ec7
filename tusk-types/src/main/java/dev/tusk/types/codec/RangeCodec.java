package dev.tusk.types.codec;

import dev.tusk.types.ByteArraySink;
import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgRange;
import dev.tusk.types.PgType;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.TypeCodec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.function.UnaryOperator;

/**
 * Ranges over any subtype, delegating bounds to the subtype's codec: text {@code [1,5)} as range_in
 * and range_out, binary as range_recv and range_send; discrete ranges (int4, int8, date) are
 * canonicalised to {@code [lower,upper)} as PostgreSQL's canonical functions do.
 */
public final class RangeCodec extends BaseCodec<PgRange<?>> {
    static final int EMPTY = 0x01;
    static final int LB_INC = 0x02;
    static final int UB_INC = 0x04;
    static final int LB_INF = 0x08;
    static final int UB_INF = 0x10;

    private final TypeCodec<?> subtypeCodec;
    private final Comparator<Object> cmp;
    private final UnaryOperator<Object> successor;

    /** A codec for {@code typname} (e.g. {@code int4range}) over {@code subtype}. */
    @SuppressWarnings("unchecked")
    public RangeCodec(String typname, PgType subtype) {
        super(typname, (Class<PgRange<?>>) (Class<?>) PgRange.class);
        this.subtypeCodec = subtype.codec();
        this.cmp = comparator(subtype.oid());
        this.successor = successor(subtype.oid());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Object> comparator(int oid) {
        return switch (oid) {
            case 1700 ->
                (a, b) -> Integer.compare(numericRank(a), numericRank(b)) != 0
                        ? Integer.compare(numericRank(a), numericRank(b))
                        : numericRank(a) == 0 ? ((BigDecimal) a).compareTo((BigDecimal) b) : 0;
            case 1184 -> (a, b) -> OffsetDateTime.timeLineOrder().compare((OffsetDateTime) a, (OffsetDateTime) b);
            default -> (a, b) -> ((Comparable) a).compareTo(b);
        };
    }

    /** Orders numeric's non-finite values as PostgreSQL does: -Infinity, finite, Infinity, NaN. */
    private static int numericRank(Object v) {
        if (v instanceof Double d) {
            return d.isNaN() ? 3 : d > 0 ? 2 : -1;
        }
        return 0;
    }

    private static UnaryOperator<Object> successor(int oid) {
        return switch (oid) {
            case 23 ->
                v -> {
                    int i = (Integer) v;
                    if (i == Integer.MAX_VALUE) {
                        throw new PgTypeException(PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE, "integer out of range");
                    }
                    return i + 1;
                };
            case 20 ->
                v -> {
                    long l = (Long) v;
                    if (l == Long.MAX_VALUE) {
                        throw new PgTypeException(PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE, "bigint out of range");
                    }
                    return l + 1;
                };
            case 1082 ->
                v -> {
                    LocalDate d = (LocalDate) v;
                    return d.equals(LocalDate.MAX) || d.equals(LocalDate.MIN) ? d : d.plusDays(1);
                };
            default -> null;
        };
    }

    /** Compares two subtype values. */
    int compareValues(Object a, Object b) {
        return cmp.compare(a, b);
    }

    @Override
    public PgRange<?> coerce(Object value) {
        if (value instanceof PgRange<?> r) {
            if (r.empty()) {
                return PgRange.emptyRange();
            }
            Object lo = r.lower() == null ? null : subtypeCodec.coerce(r.lower());
            Object hi = r.upper() == null ? null : subtypeCodec.coerce(r.upper());
            return make(lo, hi, r.lowerInclusive(), r.upperInclusive());
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }

    /** PostgreSQL's make_range: checks the bound order, detects emptiness and canonicalises. */
    private PgRange<?> make(Object lo, Object hi, boolean loInc, boolean hiInc) {
        loInc &= lo != null;
        hiInc &= hi != null;
        if (lo != null && hi != null) {
            int c = cmp.compare(lo, hi);
            if (c > 0) {
                throw new PgTypeException("22000", "range lower bound must be less than or equal to range upper bound");
            }
            if (c == 0 && !(loInc && hiInc)) {
                return PgRange.emptyRange();
            }
        }
        if (successor == null) {
            return new PgRange<>(lo, hi, loInc, hiInc, false);
        }
        if (lo != null && !loInc) {
            Object next = successor.apply(lo);
            loInc = !next.equals(lo);
            lo = next;
        }
        if (hi != null && hiInc) {
            Object next = successor.apply(hi);
            hiInc = next.equals(hi);
            hi = next;
        }
        if (lo != null && hi != null) {
            int c = cmp.compare(lo, hi);
            if (c > 0 || (c == 0 && !(loInc && hiInc))) {
                return PgRange.emptyRange();
            }
        }
        return new PgRange<>(lo, hi, loInc, hiInc, false);
    }

    // ---------------------------------------------------------------- text

    @Override
    public void encodeText(PgRange<?> r, FormatSettings s, ByteSink out) {
        if (r.empty()) {
            out.writeAscii("empty");
            return;
        }
        ByteArraySink tmp = new ByteArraySink();
        out.writeByte(r.lowerInclusive() ? '[' : '(');
        if (r.lower() != null) {
            subtypeCodec.encodeTextObject(r.lower(), s, tmp);
            writeBound(tmp, out);
        }
        out.writeByte(',');
        if (r.upper() != null) {
            tmp.reset();
            subtypeCodec.encodeTextObject(r.upper(), s, tmp);
            writeBound(tmp, out);
        }
        out.writeByte(r.upperInclusive() ? ']' : ')');
    }

    /** range_bound_escape: quotes empty strings and strings with {@code "\()[],} or spaces, doubling {@code "} and {@code \}. */
    private static void writeBound(ByteArraySink tmp, ByteSink out) {
        byte[] b = tmp.buffer();
        int n = tmp.size();
        boolean quote = n == 0;
        for (int i = 0; i < n && !quote; i++) {
            byte c = b[i];
            quote = c == '"'
                    || c == '\\'
                    || c == '('
                    || c == ')'
                    || c == '['
                    || c == ']'
                    || c == ','
                    || isSpace((char) c);
        }
        if (!quote) {
            out.writeBytes(b, 0, n);
            return;
        }
        out.writeByte('"');
        for (int i = 0; i < n; i++) {
            if (b[i] == '"' || b[i] == '\\') {
                out.writeByte(b[i]);
            }
            out.writeByte(b[i]);
        }
        out.writeByte('"');
    }

    @Override
    public PgRange<?> decodeText(byte[] buf, int off, int len, FormatSettings s) {
        String str = utf8(buf, off, len);
        int p = 0;
        int n = str.length();
        while (p < n && isSpace(str.charAt(p))) {
            p++;
        }
        if (str.regionMatches(true, p, "empty", 0, 5)) {
            p += 5;
            while (p < n && isSpace(str.charAt(p))) {
                p++;
            }
            if (p != n) {
                throw malformed(str, "Junk after \"empty\" key word.");
            }
            return PgRange.emptyRange();
        }
        boolean loInc;
        if (p < n && str.charAt(p) == '[') {
            loInc = true;
        } else if (p < n && str.charAt(p) == '(') {
            loInc = false;
        } else {
            throw malformed(str, "Missing left parenthesis or bracket.");
        }
        p++;
        String[] lo = new String[1];
        p = parseBound(str, p, lo);
        if (p < n && str.charAt(p) == ',') {
            p++;
        } else {
            throw malformed(str, "Missing comma after lower bound.");
        }
        String[] hi = new String[1];
        p = parseBound(str, p, hi);
        boolean hiInc;
        if (p < n && str.charAt(p) == ']') {
            hiInc = true;
        } else if (p < n && str.charAt(p) == ')') {
            hiInc = false;
        } else {
            throw malformed(str, "Too many commas.");
        }
        p++;
        while (p < n && isSpace(str.charAt(p))) {
            p++;
        }
        if (p != n) {
            throw malformed(str, "Junk after right parenthesis or bracket.");
        }
        return make(subtext(lo[0], s), subtext(hi[0], s), loInc, hiInc);
    }

    private Object subtext(String bound, FormatSettings s) {
        if (bound == null) {
            return null;
        }
        byte[] b = bound.getBytes(StandardCharsets.UTF_8);
        return subtypeCodec.decodeText(b, 0, b.length, s);
    }

    /** range_parse_bound: stores the bound (null if infinite) and returns the position after it. */
    private static int parseBound(String str, int p, String[] bound) {
        int n = str.length();
        if (p < n && (str.charAt(p) == ',' || str.charAt(p) == ')' || str.charAt(p) == ']')) {
            return p;
        }
        StringBuilder out = new StringBuilder();
        boolean inQuote = false;
        while (inQuote || !(p < n && (str.charAt(p) == ',' || str.charAt(p) == ')' || str.charAt(p) == ']'))) {
            if (p >= n) {
                throw malformed(str, "Unexpected end of input.");
            }
            char c = str.charAt(p++);
            if (c == '\\') {
                if (p >= n) {
                    throw malformed(str, "Unexpected end of input.");
                }
                out.append(str.charAt(p++));
            } else if (c == '"') {
                if (!inQuote) {
                    inQuote = true;
                } else if (p < n && str.charAt(p) == '"') {
                    out.append(str.charAt(p++));
                } else {
                    inQuote = false;
                }
            } else {
                out.append(c);
            }
        }
        bound[0] = out.toString();
        return p;
    }

    private static PgTypeException malformed(String str, String detail) {
        return new PgTypeException(
                PgTypeException.INVALID_TEXT_REPRESENTATION, "malformed range literal: \"" + str + "\"", detail);
    }

    // ---------------------------------------------------------------- binary

    @Override
    public void encodeBinary(PgRange<?> r, FormatSettings s, ByteSink out) {
        if (r.empty()) {
            out.writeByte(EMPTY);
            return;
        }
        int flags = (r.lowerInclusive() ? LB_INC : 0)
                | (r.upperInclusive() ? UB_INC : 0)
                | (r.lower() == null ? LB_INF : 0)
                | (r.upper() == null ? UB_INF : 0);
        out.writeByte(flags);
        ByteArraySink tmp = new ByteArraySink();
        if (r.lower() != null) {
            subtypeCodec.encodeBinaryObject(r.lower(), s, tmp);
            out.writeInt(tmp.size());
            out.writeBytes(tmp.buffer(), 0, tmp.size());
        }
        if (r.upper() != null) {
            tmp.reset();
            subtypeCodec.encodeBinaryObject(r.upper(), s, tmp);
            out.writeInt(tmp.size());
            out.writeBytes(tmp.buffer(), 0, tmp.size());
        }
    }

    @Override
    public PgRange<?> decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        if (len < 1) {
            throw PgTypeException.insufficientData();
        }
        int flags = buf[off] & 0xFF;
        if ((flags & ~(EMPTY | LB_INC | UB_INC | LB_INF | UB_INF)) != 0) {
            throw new PgTypeException(PgTypeException.INVALID_BINARY_REPRESENTATION, "range flags are invalid");
        }
        int end = off + len;
        int p = off + 1;
        Object lo = null;
        Object hi = null;
        boolean empty = (flags & EMPTY) != 0;
        if (!empty && (flags & LB_INF) == 0) {
            int l = boundLength(buf, p, end);
            lo = subtypeCodec.decodeBinary(buf, p + 4, l, s);
            p += 4 + l;
        }
        if (!empty && (flags & UB_INF) == 0) {
            int l = boundLength(buf, p, end);
            hi = subtypeCodec.decodeBinary(buf, p + 4, l, s);
            p += 4 + l;
        }
        if (p != end) {
            throw PgTypeException.badBinary();
        }
        if (empty) {
            return PgRange.emptyRange();
        }
        return make(lo, hi, (flags & LB_INC) != 0, (flags & UB_INC) != 0);
    }

    private static int boundLength(byte[] buf, int p, int end) {
        if (end - p < 4) {
            throw PgTypeException.insufficientData();
        }
        int l = readInt(buf, p);
        if (l < 0 || l > end - p - 4) {
            throw PgTypeException.insufficientData();
        }
        return l;
    }
}
