package dev.tusk.server.internal.copy;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.CopyInSink;
import dev.tusk.server.api.CopyOptions;
import dev.tusk.server.api.PgException;
import dev.tusk.types.FormatSettings;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * PostgreSQL 15's text and csv COPY input: {@code CopyReadLineText} (newline style fixed by the first
 * line, the {@code \.} end-of-data marker, csv quotes spanning lines) as a state machine that survives any
 * chunk split, then {@code CopyReadAttributesText} / {@code CopyReadAttributesCSV} on each complete line.
 * FORCE_NOT_NULL and FORCE_NULL are not supported (the options record cannot express them).
 */
final class TextCopyInParser extends CopyInParser {

    private static final int EOL_UNKNOWN = 0;
    private static final int EOL_NL = 1;
    private static final int EOL_CR = 2;
    private static final int EOL_CRNL = 3;

    private final boolean csv;
    private final byte delim;
    private final byte quote;
    private final byte escape;
    private final int lineEscape; // the escape as the line reader sees it: none when it equals the quote
    private final byte[] nullBytes;
    private final boolean headerMatch;
    private boolean headerPending;

    // the raw line being read, without its end of line
    private byte[] line = new byte[256];
    private int lineLen;

    // CopyReadLineText state carried across chunks
    private int eol = EOL_UNKNOWN;
    private boolean lineStarted;
    private boolean firstCharInLine = true;
    private boolean inQuote;
    private boolean lastWasEsc;
    private boolean pendingCr; // saw \r, need the next byte to tell \r from \r\n
    private boolean pendingBackslash; // text: saw \, the next byte is escaped (or '.')
    private boolean csvPendingBackslash; // csv: \ first in line, the next byte may be '.'
    private int marker; // after "\.": 1 = expecting the \r of \r\n, 2 = expecting the end of line
    private final byte[] markerBytes = new byte[2];
    private int markerLen;
    private boolean done; // the end-of-data marker was seen: ignore the rest

    // the fields of the current line, de-escaped into fieldBuf
    private byte[] fieldBuf = new byte[256];
    private int[] fieldStart = new int[16];
    private int[] fieldEnd = new int[16];
    private boolean[] fieldNull = new boolean[16];
    private boolean[] fieldCheck = new boolean[16];
    private int fieldCount;

    TextCopyInParser(
            CopyOptions options,
            boolean headerMatch,
            String relation,
            List<Column> columns,
            CopyInSink sink,
            FormatSettings settings) {
        super(relation, columns, sink, settings);
        this.csv = options.format() == CopyOptions.Format.CSV;
        this.delim = (byte) options.delimiter();
        this.quote = (byte) options.quote();
        this.escape = (byte) options.escape();
        this.lineEscape = escape == quote ? -1 : escape & 0xFF;
        this.nullBytes = CopyFormats.nullBytes(options);
        this.headerPending = options.header();
        this.headerMatch = headerMatch;
    }

    @Override
    void parse(byte[] b, int off, int len) {
        int end = off + len;
        for (int i = off; i < end && !done; i++) {
            process(b[i] & 0xFF);
        }
    }

    private void process(int c) {
        if (done) {
            return;
        }
        if (!lineStarted) {
            lineStarted = true;
            lineNo++;
            firstCharInLine = true;
            inQuote = false;
            lastWasEsc = false;
        }
        if (marker != 0) {
            markerByte(c);
            return;
        }
        if (pendingCr) {
            pendingCr = false;
            if (c == '\n') {
                eol = EOL_CRNL;
                endLine();
                return;
            }
            if (eol == EOL_CRNL) {
                throw literalCr();
            }
            eol = EOL_CR;
            endLine();
            process(c);
            return;
        }
        if (pendingBackslash) {
            pendingBackslash = false;
            if (c == '.') {
                startMarker();
                return;
            }
            append('\\');
            append(c);
            firstCharInLine = false;
            return;
        }
        if (csvPendingBackslash) {
            csvPendingBackslash = false;
            if (c == '.') {
                startMarker();
                return;
            }
            firstCharInLine = false;
        }
        if (csv) {
            if (inQuote && c == lineEscape) {
                lastWasEsc = !lastWasEsc;
            }
            if (c == (quote & 0xFF) && !lastWasEsc) {
                inQuote = !inQuote;
            }
            if (c != lineEscape) {
                lastWasEsc = false;
            }
            if (inQuote && c == (eol == EOL_NL ? '\n' : '\r')) {
                lineNo++;
            }
        }
        if (c == '\r' && !(csv && inQuote)) {
            if (eol == EOL_UNKNOWN || eol == EOL_CRNL) {
                pendingCr = true;
                return;
            }
            if (eol == EOL_NL) {
                throw literalCr();
            }
            endLine();
            return;
        }
        if (c == '\n' && !(csv && inQuote)) {
            if (eol == EOL_CR || eol == EOL_CRNL) {
                throw eolError(
                        csv ? "unquoted newline found in data" : "literal newline found in data",
                        csv ? "Use quoted CSV field to represent newline." : "Use \"\\n\" to represent newline.");
            }
            eol = EOL_NL;
            endLine();
            return;
        }
        if (c == '\\' && (!csv || firstCharInLine)) {
            if (csv) {
                append(c);
                csvPendingBackslash = true;
            } else {
                pendingBackslash = true;
            }
            return;
        }
        append(c);
        firstCharInLine = false;
    }

