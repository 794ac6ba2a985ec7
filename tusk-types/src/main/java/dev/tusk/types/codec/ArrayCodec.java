package dev.tusk.types.codec;

import dev.tusk.types.ByteArraySink;
import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgArray;
import dev.tusk.types.PgType;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.TypeCodec;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Arrays of any element type: text {@code {1,2,NULL}} with PostgreSQL's quoting and dimension
 * decoration, binary with ndim/flags/element OID/dimensions; accepts PgArray, List, Java arrays
 * (nested ones for several dimensions).
 */
public final class ArrayCodec extends BaseCodec<PgArray> {
    private static final int MAXDIM = 6;

    private final PgType element;
    private final TypeCodec<?> elementCodec;
    private final char delim;

    /** A codec for arrays of {@code element}. */
    public ArrayCodec(PgType element) {
        super(element.formatType() + "[]", PgArray.class);
        this.element = element;
        this.elementCodec = element.codec();
        this.delim = element.typdelim();
    }

    @Override
    public PgArray coerce(Object value) {
        if (value instanceof PgArray a) {
            return a;
        }
        if (value instanceof List<?> || (value != null && value.getClass().isArray() && !(value instanceof byte[]))) {
            List<Integer> dims = new ArrayList<>();
            List<Object> flat = new ArrayList<>();
            flatten(value, 0, dims, flat);
            if (flat.isEmpty()) {
                return PgArray.empty();
            }
            int[] d = dims.stream().mapToInt(Integer::intValue).toArray();
            int[] lb = new int[d.length];
            java.util.Arrays.fill(lb, 1);
            return PgArray.of(d, lb, flat.toArray());
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }

    private boolean isNested(Object o) {
        if (o instanceof List<?>) {
            return true;
        }
        if (o == null || !o.getClass().isArray()) {
            return false;
        }
        return !(o instanceof byte[]) || !(elementCodec instanceof ByteaCodec);
    }

    private void flatten(Object value, int depth, List<Integer> dims, List<Object> flat) {
        List<?> items = asList(value);
        if (depth >= MAXDIM) {
            throw new PgTypeException(
                    PgTypeException.PROGRAM_LIMIT_EXCEEDED,
                    "number of array dimensions (" + (depth + 1) + ") exceeds the maximum allowed (" + MAXDIM + ")");
        }
        if (dims.size() == depth) {
            dims.add(items.size());
        } else if (dims.get(depth) != items.size()) {
            throw mismatched();
        }
        boolean nested = !items.isEmpty() && isNested(items.get(0));
        for (Object item : items) {
            if (isNested(item) != nested) {
                throw mismatched();
            }
            if (nested) {
                flatten(item, depth + 1, dims, flat);
            } else {
                if (dims.size() != depth + 1) {
                    throw mismatched();
                }
                flat.add(item);
            }
        }
    }

    private static PgTypeException mismatched() {
        return new PgTypeException(
                PgTypeException.ARRAY_SUBSCRIPT_ERROR,
                "multidimensional arrays must have array expressions with matching dimensions");
    }

    private static List<?> asList(Object value) {
        if (value instanceof List<?> l) {
            return l;
        }
        int n = Array.getLength(value);
        List<Object> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(Array.get(value, i));
        }
        return l;
    }

    // ---------------------------------------------------------------- text

