package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgLsn;
import dev.tusk.types.PgTypeException;

/** {@code pg_lsn}: {@code XXXXXXXX/XXXXXXXX} upper-case hex; binary int8. */
public final class PgLsnCodec extends BaseCodec<PgLsn> {
    /** The shared instance. */
    public static final PgLsnCodec INSTANCE = new PgLsnCodec();

    private PgLsnCodec() {
        super("pg_lsn", PgLsn.class);
    }

    @Override
    public void encodeText(PgLsn value, FormatSettings s, ByteSink out) {
        out.writeAscii(value.toString());
    }

    @Override
    public void encodeBinary(PgLsn value, FormatSettings s, ByteSink out) {
        out.writeLong(value.value());
    }

    @Override
    public PgLsn decodeText(byte[] buf, int off, int len, FormatSettings s) {
        // pg_lsn_in: 1-8 hex digits, '/', 1-8 hex digits, nothing else
        String str = utf8(buf, off, len);
        int slash = hexRun(str, 0);
        if (slash < 1 || slash > 8 || slash >= str.length() || str.charAt(slash) != '/') {
            throw PgTypeException.invalidInput(sqlName, str);
        }
        int len2 = hexRun(str, slash + 1);
        if (len2 < 1 || len2 > 8 || slash + 1 + len2 != str.length()) {
            throw PgTypeException.invalidInput(sqlName, str);
        }
        long hi = Long.parseLong(str, 0, slash, 16);
        long lo = Long.parseLong(str, slash + 1, str.length(), 16);
        return new PgLsn((hi << 32) | lo);
    }

    private static int hexRun(String s, int from) {
        int k = from;
        while (k < s.length() && Character.digit(s.charAt(k), 16) >= 0 && s.charAt(k) < 128) {
            k++;
        }
        return k - from;
    }

    @Override
    public PgLsn decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 8);
        return new PgLsn(readLong(buf, off));
    }
}
