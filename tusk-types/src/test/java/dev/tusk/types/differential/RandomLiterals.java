package dev.tusk.types.differential;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random short literals per type, drawn from the characters that type's input function cares about (digits,
 * signs, separators, brackets, quotes, letters of its keywords), so that odd combinations nobody would write by
 * hand are compared too. Deterministic: one fixed seed per type.
 */
final class RandomLiterals {
    private RandomLiterals() {}

    /** Per type: the alphabet and some fragments to splice in. */
    static final Map<PgType, String[]> ALPHABETS = Map.ofEntries(
            Map.entry(BuiltinTypes.BOOL, new String[] {"tfyesnoTRUEFALSE01 ", "true", "on", "off", "no"}),
            Map.entry(BuiltinTypes.INT4, new String[] {"0123456789+- .e", "2147483647", "-2147483648"}),
            Map.entry(BuiltinTypes.INT8, new String[] {"0123456789+- ", "9223372036854775807"}),
            Map.entry(BuiltinTypes.INT2, new String[] {"0123456789+- ", "32767", "32768"}),
            Map.entry(BuiltinTypes.OID, new String[] {"0123456789+- x", "4294967295", "-2147483648"}),
            Map.entry(BuiltinTypes.FLOAT8, new String[] {"0123456789+-.eExXpP ", "inf", "nan", "infinity", "1e308"}),
            Map.entry(BuiltinTypes.FLOAT4, new String[] {"0123456789+-.eE ", "inf", "nan", "3.4e38", "1e-45"}),
            Map.entry(BuiltinTypes.NUMERIC, new String[] {"0123456789+-.eE ", "NaN", "Infinity", "inf", "e1000"}),
            Map.entry(BuiltinTypes.MONEY, new String[] {"0123456789+-.,$() ", "$1,000.00", "(", ")"}),
            Map.entry(BuiltinTypes.UUID, new String[] {"0123456789abcdefABCDEF-{} ", "a0eebc99", "-9c0b-"}),
            Map.entry(BuiltinTypes.BYTEA, new String[] {"\\x0123456789abcdefgG 7", "\\x", "\\\\", "\\377"}),
            Map.entry(BuiltinTypes.INET, new String[] {"0123456789abcdef:./ ", "::", "255.", "/32", "::ffff:"}),
            Map.entry(BuiltinTypes.CIDR, new String[] {"0123456789abcdef:./ ", "::", "10.", "/8", "/128"}),
            Map.entry(BuiltinTypes.MACADDR, new String[] {"0123456789abcdefx:-. +", "08:00", "2b01", "0x"}),
            Map.entry(BuiltinTypes.MACADDR8, new String[] {"0123456789abcdef:-. ", "08:00", "2b01"}),
            Map.entry(BuiltinTypes.VARBIT, new String[] {"01bBxXfF2 ", "B", "X", "1010"}),
            Map.entry(BuiltinTypes.POINT, new String[] {"0123456789+-.,() eE", "(1,2)", "NaN", "inf"}),
            Map.entry(BuiltinTypes.LSEG, new String[] {"0123456789,()[] .", "(0,0)", "[(1,1)"}),
            Map.entry(BuiltinTypes.BOX, new String[] {"0123456789,()[] .", "(0,0)", "(1,1),"}),
            Map.entry(BuiltinTypes.LINE, new String[] {"0123456789,(){}[] .-", "{1,2,3}", "(0,0)"}),
            Map.entry(BuiltinTypes.PATH, new String[] {"0123456789,()[] .", "(0,0)", "[(1,1)"}),
            Map.entry(BuiltinTypes.POLYGON, new String[] {"0123456789,() .", "(0,0)", "((1,1)"}),
            Map.entry(BuiltinTypes.CIRCLE, new String[] {"0123456789,()<> .-", "<(0,0),1>", "(1,1)"}),
            Map.entry(BuiltinTypes.PG_LSN, new String[] {"0123456789ABCDEFabcdef/ g", "FFFFFFFF", "0/0"}),
            Map.entry(BuiltinTypes.TID, new String[] {"0123456789(), -", "(0,1)", "65535", "4294967295"}),
            Map.entry(BuiltinTypes.XID8, new String[] {"0123456789 -+x", "18446744073709551615"}),
            Map.entry(BuiltinTypes.INT2VECTOR, new String[] {"0123456789 -+,", "32767", "1 2"}),
            Map.entry(BuiltinTypes.OIDVECTOR, new String[] {"0123456789 -+,", "4294967295", "1 2"}),
            Map.entry(BuiltinTypes.INT4_ARRAY, new String[] {"0123456789{},\" \\[]:=-N", "NULL", "{1,2}", "[1:2]="}),
            Map.entry(BuiltinTypes.TEXT_ARRAY, new String[] {"ab{},\" \\NUL", "NULL", "\"a b\"", "{}"}),
            Map.entry(BuiltinTypes.INT4RANGE, new String[] {"0123456789[](),\" \\-", "empty", "[1,5)"}),
            Map.entry(BuiltinTypes.NUMRANGE, new String[] {"0123456789.[](),\" e-", "empty", "NaN", "(,)"}),
            Map.entry(BuiltinTypes.INT4MULTIRANGE, new String[] {"0123456789[](){},\" ", "empty", "{[1,2)}"}),
            Map.entry(BuiltinTypes.DATE, new String[] {"0123456789-/. JanFebBCAD", "1999", "Jan", "BC", "J"}),
            Map.entry(BuiltinTypes.TIME, new String[] {"0123456789:. ampmAMPM", "04:05", "allballs", ".5"}),
            Map.entry(
                    BuiltinTypes.TIMESTAMPTZ, new String[] {"0123456789:-+/. TZ", "1999-01-08", "04:05", "PST", "+05"}),
            Map.entry(BuiltinTypes.INTERVAL, new String[] {
                "0123456789:-+. PYMWDTHSe", " day", " ago", "@", " hour", " mon", " us", " ms", ":", "-"
            }),
            Map.entry(
                    BuiltinTypes.JSONB,
                    new String[] {"{}[]:,\"\\ 0123456789.eE-tfnu", "true", "null", "\"a\"", "\\u00"}),
            Map.entry(BuiltinTypes.JSON, new String[] {"{}[]:,\"\\ 0123456789.eE-", "false", "\\ud83d", "1e"}),
            Map.entry(BuiltinTypes.CHAR, new String[] {"\\01234567ab", "\\377", "\\"}));

    static List<String> of(PgType type, int count) {
        String[] a = ALPHABETS.get(type);
        Random rnd = new Random(type.oid() * 7919L);
        Set<String> out = new LinkedHashSet<>();
        String chars = a[0];
        while (out.size() < count) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(14);
            for (int i = 0; i < len; i++) {
                if (a.length > 1 && rnd.nextInt(4) == 0) {
                    sb.append(a[1 + rnd.nextInt(a.length - 1)]);
                } else {
                    sb.append(chars.charAt(rnd.nextInt(chars.length())));
                }
            }
            out.add(sb.toString());
        }
        return new ArrayList<>(out);
    }
}
