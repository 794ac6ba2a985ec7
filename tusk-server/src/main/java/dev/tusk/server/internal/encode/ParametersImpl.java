package dev.tusk.server.internal.encode;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PgException;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgType;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.TypeRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The parameters of one Bind: raw values, their format codes and the statement's parameter types,
 * decoded lazily (and once) with each type's codec, with PostgreSQL's errors. A parameter whose type is
 * unspecified (OID 0) or unknown to the server decodes as a String, as PostgreSQL's {@code unknown} type
 * does.
 */
public final class ParametersImpl implements Parameters {

    private static final Object NOT_DECODED = new Object();

    private final String portalName;
    private final byte[][] values;
    private final boolean[] binary;
    private final int[] typeOids;
    private final PgType[] types;
    private final FormatSettings settings;
    private final Object[] decoded;

    private ParametersImpl(
            String portalName,
            byte[][] values,
            boolean[] binary,
            int[] typeOids,
            PgType[] types,
            FormatSettings settings) {
        this.portalName = portalName;
        this.values = values;
        this.binary = binary;
        this.typeOids = typeOids;
        this.types = types;
        this.settings = settings;
        this.decoded = new Object[values.length];
        Arrays.fill(decoded, NOT_DECODED);
    }

    /**
     * As {@link #create(String, String, List, short[], int[], IntFunction, FormatSettings)}, resolving
     * types in {@code registry}.
     */
    public static ParametersImpl create(
            String portalName,
            String statementName,
            List<byte[]> values,
            short[] formats,
            int[] typeOids,
            TypeRegistry registry,
            FormatSettings settings) {
        return create(
                portalName,
                statementName,
                values,
                formats,
                typeOids,
                oid -> registry.byOid(oid).orElse(null),
                settings);
    }

    /**
     * Validates a Bind's parameters as PostgreSQL's {@code exec_bind_message} does and wraps them.
     *
     * @param portalName the portal being bound ("" for the unnamed portal), for the error context
     * @param statementName the statement ("" for the unnamed statement), for the count error
     * @param values the values, a null entry for SQL NULL
     * @param formats the parameter format codes: none (all text), one (applies to all) or one per value
     * @param typeOids the statement's parameter type OIDs (0 for unspecified)
     * @param typeLookup finds the type of an OID, or returns null when the server does not know it
     * @param settings the session's formatting settings
     * @throws PgException 08P01 when the counts do not match, 22023 for a format code other than 0 or 1
     */
    public static ParametersImpl create(
            String portalName,
            String statementName,
            List<byte[]> values,
            short[] formats,
            int[] typeOids,
            IntFunction<PgType> typeLookup,
            FormatSettings settings) {
        Objects.requireNonNull(settings, "settings");
        int n = values.size();
        if (formats.length > 1 && formats.length != n) {
            throw new PgException(
                    SqlState.PROTOCOL_VIOLATION,
                    "bind message has " + formats.length + " parameter formats but " + n + " parameters");
        }
        if (n != typeOids.length) {
            throw new PgException(
                    SqlState.PROTOCOL_VIOLATION,
                    "bind message supplies " + n + " parameters, but prepared statement \"" + statementName
                            + "\" requires " + typeOids.length);
        }
        boolean[] binary = new boolean[n];
        PgType[] types = new PgType[n];
        for (int i = 0; i < n; i++) {
            int f = formats.length == 0 ? 0 : formats.length == 1 ? formats[0] : formats[i];
            if (f != 0 && f != 1) {
                throw PgException.builder(SqlState.INVALID_PARAMETER_VALUE, "unsupported format code: " + f)
                        .field('W', context(portalName, i, false))
                        .build();
            }
            binary[i] = f == 1;
            types[i] = typeOids[i] == 0 ? null : typeLookup.apply(typeOids[i]);
        }
        return new ParametersImpl(
                Objects.requireNonNull(portalName, "portalName"),
                values.toArray(new byte[0][]),
                binary,
                typeOids.clone(),
                types,
                settings);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isNull(int index) {
        return values[index] == null;
    }

    @Override
    public int typeOid(int index) {
        return typeOids[index];
    }

    @Override
    public int format(int index) {
        return binary[index] ? 1 : 0;
    }

    @Override
    public byte[] raw(int index) {
        return values[index];
    }

    @Override
    public Object value(int index) {
        Object v = decoded[index];
        if (v == NOT_DECODED) {
            v = decode(index);
            decoded[index] = v;
        }
        return v;
    }

    /**
     * Decodes every parameter now, in order, as PostgreSQL does while processing Bind (so a bad value fails
     * the Bind rather than the Execute); the values are kept for {@link #value(int)}.
     *
     * @throws PgException the first parameter's decoding error
     */
    public void decodeAll() {
        for (int i = 0; i < values.length; i++) {
            value(i);
        }
    }

    private Object decode(int index) {
        byte[] raw = values[index];
        if (raw == null) {
            return null;
        }
        PgType type = types[index];
        if (type == null) {
            // unspecified or unknown type: PostgreSQL's unknownin/unknownrecv take the bytes as a string
            return decodeUnknown(raw, index);
        }
        try {
            return binary[index]
                    ? type.codec().decodeBinary(raw, 0, raw.length, settings)
                    : type.codec().decodeText(raw, 0, raw.length, settings);
        } catch (PgTypeException e) {
            if (binary[index] && PgTypeException.INVALID_BINARY_REPRESENTATION.equals(e.sqlState())) {
                throw PgException.builder(
                                SqlState.INVALID_BINARY_REPRESENTATION,
                                "incorrect binary data format in bind parameter " + (index + 1))
                        .field('W', context(index))
                        .cause(e)
                        .build();
            }
            throw CodecErrors.toPgException(e, context(index));
        }
    }

    private Object decodeUnknown(byte[] raw, int index) {
        for (byte b : raw) {
            if (b == 0) {
                throw PgException.builder(
                                SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                                "invalid byte sequence for encoding \"UTF8\": 0x00")
                        .field('W', context(index))
                        .build();
            }
        }
        return new String(raw, StandardCharsets.UTF_8);
    }

    private String context(int index) {
        return context(portalName, index, !binary[index]);
    }

    /**
     * PostgreSQL's bind_param_error_callback with the default log_parameter_max_length_on_error = 0: a text
     * value is shown cut to nothing, as {@code '...'}.
     */
    private static String context(String portalName, int index, boolean text) {
        String where = portalName.isEmpty()
                ? "unnamed portal parameter $" + (index + 1)
                : "portal \"" + portalName + "\" parameter $" + (index + 1);
        return text ? where + " = '...'" : where;
    }
}
