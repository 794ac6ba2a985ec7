package dev.tusk.protocol.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.List;

/** Primitive writes shared by the two message writers: framing with a back-patched length, strings, values. */
final class WireWriter {
    private WireWriter() {}

    /** Writes the type byte and a placeholder length; returns the length's index for {@link #end}. */
    static int begin(ByteBuf buf, char type) {
        buf.writeByte(type);
        int lengthIndex = buf.writerIndex();
        buf.writeInt(0);
        return lengthIndex;
    }

    /** Back-patches the length (which counts itself but not the type byte). */
    static void end(ByteBuf buf, int lengthIndex) {
        buf.setInt(lengthIndex, buf.writerIndex() - lengthIndex);
    }

    /** A message with an empty body. */
    static void empty(ByteBuf buf, char type) {
        buf.writeByte(type);
        buf.writeInt(4);
    }

    /** A UTF-8 string and its NUL terminator; a NUL inside would corrupt the framing and is rejected. */
    static void cString(ByteBuf buf, String s) {
        if (s.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("string contains a NUL character and cannot be sent");
        }
        ByteBufUtil.writeUtf8(buf, s);
        buf.writeByte(0);
    }

    /** An Int16 count, checked to fit the unsigned 16 bits PostgreSQL reads. */
    static void count(ByteBuf buf, int n) {
        if (n > 0xffff) {
            throw new IllegalArgumentException("too many elements for an Int16 count: " + n);
        }
        buf.writeShort(n);
    }

    static void shorts(ByteBuf buf, short[] values) {
        count(buf, values.length);
        for (short v : values) {
            buf.writeShort(v);
        }
    }

    /** An Int32 length (-1 for {@code null}) and the bytes. */
    static void nullableBytes(ByteBuf buf, byte[] value) {
        if (value == null) {
            buf.writeInt(-1);
        } else {
            buf.writeInt(value.length);
            buf.writeBytes(value);
        }
    }

    static void values(ByteBuf buf, List<byte[]> values) {
        count(buf, values.size());
        for (byte[] v : values) {
            nullableBytes(buf, v);
        }
    }
}