    @Override
    public void encodeText(PgArray a, FormatSettings s, ByteSink out) {
        if (a.size() == 0) {
            out.writeAscii("{}");
            return;
        }
        boolean decorate = false;
        for (int i = 0; i < a.ndim(); i++) {
            decorate |= a.lowerBound(i) != 1;
        }
        if (decorate) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < a.ndim(); i++) {
                sb.append('[')
                        .append(a.lowerBound(i))
                        .append(':')
                        .append((long) a.lowerBound(i) + a.dim(i) - 1)
                        .append(']');
            }
            out.writeAscii(sb.append('='));
        }
        ByteArraySink tmp = new ByteArraySink();
        int[] index = {0};
        writeLevel(a, 0, index, s, out, tmp);
    }

    private void writeLevel(PgArray a, int depth, int[] index, FormatSettings s, ByteSink out, ByteArraySink tmp) {
        out.writeByte('{');
        for (int i = 0; i < a.dim(depth); i++) {
            if (i > 0) {
                out.writeByte(delim);
            }
            if (depth + 1 < a.ndim()) {
                writeLevel(a, depth + 1, index, s, out, tmp);
            } else {
                Object v = a.get(index[0]++);
                if (v == null) {
                    out.writeAscii("NULL");
                } else {
                    tmp.reset();
                    elementCodec.encodeTextObject(v, s, tmp);
                    writeQuoted(tmp.buffer(), tmp.size(), out);
                }
            }
        }
        out.writeByte('}');
    }

    private void writeQuoted(byte[] b, int n, ByteSink out) {
        boolean quote = n == 0
                || (n == 4
                        && (b[0] | 0x20) == 'n'
                        && (b[1] | 0x20) == 'u'
                        && (b[2] | 0x20) == 'l'
                        && (b[3] | 0x20) == 'l');
        for (int i = 0; i < n && !quote; i++) {
            byte c = b[i];
            quote = c == '"' || c == '\\' || c == '{' || c == '}' || c == delim || isSpace((char) c);
        }
        if (!quote) {
            out.writeBytes(b, 0, n);
            return;
        }
        out.writeByte('"');
        for (int i = 0; i < n; i++) {
            if (b[i] == '"' || b[i] == '\\') {
                out.writeByte('\\');
            }
            out.writeByte(b[i]);
        }
        out.writeByte('"');
    }

    @Override
    public PgArray decodeText(byte[] buf, int off, int len, FormatSettings s) {
        ArrayTextParser.Parsed p = ArrayTextParser.parse(utf8(buf, off, len), delim);
        if (p.elements().isEmpty()) {
            return PgArray.empty();
        }
        Object[] elems = new Object[p.elements().size()];
        for (int i = 0; i < elems.length; i++) {
            String e = p.elements().get(i);
            if (e != null) {
                byte[] b = e.getBytes(StandardCharsets.UTF_8);
                elems[i] = elementCodec.decodeText(b, 0, b.length, s);
            }
        }
        return PgArray.of(p.dims(), p.lowerBounds(), elems);
    }

    // ---------------------------------------------------------------- binary

    @Override
    public void encodeBinary(PgArray a, FormatSettings s, ByteSink out) {
        boolean hasNull = false;
        for (int i = 0; i < a.size(); i++) {
            hasNull |= a.get(i) == null;
        }
        out.writeInt(a.ndim());
        out.writeInt(hasNull ? 1 : 0);
        out.writeInt(element.oid());
        for (int i = 0; i < a.ndim(); i++) {
            out.writeInt(a.dim(i));
            out.writeInt(a.lowerBound(i));
        }
        ByteArraySink tmp = new ByteArraySink();
        for (int i = 0; i < a.size(); i++) {
            Object v = a.get(i);
            if (v == null) {
                out.writeInt(-1);
            } else {
                tmp.reset();
                elementCodec.encodeBinaryObject(v, s, tmp);
                out.writeInt(tmp.size());
                out.writeBytes(tmp.buffer(), 0, tmp.size());
            }
        }
    }

    @Override
    public PgArray decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        int end = off + len;
        if (len < 12) {
            throw PgTypeException.insufficientData();
        }
        int ndim = readInt(buf, off);
        int flags = readInt(buf, off + 4);
        int elemOid = readInt(buf, off + 8);
        int p = off + 12;
        if (ndim < 0) {
            throw new PgTypeException(
                    PgTypeException.INVALID_BINARY_REPRESENTATION, "invalid number of dimensions: " + ndim);
        }
        if (ndim > MAXDIM) {
            throw new PgTypeException(
                    PgTypeException.PROGRAM_LIMIT_EXCEEDED,
                    "number of array dimensions (" + ndim + ") exceeds the maximum allowed (" + MAXDIM + ")");
        }
        if (flags != 0 && flags != 1) {
            throw new PgTypeException(PgTypeException.INVALID_BINARY_REPRESENTATION, "invalid array flags");
        }
        if (elemOid != element.oid()) {
            throw new PgTypeException(PgTypeException.DATATYPE_MISMATCH, "wrong element type");
        }
        if (end - p < ndim * 8) {
            throw PgTypeException.insufficientData();
        }
        int[] dims = new int[ndim];
        int[] lbs = new int[ndim];
        long n = ndim == 0 ? 0 : 1;
        for (int i = 0; i < ndim; i++) {
            dims[i] = readInt(buf, p);
            lbs[i] = readInt(buf, p + 4);
            p += 8;
            if (dims[i] < 0 || (long) lbs[i] + dims[i] - 1 > Integer.MAX_VALUE) {
                throw new PgTypeException(
                        PgTypeException.PROGRAM_LIMIT_EXCEEDED, "array size exceeds the maximum allowed");
            }
            n *= dims[i];
        }
        // every element needs at least its 4-byte length word, so this bounds the allocation
        if (n > (end - p) / 4) {
            throw PgTypeException.insufficientData();
        }
        if (n == 0) {
            return PgArray.empty();
        }
        Object[] elems = new Object[(int) n];
        for (int i = 0; i < n; i++) {
            if (end - p < 4) {
                throw PgTypeException.insufficientData();
            }
            int l = readInt(buf, p);
            p += 4;
            if (l == -1) {
                continue;
            }
            if (l < -1 || l > end - p) {
                throw PgTypeException.insufficientData();
            }
            elems[i] = elementCodec.decodeBinary(buf, p, l, s);
            p += l;
        }
        if (p != end) {
            throw PgTypeException.badBinary();
        }
        return PgArray.of(dims, lbs, elems);
    }
}