    private PgException literalCr() {
        return eolError(
                csv ? "unquoted carriage return found in data" : "literal carriage return found in data",
                csv
                        ? "Use quoted CSV field to represent carriage return."
                        : "Use \"\\r\" to represent carriage return.");
    }

    private PgException eolError(String message, String hint) {
        return PgException.builder(SqlState.BAD_COPY_FILE_FORMAT, message)
                .hint(hint)
                .field('W', lineContext())
                .build();
    }

    private void startMarker() {
        markerBytes[0] = '.';
        markerLen = 1;
        marker = eol == EOL_CRNL ? 1 : 2;
    }

    private void markerByte(int c) {
        if (marker == 1) {
            if (c == '\n') {
                if (!csv) {
                    throw eolError("end-of-copy marker does not match previous newline style", null);
                }
                notMarker(c);
                return;
            }
            if (c != '\r') {
                if (!csv) {
                    throw eolError("end-of-copy marker corrupt", null);
                }
                notMarker(c);
                return;
            }
            markerBytes[markerLen++] = '\r';
            marker = 2;
            return;
        }
        if (c != '\r' && c != '\n') {
            if (!csv) {
                throw eolError("end-of-copy marker corrupt", null);
            }
            notMarker(c);
            return;
        }
        if ((eol == EOL_NL && c != '\n') || (eol == EOL_CRNL && c != '\n') || (eol == EOL_CR && c != '\r')) {
            throw eolError("end-of-copy marker does not match previous newline style", null);
        }
        marker = 0;
        if (csv) {
            lineLen--; // the backslash, alone on the line
        }
        reachedEnd();
    }

    /** csv only: what followed "\" at the start of a line was data after all; read it again as such. */
    private void notMarker(int c) {
        marker = 0;
        firstCharInLine = false;
        int n = markerLen;
        markerLen = 0;
        for (int k = 0; k < n; k++) {
            process(markerBytes[k] & 0xFF);
        }
        if (c >= 0) {
            process(c);
        }
    }

    private void reachedEnd() {
        done = true;
        if (lineLen > 0) {
            processLine();
        }
        lineLen = 0;
    }

    private void append(int c) {
        if (lineLen == line.length) {
            if (lineLen >= MAX_ALLOC / 2) {
                if (lineLen + 1L >= MAX_ALLOC) {
                    throw tooLarge(lineLen, 1, lineContext());
                }
                line = Arrays.copyOf(line, MAX_ALLOC - 1);
            } else {
                line = Arrays.copyOf(line, lineLen * 2);
            }
        }
        line[lineLen++] = (byte) c;
    }

    private void endLine() {
        lineStarted = false;
        processLine();
        lineLen = 0;
    }

    @Override
    void end() {
        if (done) {
            return;
        }
        if (marker != 0) {
            if (!csv) {
                throw eolError("end-of-copy marker corrupt", null);
            }
            notMarker(-1);
            if (done) {
                return;
            }
        }
        if (pendingCr) {
            pendingCr = false;
            if (eol == EOL_CRNL) {
                throw literalCr();
            }
            eol = EOL_CR;
            endLine();
            return;
        }
        if (pendingBackslash) {
            pendingBackslash = false;
            append('\\');
        }
        csvPendingBackslash = false;
        if (lineStarted && lineLen > 0) {
            lineStarted = false;
            processLine();
            lineLen = 0;
        } else if (lineStarted && headerPending) {
            lineStarted = false;
            processLine();
        }
    }

    // ---- one complete line ----

