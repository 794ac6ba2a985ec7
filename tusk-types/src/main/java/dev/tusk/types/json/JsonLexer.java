package dev.tusk.types.json;

import dev.tusk.types.ByteArraySink;

/**
 * PostgreSQL 15's JSON lexer over UTF-8 bytes: the token kinds, where each token starts and ends (error
 * details and context lines quote those bytes), the line count, and, when asked to, the de-escaped bytes of
 * string tokens (which is where {@code jsonb} rejects an escaped code point 0 and unpaired surrogates; plain
 * {@code json} only checks that escapes are well formed).
 */
final class JsonLexer {
    /** Token kinds. */
    enum Token {
        INVALID,
        STRING,
        NUMBER,
        OBJECT_START,
        OBJECT_END,
        ARRAY_START,
        ARRAY_END,
        COMMA,
        COLON,
        TRUE,
        FALSE,
        NULL,
        END
    }

    final byte[] in;
    final int base;
    final int limit;
    /** Start of the current token, or -1 at the end of input (PostgreSQL's NULL token_start). */
    int tokenStart;
    /** Just past the current token; error details and context end here. */
    int tokenTerminator;

    int lineNumber = 1;
    int lineStart;
    Token tokenType = Token.INVALID;
    /** The de-escaped bytes of the last string token, when escapes are processed. */
    final ByteArraySink strval;

    JsonLexer(byte[] in, int off, int len, boolean needEscapes) {
        this.in = in;
        this.base = off;
        this.limit = off + len;
        this.tokenStart = off;
        this.tokenTerminator = off;
        this.lineStart = off;
        this.strval = needEscapes ? new ByteArraySink() : null;
    }

    /** Reads the next token; null on success, else the error (with the token bounds set for reporting). */
    JsonError lex() {
        int s = tokenTerminator;
        while (s < limit && (in[s] == ' ' || in[s] == '\t' || in[s] == '\n' || in[s] == '\r')) {
            if (in[s++] == '\n') {
                lineNumber++;
                lineStart = s;
            }
        }
        tokenStart = s;
        if (s >= limit) {
            tokenStart = -1;
            tokenTerminator = s;
            tokenType = Token.END;
            return null;
        }
        switch (in[s]) {
            case '{':
                return punct(s, Token.OBJECT_START);
            case '}':
                return punct(s, Token.OBJECT_END);
            case '[':
                return punct(s, Token.ARRAY_START);
            case ']':
                return punct(s, Token.ARRAY_END);
            case ',':
                return punct(s, Token.COMMA);
            case ':':
                return punct(s, Token.COLON);
            case '"': {
                JsonError e = lexString();
                if (e != null) {
                    return e;
                }
                tokenType = Token.STRING;
                return null;
            }
            case '-': {
                JsonError e = lexNumber(s + 1);
                if (e != null) {
                    return e;
                }
                tokenType = Token.NUMBER;
                return null;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9': {
                JsonError e = lexNumber(s);
                if (e != null) {
                    return e;
                }
                tokenType = Token.NUMBER;
                return null;
            }
            default: {
                // true, false and null; any other run of word characters is reported whole
                int p = s;
                while (p < limit && isAlphanumeric(in[p])) {
                    p++;
                }
                if (p == s) {
                    tokenTerminator = s + 1;
                    return JsonError.INVALID_TOKEN;
                }
                tokenTerminator = p;
                if (p - s == 4 && matches(s, "true")) {
                    tokenType = Token.TRUE;
                } else if (p - s == 4 && matches(s, "null")) {
                    tokenType = Token.NULL;
                } else if (p - s == 5 && matches(s, "false")) {
                    tokenType = Token.FALSE;
                } else {
                    return JsonError.INVALID_TOKEN;
                }
                return null;
            }
        }
    }

    private JsonError punct(int s, Token t) {
        tokenTerminator = s + 1;
        tokenType = t;
        return null;
    }

