package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgLseg;
import dev.tusk.types.PgPoint;
import java.util.List;

/** {@code lseg}: {@code [(x1,y1),(x2,y2)]}; binary four float8. */
public final class LsegCodec extends BaseCodec<PgLseg> {
    /** The shared instance. */
    public static final LsegCodec INSTANCE = new LsegCodec();

    private LsegCodec() {
        super("lseg", PgLseg.class);
    }

    @Override
    public void encodeText(PgLseg value, FormatSettings s, ByteSink out) {
        out.writeAscii(GeoText.points(List.of(value.p1(), value.p2()), "[", "]", s));
    }

    @Override
    public void encodeBinary(PgLseg value, FormatSettings s, ByteSink out) {
        GeoText.writePoint(out, value.p1());
        GeoText.writePoint(out, value.p2());
    }

    @Override
    public PgLseg decodeText(byte[] buf, int off, int len, FormatSettings s) {
        GeoText t = new GeoText(utf8(buf, off, len), sqlName);
        List<PgPoint> p = t.path(true, 2);
        t.end();
        return new PgLseg(p.get(0), p.get(1));
    }

    @Override
    public PgLseg decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 32);
        return new PgLseg(GeoText.readPoint(buf, off), GeoText.readPoint(buf, off + 16));
    }
}
