package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgBox;
import dev.tusk.types.PgPoint;
import java.util.List;

/** {@code box}: {@code (x1,y1),(x2,y2)} with the upper-right corner first; binary four float8, high then low. */
public final class BoxCodec extends BaseCodec<PgBox> {
    /** The shared instance. */
    public static final BoxCodec INSTANCE = new BoxCodec();

    private BoxCodec() {
        super("box", PgBox.class);
    }

    @Override
    public void encodeText(PgBox value, FormatSettings s, ByteSink out) {
        out.writeAscii(GeoText.points(List.of(value.high(), value.low()), "", "", s));
    }

    @Override
    public void encodeBinary(PgBox value, FormatSettings s, ByteSink out) {
        GeoText.writePoint(out, value.high());
        GeoText.writePoint(out, value.low());
    }

    @Override
    public PgBox decodeText(byte[] buf, int off, int len, FormatSettings s) {
        GeoText t = new GeoText(utf8(buf, off, len), sqlName);
        List<PgPoint> p = t.path(false, 2);
        t.end();
        return new PgBox(p.get(0), p.get(1));
    }

    @Override
    public PgBox decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 32);
        return new PgBox(GeoText.readPoint(buf, off), GeoText.readPoint(buf, off + 16));
    }
}
