package dev.tusk.types.codec;

import static dev.tusk.types.codec.DateTimeKeywords.DTK_DATE;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_NUMBER;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_SPECIAL;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_STRING;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_TIME;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_TZ;

import java.util.Locale;

/**
 * PostgreSQL 15's {@code ParseDateTime}: splits date/time/interval input into at most 25 typed fields
 * (number, date, time, string, special, signed zone), lower-casing letters, within the same work-buffer size
 * limit as the calling input function; C character classes are ASCII-only, as in the C locale.
 */
final class DateTimeFields {
    /** MAXDATEFIELDS. */
    static final int MAX_FIELDS = 25;

    /** Work buffer sizes of the input functions: date/time/timetz, timestamp/timestamptz, interval. */
    static final int BUF_DATE = 129;

    static final int BUF_TIMESTAMP = 153;
    static final int BUF_INTERVAL = 256;

    final String[] field = new String[MAX_FIELDS];
    final int[] ftype = new int[MAX_FIELDS];
    int nf;

    private DateTimeFields() {}

    /**
     * Splits {@code s}; throws a {@link DateTimeError} (BAD_FORMAT) for characters that start no field, a
     * sign followed by neither digit nor letter, too many fields, or input too long for {@code bufLen}.
     */
    static DateTimeFields parse(String s, int bufLen) {
        DateTimeFields f = new DateTimeFields();
        int cp = 0;
        int n = s.length();
        int used = 0;
        while (cp < n) {
            char c = s.charAt(cp);
            if (isSpace(c)) {
                cp++;
                continue;
            }
            if (f.nf >= MAX_FIELDS) {
                throw DateTimeError.badFormat();
            }
            StringBuilder b = new StringBuilder();
            int type;
            if (isDigit(c)) {
                b.append(c);
                cp++;
                while (cp < n && isDigit(s.charAt(cp))) {
                    b.append(s.charAt(cp++));
                }
                if (cp < n && s.charAt(cp) == ':') {
                    type = DTK_TIME;
                    b.append(s.charAt(cp++));
                    while (cp < n && (isDigit(s.charAt(cp)) || s.charAt(cp) == ':' || s.charAt(cp) == '.')) {
                        b.append(s.charAt(cp++));
                    }
                } else if (cp < n && (s.charAt(cp) == '-' || s.charAt(cp) == '/' || s.charAt(cp) == '.')) {
                    char delim = s.charAt(cp);
                    b.append(s.charAt(cp++));
                    if (cp < n && isDigit(s.charAt(cp))) {
                        type = delim == '.' ? DTK_NUMBER : DTK_DATE;
                        while (cp < n && isDigit(s.charAt(cp))) {
                            b.append(s.charAt(cp++));
                        }
                        if (cp < n && s.charAt(cp) == delim) {
                            type = DTK_DATE;
                            b.append(s.charAt(cp++));
                            while (cp < n && (isDigit(s.charAt(cp)) || s.charAt(cp) == delim)) {
                                b.append(s.charAt(cp++));
                            }
                        }
                    } else {
                        type = DTK_DATE;
                        while (cp < n && (isAlnum(s.charAt(cp)) || s.charAt(cp) == delim)) {
                            b.append(lower(s.charAt(cp++)));
                        }
                    }
                } else {
                    type = DTK_NUMBER;
                }
            } else if (c == '.') {
                b.append(c);
                cp++;
                while (cp < n && isDigit(s.charAt(cp))) {
                    b.append(s.charAt(cp++));
                }
                type = DTK_NUMBER;
            } else if (isAlpha(c)) {
                type = DTK_STRING;
                b.append(lower(c));
                cp++;
                while (cp < n && isAlpha(s.charAt(cp))) {
                    b.append(lower(s.charAt(cp++)));
                }
                boolean isDate = false;
                if (cp < n && (s.charAt(cp) == '-' || s.charAt(cp) == '/' || s.charAt(cp) == '.')) {
                    isDate = true;
                } else if (cp < n && (s.charAt(cp) == '+' || isDigit(s.charAt(cp)))) {
                    isDate = !DateTimeKeywords.isDateKeyword(b.toString());
                }
                if (isDate) {
                    type = DTK_DATE;
                    do {
                        b.append(lower(s.charAt(cp++)));
                    } while (cp < n && isZoneChar(s.charAt(cp)));
                }
            } else if (c == '+' || c == '-') {
                b.append(c);
                cp++;
                while (cp < n && isSpace(s.charAt(cp))) {
                    cp++;
                }
                if (cp < n && isDigit(s.charAt(cp))) {
                    type = DTK_TZ;
                    b.append(s.charAt(cp++));
                    while (cp < n
                            && (isDigit(s.charAt(cp))
                                    || s.charAt(cp) == ':'
                                    || s.charAt(cp) == '.'
                                    || s.charAt(cp) == '-')) {
                        b.append(s.charAt(cp++));
                    }
                } else if (cp < n && isAlpha(s.charAt(cp))) {
                    type = DTK_SPECIAL;
                    b.append(lower(s.charAt(cp++)));
                    while (cp < n && isAlpha(s.charAt(cp))) {
                        b.append(lower(s.charAt(cp++)));
                    }
                } else {
                    throw DateTimeError.badFormat();
                }
            } else if (isPunct(c)) {
                cp++;
                continue;
            } else {
                throw DateTimeError.badFormat();
            }
            // APPEND_CHAR fails when the work buffer would be full; the field's terminator is unchecked
            for (int k = 0; k < b.length(); k++) {
                if (used + 1 >= bufLen) {
                    throw DateTimeError.badFormat();
                }
                used++;
            }
            used++;
            f.field[f.nf] = b.toString();
            f.ftype[f.nf] = type;
            f.nf++;
        }
        return f;
    }

    private static boolean isZoneChar(char c) {
        return c == '+' || c == '-' || c == '/' || c == '_' || c == '.' || c == ':' || isAlnum(c);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAlnum(char c) {
        return isDigit(c) || isAlpha(c);
    }

    /** C's ispunct: printable ASCII that is neither alphanumeric nor space. */
    static boolean isPunct(char c) {
        return c > 0x20 && c < 0x7F && !isAlnum(c);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < nf; i++) {
            sb.append(String.format(Locale.ROOT, "[%d:%s]", ftype[i], field[i]));
        }
        return sb.toString();
    }
}
