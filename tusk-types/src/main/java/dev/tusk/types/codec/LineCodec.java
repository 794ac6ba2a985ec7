package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgLine;
import dev.tusk.types.PgPoint;
import dev.tusk.types.PgTypeException;
import java.util.List;

/** {@code line}: {@code {A,B,C}}, input also as two points; binary three float8. */
public final class LineCodec extends BaseCodec<PgLine> {
    /** The shared instance. */
    public static final LineCodec INSTANCE = new LineCodec();

    private LineCodec() {
        super("line", PgLine.class);
    }

    @Override
    public void encodeText(PgLine value, FormatSettings s, ByteSink out) {
        StringBuilder sb = new StringBuilder(32).append('{');
        GeoText.num(sb, value.a(), s).append(',');
        GeoText.num(sb, value.b(), s).append(',');
        GeoText.num(sb, value.c(), s).append('}');
        out.writeAscii(sb);
    }

    @Override
    public void encodeBinary(PgLine value, FormatSettings s, ByteSink out) {
        out.writeLong(Double.doubleToRawLongBits(value.a()));
        out.writeLong(Double.doubleToRawLongBits(value.b()));
        out.writeLong(Double.doubleToRawLongBits(value.c()));
    }

    @Override
    public PgLine decodeText(byte[] buf, int off, int len, FormatSettings s) {
        GeoText t = new GeoText(utf8(buf, off, len), sqlName);
        t.skipSpaces();
        if (t.peek() == '{') {
            t.i++;
            double a = t.number();
            t.expect(',');
            double b = t.number();
            t.expect(',');
            double c = t.number();
            t.expect('}');
            t.skipSpaces();
            t.end();
            if (Math.abs(a) <= GeoText.EPSILON && Math.abs(b) <= GeoText.EPSILON) {
                throw new PgTypeException(
                        PgTypeException.INVALID_TEXT_REPRESENTATION,
                        "invalid line specification: A and B cannot both be zero");
            }
            return new PgLine(a, b, c);
        }
        List<PgPoint> p = t.path(true, 2);
        t.end();
        PgPoint p1 = p.get(0);
        PgPoint p2 = p.get(1);
        if (pointEq(p1, p2)) {
            throw new PgTypeException(
                    PgTypeException.INVALID_TEXT_REPRESENTATION,
                    "invalid line specification: must be two distinct points");
        }
        // line_construct(p1, point_sl(p1, p2))
        if (GeoText.fpEq(p1.x(), p2.x())) {
            return new PgLine(-1, 0, p1.x());
        }
        if (GeoText.fpEq(p1.y(), p2.y())) {
            return new PgLine(0, -1, p1.y());
        }
        double m = (p1.y() - p2.y()) / (p1.x() - p2.x());
        if (Double.isInfinite(m)) {
            return new PgLine(-1, 0, p1.x());
        }
        if (m == 0) {
            return new PgLine(0, -1, p1.y());
        }
        double c = p1.y() - m * p1.x();
        return new PgLine(m, -1, c == 0 ? 0.0 : c);
    }

    private static boolean pointEq(PgPoint a, PgPoint b) {
        if (Double.isNaN(a.x()) || Double.isNaN(a.y()) || Double.isNaN(b.x()) || Double.isNaN(b.y())) {
            return Double.compare(a.x(), b.x()) == 0 && Double.compare(a.y(), b.y()) == 0;
        }
        return GeoText.fpEq(a.x(), b.x()) && GeoText.fpEq(a.y(), b.y());
    }

    @Override
    public PgLine decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 24);
        double a = GeoText.readDouble(buf, off);
        double b = GeoText.readDouble(buf, off + 8);
        if (Math.abs(a) <= GeoText.EPSILON && Math.abs(b) <= GeoText.EPSILON) {
            throw new PgTypeException(
                    PgTypeException.INVALID_BINARY_REPRESENTATION,
                    "invalid line specification: A and B cannot both be zero");
        }
        return new PgLine(a, b, GeoText.readDouble(buf, off + 16));
    }
}
