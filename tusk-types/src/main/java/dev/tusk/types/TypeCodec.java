package dev.tusk.types;

/**
 * Converts one PostgreSQL type between Java values and its text and binary wire forms; encoders
 * write to a {@link ByteSink}, decoders follow PostgreSQL's input functions and error messages.
 *
 * @param <T> the canonical Java type decoders return
 */
public interface TypeCodec<T> {
    /** Writes the text form of {@code value} (never null) as the type's output function would. */
    void encodeText(T value, FormatSettings settings, ByteSink out);

    /** Writes the binary form of {@code value} (never null) as the type's send function would. */
    void encodeBinary(T value, FormatSettings settings, ByteSink out);

    /** Parses text input as the type's input function would. */
    T decodeText(byte[] buf, int off, int len, FormatSettings settings);

    /** Parses binary input as the type's receive function would. */
    T decodeBinary(byte[] buf, int off, int len, FormatSettings settings);

    /** The canonical Java type of decoded values. */
    Class<T> javaType();

    /**
     * Converts any Java value this type accepts leniently (e.g. a {@code Short} for {@code integer})
     * to the canonical type, or throws a {@link PgTypeException} with SQLSTATE 42804.
     */
    T coerce(Object value);

    /** Encodes any accepted Java value as text, after {@link #coerce(Object)}. */
    default void encodeTextObject(Object value, FormatSettings settings, ByteSink out) {
        encodeText(coerce(value), settings, out);
    }

    /** Encodes any accepted Java value as binary, after {@link #coerce(Object)}. */
    default void encodeBinaryObject(Object value, FormatSettings settings, ByteSink out) {
        encodeBinary(coerce(value), settings, out);
    }

    /** Decodes a whole byte array as text. */
    default T decodeText(byte[] buf, FormatSettings settings) {
        return decodeText(buf, 0, buf.length, settings);
    }

    /** Decodes a whole byte array as binary. */
    default T decodeBinary(byte[] buf, FormatSettings settings) {
        return decodeBinary(buf, 0, buf.length, settings);
    }
}
