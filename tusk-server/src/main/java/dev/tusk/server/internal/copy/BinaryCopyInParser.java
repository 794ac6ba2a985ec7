package dev.tusk.server.internal.copy;

import dev.tusk.server.api.Column;
import dev.tusk.server.api.CopyInSink;
import dev.tusk.types.FormatSettings;
import java.util.List;

/**
 * PostgreSQL's binary COPY format as a byte-at-a-time-safe state machine: signature, flags, header
 * extension, then tuples of int16 field count and int32-length-prefixed fields, then the int16 -1 trailer.
 * A field's bytes are buffered only as they arrive, so a forged length allocates nothing.
 */
final class BinaryCopyInParser extends CopyInParser {

    private enum State {
        SIGNATURE,
        FLAGS,
        EXTENSION_LENGTH,
        EXTENSION,
        FIELD_COUNT,
        FIELD_LENGTH,
        FIELD_DATA,
        AFTER_TRAILER
    }

    private State state = State.SIGNATURE;
    private int pos; // bytes of the signature or of the current integer read so far
    private int acc; // the integer being read
    private long extensionLeft;
    private int field; // index of the current field
    private int fieldLength;
    private byte[] fieldBuf = new byte[64];
    private int fieldFill;
    private Object[] row;

    BinaryCopyInParser(String relation, List<Column> columns, CopyInSink sink, FormatSettings settings) {
        super(relation, columns, sink, settings);
    }

    @Override
    void parse(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end) {
            switch (state) {
                case SIGNATURE -> {
                    if (b[i] != CopyFormats.BINARY_SIGNATURE[pos]) {
                        throw badFormat("COPY file signature not recognized", null);
                    }
                    i++;
                    if (++pos == CopyFormats.BINARY_SIGNATURE.length) {
                        startInt(State.FLAGS);
                    }
                }
                case FLAGS, EXTENSION_LENGTH, FIELD_LENGTH -> {
                    acc = (acc << 8) | (b[i++] & 0xFF);
                    if (++pos == 4) {
                        intRead(acc);
                    }
                }
                case EXTENSION -> {
                    int n = (int) Math.min(extensionLeft, end - i);
                    i += n;
                    extensionLeft -= n;
                    if (extensionLeft == 0) {
                        startTuple();
                    }
                }
                case FIELD_COUNT -> {
                    if (pos == 0) {
                        lineNo++;
                    }
                    acc = (acc << 8) | (b[i++] & 0xFF);
                    if (++pos == 2) {
                        fieldCount((short) acc);
                    }
                }
                case FIELD_DATA -> {
                    int avail = end - i;
                    if (fieldFill == 0 && avail >= fieldLength) {
                        fieldDone(b, i, fieldLength);
                        i += fieldLength;
                    } else {
                        int n = Math.min(avail, fieldLength - fieldFill);
                        if (fieldBuf.length < fieldFill + n) {
                            long grown = Math.max((long) fieldBuf.length * 2, fieldFill + n);
                            fieldBuf = java.util.Arrays.copyOf(fieldBuf, (int) Math.min(grown, fieldLength));
                        }
                        System.arraycopy(b, i, fieldBuf, fieldFill, n);
                        fieldFill += n;
                        i += n;
                        if (fieldFill == fieldLength) {
                            fieldFill = 0;
                            fieldDone(fieldBuf, 0, fieldLength);
                        }
                    }
                }
                case AFTER_TRAILER -> throw badFormat("received copy data after EOF marker", lineContext());
            }
        }
    }

    private void startInt(State next) {
        state = next;
        pos = 0;
        acc = 0;
    }

    private void startTuple() {
        startInt(State.FIELD_COUNT);
    }

    private void intRead(int v) {
        switch (state) {
            case FLAGS -> {
                if ((v & (1 << 16)) != 0) {
                    throw badFormat("invalid COPY file header (WITH OIDS)", null);
                }
                if (((v & ~(1 << 16)) >> 16) != 0) {
                    throw badFormat("unrecognized critical flags in COPY file header", null);
                }
                startInt(State.EXTENSION_LENGTH);
            }
            case EXTENSION_LENGTH -> {
                if (v < 0) {
                    throw badFormat("invalid COPY file header (missing length)", null);
                }
                extensionLeft = v;
                if (v == 0) {
                    startTuple();
                } else {
                    state = State.EXTENSION;
                }
            }
            case FIELD_LENGTH -> {
                if (v == -1) {
                    row[field] = null;
                    nextField();
                } else if (v < 0) {
                    throw badFormat("invalid field size", fieldContext());
                } else if (v >= MAX_ALLOC) {
                    throw tooLarge(0, v, fieldContext());
                } else if (v == 0) {
                    fieldDone(fieldBuf, 0, 0);
                } else {
                    fieldLength = v;
                    fieldFill = 0;
                    state = State.FIELD_DATA;
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void fieldCount(short n) {
        if (n == -1) {
            state = State.AFTER_TRAILER;
            return;
        }
        if (n != columns.length) {
            throw badFormat("row field count is " + n + ", expected " + columns.length, lineContext());
        }
        row = new Object[columns.length];
        field = 0;
        if (columns.length == 0) {
            emitRow();
        } else {
            startInt(State.FIELD_LENGTH);
        }
    }

    private void fieldDone(byte[] b, int off, int len) {
        row[field] = decode(field, b, off, len, true);
        nextField();
    }

    private void nextField() {
        field++;
        if (field == columns.length) {
            emitRow();
        } else {
            startInt(State.FIELD_LENGTH);
        }
    }

    private void emitRow() {
        Object[] r = row;
        row = null;
        startTuple();
        emit(r);
    }

    private String fieldContext() {
        return fieldContext(field);
    }

    @Override
    String fieldContext(int column) {
        return lineContext() + ", column " + columns[column].name();
    }

    @Override
    void end() {
        switch (state) {
            case SIGNATURE -> throw badFormat("COPY file signature not recognized", null);
            case FLAGS -> throw badFormat("invalid COPY file header (missing flags)", null);
            case EXTENSION_LENGTH -> throw badFormat("invalid COPY file header (missing length)", null);
            case EXTENSION -> throw badFormat("invalid COPY file header (wrong length)", null);
            case FIELD_LENGTH, FIELD_DATA -> throw badFormat("unexpected EOF in COPY data", fieldContext());
            case FIELD_COUNT, AFTER_TRAILER -> {
                // PostgreSQL ends quietly at a tuple boundary, with or without the trailer (and, as its
                // CopyGetInt16 does, when a lone byte of a field count is left)
            }
        }
    }
}
