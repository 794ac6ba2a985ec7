package dev.tusk.types.codec;

import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgPoint;
import dev.tusk.types.PgTypeException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text syntax of PostgreSQL 15's geometric types ({@code geo_ops.c}): a cursor that follows
 * {@code single_decode}, {@code pair_decode} and {@code path_decode}, and the matching encoders.
 */
final class GeoText {

    /** PostgreSQL's EPSILON for fuzzy geometric comparisons. */
    static final double EPSILON = 1.0E-06;

    final String s;
    final String type;
    int i;

    GeoText(String s, String type) {
        this.s = s;
        this.type = type;
    }

    PgTypeException bad() {
        return PgTypeException.invalidInput(type, s);
    }

    char peek() {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    /** Consumes {@code c} or fails with the type's syntax error. */
    void expect(char c) {
        if (peek() != c) {
            throw bad();
        }
        i++;
    }

    void skipSpaces() {
        while (i < s.length() && BaseCodec.isSpace(s.charAt(i))) {
            i++;
        }
    }

    /** Fails unless the whole input was consumed. */
    void end() {
        if (i != s.length()) {
            throw bad();
        }
    }

    /** {@code single_decode}: whitespace, a float8 as {@code float8in} reads it, whitespace. */
    double number() {
        FloatText.Prefix p = FloatText.float8Prefix(s, i, type, s);
        i = p.end();
        return p.value();
    }

    /** {@code pair_decode}: {@code x,y} or {@code (x,y)}. */
    PgPoint pair() {
        skipSpaces();
        boolean paren = peek() == '(';
        if (paren) {
            i++;
        }
        double x = number();
        expect(',');
        double y = number();
        if (paren) {
            expect(')');
            skipSpaces();
        }
        return new PgPoint(x, y);
    }

    /**
     * {@code path_decode}: {@code npts} points, optionally in {@code [...]} (only if {@code openAllowed};
     * sets {@link #open}) or {@code (...)}.
     */
    List<PgPoint> path(boolean openAllowed, int npts) {
        int depth = 0;
        skipSpaces();
        open = peek() == '[';
        if (open) {
            if (!openAllowed) {
                throw bad();
            }
            depth++;
            i++;
        } else if (peek() == '(') {
            int cp = i + 1;
            while (cp < s.length() && BaseCodec.isSpace(s.charAt(cp))) {
                cp++;
            }
            if (cp < s.length() && s.charAt(cp) == '(') {
                depth++;
                i = cp;
            } else if (s.lastIndexOf('(') == i) {
                depth++;
                i = cp;
            }
        }
        List<PgPoint> points = new ArrayList<>(npts);
        for (int n = 0; n < npts; n++) {
            points.add(pair());
            if (peek() == ',') {
                i++;
            }
        }
        while (depth > 0) {
            char c = peek();
            if (c == ')' || (c == ']' && open && depth == 1)) {
                depth--;
                i++;
                skipSpaces();
            } else {
                throw bad();
            }
        }
        return points;
    }

    /** Set by {@link #path}: whether the points were in square brackets. */
    boolean open;

    /** {@code pair_count}: the number of points the commas imply, or -1 for an even count of commas. */
    static int pairCount(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) == ',') {
                n++;
            }
        }
        return n % 2 != 0 ? (n + 1) / 2 : -1;
    }

    /** {@code FPeq}: equal within {@link #EPSILON}. */
    static boolean fpEq(double a, double b) {
        return a == b || Math.abs(a - b) <= EPSILON;
    }

    /** Appends a float8 as {@code float8out} would under these settings. */
    static StringBuilder num(StringBuilder sb, double d, FormatSettings fs) {
        return sb.append(FloatText.format(d, false, fs.extraFloatDigits()));
    }

    /** Appends {@code (x,y)}. */
    static StringBuilder point(StringBuilder sb, PgPoint p, FormatSettings fs) {
        sb.append('(');
        num(sb, p.x(), fs).append(',');
        return num(sb, p.y(), fs).append(')');
    }

    /** {@code path_encode}: the points between {@code open} and {@code close}, comma-separated. */
    static String points(List<PgPoint> pts, String open, String close, FormatSettings fs) {
        StringBuilder sb = new StringBuilder(16 + pts.size() * 12).append(open);
        for (int k = 0; k < pts.size(); k++) {
            if (k > 0) {
                sb.append(',');
            }
            point(sb, pts.get(k), fs);
        }
        return sb.append(close).toString();
    }

    /** Reads a big-endian float8 at {@code off}. */
    static double readDouble(byte[] b, int off) {
        return Double.longBitsToDouble(BaseCodec.readLong(b, off));
    }

    /** Reads a point (two float8) at {@code off}. */
    static PgPoint readPoint(byte[] b, int off) {
        return new PgPoint(readDouble(b, off), readDouble(b, off + 8));
    }

    /** Writes a point as two float8. */
    static void writePoint(dev.tusk.types.ByteSink out, PgPoint p) {
        out.writeLong(Double.doubleToRawLongBits(p.x()));
        out.writeLong(Double.doubleToRawLongBits(p.y()));
    }
}
