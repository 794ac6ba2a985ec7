package dev.tusk.types.sqlname;

import dev.tusk.types.PgTypeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * PostgreSQL 15's {@code parseNameAndArgTypes}: {@code name(type, ...)} as {@code regprocedure} and
 * {@code regoperator} read it, with each argument type resolved (by the caller) as soon as it is split off,
 * so errors come in PostgreSQL's order.
 *
 * @param names the function or operator name, split by {@link NameList#parse}
 * @param argTypes the argument type OIDs; 0 for {@code NONE} where allowed
 */
public record Signature(List<String> names, List<Long> argTypes) {
    /** {@code FUNC_MAX_ARGS}. */
    public static final int MAX_ARGS = 100;

    private static final String INVALID_TEXT_REPRESENTATION = "22P02";
    private static final String TOO_MANY_ARGUMENTS = "54023";

    /** Copies the lists. */
    public Signature {
        names = List.copyOf(names);
        argTypes = List.copyOf(argTypes);
    }

    /**
     * Parses {@code input}; {@code allowNone} accepts {@code NONE} (any case) as the OID 0, and {@code resolver}
     * turns each argument's type name into an OID or throws.
     */
    public static Signature parse(String input, boolean allowNone, ToLongFunction<String> resolver) {
        boolean inQuote = false;
        int lp = -1;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '"') {
                inQuote = !inQuote;
            } else if (c == '(' && !inQuote) {
                lp = i;
                break;
            }
        }
        if (lp < 0) {
            throw new PgTypeException(INVALID_TEXT_REPRESENTATION, "expected a left parenthesis");
        }
        List<String> names = NameList.parse(input.substring(0, lp));
        String rest = input.substring(lp + 1);
        int rp = rest.length() - 1;
        while (rp > 0 && Identifiers.isSpace(rest.charAt(rp))) {
            rp--;
        }
        if (rp < 0 || rest.charAt(rp) != ')') {
            throw new PgTypeException(INVALID_TEXT_REPRESENTATION, "expected a right parenthesis");
        }
        String body = rest.substring(0, rp);
        List<Long> args = new ArrayList<>();
        int p = 0;
        int n = body.length();
        boolean hadComma = false;
        while (true) {
            while (p < n && Identifiers.isSpace(body.charAt(p))) {
                p++;
            }
            if (p == n) {
                if (hadComma) {
                    throw new PgTypeException(INVALID_TEXT_REPRESENTATION, "expected a type name");
                }
                break;
            }
            int start = p;
            inQuote = false;
            int parens = 0;
            for (; p < n; p++) {
                char c = body.charAt(p);
                if (c == '"') {
                    inQuote = !inQuote;
                } else if (c == ',' && !inQuote && parens == 0) {
                    break;
                } else if (!inQuote) {
                    if (c == '(' || c == '[') {
                        parens++;
                    } else if (c == ')' || c == ']') {
                        parens--;
                    }
                }
            }
            if (inQuote || parens != 0) {
                throw new PgTypeException(INVALID_TEXT_REPRESENTATION, "improper type name");
            }
            int end = p;
            hadComma = p < n;
            if (hadComma) {
                p++;
            }
            while (end > start && Identifiers.isSpace(body.charAt(end - 1))) {
                end--;
            }
            String typeName = body.substring(start, end);
            long oid = allowNone && isNone(typeName) ? 0 : resolver.applyAsLong(typeName);
            if (args.size() >= MAX_ARGS) {
                throw new PgTypeException(TOO_MANY_ARGUMENTS, "too many arguments");
            }
            args.add(oid);
        }
        return new Signature(names, args);
    }

    private static boolean isNone(String s) {
        return s.length() == 4 && Identifiers.downcase(s).equals("none");
    }
}
