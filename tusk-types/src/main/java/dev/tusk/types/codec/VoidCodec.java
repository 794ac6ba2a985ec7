package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;

/** {@code void}: the result of functions returning nothing; empty in both formats, decodes to null. */
public final class VoidCodec extends BaseCodec<Void> {
    /** The shared instance. */
    public static final VoidCodec INSTANCE = new VoidCodec();

    private VoidCodec() {
        super("void", Void.class);
    }

    @Override
    public Void coerce(Object value) {
        return null;
    }

    @Override
    public void encodeText(Void value, FormatSettings s, ByteSink out) {}

    @Override
    public void encodeBinary(Void value, FormatSettings s, ByteSink out) {}

    @Override
    public Void decodeText(byte[] buf, int off, int len, FormatSettings s) {
        return null;
    }

    @Override
    public Void decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        return null;
    }
}
