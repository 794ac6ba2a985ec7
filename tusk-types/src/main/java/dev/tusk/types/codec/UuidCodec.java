package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import java.util.UUID;

/** {@code uuid}: lower-case hyphenated text, 16 bytes binary; input accepts PostgreSQL's variants. */
public final class UuidCodec extends BaseCodec<UUID> {
    /** The shared instance. */
    public static final UuidCodec INSTANCE = new UuidCodec();

    private UuidCodec() {
        super("uuid", UUID.class);
    }

    @Override
    public void encodeText(UUID value, FormatSettings s, ByteSink out) {
        out.writeAscii(value.toString());
    }

    @Override
    public void encodeBinary(UUID value, FormatSettings s, ByteSink out) {
        out.writeLong(value.getMostSignificantBits());
        out.writeLong(value.getLeastSignificantBits());
    }

    @Override
    public UUID decodeText(byte[] buf, int off, int len, FormatSettings s) {
        // string_to_uuid: optional braces, a hyphen allowed after any group of four digits
        String str = utf8(buf, off, len);
        int i = 0;
        int n = str.length();
        boolean braces = n > 0 && str.charAt(0) == '{';
        if (braces) {
            i++;
        }
        long hi = 0;
        long lo = 0;
        for (int d = 0; d < 32; d++) {
            if (i >= n) {
                throw PgTypeException.invalidInput(sqlName, str);
            }
            int v = Character.digit(str.charAt(i), 16);
            if (v < 0 || str.charAt(i) >= 128) {
                throw PgTypeException.invalidInput(sqlName, str);
            }
            i++;
            if (d < 16) {
                hi = (hi << 4) | v;
            } else {
                lo = (lo << 4) | v;
            }
            if (d % 4 == 3 && d < 31 && i < n && str.charAt(i) == '-') {
                i++;
            }
        }
        if (braces) {
            if (i >= n || str.charAt(i) != '}') {
                throw PgTypeException.invalidInput(sqlName, str);
            }
            i++;
        }
        if (i != n) {
            throw PgTypeException.invalidInput(sqlName, str);
        }
        return new UUID(hi, lo);
    }

    @Override
    public UUID decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 16);
        return new UUID(readLong(buf, off), readLong(buf, off + 8));
    }
}
