package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgMacAddr;
import dev.tusk.types.PgTypeException;

/** {@code macaddr8}: eight octets (EUI-64); six-octet input gets {@code ff:fe} inserted as in macaddr8_in. */
public final class Macaddr8Codec extends BaseCodec<PgMacAddr> {
    /** The shared instance. */
    public static final Macaddr8Codec INSTANCE = new Macaddr8Codec();

    private Macaddr8Codec() {
        super("macaddr8", PgMacAddr.class);
    }

    private static byte[] widen(byte[] six) {
        return new byte[] {six[0], six[1], six[2], (byte) 0xFF, (byte) 0xFE, six[3], six[4], six[5]};
    }

    @Override
    public PgMacAddr coerce(Object value) {
        PgMacAddr m = super.coerce(value);
        byte[] o = m.octets();
        return o.length == 6 ? new PgMacAddr(widen(o)) : m;
    }

    @Override
    public void encodeText(PgMacAddr value, FormatSettings s, ByteSink out) {
        MacaddrCodec.appendHex(out, value.octets());
    }

    @Override
    public void encodeBinary(PgMacAddr value, FormatSettings s, ByteSink out) {
        out.writeBytes(value.octets());
    }

    @Override
    public PgMacAddr decodeText(byte[] buf, int off, int len, FormatSettings s) {
        String str = utf8(buf, off, len);
        // scanned byte by byte, as PostgreSQL does: a multibyte character counts as several bytes
        String raw = new String(buf, off, len, java.nio.charset.StandardCharsets.ISO_8859_1);
        int n = raw.length();
        int i = 0;
        while (i < n && isSpace(raw.charAt(i))) {
            i++;
        }
        byte[] b = new byte[8];
        int count = 0;
        char spacer = 0;
        // macaddr8_in: two hex digits per byte while at least two characters are left; an odd trailing
        // character is ignored, as PostgreSQL 15 does
        while (i + 1 < n) {
            int hi = hex(raw.charAt(i));
            int lo = hex(raw.charAt(i + 1));
            if (count == 8) {
                throw PgTypeException.invalidInput(sqlName, str);
            }
            if (hi < 0 || lo < 0) {
                throw PgTypeException.invalidInput(sqlName, str);
            }
            b[count++] = (byte) (hi << 4 | lo);
            i += 2;
            if (i < n && (raw.charAt(i) == ':' || raw.charAt(i) == '-' || raw.charAt(i) == '.')) {
                if (spacer == 0) {
                    spacer = raw.charAt(i);
                } else if (spacer != raw.charAt(i)) {
                    throw PgTypeException.invalidInput(sqlName, str);
                }
                i++;
            }
            if ((count == 6 || count == 8) && i < n && isSpace(raw.charAt(i))) {
                while (i < n && isSpace(raw.charAt(i))) {
                    i++;
                }
                if (i < n) {
                    throw PgTypeException.invalidInput(sqlName, str);
                }
            }
        }
        if (count == 6) {
            byte[] six = new byte[6];
            System.arraycopy(b, 0, six, 0, 6);
            return new PgMacAddr(widen(six));
        }
        if (count != 8) {
            throw PgTypeException.invalidInput(sqlName, str);
        }
        return new PgMacAddr(b);
    }

    private static int hex(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    @Override
    public PgMacAddr decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        if (len == 6) {
            byte[] six = new byte[6];
            System.arraycopy(buf, off, six, 0, 6);
            return new PgMacAddr(widen(six));
        }
        checkLength(len, 8);
        byte[] b = new byte[8];
        System.arraycopy(buf, off, b, 0, 8);
        return new PgMacAddr(b);
    }
}
