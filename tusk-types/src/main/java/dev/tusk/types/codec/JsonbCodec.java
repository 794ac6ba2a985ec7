package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;

/** {@code jsonb}: text is the JSON document, binary is version byte 1 followed by the text. */
public final class JsonbCodec extends BaseCodec<String> {
    /** The shared instance. */
    public static final JsonbCodec INSTANCE = new JsonbCodec();

    private JsonbCodec() {
        super("jsonb", String.class);
    }

    @Override
    public String coerce(Object value) {
        if (value instanceof CharSequence cs) {
            return cs.toString();
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }

    @Override
    public void encodeText(String value, FormatSettings s, ByteSink out) {
        out.writeUtf8(value);
    }

    @Override
    public void encodeBinary(String value, FormatSettings s, ByteSink out) {
        out.writeByte(1);
        out.writeUtf8(value);
    }

    @Override
    public String decodeText(byte[] buf, int off, int len, FormatSettings s) {
        return StringCodec.JSON.decodeText(buf, off, len, s);
    }

    @Override
    public String decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        if (len < 1) {
            throw PgTypeException.insufficientData();
        }
        if (buf[off] != 1) {
            throw new PgTypeException(PgTypeException.INTERNAL_ERROR, "unsupported jsonb version number " + buf[off]);
        }
        return StringCodec.JSON.decodeText(buf, off + 1, len - 1, s);
    }
}
