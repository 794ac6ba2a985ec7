package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import java.util.Locale;

/** {@code boolean}: text {@code t}/{@code f}, binary one byte. */
public final class BoolCodec extends BaseCodec<Boolean> {
    /** The shared instance. */
    public static final BoolCodec INSTANCE = new BoolCodec();

    private BoolCodec() {
        super("boolean", Boolean.class);
    }

    @Override
    public void encodeText(Boolean value, FormatSettings s, ByteSink out) {
        out.writeByte(value ? 't' : 'f');
    }

    @Override
    public void encodeBinary(Boolean value, FormatSettings s, ByteSink out) {
        out.writeByte(value ? 1 : 0);
    }

    @Override
    public Boolean decodeText(byte[] buf, int off, int len, FormatSettings s) {
        String orig = utf8(buf, off, len);
        Boolean b = parse(trim(orig));
        if (b == null) {
            throw PgTypeException.invalidInput(sqlName, orig);
        }
        return b;
    }

    /** PostgreSQL's {@code parse_bool_with_len}: case-insensitive words and their unique prefixes. */
    static Boolean parse(String v) {
        int n = v.length();
        if (n == 0) {
            return null;
        }
        String l = v.toLowerCase(Locale.ROOT);
        switch (l.charAt(0)) {
            case 't':
                return "true".startsWith(l) ? Boolean.TRUE : null;
            case 'f':
                return "false".startsWith(l) ? Boolean.FALSE : null;
            case 'y':
                return "yes".startsWith(l) ? Boolean.TRUE : null;
            case 'n':
                return "no".startsWith(l) ? Boolean.FALSE : null;
            case 'o':
                if (n >= 2 && "on".startsWith(l)) {
                    return Boolean.TRUE;
                }
                if (n >= 2 && "off".startsWith(l)) {
                    return Boolean.FALSE;
                }
                return null;
            case '1':
                return n == 1 ? Boolean.TRUE : null;
            case '0':
                return n == 1 ? Boolean.FALSE : null;
            default:
                return null;
        }
    }

    @Override
    public Boolean decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 1);
        return buf[off] != 0;
    }
}
