package dev.tusk.types.codec;

import dev.tusk.types.ByteArraySink;
import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgMultirange;
import dev.tusk.types.PgRange;
import dev.tusk.types.PgType;
import dev.tusk.types.PgTypeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Multiranges over a range type, delegating each range to its {@link RangeCodec}: text
 * {@code {[1,3),[5,7)}}, binary as a count and length-prefixed ranges; values are kept sorted with
 * empty ranges dropped and overlapping or adjacent ranges merged, as multirange_in does.
 */
public final class MultirangeCodec extends BaseCodec<PgMultirange<?>> {
    private final RangeCodec rangeCodec;

    /** A codec for {@code typname} (e.g. {@code int4multirange}) over the range type {@code range}. */
    @SuppressWarnings("unchecked")
    public MultirangeCodec(String typname, PgType range) {
        super(typname, (Class<PgMultirange<?>>) (Class<?>) PgMultirange.class);
        if (!(range.codec() instanceof RangeCodec rc)) {
            throw new IllegalArgumentException(range + " is not a range type");
        }
        this.rangeCodec = rc;
    }

    @Override
    public PgMultirange<?> coerce(Object value) {
        if (value instanceof PgMultirange<?> m) {
            return canonical(m.ranges());
        }
        if (value instanceof Collection<?> c) {
            return canonical(c);
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }

    /** multirange_canonicalize: drops empty ranges, sorts, merges overlapping and adjacent ranges. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private PgMultirange<?> canonical(Collection<?> in) {
        List<PgRange<?>> ranges = new ArrayList<>(in.size());
        for (Object o : in) {
            PgRange<?> r = rangeCodec.coerce(o);
            if (!r.empty()) {
                ranges.add(r);
            }
        }
        ranges.sort((a, b) -> {
            int c = cmpBounds(a.lower(), a.lowerInclusive(), true, b.lower(), b.lowerInclusive(), true);
            return c != 0 ? c : cmpBounds(a.upper(), a.upperInclusive(), false, b.upper(), b.upperInclusive(), false);
        });
        List<PgRange<?>> out = new ArrayList<>(ranges.size());
        for (PgRange<?> r : ranges) {
            if (!out.isEmpty()) {
                PgRange<?> last = out.get(out.size() - 1);
                // sorted, so r starts at or after last: they touch when r's lower does not pass last's upper
                int c = last.upper() == null || r.lower() == null
                        ? -1
                        : rangeCodec.compareValues(r.lower(), last.upper());
                boolean touch = c < 0 || (c == 0 && (r.lowerInclusive() || last.upperInclusive()));
                if (touch) {
                    boolean rHigher =
                            cmpBounds(r.upper(), r.upperInclusive(), false, last.upper(), last.upperInclusive(), false)
                                    > 0;
                    PgRange<?> u = rHigher
                            ? new PgRange(last.lower(), r.upper(), last.lowerInclusive(), r.upperInclusive(), false)
                            : last;
                    out.set(out.size() - 1, u);
                    continue;
                }
            }
            out.add(r);
        }
        return new PgMultirange(out);
    }

    /** range_cmp_bounds: orders bounds by value, infinity and inclusivity. */
    private int cmpBounds(Object v1, boolean inc1, boolean lower1, Object v2, boolean inc2, boolean lower2) {
        if (v1 == null && v2 == null) {
            return lower1 == lower2 ? 0 : lower1 ? -1 : 1;
        }
        if (v1 == null) {
            return lower1 ? -1 : 1;
        }
        if (v2 == null) {
            return lower2 ? 1 : -1;
        }
        int c = rangeCodec.compareValues(v1, v2);
        if (c != 0) {
            return c;
        }
        if (!inc1 && !inc2) {
            return lower1 == lower2 ? 0 : lower1 ? 1 : -1;
        }
        if (!inc1) {
            return lower1 ? 1 : -1;
        }
        if (!inc2) {
            return lower2 ? -1 : 1;
        }
        return 0;
    }

    @Override
    public void encodeText(PgMultirange<?> m, FormatSettings s, ByteSink out) {
        out.writeByte('{');
        boolean first = true;
        for (PgRange<?> r : m.ranges()) {
            if (!first) {
                out.writeByte(',');
            }
            first = false;
            rangeCodec.encodeTextObject(r, s, out);
        }
        out.writeByte('}');
    }

    @Override
    public PgMultirange<?> decodeText(byte[] buf, int off, int len, FormatSettings s) {
        String str = utf8(buf, off, len);
        int n = str.length();
        int p = 0;
        while (p < n && isSpace(str.charAt(p))) {
            p++;
        }
        if (p < n && str.charAt(p) == '{') {
            p++;
        } else {
            throw malformed(str, "Missing left brace.");
        }
        List<PgRange<?>> ranges = new ArrayList<>();
        int seen = 0;
        int state = BEFORE;
        int begin = 0;
        for (; state != FINISHED; p++) {
            if (p >= n) {
                throw malformed(str, "Unexpected end of input.");
            }
            char c = str.charAt(p);
            if (isSpace(c)) {
                continue;
            }
            switch (state) {
                case BEFORE -> {
                    if (c == '[' || c == '(') {
                        begin = p;
                        state = IN_RANGE;
                    } else if (c == '}' && seen == 0) {
                        state = FINISHED;
                    } else if (str.regionMatches(true, p, "empty", 0, 5)) {
                        seen++;
                        p += 4;
                        state = AFTER;
                    } else {
                        throw malformed(str, "Expected range start.");
                    }
                }
                case IN_RANGE -> {
                    if (c == ']' || c == ')') {
                        byte[] b = str.substring(begin, p + 1).getBytes(StandardCharsets.UTF_8);
                        PgRange<?> r = rangeCodec.decodeText(b, 0, b.length, s);
                        if (!r.empty()) {
                            ranges.add(r);
                        }
                        seen++;
                        state = AFTER;
                    } else if (c == '"') {
                        state = IN_QUOTED;
                    } else if (c == '\\') {
                        state = IN_ESCAPED;
                    }
                }
                case IN_ESCAPED -> state = IN_RANGE;
                case IN_QUOTED -> {
                    if (c == '"') {
                        if (p + 1 < n && str.charAt(p + 1) == '"') {
                            p++;
                        } else {
                            state = IN_RANGE;
                        }
                    } else if (c == '\\') {
                        state = IN_QUOTED_ESCAPED;
                    }
                }
                case IN_QUOTED_ESCAPED -> state = IN_QUOTED;
                default -> { // AFTER
                    if (c == ',') {
                        state = BEFORE;
                    } else if (c == '}') {
                        state = FINISHED;
                    } else {
                        throw malformed(str, "Expected comma or end of multirange.");
                    }
                }
            }
        }
        while (p < n && isSpace(str.charAt(p))) {
            p++;
        }
        if (p != n) {
            throw malformed(str, "Junk after closing right brace.");
        }
        return canonical(ranges);
    }

    private static final int BEFORE = 0;
    private static final int IN_RANGE = 1;
    private static final int IN_ESCAPED = 2;
    private static final int IN_QUOTED = 3;
    private static final int IN_QUOTED_ESCAPED = 4;
    private static final int AFTER = 5;
    private static final int FINISHED = 6;

    private static PgTypeException malformed(String str, String detail) {
        return new PgTypeException(
                PgTypeException.INVALID_TEXT_REPRESENTATION, "malformed multirange literal: \"" + str + "\"", detail);
    }

    @Override
    public void encodeBinary(PgMultirange<?> m, FormatSettings s, ByteSink out) {
        out.writeInt(m.ranges().size());
        ByteArraySink tmp = new ByteArraySink();
        for (PgRange<?> r : m.ranges()) {
            tmp.reset();
            rangeCodec.encodeBinaryObject(r, s, tmp);
            out.writeInt(tmp.size());
            out.writeBytes(tmp.buffer(), 0, tmp.size());
        }
    }

    @Override
    public PgMultirange<?> decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        if (len < 4) {
            throw PgTypeException.insufficientData();
        }
        int end = off + len;
        int count = readInt(buf, off);
        int p = off + 4;
        // every range needs at least its length word and a flags byte, which bounds the allocation
        if (count < 0 || count > (end - p) / 5) {
            throw PgTypeException.insufficientData();
        }
        List<PgRange<?>> ranges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (end - p < 4) {
                throw PgTypeException.insufficientData();
            }
            int l = readInt(buf, p);
            p += 4;
            if (l < 0 || l > end - p) {
                throw PgTypeException.insufficientData();
            }
            ranges.add(rangeCodec.decodeBinary(buf, p, l, s));
            p += l;
        }
        if (p != end) {
            throw PgTypeException.badBinary();
        }
        return canonical(ranges);
    }
}
