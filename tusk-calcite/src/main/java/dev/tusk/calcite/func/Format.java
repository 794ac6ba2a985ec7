package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;

/** PostgreSQL's format(): {@code %[n$][-][width]type} with the types s, I and L, and {@code %%}. */
final class Format {
    private static final String HINT = "For a single \"%\" use \"%%\".";

    private Format() {}

    static String format(String fmt, AnyValue[] args) {
        StringBuilder out = new StringBuilder();
        int next = 0; // the argument an unnumbered specifier takes
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= n) {
                throw unterminated();
            }
            if (fmt.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            // optional argument position: digits followed by $
            int argPos = -1;
            int j = i;
            long num = 0;
            while (j < n && Character.isDigit(fmt.charAt(j))) {
                num = Math.min(num * 10 + (fmt.charAt(j) - '0'), Integer.MAX_VALUE + 1L);
                j++;
            }
            if (j > i && j < n && fmt.charAt(j) == '$') {
                argPos = position(num);
                i = j + 1;
            }
            boolean leftAlign = false;
            while (i < n && fmt.charAt(i) == '-') {
                leftAlign = true;
                i++;
            }
            if (i >= n) {
                throw unterminated();
            }
            int width = 0;
            if (fmt.charAt(i) == '*') {
                i++;
                int widthArg;
                j = i;
                num = 0;
                while (j < n && Character.isDigit(fmt.charAt(j))) {
                    num = Math.min(num * 10 + (fmt.charAt(j) - '0'), Integer.MAX_VALUE + 1L);
                    j++;
                }
                if (j > i && j < n && fmt.charAt(j) == '$') {
                    widthArg = position(num) - 1;
                    i = j + 1;
                } else {
                    widthArg = next;
                }
                if (widthArg >= args.length) {
                    throw tooFew();
                }
                next = widthArg + 1;
                AnyValue w = args[widthArg];
                if (!w.isNull()) {
                    width = widthValue(w);
                }
                if (width < 0) {
                    leftAlign = true;
                    width = width == Integer.MIN_VALUE ? Integer.MAX_VALUE : -width;
                }
            } else {
                num = 0;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    num = num * 10 + (fmt.charAt(i) - '0');
                    if (num > Integer.MAX_VALUE) {
                        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "number is out of range");
                    }
                    i++;
                }
                width = (int) num;
            }
            if (i >= n) {
                throw unterminated();
            }
            char type = fmt.charAt(i++);
            if (type != 's' && type != 'I' && type != 'L') {
                throw PgException.builder(
                                SqlState.INVALID_PARAMETER_VALUE,
                                "unrecognized format() type specifier \"" + type + "\"")
                        .hint(HINT)
                        .build();
            }
            int arg = argPos > 0 ? argPos - 1 : next;
            if (arg >= args.length) {
                throw tooFew();
            }
            next = arg + 1;
            AnyValue v = args[arg];
            String text;
            if (v.isNull()) {
                text = switch (type) {
                    case 'I' ->
                        throw new PgException(
                                SqlState.NULL_VALUE_NOT_ALLOWED,
                                "null values cannot be formatted as an SQL identifier");
                    case 'L' -> "NULL";
                    default -> "";
                };
            } else {
                String t = v.text();
                text = switch (type) {
                    case 'I' -> dev.tusk.types.sqlname.Identifiers.quote(t);
                    case 'L' -> Text.quoteLiteral(t);
                    default -> t;
                };
            }
            int len = text.codePointCount(0, text.length());
            if (len >= width) {
                out.append(text);
            } else if (leftAlign) {
                out.append(text).append(" ".repeat(width - len));
            } else {
                out.append(" ".repeat(width - len)).append(text);
            }
        }
        return out.toString();
    }

    private static int position(long num) {
        if (num == 0) {
            throw new PgException(
                    SqlState.INVALID_PARAMETER_VALUE, "format specifies argument 0, but arguments are numbered from 1");
        }
        if (num > Integer.MAX_VALUE) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "number is out of range");
        }
        return (int) num;
    }

    private static int widthValue(AnyValue w) {
        Object v = w.value();
        if (v instanceof Number num) {
            return num.intValue();
        }
        try {
            return Integer.parseInt(w.text().trim());
        } catch (NumberFormatException e) {
            throw new PgException(
                    SqlState.INVALID_TEXT_REPRESENTATION,
                    "invalid input syntax for type integer: \"" + w.text() + "\"");
        }
    }

    private static PgException unterminated() {
        return PgException.builder(SqlState.INVALID_PARAMETER_VALUE, "unterminated format() type specifier")
                .hint(HINT)
                .build();
    }

    private static PgException tooFew() {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, "too few arguments for format()");
    }
}
