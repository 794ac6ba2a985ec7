package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgBits;
import dev.tusk.types.PgTypeException;

/** {@code bit} and {@code bit varying}: PgBits, text of 0s and 1s ({@code B}/{@code X} input), int4 length + bytes. */
public final class BitCodec extends BaseCodec<PgBits> {
    /** {@code bit}. */
    public static final BitCodec BIT = new BitCodec("bit");

    /** {@code bit varying}. */
    public static final BitCodec VARBIT = new BitCodec("bit varying");

    /** VARBITMAXLEN: the most bits a value may hold. */
    private static final int MAX_BITS = Integer.MAX_VALUE - 7 - 4 - 4;

    private BitCodec(String name) {
        super(name, PgBits.class);
    }

    @Override
    public void encodeText(PgBits value, FormatSettings s, ByteSink out) {
        out.writeAscii(value.toString());
    }

    @Override
    public void encodeBinary(PgBits value, FormatSettings s, ByteSink out) {
        out.writeInt(value.length());
        out.writeBytes(value.bits());
    }

    @Override
    public PgBits decodeText(byte[] buf, int off, int len, FormatSettings s) {
        String str = utf8(buf, off, len);
        int i = 0;
        boolean hex = false;
        if (!str.isEmpty() && (str.charAt(0) == 'b' || str.charAt(0) == 'B')) {
            i = 1;
        } else if (!str.isEmpty() && (str.charAt(0) == 'x' || str.charAt(0) == 'X')) {
            i = 1;
            hex = true;
        }
        int digits = str.length() - i;
        int bitLen = hex ? digits * 4 : digits;
        byte[] b = new byte[(bitLen + 7) / 8];
        for (int k = 0; k < digits; k++) {
            char c = str.charAt(i + k);
            if (hex) {
                int d = c < 128 ? Character.digit(c, 16) : -1;
                if (d < 0) {
                    throw notDigit(str, i + k, "hexadecimal");
                }
                b[k / 2] |= (byte) (k % 2 == 0 ? d << 4 : d);
            } else if (c == '1') {
                b[k / 8] |= (byte) (0x80 >>> (k % 8));
            } else if (c != '0') {
                throw notDigit(str, i + k, "binary");
            }
        }
        return new PgBits(bitLen, b);
    }

    private static PgTypeException notDigit(String str, int at, String kind) {
        String ch = new String(Character.toChars(str.codePointAt(at)));
        return new PgTypeException(
                PgTypeException.INVALID_TEXT_REPRESENTATION, "\"" + ch + "\" is not a valid " + kind + " digit");
    }

    @Override
    public PgBits decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        if (len < 4) {
            throw PgTypeException.insufficientData();
        }
        int bitLen = readInt(buf, off);
        if (bitLen < 0 || bitLen > MAX_BITS) {
            throw new PgTypeException(
                    PgTypeException.INVALID_BINARY_REPRESENTATION, "invalid length in external bit string");
        }
        int bytes = (int) ((bitLen + 7L) / 8);
        checkLength(len - 4, bytes);
        byte[] b = new byte[bytes];
        System.arraycopy(buf, off + 4, b, 0, bytes);
        return new PgBits(bitLen, b);
    }
}