    private void processLine() {
        if (headerPending) {
            headerPending = false;
            if (headerMatch) {
                checkHeader();
            }
            return;
        }
        checkUtf8(line, 0, lineLen, this::lineContext);
        if (columns.length == 0) {
            if (lineLen != 0) {
                throw lineError("extra data after last expected column");
            }
            emit(new Object[0]);
            return;
        }
        split();
        if (fieldCount > columns.length) {
            throw lineError("extra data after last expected column");
        }
        Object[] row = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            if (i >= fieldCount) {
                throw lineError("missing data for column \"" + columns[i].name() + "\"");
            }
            if (fieldNull[i]) {
                continue;
            }
            int s = fieldStart[i];
            int n = fieldEnd[i] - s;
            if (fieldCheck[i]) {
                checkUtf8(fieldBuf, s, n, this::lineContextWithText);
            }
            row[i] = decode(i, fieldBuf, s, n, false);
        }
        emit(row);
    }

    private void checkHeader() {
        split();
        if (fieldCount != columns.length) {
            throw lineError(
                    "wrong number of fields in header line: got " + fieldCount + ", expected " + columns.length);
        }
        for (int i = 0; i < fieldCount; i++) {
            String expected = columns[i].name();
            if (fieldNull[i]) {
                throw lineError("column name mismatch in header line field " + (i + 1) + ": got null value (\""
                        + new String(nullBytes, StandardCharsets.UTF_8) + "\"), expected \"" + expected + "\"");
            }
            String got = new String(fieldBuf, fieldStart[i], fieldEnd[i] - fieldStart[i], StandardCharsets.UTF_8);
            if (!got.equals(expected)) {
                throw lineError("column name mismatch in header line field " + (i + 1) + ": got \"" + got
                        + "\", expected \"" + expected + "\"");
            }
        }
    }

    private PgException lineError(String message) {
        return PgException.builder(SqlState.BAD_COPY_FILE_FORMAT, message)
                .field('W', lineContextWithText())
                .build();
    }

    private String lineContextWithText() {
        return lineContext() + ": \"" + CopyFormats.display(line, 0, lineLen) + "\"";
    }

    @Override
    String fieldContext(int i) {
        int s = fieldStart[i];
        return lineContext() + ", column " + columns[i].name() + ": \""
                + CopyFormats.display(fieldBuf, s, fieldEnd[i] - s) + "\"";
    }

    private void split() {
        fieldCount = 0;
        if (fieldBuf.length < lineLen) {
            fieldBuf = new byte[Math.max(lineLen, fieldBuf.length * 2)];
        }
        if (csv) {
            splitCsv();
        } else {
            splitText();
        }
    }

    private int newField(int out) {
        if (fieldCount == fieldStart.length) {
            int n = fieldCount * 2;
            fieldStart = Arrays.copyOf(fieldStart, n);
            fieldEnd = Arrays.copyOf(fieldEnd, n);
            fieldNull = Arrays.copyOf(fieldNull, n);
            fieldCheck = Arrays.copyOf(fieldCheck, n);
        }
        fieldStart[fieldCount] = out;
        fieldNull[fieldCount] = false;
        fieldCheck[fieldCount] = false;
        return fieldCount++;
    }

    private boolean rawIsNull(int from, int to) {
        if (to - from != nullBytes.length) {
            return false;
        }
        for (int k = 0; k < nullBytes.length; k++) {
            if (line[from + k] != nullBytes[k]) {
                return false;
            }
        }
        return true;
    }

    /** PostgreSQL's CopyReadAttributesText. */
    private void splitText() {
        byte[] l = line;
        int end = lineLen;
        int p = 0;
        int out = 0;
        while (true) {
            int f = newField(out);
            int start = p;
            boolean foundDelim = false;
            boolean sawNonAscii = false;
            int rawEnd;
            while (true) {
                if (p >= end) {
                    rawEnd = p;
                    break;
                }
                int c = l[p++] & 0xFF;
                if (c == (delim & 0xFF)) {
                    rawEnd = p - 1;
                    foundDelim = true;
                    break;
                }
                if (c == '\\') {
                    if (p >= end) {
                        rawEnd = p;
                        break;
                    }
                    c = l[p++] & 0xFF;
                    switch (c) {
                        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                            int val = c - '0';
                            if (p < end && isOctal(l[p])) {
                                val = (val << 3) + (l[p++] - '0');
                                if (p < end && isOctal(l[p])) {
                                    val = (val << 3) + (l[p++] - '0');
                                }
                            }
                            c = val & 0xFF;
                            if (c == 0 || c >= 0x80) {
                                sawNonAscii = true;
                            }
                        }
                        case 'x' -> {
                            if (p < end && hex(l[p]) >= 0) {
                                int val = hex(l[p++]);
                                if (p < end && hex(l[p]) >= 0) {
                                    val = (val << 4) + hex(l[p++]);
                                }
                                c = val & 0xFF;
                                if (c == 0 || c >= 0x80) {
                                    sawNonAscii = true;
                                }
                            }
                        }
                        case 'b' -> c = '\b';
                        case 'f' -> c = '\f';
                        case 'n' -> c = '\n';
                        case 'r' -> c = '\r';
                        case 't' -> c = '\t';
                        case 'v' -> c = 0x0B;
                        default -> {
                            // any other character after a backslash stands for itself
                        }
                    }
                }
                fieldBuf[out++] = (byte) c;
            }
            fieldEnd[f] = out;
            fieldCheck[f] = sawNonAscii;
            fieldNull[f] = rawIsNull(start, rawEnd);
            if (!foundDelim) {
                return;
            }
        }
    }

    /** PostgreSQL's CopyReadAttributesCSV. */
    private void splitCsv() {
        byte[] l = line;
        int end = lineLen;
        int p = 0;
        int out = 0;
        while (true) {
            int f = newField(out);
            int start = p;
            boolean foundDelim = false;
            boolean sawQuote = false;
            int rawEnd;
            outer:
            while (true) {
                // not in quotes
                while (true) {
                    rawEnd = p;
                    if (p >= end) {
                        break outer;
                    }
                    byte c = l[p++];
                    if (c == delim) {
                        foundDelim = true;
                        break outer;
                    }
                    if (c == quote) {
                        sawQuote = true;
                        break;
                    }
                    fieldBuf[out++] = c;
                }
                // in quotes
                while (true) {
                    if (p >= end) {
                        throw lineError("unterminated CSV quoted field");
                    }
                    byte c = l[p++];
                    if (c == escape && p < end && (l[p] == escape || l[p] == quote)) {
                        fieldBuf[out++] = l[p++];
                        continue;
                    }
                    if (c == quote) {
                        break;
                    }
                    fieldBuf[out++] = c;
                }
            }
            fieldEnd[f] = out;
            fieldNull[f] = !sawQuote && rawIsNull(start, rawEnd);
            if (!foundDelim) {
                return;
            }
        }
    }

    private static boolean isOctal(byte c) {
        return c >= '0' && c <= '7';
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Fails with PostgreSQL's {@code report_invalid_encoding} message unless the bytes are valid UTF-8. */
    static void checkUtf8(byte[] b, int off, int len, java.util.function.Supplier<String> context) {
        int end = off + len;
        int i = off;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                if (c == 0) {
                    throw invalidEncoding(b, i, end, 1, context);
                }
                i++;
                continue;
            }
            int n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
            int mblen = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
            if (n == 0 || i + n > end) {
                throw invalidEncoding(b, i, end, mblen, context);
            }
            int c1 = b[i + 1] & 0xFF;
            boolean ok = (c1 & 0xC0) == 0x80;
            if (ok && n == 3) {
                ok = (b[i + 2] & 0xC0) == 0x80 && !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 > 0x9F);
            } else if (ok && n == 4) {
                ok = (b[i + 2] & 0xC0) == 0x80
                        && (b[i + 3] & 0xC0) == 0x80
                        && !(c == 0xF0 && c1 < 0x90)
                        && !(c == 0xF4 && c1 > 0x8F);
            }
            if (!ok) {
                throw invalidEncoding(b, i, end, mblen, context);
            }
            i += n;
        }
    }

    private static PgException invalidEncoding(
            byte[] b, int at, int end, int mblen, java.util.function.Supplier<String> context) {
        int n = Math.min(Math.min(mblen, end - at), 8);
        StringBuilder sb = new StringBuilder("invalid byte sequence for encoding \"UTF8\": ");
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                sb.append(' ');
            }
            sb.append("0x");
            int v = b[at + k] & 0xFF;
            sb.append(Character.forDigit(v >> 4, 16)).append(Character.forDigit(v & 0xF, 16));
        }
        return PgException.builder(SqlState.CHARACTER_NOT_IN_REPERTOIRE, sb.toString())
                .field('W', context.get())
                .build();
    }
}
