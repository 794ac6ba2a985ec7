package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;

/**
 * Types that only the system catalogs produce and whose values travel as their text: {@code pg_node_tree} (an
 * expression tree, readable but never accepted as input, as PostgreSQL refuses it) and {@code aclitem} (one entry
 * of an access control list, which has no binary form in PostgreSQL).
 */
public final class CatalogTextCodec extends BaseCodec<String> {
    /** {@code pg_node_tree}: output only; binary is the text's bytes, as {@code pg_node_tree_send}. */
    public static final CatalogTextCodec PG_NODE_TREE = new CatalogTextCodec("pg_node_tree", false);
    /** {@code aclitem}: text in and out; no binary send/receive functions, as in PostgreSQL. */
    public static final CatalogTextCodec ACLITEM = new CatalogTextCodec("aclitem", true);

    private final boolean textInput;

    private CatalogTextCodec(String sqlName, boolean textInput) {
        super(sqlName, String.class);
        this.textInput = textInput;
    }

    @Override
    public String coerce(Object value) {
        if (value instanceof CharSequence cs) {
            return cs.toString();
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }

    @Override
    public void encodeText(String value, FormatSettings s, ByteSink out) {
        out.writeUtf8(value);
    }

    @Override
    public void encodeBinary(String value, FormatSettings s, ByteSink out) {
        if (textInput) {
            throw noBinary("output");
        }
        out.writeUtf8(value);
    }

    @Override
    public String decodeText(byte[] buf, int off, int len, FormatSettings s) {
        if (!textInput) {
            throw new PgTypeException(
                    PgTypeException.FEATURE_NOT_SUPPORTED, "cannot accept a value of type " + sqlName);
        }
        StringCodec.checkNoNul(buf, off, len);
        return utf8(buf, off, len);
    }

    @Override
    public String decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        if (textInput) {
            throw noBinary("input");
        }
        throw new PgTypeException(PgTypeException.FEATURE_NOT_SUPPORTED, "cannot accept a value of type " + sqlName);
    }

    private PgTypeException noBinary(String direction) {
        return new PgTypeException("42883", "no binary " + direction + " function available for type " + sqlName);
    }
}
