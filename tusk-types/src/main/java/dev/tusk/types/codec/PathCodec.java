package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgPath;
import dev.tusk.types.PgPoint;
import dev.tusk.types.PgTypeException;
import java.util.ArrayList;
import java.util.List;

/** {@code path}: open {@code [(..),(..)]} or closed {@code ((..),(..))}; binary closed byte, int4 count, points. */
public final class PathCodec extends BaseCodec<PgPath> {
    /** The shared instance. */
    public static final PathCodec INSTANCE = new PathCodec();

    private PathCodec() {
        super("path", PgPath.class);
    }

    @Override
    public void encodeText(PgPath value, FormatSettings s, ByteSink out) {
        out.writeAscii(GeoText.points(value.points(), value.closed() ? "(" : "[", value.closed() ? ")" : "]", s));
    }

    @Override
    public void encodeBinary(PgPath value, FormatSettings s, ByteSink out) {
        out.writeByte(value.closed() ? 1 : 0);
        out.writeInt(value.points().size());
        for (PgPoint p : value.points()) {
            GeoText.writePoint(out, p);
        }
    }

    @Override
    public PgPath decodeText(byte[] buf, int off, int len, FormatSettings s) {
        GeoText t = new GeoText(utf8(buf, off, len), sqlName);
        int npts = GeoText.pairCount(t.s);
        if (npts <= 0) {
            throw t.bad();
        }
        t.skipSpaces();
        int depth = 0;
        if (t.peek() == '(' && t.s.lastIndexOf('(') == t.i) {
            t.i++;
            depth++;
        }
        List<PgPoint> points = t.path(true, npts);
        if (depth >= 1) {
            t.expect(')');
            t.skipSpaces();
        }
        t.end();
        return new PgPath(!t.open, points);
    }

    @Override
    public PgPath decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        return new PgPath(len > 0 && buf[off] != 0, readPoints(buf, off, len, 1, sqlName));
    }

    /** Reads an int4 count and that many points after {@code skip} header bytes, as path_recv/poly_recv. */
    static List<PgPoint> readPoints(byte[] buf, int off, int len, int skip, String type) {
        if (len < skip + 4) {
            throw PgTypeException.insufficientData();
        }
        int npts = readInt(buf, off + skip);
        if (npts <= 0 || npts >= (Integer.MAX_VALUE - 24) / 16) {
            throw new PgTypeException(
                    PgTypeException.INVALID_BINARY_REPRESENTATION,
                    "invalid number of points in external \"" + type + "\" value");
        }
        int base = skip + 4;
        if ((len - base) / 16 < npts) {
            throw PgTypeException.insufficientData();
        }
        if (len - base != npts * 16) {
            throw PgTypeException.badBinary();
        }
        List<PgPoint> points = new ArrayList<>(npts);
        for (int k = 0; k < npts; k++) {
            points.add(GeoText.readPoint(buf, off + base + 16 * k));
        }
        return points;
    }
}
