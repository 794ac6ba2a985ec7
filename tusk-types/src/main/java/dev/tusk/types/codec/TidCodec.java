package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTid;
import dev.tusk.types.PgTypeException;

/** {@code tid}: {@code (block,offset)} unsigned; binary int4 block and int2 offset. */
public final class TidCodec extends BaseCodec<PgTid> {
    /** The shared instance. */
    public static final TidCodec INSTANCE = new TidCodec();

    private TidCodec() {
        super("tid", PgTid.class);
    }

    @Override
    public void encodeText(PgTid value, FormatSettings s, ByteSink out) {
        out.writeAscii("(" + value.blockNumber() + "," + value.offsetNumber() + ")");
    }

    @Override
    public void encodeBinary(PgTid value, FormatSettings s, ByteSink out) {
        out.writeInt(value.block());
        out.writeShort(value.offset());
    }

    @Override
    public PgTid decodeText(byte[] buf, int off, int len, FormatSettings s) {
        // tidin: the coordinates start after the first '(' or ','; strtoul/strtol must stop at ',' and ')'
        String str = utf8(buf, off, len);
        int[] coord = new int[2];
        int n = 0;
        for (int p = 0; p < str.length() && n < 2 && str.charAt(p) != ')'; p++) {
            char c = str.charAt(p);
            if (c == ',' || (c == '(' && n == 0)) {
                coord[n++] = p + 1;
            }
        }
        if (n < 2) {
            throw PgTypeException.invalidInput(sqlName, str);
        }
        long[] block = strtoul(str, coord[0]);
        if (block[2] != 0 || block[1] >= str.length() || str.charAt((int) block[1]) != ',') {
            throw PgTypeException.invalidInput(sqlName, str);
        }
        long b = block[0];
        // the value must survive the cut to 32 bits read as unsigned or as signed, as in oidin
        if (b != (b & 0xFFFFFFFFL) && b != (long) (int) b) {
            throw PgTypeException.invalidInput(sqlName, str);
        }
        long[] offset = strtoul(str, coord[1]);
        if (offset[2] != 0
                || offset[1] >= str.length()
                || str.charAt((int) offset[1]) != ')'
                || Long.compareUnsigned(offset[0], 0xFFFF) > 0) {
            throw PgTypeException.invalidInput(sqlName, str);
        }
        return new PgTid((int) b, (short) offset[0]);
    }

    @Override
    public PgTid decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 6);
        return new PgTid(readInt(buf, off), readShort(buf, off + 4));
    }
}