    private boolean matches(int s, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (in[s + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** JSON_ALPHANUMERIC_CHAR: ASCII letters and digits, underscore and any byte of a multibyte character. */
    static boolean isAlphanumeric(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_' || b < 0;
    }

    /** The length of the UTF-8 character starting with byte {@code b} (1 for ASCII and stray bytes). */
    static int charLength(byte b) {
        int u = b & 0xFF;
        if (u < 0xC0) {
            return 1;
        }
        if (u < 0xE0) {
            return 2;
        }
        if (u < 0xF0) {
            return 3;
        }
        return 4;
    }

    private int charEnd(int s) {
        return Math.min(limit, s + charLength(in[s]));
    }

    private JsonError failAtStart(int s, JsonError e) {
        tokenTerminator = s;
        return e;
    }

    private JsonError failAtEnd(int s, JsonError e) {
        tokenTerminator = charEnd(s);
        return e;
    }

    private JsonError lexString() {
        if (strval != null) {
            strval.reset();
        }
        int s = tokenStart;
        int hiSurrogate = -1;
        while (true) {
            s++;
            if (s >= limit) {
                return failAtStart(s, JsonError.INVALID_TOKEN);
            }
            byte c = in[s];
            if (c == '"') {
                break;
            }
            if (c >= 0 && c < 32) {
                return failAtStart(s, JsonError.ESCAPING_REQUIRED);
            }
            if (c == '\\') {
                s++;
                if (s >= limit) {
                    return failAtStart(s, JsonError.INVALID_TOKEN);
                }
                c = in[s];
                if (c == 'u') {
                    int ch = 0;
                    for (int i = 1; i <= 4; i++) {
                        s++;
                        if (s >= limit) {
                            return failAtStart(s, JsonError.INVALID_TOKEN);
                        }
                        int d = hexValue(in[s]);
                        if (d < 0) {
                            return failAtEnd(s, JsonError.UNICODE_ESCAPE_FORMAT);
                        }
                        ch = ch * 16 + d;
                    }
                    if (strval != null) {
                        if (ch >= 0xD800 && ch <= 0xDBFF) {
                            if (hiSurrogate != -1) {
                                return failAtEnd(s, JsonError.UNICODE_HIGH_SURROGATE);
                            }
                            hiSurrogate = ch;
                            continue;
                        } else if (ch >= 0xDC00 && ch <= 0xDFFF) {
                            if (hiSurrogate == -1) {
                                return failAtEnd(s, JsonError.UNICODE_LOW_SURROGATE);
                            }
                            ch = 0x10000 + ((hiSurrogate - 0xD800) << 10) + (ch - 0xDC00);
                            hiSurrogate = -1;
                        }
                        if (hiSurrogate != -1) {
                            return failAtEnd(s, JsonError.UNICODE_LOW_SURROGATE);
                        }
                        if (ch == 0) {
                            return failAtEnd(s, JsonError.UNICODE_CODE_POINT_ZERO);
                        }
                        appendCodePoint(ch);
                    }
                } else if (strval != null) {
                    if (hiSurrogate != -1) {
                        return failAtEnd(s, JsonError.UNICODE_LOW_SURROGATE);
                    }
                    switch (c) {
                        case '"', '\\', '/' -> strval.writeByte(c);
                        case 'b' -> strval.writeByte('\b');
                        case 'f' -> strval.writeByte('\f');
                        case 'n' -> strval.writeByte('\n');
                        case 'r' -> strval.writeByte('\r');
                        case 't' -> strval.writeByte('\t');
                        default -> {
                            tokenStart = s;
                            return failAtEnd(s, JsonError.ESCAPING_INVALID);
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(c) < 0) {
                    tokenStart = s;
                    return failAtEnd(s, JsonError.ESCAPING_INVALID);
                }
            } else if (strval != null) {
                if (hiSurrogate != -1) {
                    return failAtEnd(s, JsonError.UNICODE_LOW_SURROGATE);
                }
                strval.writeByte(c);
            }
        }
        if (hiSurrogate != -1) {
            tokenTerminator = s + 1;
            return JsonError.UNICODE_LOW_SURROGATE;
        }
        tokenTerminator = s + 1;
        return null;
    }

    private void appendCodePoint(int cp) {
        if (cp < 0x80) {
            strval.writeByte(cp);
        } else if (cp < 0x800) {
            strval.writeByte(0xC0 | (cp >> 6));
            strval.writeByte(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            strval.writeByte(0xE0 | (cp >> 12));
            strval.writeByte(0x80 | ((cp >> 6) & 0x3F));
            strval.writeByte(0x80 | (cp & 0x3F));
        } else {
            strval.writeByte(0xF0 | (cp >> 18));
            strval.writeByte(0x80 | ((cp >> 12) & 0x3F));
            strval.writeByte(0x80 | ((cp >> 6) & 0x3F));
            strval.writeByte(0x80 | (cp & 0x3F));
        }
    }

    private static int hexValue(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }

    /** A number: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}; trailing word characters join the token. */
    private JsonError lexNumber(int s) {
        boolean error = false;
        if (s < limit && in[s] == '0') {
            s++;
        } else if (s < limit && in[s] >= '1' && in[s] <= '9') {
            do {
                s++;
            } while (s < limit && isDigit(in[s]));
        } else {
            error = true;
        }
        if (s < limit && in[s] == '.') {
            s++;
            if (s == limit || !isDigit(in[s])) {
                error = true;
            } else {
                do {
                    s++;
                } while (s < limit && isDigit(in[s]));
            }
        }
        if (s < limit && (in[s] == 'e' || in[s] == 'E')) {
            s++;
            if (s < limit && (in[s] == '+' || in[s] == '-')) {
                s++;
            }
            if (s == limit || !isDigit(in[s])) {
                error = true;
            } else {
                do {
                    s++;
                } while (s < limit && isDigit(in[s]));
            }
        }
        while (s < limit && isAlphanumeric(in[s])) {
            error = true;
            s++;
        }
        tokenTerminator = s;
        return error ? JsonError.INVALID_TOKEN : null;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** The de-escaped bytes of the last string token. */
    byte[] stringValue() {
        return strval.toByteArray();
    }
}
