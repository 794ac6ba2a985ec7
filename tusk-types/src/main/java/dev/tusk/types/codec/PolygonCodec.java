package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgPoint;
import dev.tusk.types.PgPolygon;

/** {@code polygon}: {@code ((x1,y1),...)}; binary int4 count and points. */
public final class PolygonCodec extends BaseCodec<PgPolygon> {
    /** The shared instance. */
    public static final PolygonCodec INSTANCE = new PolygonCodec();

    private PolygonCodec() {
        super("polygon", PgPolygon.class);
    }

    @Override
    public void encodeText(PgPolygon value, FormatSettings s, ByteSink out) {
        out.writeAscii(GeoText.points(value.points(), "(", ")", s));
    }

    @Override
    public void encodeBinary(PgPolygon value, FormatSettings s, ByteSink out) {
        out.writeInt(value.points().size());
        for (PgPoint p : value.points()) {
            GeoText.writePoint(out, p);
        }
    }

    @Override
    public PgPolygon decodeText(byte[] buf, int off, int len, FormatSettings s) {
        GeoText t = new GeoText(utf8(buf, off, len), sqlName);
        int npts = GeoText.pairCount(t.s);
        if (npts <= 0) {
            throw t.bad();
        }
        PgPolygon p = new PgPolygon(t.path(false, npts));
        t.end();
        return p;
    }

    @Override
    public PgPolygon decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        return new PgPolygon(PathCodec.readPoints(buf, off, len, 0, sqlName));
    }
}
