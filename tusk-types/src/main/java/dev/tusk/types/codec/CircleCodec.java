package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgCircle;
import dev.tusk.types.PgPoint;
import dev.tusk.types.PgTypeException;

/** {@code circle}: {@code <(x,y),r>}; binary three float8 (centre, radius). */
public final class CircleCodec extends BaseCodec<PgCircle> {
    /** The shared instance. */
    public static final CircleCodec INSTANCE = new CircleCodec();

    private CircleCodec() {
        super("circle", PgCircle.class);
    }

    @Override
    public void encodeText(PgCircle value, FormatSettings s, ByteSink out) {
        StringBuilder sb = new StringBuilder(32).append('<');
        GeoText.point(sb, value.center(), s).append(',');
        GeoText.num(sb, value.radius(), s).append('>');
        out.writeAscii(sb);
    }

    @Override
    public void encodeBinary(PgCircle value, FormatSettings s, ByteSink out) {
        GeoText.writePoint(out, value.center());
        out.writeLong(Double.doubleToRawLongBits(value.radius()));
    }

    @Override
    public PgCircle decodeText(byte[] buf, int off, int len, FormatSettings s) {
        // circle_in: <(x,y),r>, ((x,y),r), (x,y),r or x,y,r
        GeoText t = new GeoText(utf8(buf, off, len), sqlName);
        int depth = 0;
        t.skipSpaces();
        if (t.peek() == '<') {
            depth++;
            t.i++;
        } else if (t.peek() == '(') {
            int cp = t.i + 1;
            while (cp < t.s.length() && isSpace(t.s.charAt(cp))) {
                cp++;
            }
            if (cp < t.s.length() && t.s.charAt(cp) == '(') {
                depth++;
                t.i = cp;
            }
        }
        PgPoint center = t.pair();
        if (t.peek() == ',') {
            t.i++;
        }
        double r = t.number();
        if (r < 0) {
            throw t.bad();
        }
        while (depth > 0) {
            char c = t.peek();
            if (c == ')' || (c == '>' && depth == 1)) {
                depth--;
                t.i++;
                t.skipSpaces();
            } else {
                throw t.bad();
            }
        }
        t.end();
        return new PgCircle(center, r);
    }

    @Override
    public PgCircle decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 24);
        double r = GeoText.readDouble(buf, off + 16);
        if (r < 0) {
            throw new PgTypeException(
                    PgTypeException.INVALID_BINARY_REPRESENTATION, "invalid radius in external \"circle\" value");
        }
        return new PgCircle(GeoText.readPoint(buf, off), r);
    }
}
