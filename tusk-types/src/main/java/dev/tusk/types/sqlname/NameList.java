package dev.tusk.types.sqlname;

import dev.tusk.types.PgTypeException;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL 15's {@code stringToQualifiedNameList}: a dotted list of identifiers, unquoted ones downcased,
 * quoted ones with {@code ""} for a quote (and possibly empty), each truncated; and {@code NameListToString} to print one back.
 */
public final class NameList {
    /** 42602 invalid_name. */
    public static final String INVALID_NAME = "42602";

    private NameList() {}

    /** Splits {@code input} into its identifiers; 42602 {@code invalid name syntax} if it is not a name list. */
    public static List<String> parse(String input) {
        List<String> names = new ArrayList<>();
        int n = input.length();
        int p = skipSpace(input, 0);
        if (p == n) {
            throw invalid();
        }
        while (true) {
            String name;
            if (input.charAt(p) == '"') {
                StringBuilder sb = new StringBuilder();
                p++;
                while (true) {
                    int q = input.indexOf('"', p);
                    if (q < 0) {
                        throw invalid();
                    }
                    sb.append(input, p, q);
                    p = q + 1;
                    if (p < n && input.charAt(p) == '"') {
                        sb.append('"');
                        p++;
                    } else {
                        break;
                    }
                }
                name = sb.toString(); // PostgreSQL 15 accepts "" here, unlike in SQL text
            } else {
                int start = p;
                while (p < n && input.charAt(p) != '.' && !Identifiers.isSpace(input.charAt(p))) {
                    p++;
                }
                if (p == start) {
                    throw invalid();
                }
                name = Identifiers.downcase(input.substring(start, p));
            }
            names.add(Identifiers.truncate(name));
            p = skipSpace(input, p);
            if (p == n) {
                return List.copyOf(names);
            }
            if (input.charAt(p) != '.') {
                throw invalid();
            }
            p = skipSpace(input, p + 1);
            if (p == n) {
                throw invalid();
            }
        }
    }

    /** {@code NameListToString}: the names joined with dots, unquoted. */
    public static String join(List<String> names) {
        return String.join(".", names);
    }

    private static int skipSpace(String s, int p) {
        while (p < s.length() && Identifiers.isSpace(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private static PgTypeException invalid() {
        return new PgTypeException(INVALID_NAME, "invalid name syntax");
    }
}
