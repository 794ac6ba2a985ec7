package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgPoint;

/** {@code point}: {@code (x,y)} with float8 coordinates printed as {@code float8out} does; binary two float8. */
public final class PointCodec extends BaseCodec<PgPoint> {
    /** The shared instance. */
    public static final PointCodec INSTANCE = new PointCodec();

    private PointCodec() {
        super("point", PgPoint.class);
    }

    @Override
    public void encodeText(PgPoint value, FormatSettings s, ByteSink out) {
        out.writeAscii(GeoText.point(new StringBuilder(24), value, s));
    }

    @Override
    public void encodeBinary(PgPoint value, FormatSettings s, ByteSink out) {
        GeoText.writePoint(out, value);
    }

    @Override
    public PgPoint decodeText(byte[] buf, int off, int len, FormatSettings s) {
        GeoText t = new GeoText(utf8(buf, off, len), sqlName);
        PgPoint p = t.pair();
        t.end();
        return p;
    }

    @Override
    public PgPoint decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 16);
        return GeoText.readPoint(buf, off);
    }
}
