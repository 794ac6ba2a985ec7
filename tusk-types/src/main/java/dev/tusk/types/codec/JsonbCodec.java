package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.json.JsonInput;

/**
 * {@code jsonb}: values are the canonical text {@code jsonb_out} prints; input (text, and binary which is
 * version byte 1 followed by text) is parsed and normalised as {@code jsonb_in} does.
 */
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
        StringCodec.checkNoNul(buf, off, len);
        return JsonInput.normalizeJsonb(buf, off, len);
    }

    @Override
    public String decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        if (len < 1) {
            throw PgTypeException.insufficientData();
        }
        if (buf[off] != 1) {
            throw new PgTypeException(PgTypeException.INTERNAL_ERROR, "unsupported jsonb version number " + buf[off]);
        }
        return decodeText(buf, off + 1, len - 1, s);
    }
}
