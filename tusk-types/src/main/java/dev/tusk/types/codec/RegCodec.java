package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.RegKind;
import dev.tusk.types.sqlname.NameList;
import java.util.EnumMap;
import java.util.Map;

/**
 * The object-identifier alias types ({@code regproc}, {@code regclass}, {@code regtype}, ...): an unsigned
 * 32-bit OID in a Long, sent as {@code oid} is; text output and input go through the session's
 * {@link dev.tusk.types.CatalogNames} as in PostgreSQL 15's {@code regproc.c}: OID 0 is {@code -} ({@code 0}
 * for operators), an unknown OID prints as its number, an all-digit input is taken as the OID without a lookup,
 * and an unknown name raises the kind's own error.
 */
public final class RegCodec extends BaseCodec<Long> {
    private static final String UNDEFINED_FUNCTION = "42883";
    private static final String UNDEFINED_TABLE = "42P01";
    private static final String UNDEFINED_OBJECT = "42704";
    private static final String UNDEFINED_SCHEMA = "3F000";

    private static final Map<RegKind, RegCodec> CODECS = codecs();

    private final RegKind kind;
    private final RegInput input;

    private RegCodec(RegKind kind, RegInput input) {
        super(kind.typname(), Long.class);
        this.kind = kind;
        this.input = input;
    }

    /** The shared codec for {@code kind}. */
    public static RegCodec of(RegKind kind) {
        return CODECS.get(kind);
    }

    /** Which alias type this codec is for. */
    public RegKind kind() {
        return kind;
    }

    private static Map<RegKind, RegCodec> codecs() {
        Map<RegKind, RegCodec> m = new EnumMap<>(RegKind.class);
        for (RegKind k : RegKind.values()) {
            m.put(k, new RegCodec(k, inputFor(k)));
        }
        return m;
    }

    private static RegInput inputFor(RegKind k) {
        return switch (k) {
            case PROC ->
                new QualifiedNameInput(
                        k,
                        false,
                        (in, names, parts) ->
                                new PgTypeException(UNDEFINED_FUNCTION, "function \"" + in + "\" does not exist"));
            case OPER ->
                new QualifiedNameInput(
                        k,
                        false,
                        (in, names, parts) ->
                                new PgTypeException(UNDEFINED_FUNCTION, "operator does not exist: " + in));
            case CLASS ->
                new QualifiedNameInput(
                        k,
                        true,
                        (in, names, parts) -> new PgTypeException(
                                UNDEFINED_TABLE,
                                "relation \"" + (parts.schema() == null ? "" : parts.schema() + ".") + parts.name()
                                        + "\" does not exist"));
            case CONFIG ->
                new QualifiedNameInput(
                        k,
                        false,
                        (in, names, parts) -> new PgTypeException(
                                UNDEFINED_OBJECT,
                                "text search configuration \"" + NameList.join(names) + "\" does not exist"));
            case DICTIONARY ->
                new QualifiedNameInput(
                        k,
                        false,
                        (in, names, parts) -> new PgTypeException(
                                UNDEFINED_OBJECT,
                                "text search dictionary \"" + NameList.join(names) + "\" does not exist"));
            case COLLATION ->
                new QualifiedNameInput(
                        k,
                        false,
                        (in, names, parts) -> new PgTypeException(
                                UNDEFINED_OBJECT,
                                "collation \"" + NameList.join(names) + "\" for encoding \"UTF8\" does not exist"));
            case NAMESPACE -> new SingleNameInput(k, UNDEFINED_SCHEMA, "schema");
            case ROLE -> new SingleNameInput(k, UNDEFINED_OBJECT, "role");
            case PROCEDURE, OPERATOR -> new SignatureInput(k);
            case TYPE -> TypeNameInput.INSTANCE;
        };
    }

    @Override
    public Long coerce(Object value) {
        if (value instanceof Integer i) {
            return Integer.toUnsignedLong(i);
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue() & 0xFFFFFFFFL;
        }
        if (value instanceof Long l) {
            if (l < 0 || l > 0xFFFFFFFFL) {
                throw new PgTypeException(PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE, "OID out of range");
            }
            return l;
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }

    @Override
    public void encodeText(Long value, FormatSettings s, ByteSink out) {
        long oid = coerce(value);
        if (oid == 0) {
            out.writeAscii(kind.zeroText());
            return;
        }
        String text = s.catalogNames().render(kind, oid).orElse(null);
        if (text == null) {
            out.writeAscii(Long.toString(oid));
        } else {
            out.writeUtf8(text);
        }
    }

    @Override
    public void encodeBinary(Long value, FormatSettings s, ByteSink out) {
        out.writeInt((int) (long) coerce(value));
    }

    @Override
    public Long decodeText(byte[] buf, int off, int len, FormatSettings s) {
        String str = utf8(buf, off, len);
        if (str.equals(kind.zeroText())) {
            return 0L;
        }
        if (allDigits(str)) {
            return OidCodec.INSTANCE.decodeText(buf, off, len, s);
        }
        return input.resolve(str, s.catalogNames());
    }

    @Override
    public Long decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 4);
        return readInt(buf, off) & 0xFFFFFFFFL;
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "RegCodec(" + kind.typname() + ")";
    }
}
