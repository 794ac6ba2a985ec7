package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgMacAddr;
import dev.tusk.types.PgTypeException;

/** {@code macaddr}: six octets, text {@code 08:00:2b:01:02:03}; input takes the sscanf forms of macaddr_in. */
public final class MacaddrCodec extends BaseCodec<PgMacAddr> {
    /** The shared instance. */
    public static final MacaddrCodec INSTANCE = new MacaddrCodec();

    /** macaddr_in's formats: {@code x} is one {@code %x}, {@code 2} one {@code %2x}, other chars literal. */
    private static final String[] FORMATS = {
        "x:x:x:x:x:x", "x-x-x-x-x-x", "222:222", "222-222", "22.22.22", "22-22-22", "222222"
    };

    private MacaddrCodec() {
        super("macaddr", PgMacAddr.class);
    }

    static void appendHex(ByteSink out, byte[] a) {
        StringBuilder sb = new StringBuilder(a.length * 3);
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(Character.forDigit((a[i] >> 4) & 0xF, 16)).append(Character.forDigit(a[i] & 0xF, 16));
        }
        out.writeAscii(sb);
    }

    @Override
    public PgMacAddr coerce(Object value) {
        PgMacAddr m = super.coerce(value);
        if (m.octets().length != 6) {
            throw PgTypeException.cannotEncode(value, sqlName);
        }
        return m;
    }

    @Override
    public void encodeText(PgMacAddr value, FormatSettings s, ByteSink out) {
        appendHex(out, value.octets());
    }

    @Override
    public void encodeBinary(PgMacAddr value, FormatSettings s, ByteSink out) {
        out.writeBytes(value.octets());
    }

    @Override
    public PgMacAddr decodeText(byte[] buf, int off, int len, FormatSettings s) {
        String str = utf8(buf, off, len);
        for (String f : FORMATS) {
            int[] v = scan(str, f);
            if (v != null) {
                byte[] b = new byte[6];
                for (int i = 0; i < 6; i++) {
                    if (v[i] < 0 || v[i] > 255) {
                        throw new PgTypeException(
                                PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE,
                                "invalid octet value in \"macaddr\" value: \"" + str + "\"");
                    }
                    b[i] = (byte) v[i];
                }
                return new PgMacAddr(b);
            }
        }
        throw PgTypeException.invalidInput(sqlName, str);
    }

    /**
     * A small {@code sscanf}: six {@code %x} conversions (whitespace, an optional sign and {@code 0x} prefix,
     * hex digits; {@code 2} limits the field to two characters, sign and prefix included) with the format's
     * literal characters between them, then a {@code %1s} that must find nothing but whitespace.
     */
    private static int[] scan(String s, String format) {
        int[] v = new int[6];
        int k = 0;
        int i = 0;
        int n = s.length();
        for (int f = 0; f < format.length(); f++) {
            char fc = format.charAt(f);
            if (fc == 'x' || fc == '2') {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                int width = fc == '2' ? 2 : Integer.MAX_VALUE;
                boolean neg = false;
                if (i < n && width > 0 && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    neg = s.charAt(i) == '-';
                    i++;
                    width--;
                }
                int digits = 0;
                if (width >= 2
                        && i + 1 < n
                        && s.charAt(i) == '0'
                        && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
                    // glibc reads "0x" as a prefix; with nothing after it the value is the 0
                    i += 2;
                    width -= 2;
                    digits = 1;
                }
                long val = 0;
                int read = 0;
                while (i < n && read < width && hex(s.charAt(i)) >= 0) {
                    val = Math.min(val * 16 + hex(s.charAt(i)), 0xFFFFFFFFL);
                    i++;
                    read++;
                    digits++;
                }
                if (digits == 0) {
                    return null;
                }
                v[k++] = neg ? (int) -val : (int) val;
            } else if (i < n && s.charAt(i) == fc) {
                i++;
            } else {
                return null;
            }
        }
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        return i == n ? v : null;
    }

    private static int hex(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    @Override
    public PgMacAddr decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 6);
        byte[] b = new byte[6];
        System.arraycopy(buf, off, b, 0, 6);
        return new PgMacAddr(b);
    }
}
