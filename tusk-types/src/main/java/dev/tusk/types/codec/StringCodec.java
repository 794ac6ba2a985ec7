package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.json.JsonInput;
import java.nio.charset.StandardCharsets;

/**
 * The character types whose text and binary forms are both the UTF-8 string: text, varchar, bpchar,
 * name (truncated to 63 bytes on input), unknown, json and xml; accepts any CharSequence.
 */
public final class StringCodec extends BaseCodec<String> {
    /** {@code text}. */
    public static final StringCodec TEXT = new StringCodec("text", 0);
    /** {@code character varying}. */
    public static final StringCodec VARCHAR = new StringCodec("character varying", 0);
    /** {@code character} (bpchar). */
    public static final StringCodec BPCHAR = new StringCodec("character", 0);
    /** {@code name}: input longer than NAMEDATALEN-1 bytes is truncated at a character boundary. */
    public static final StringCodec NAME = new StringCodec("name", 63);
    /** {@code unknown}. */
    public static final StringCodec UNKNOWN = new StringCodec("unknown", 0);
    /** {@code json}: kept as written, validated on input as {@code json_in} does. */
    public static final StringCodec JSON = new StringCodec("json", 0);
    /** {@code xml}: validated on input and kept as {@code xml_out} prints it (see {@link XmlInput}). */
    public static final StringCodec XML = new StringCodec("xml", 0);

    private final int maxBytes;

    private StringCodec(String sqlName, int maxBytes) {
        super(sqlName, String.class);
        this.maxBytes = maxBytes;
    }

    @Override
    public String coerce(Object value) {
        if (value instanceof CharSequence cs) {
            return cs.toString();
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }

    @Override
    public void encodeText(String value, FormatSettings s, ByteSink out) {
        out.writeUtf8(value);
    }

    @Override
    public void encodeBinary(String value, FormatSettings s, ByteSink out) {
        out.writeUtf8(value);
    }

    @Override
    public String decodeText(byte[] buf, int off, int len, FormatSettings s) {
        return decode(buf, off, len);
    }

    @Override
    public String decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        return decode(buf, off, len);
    }

    /** Rejects a NUL byte as PostgreSQL's encoding check does before any input function runs. */
    static void checkNoNul(byte[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (buf[i] == 0) {
                throw new PgTypeException(
                        PgTypeException.CHARACTER_NOT_IN_REPERTOIRE,
                        "invalid byte sequence for encoding \"UTF8\": 0x00");
            }
        }
    }

    private String decode(byte[] buf, int off, int len) {
        checkNoNul(buf, off, len);
        if (this == JSON) {
            JsonInput.validateJson(buf, off, len);
        } else if (this == XML) {
            return XmlInput.parse(new String(buf, off, len, StandardCharsets.UTF_8));
        }
        if (maxBytes > 0 && len > maxBytes) {
            int cut = maxBytes;
            while (cut > 0 && (buf[off + cut] & 0xC0) == 0x80) {
                cut--;
            }
            len = cut;
        }
        return new String(buf, off, len, StandardCharsets.UTF_8);
    }
}
