package dev.tusk.types.differential;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Raw literals as users write them, per type: hand-written edge cases (accepted and rejected forms) plus
 * generated variants (surrounding whitespace, letter case, signs, array and range wrappings). Deterministic:
 * the generated parts use a fixed seed.
 */
final class TextInputCorpus {
    private TextInputCorpus() {}

    /** One type and its literals. */
    record Family(PgType type, List<String> literals) {}

    /** Whitespace PostgreSQL's input functions skip (C isspace), in a few arrangements. */
    private static final String[][] PADS = {
        {" ", ""}, {"", " "}, {"  ", "  "}, {"\t", "\n"}, {"\r\n ", "\f"}, {"\u000b", " "},
    };

    static List<Family> families() {
        List<Family> f = new ArrayList<>();
        f.add(family(BuiltinTypes.BOOL, bool()));
        f.add(family(BuiltinTypes.INT2, integers(BuiltinTypes.INT2)));
        f.add(family(BuiltinTypes.INT4, integers(BuiltinTypes.INT4)));
        f.add(family(BuiltinTypes.INT8, integers(BuiltinTypes.INT8)));
        f.add(family(BuiltinTypes.OID, oid()));
        f.add(family(BuiltinTypes.FLOAT4, floats()));
        f.add(family(BuiltinTypes.FLOAT8, floats()));
        f.add(family(BuiltinTypes.NUMERIC, numeric()));
        f.add(family(BuiltinTypes.MONEY, money()));
        f.add(family(BuiltinTypes.TEXT, strings()));
        f.add(family(BuiltinTypes.VARCHAR, strings()));
        f.add(family(BuiltinTypes.BPCHAR, strings()));
        f.add(family(BuiltinTypes.NAME, names()));
        f.add(family(BuiltinTypes.CHAR, chars()));
        f.add(family(BuiltinTypes.UNKNOWN, List.of("", "x", " y ", "\u00e9")));
        f.add(family(BuiltinTypes.BYTEA, bytea()));
        f.add(family(BuiltinTypes.UUID, uuid()));
        f.add(family(BuiltinTypes.DATE, all(dates(), DateTimeGrid.dates())));
        f.add(family(BuiltinTypes.TIME, all(times(), DateTimeGrid.times())));
        f.add(family(BuiltinTypes.TIMETZ, all(timetz(), DateTimeGrid.times())));
        f.add(family(BuiltinTypes.TIMESTAMP, all(timestamps(), DateTimeGrid.timestamps())));
        f.add(family(BuiltinTypes.TIMESTAMPTZ, all(timestamptz(), DateTimeGrid.timestamps())));
        f.add(family(BuiltinTypes.INTERVAL, all(intervals(), DateTimeGrid.intervals())));
        f.add(family(BuiltinTypes.INET, inet()));
        f.add(family(BuiltinTypes.CIDR, cidr()));
        f.add(family(BuiltinTypes.MACADDR, macaddr()));
        f.add(family(BuiltinTypes.MACADDR8, macaddr8()));
        f.add(family(BuiltinTypes.BIT, bits()));
        f.add(family(BuiltinTypes.VARBIT, bits()));
        f.add(family(BuiltinTypes.POINT, points()));
        f.add(family(BuiltinTypes.LSEG, lsegs()));
        f.add(family(BuiltinTypes.BOX, boxes()));
        f.add(family(BuiltinTypes.LINE, lines()));
        f.add(family(BuiltinTypes.PATH, paths()));
        f.add(family(BuiltinTypes.POLYGON, polygons()));
        f.add(family(BuiltinTypes.CIRCLE, circles()));
        f.add(family(BuiltinTypes.PG_LSN, lsn()));
        f.add(family(BuiltinTypes.TID, tid()));
        f.add(family(BuiltinTypes.XID, xid()));
        f.add(family(BuiltinTypes.CID, xid()));
        f.add(family(BuiltinTypes.XID8, xid8()));
        f.add(family(BuiltinTypes.INT2VECTOR, vectors()));
        f.add(family(BuiltinTypes.OIDVECTOR, vectors()));
        f.add(family(BuiltinTypes.JSON, json()));
        f.add(family(BuiltinTypes.JSONB, json()));
        f.add(family(BuiltinTypes.XML, xml()));
        f.add(family(
                BuiltinTypes.INT4_ARRAY,
                all(
                        arrays(),
                        RandomArrays.of(List.of("1", "-2", " 3", "007", "x", "2147483648", "1.5", ""), 11, 300))));
        f.add(family(
                BuiltinTypes.TEXT_ARRAY,
                all(
                        textArrays(),
                        RandomArrays.of(
                                List.of("a", "b c", "{", "}", ",", "\"", "\\", " ", "", "NULL", "\u00e9"), 12, 300))));
        f.add(family(
                BuiltinTypes.DATE_ARRAY,
                RandomArrays.of(
                        List.of("2024-02-29", "Jan 8 1999", "epoch", "infinity", "1999-01-08 BC", "2024-02-30"),
                        13,
                        100)));
        f.add(family(
                BuiltinTypes.FLOAT8_ARRAY,
                RandomArrays.of(List.of("1.5", "NaN", "-inf", "1e308", "1e309", "0x10", " 2 "), 14, 100)));
        f.add(family(
                BuiltinTypes.INTERVAL_ARRAY,
                RandomArrays.of(List.of("1 day", "P1Y", "-1 2:03:04", "@ 1 hour ago", "1-2", "x"), 15, 100)));
        f.add(family(
                BuiltinTypes.JSONB_ARRAY,
                RandomArrays.of(List.of("{\"b\": 1, \"a\": 2}", "[1,  2]", "null", "1e2", "{", "\"s\""), 16, 100)));
        f.add(family(
                BuiltinTypes.INT4RANGE_ARRAY,
                RandomArrays.of(List.of("[1,5)", "empty", "(,)", "[5,1]", "(1,2]"), 17, 100)));
        f.add(family(BuiltinTypes.INT4RANGE, ranges("1", "5", "-3", "2147483647", "x")));
        f.add(family(BuiltinTypes.INT8RANGE, ranges("1", "5", "-9223372036854775808", "9223372036854775807", "1.5")));
        f.add(family(BuiltinTypes.NUMRANGE, ranges("1.5", "2.25", "-1e3", "NaN", "Infinity")));
        f.add(family(
                BuiltinTypes.DATERANGE, ranges("2024-01-01", "2024-02-29", "infinity", "-infinity", "Jan 8 1999")));
        f.add(family(
                BuiltinTypes.TSRANGE,
                ranges("2024-01-01 10:00", "2024-01-02", "infinity", "epoch", "1999-01-08 04:05:06")));
        f.add(family(
                BuiltinTypes.TSTZRANGE,
                ranges(
                        "2024-01-01 10:00+02",
                        "2024-01-02",
                        "-infinity",
                        "epoch",
                        "2024-03-10 02:30 America/New_York")));
        f.add(family(BuiltinTypes.INT4MULTIRANGE, multiranges()));
        f.add(family(
                BuiltinTypes.DATEMULTIRANGE,
                List.of(
                        "{}",
                        "{[2024-01-01,2024-01-05], (2024-01-03,infinity)}",
                        "{[2024-01-05,2024-01-01]}",
                        " { empty } ")));
        f.add(family(BuiltinTypes.VOID, List.of("", "x")));
        elementArrays(f);
        // random literals from each type's alphabet, appended to the type's family
        List<Family> withRandom = new ArrayList<>();
        for (Family family : f) {
            if (RandomLiterals.ALPHABETS.containsKey(family.type())) {
                withRandom.add(family(
                        family.type(),
                        all(
                                family.literals(),
                                RandomLiterals.of(family.type(), Integer.getInteger("tusk.textinput.random", 500)))));
            } else {
                withRandom.add(family);
            }
        }
        return withRandom;
    }

    private static Family family(PgType type, Collection<String> literals) {
        return new Family(type, List.copyOf(new LinkedHashSet<>(literals)));
    }

    // ---------------------------------------------------------------- generators

    /** Each literal as is and with every padding of {@link #PADS}. */
    static List<String> padded(Collection<String> base) {
        Set<String> out = new LinkedHashSet<>();
        for (String b : base) {
            out.add(b);
            for (String[] p : PADS) {
                out.add(p[0] + b + p[1]);
            }
        }
        return new ArrayList<>(out);
    }

    /** Each literal as is, upper-cased, lower-cased and with alternating case. */
    static List<String> cased(Collection<String> base) {
        Set<String> out = new LinkedHashSet<>();
        for (String b : base) {
            out.add(b);
            out.add(b.toUpperCase(Locale.ROOT));
            out.add(b.toLowerCase(Locale.ROOT));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < b.length(); i++) {
                char c = b.charAt(i);
                sb.append(i % 2 == 0 ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
            out.add(sb.toString());
        }
        return new ArrayList<>(out);
    }

    /** Each literal unsigned, with + and with -. */
    static List<String> signed(Collection<String> base) {
        Set<String> out = new LinkedHashSet<>();
        for (String b : base) {
            out.add(b);
            out.add("+" + b);
            out.add("-" + b);
        }
        return new ArrayList<>(out);
    }

    @SafeVarargs
    static List<String> all(Collection<String>... parts) {
        List<String> out = new ArrayList<>();
        for (Collection<String> p : parts) {
            out.addAll(p);
        }
        return out;
    }

    // ---------------------------------------------------------------- families

    static List<String> bool() {
        List<String> words = List.of(
                "t", "tr", "tru", "true", "f", "fa", "fal", "fals", "false", "y", "ye", "yes", "n", "no", "on", "of",
                "off", "1", "0");
        List<String> bad = List.of(
                "", " ", "o", "truee", "yess", "nope", "2", "10", "01", "00", "-1", "+1", "t rue", "of f", "offf",
                "onn", "null", "T\u00a0", "\u0131");
        return all(padded(cased(words)), padded(bad));
    }

    static List<String> integers(PgType t) {
        List<String> nums = new ArrayList<>(List.of(
                "0",
                "7",
                "42",
                "00042",
                "0000000000000000000000000000000000001",
                "32767",
                "32768",
                "65535",
                "65536",
                "2147483647",
                "2147483648",
                "4294967296",
                "9223372036854775807",
                "9223372036854775808",
                "18446744073709551616",
                "99999999999999999999999999"));
        List<String> bad = List.of(
                "",
                " ",
                "+",
                "-",
                "0x1F",
                "0X1f",
                "0o17",
                "0b101",
                "1_000",
                "1e3",
                "1.0",
                "1.",
                ".5",
                "4 2",
                "42a",
                "a42",
                "++1",
                "--1",
                "+-1",
                "-+1",
                "- 1",
                "+ 1",
                "1-",
                "\u0661\u0662",
                "\uff14\uff12",
                "\u00a042",
                "42\u00a0",
                "0x",
                "1,000",
                "NaN",
                "infinity",
                "2147483647.0");
        return all(padded(signed(nums)), padded(bad), signed(List.of("32768", "2147483648", "9223372036854775808")));
    }

    static List<String> oid() {
        return all(
                padded(List.of(
                        "0",
                        "1",
                        "42",
                        "4294967295",
                        "4294967296",
                        "-1",
                        "-2147483648",
                        "-2147483649",
                        "-4294967295",
                        "+5",
                        "99999999999")),
                List.of("", " ", "0x10", "010", "1e3", "1.5", "abc", "42x", "4 2", "-", "+", "1_0"));
    }

    static List<String> floats() {
        List<String> good = List.of(
                "0",
                "1.5",
                "0.1",
                "1e3",
                "1E3",
                "1e+3",
                "1e-3",
                ".5",
                "5.",
                "1.5e10",
                "3.4028235e38",
                "3.4028236e38",
                "3.5e38",
                "1.4e-45",
                "1e-45",
                "7e-46",
                "1e-39",
                "1.17549435e-38",
                "1.7976931348623157e308",
                "1.8e308",
                "1e309",
                "4.9e-324",
                "2.5e-324",
                "2e-324",
                "1e-400",
                "2.2250738585072014e-308",
                "123456789012345678901234567890",
                "0.000001",
                "0x1p3",
                "0X1.8P1",
                "0x10",
                "00001",
                "1.0000000000000000000000000001",
                "0.30000000000000004",
                "16777217",
                "9007199254740993");
        List<String> special = List.of(
                "NaN",
                "Infinity",
                "inf",
                "infinity",
                "INF",
                "nan",
                "-NaN",
                "+NaN",
                "Infinit",
                "infin",
                "infinityx",
                "nanx",
                "in",
                "i",
                "n",
                "na");
        List<String> bad = List.of(
                "", " ", ".", "-", "+", "e", "1e", "1e+", "1e-", "e5", "1.2.3", "1,5", "1_000", "1.5x", "x1.5", "1 5",
                "--1", "+-1", "1e3.5", "1d3", "0x", "0xg", "\u0661", "1f", "1.5f", "- 1");
        return all(padded(signed(good)), padded(cased(signed(special))), padded(bad));
    }

    static List<String> numeric() {
        List<String> good = List.of(
                "0",
                "1",
                "1e3",
                "1E3",
                "1e+3",
                "1e-3",
                "1E-3",
                "0.000",
                "00.0100",
                ".5",
                "5.",
                "1.5e10",
                "12345678901234567890.123456789012345678901234567890",
                "1e1000",
                "1e-1000",
                "9e2147483647",
                "1e2147483648",
                "0e99999999999",
                "0.0e-99999",
                "1e1073741822",
                "1e1073741823",
                "0e1073741822",
                "1e-1073741822",
                "0e-1073741822",
                "1.23456789e-20",
                "100000000",
                "10000.0001",
                "0.1e1",
                "5e0",
                "000000000000000000000000000000000000000000.00000000000000000000000000000000000000001");
        List<String> special =
                List.of("NaN", "Infinity", "inf", "infinity", "nan", "Infinit", "infinityx", "nanx", "-NaN", "in");
        List<String> bad = List.of(
                "", " ", ".", "-", "+", "e", "1e", "1e+", "1e-", "e5", "1.2.3", "1,5", "1_000", "1_000.5", "0x1F",
                "0X1F", "0o17", "0b101", "1.5x", "x1.5", "1 5", "--1", "+-1", "1e3.5", "1e 3", "1 e3", "\u0661",
                "\uff11", "1e3x", ".e3", "-.e3", "- 1");
        // values at the storage format's limits are slow to convert, so they come once each
        List<String> limits = List.of(
                "1e1000",
                "-1e-1000",
                "1e100000",
                "1e-100000",
                "1e131071",
                "1e131072",
                "1e-16383",
                "-1e-16384",
                "0." + "0".repeat(16383),
                "0." + "0".repeat(16384),
                "9".repeat(131073));
        return all(padded(signed(good)), padded(cased(signed(special))), padded(bad), limits);
    }

    static List<String> money() {
        List<String> good = List.of(
                "0",
                "1",
                "1.5",
                "1.23",
                "12.345",
                "12.355",
                "12.3456",
                "0.005",
                "0.004",
                "1234567.89",
                "$1",
                "$1,234.56",
                "$1,2,3,4",
                "1,234,567.89",
                "$ 12",
                "$12",
                "(1.00)",
                "($1.00)",
                "(12)",
                "$-1.00",
                "-$1.00",
                "92233720368547758.07",
                "92233720368547758.08",
                "-92233720368547758.08",
                "-92233720368547758.09",
                "92233720368547758.075",
                "99999999999999999999",
                "1.",
                ".5",
                "1,,2",
                "12,34.5",
                "$1.5)",
                "(1.5",
                "1 ",
                "12 34",
                "$",
                "",
                ",",
                ".",
                "-",
                "1.2.3",
                "1e3",
                "abc",
                "$$1",
                "1$",
                "- 1",
                "-(1)",
                "(-1)",
                "+1",
                "1.2345678901234567890",
                "0.0050000001");
        return all(padded(good), signed(List.of("1.5", "$2", "(3)", "1,234.56")));
    }

    static List<String> strings() {
        return List.of(
                "",
                " ",
                "hello",
                "  spaced  ",
                "tab\there",
                "line\nbreak",
                "\u00e9t\u00e9",
                "\ud83d\ude00",
                "quote\"back\\slash",
                "NULL",
                "{a,b}",
                "x".repeat(300));
    }

    static List<String> names() {
        return List.of(
                "",
                "pg_class",
                "Mixed Case",
                "a".repeat(63),
                "b".repeat(64),
                "c".repeat(100),
                "d".repeat(62) + "\u00e9",
                "e".repeat(61) + "\u00e9",
                "f".repeat(60) + "\ud83d\ude00x",
                " padded ");
    }

    static List<String> chars() {
        return List.of(
                "",
                "a",
                "ab",
                " ",
                "  ",
                "\u00e9",
                "\\351",
                "\\001",
                "\\000",
                "\\377",
                "\\400",
                "\\3",
                "\\38",
                "\\",
                "\\\\",
                "7",
                "\ud83d\ude00");
    }

    static List<String> bytea() {
        return padded(List.of(
                "",
                "\\x",
                "\\x00",
                "\\xDEADBEEF",
                "\\xdeadbeef",
                "\\XDEADBEEF",
                "\\x de ad be ef ",
                "\\x dead beef",
                "\\x0",
                "\\x000",
                "\\xzz",
                "\\x0g",
                "\\x 0 0",
                "\\x\t00\n",
                "abc",
                "a b c",
                "a\\\\b",
                "\\\\",
                "\\000",
                "\\001\\002",
                "\\377",
                "\\400",
                "\\777",
                "\\38",
                "\\3",
                "\\12",
                "a\\b",
                "\\",
                "abc\\",
                "\\x\\x",
                "\u00e9",
                "x\\x00",
                "\\\\x00"));
    }

    static List<String> uuid() {
        String u = "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11";
        return all(
                List.of(
                        u,
                        u.toUpperCase(Locale.ROOT),
                        "{" + u + "}",
                        "{" + u.toUpperCase(Locale.ROOT) + "}",
                        u.replace("-", ""),
                        "{" + u.replace("-", "") + "}",
                        "a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11",
                        "{a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11}",
                        "a0eebc999c0b4ef8bb6d6bb9bd380a1",
                        "a0eebc999c0b4ef8bb6d6bb9bd380a111",
                        "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1g",
                        "{" + u,
                        u + "}",
                        "{{" + u + "}}",
                        "a0eebc99--9c0b-4ef8-bb6d-6bb9bd380a11",
                        "-a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
                        "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11-",
                        "a-0-e-e-b-c-9-9-9-c-0-b-4-e-f-8-b-b-6-d-6-b-b-9-b-d-3-8-0-a-1-1",
                        "a0eebc99 9c0b 4ef8 bb6d 6bb9bd380a11",
                        "00000000-0000-0000-0000-000000000000",
                        "ffffffff-ffff-ffff-ffff-ffffffffffff",
                        "",
                        "{}",
                        "x"),
                padded(List.of(u)));
    }

    static List<String> dates() {
        List<String> good = List.of(
                "2024-02-29",
                "2023-02-29",
                "2024-02-30",
                "2024-13-01",
                "2024-00-10",
                "2024-01-00",
                "2024-01-32",
                "1999-01-08",
                "January 8, 1999",
                "8 Jan 1999",
                "1999-Jan-08",
                "Jan-08-1999",
                "08-Jan-1999",
                "99-Jan-08",
                "1999 Jan 08",
                "Jan 8 1999",
                "8 January 1999",
                "January 8 99",
                "Jan 08 99",
                "Friday January 8, 1999",
                "Fri Jan 8 1999",
                "1/8/1999",
                "1/18/1999",
                "18/1/1999",
                "01/02/03",
                "1999.008",
                "1999.366",
                "1999.01.08",
                "01.08.1999",
                "19990108",
                "990108",
                "1999008",
                "J2451187",
                "j2451187",
                "J 2451187",
                "julian 2451187",
                "2451187 J",
                "J2451187.5",
                "J0",
                "J-1",
                "J5373484",
                "J5373485",
                "January 8, 99 BC",
                "1999-01-08 BC",
                "1999-01-08 AD",
                "0001-01-01 BC",
                "0000-01-01",
                "0-01-01",
                "4713-11-24 BC",
                "4714-11-24 BC",
                "4714-11-23 BC",
                "5874897-12-31",
                "5874898-01-01",
                "294276-12-31",
                "10000-01-01",
                "12345678-01-01",
                "1-1-1",
                "70-01-01",
                "69-01-01",
                "01-01-70",
                "01-01-69",
                "100-01-01",
                "099-01-01",
                "2024-01-01 12:00",
                "2024-01-01T12:00",
                "2024-01-01 junk",
                "2024-01-01 12:00:00+05",
                "2024-01-01 PST",
                "2024-01-01 America/New_York",
                "infinity",
                "-infinity",
                "+infinity",
                "epoch",
                "Infinity",
                "EPOCH",
                "now",
                "today",
                "tomorrow",
                "yesterday",
                "allballs",
                "today 12:00",
                "",
                " ",
                "x",
                "2024",
                "2024-01",
                "24-1",
                "Jan",
                "Jan 2024",
                "8 Jan",
                "Feb 30 2024",
                "2024-02-29 BC",
                "2024 02 29",
                "2024/02/29",
                "2024.02.29",
                "29.02.2024",
                "02/29/2024",
                "29/02/2024",
                "2024-W01-1",
                "2024-060",
                "2024060",
                "20240229T",
                "Jan 8 1999 BC AD",
                "1999-01-08 dow",
                "1999-01-08 1999",
                "11 12 13",
                "13 12 11",
                "1999 08 Jan",
                "8 1999 Jan",
                "Sat Jan 8 1999",
                "1999-01-08 Sunday",
                "1999-01-08 on",
                "on 1999-01-08",
                "at 1999-01-08",
                "1999-01-08 2",
                "1999-01-08 12",
                "1999-01-08 123",
                "1999-01-08 040506",
                "1/8",
                "1/8/",
                "1999-01-08 -2",
                "1999-01-08 +2",
                "--2024-01-01",
                "2024--01-01",
                "2024-01-01-",
                "1999-1-8",
                "99-1-8",
                "9-1-8",
                "1999-08-1",
                "1999-Jan",
                "Jan-1999",
                "Janu 8 1999",
                "Janx 8 1999",
                "Jan 8 1999 1999",
                "1999 January",
                "2000-02-29",
                "1900-02-29",
                "1600-02-29",
                "0004-02-29 BC",
                "0005-02-29 BC",
                "1 BC",
                "Jan 1 1 BC",
                "2024-01-01 ad",
                "1999-01-08 bc bc");
        return all(
                good,
                padded(List.of("2024-02-29", "Jan 8 1999", "J2451187", "epoch", "19990108")),
                cased(List.of("January 8, 1999", "1999-jan-08", "infinity", "epoch", "8 JAN 1999 bc")));
    }

    static List<String> times() {
        List<String> good = List.of(
                "04:05:06",
                "04:05:06.789",
                "04:05",
                "040506",
                "04:05 AM",
                "04:05 PM",
                "12:00 AM",
                "12:00 PM",
                "0:00 am",
                "13:00 PM",
                "00:00 PM",
                "12:60",
                "04:05:06.789-8",
                "04:05:06 PST",
                "04:05:06+05:30",
                "04:05:06 Z",
                "04:05:06Z",
                "04:05:06 zulu",
                "04:05:06 America/New_York",
                "2024-01-08 04:05:06",
                "2024-01-08 04:05:06 PST",
                "allballs",
                "ALLBALLS",
                "24:00:00",
                "24:00:00.000001",
                "24:00",
                "24:00:01",
                "23:59:59.999999",
                "23:59:59.9999995",
                "23:59:59.9999994",
                "23:59:60",
                "23:59:60.5",
                "23:60:00",
                "25:00:00",
                "-01:00:00",
                "1:2:3",
                "1:2",
                "01:02:03.1234567",
                "01:02:03.12345678901",
                "01:02:03.",
                "01:02:03.a",
                "01:02:03..5",
                "1:2:3:4",
                "1::2",
                ":1:2",
                "01:02:03 junk",
                "",
                " ",
                "x",
                "now",
                "today",
                "epoch",
                "infinity",
                "T04:05:06",
                "t04:05:06",
                "T040506",
                "04.05.06",
                "4 5 6",
                "04:05:06 04:05:06",
                "040506.789",
                "0405",
                "04",
                "4",
                "123456789",
                "04:05:06 am",
                "04:05:06 pm",
                "4 pm",
                "4 am",
                "4pm",
                "16:00 pm",
                "12 am",
                "04:05:06 PM PM",
                "04:05:06.5 PST",
                "04:05 PDT",
                "04:05:06 +0530",
                "04:05:06 -05",
                "04:05:06+14:59",
                "04:05:06+15:59",
                "04:05:06+16:00",
                "04:05:06 GMT+3",
                "04:05:06 UTC",
                "04:05:06 XYZ",
                "04:05:06 +5:30:15",
                "J2451187 04:05",
                "Jan 8 04:05",
                "1999-01-08T04:05:06",
                "1999-01-08T04:05:06Z",
                "04:05:06 dst",
                "04:05 on",
                "at 04:05",
                "04:05:06 yesterday",
                "040506Z",
                "1999-01-08 04:05:06 BC");
        return all(
                good,
                padded(List.of("04:05:06", "04:05 PM", "allballs", "24:00:00")),
                cased(List.of("04:05 am", "allballs", "04:05 zulu")));
    }

    static List<String> timetz() {
        List<String> good = List.of(
                "04:05:06+00",
                "04:05:06-08",
                "04:05:06 PST",
                "04:05:06 PDT",
                "04:05:06 EST",
                "04:05:06+05:30",
                "04:05:06 +05:30",
                "04:05:06Z",
                "04:05:06 Z",
                "04:05:06 zulu",
                "04:05:06 z",
                "04:05:06 UTC",
                "04:05:06 GMT",
                "04:05:06",
                "04:05:06 America/New_York",
                "2024-01-08 04:05:06 America/New_York",
                "2024-07-08 04:05:06 America/New_York",
                "04:05:06 Europe/Berlin",
                "04:05:06 +15:59",
                "04:05:06 -15:59",
                "04:05:06 +16",
                "04:05:06 -16",
                "04:05:06+1:2:3",
                "04:05:06+0102",
                "04:05:06+010203",
                "04:05:06+1",
                "04:05:06+123",
                "04:05:06+12345",
                "04:05:06+1234567",
                "04:05:06 ++1",
                "24:00:00+00",
                "24:00:00.5+00",
                "23:59:60+00",
                "allballs",
                "allballs+03",
                "04:05:06.1234567+00",
                "04:05:06 GMT+3",
                "04:05:06 UTC-5",
                "04:05:06 XYZ",
                "04:05:06 PST8PDT",
                "04:05:06 EST5EDT",
                "04:05:06 Etc/GMT+3",
                "04:05:06 america/new_york",
                "04:05:06 AMERICA/NEW_YORK",
                "04:05 PM +03",
                "4 pm PST",
                "04:05:06 MSK",
                "04:05:06 IST",
                "04:05:06 LMT",
                "",
                "x",
                "now",
                "+03",
                "04:05:06 +",
                "04:05:06 -",
                "04:05:06 +a",
                "04:05:06+05:30:00",
                "04:05:06+05:60",
                "04:05:06+05:5",
                "04:05:06 CET",
                "04:05:06 CEST",
                "04:05:06 dst",
                "04:05:06 PST dst",
                "04:05:06 CET DST",
                "04:05:06+00 PST");
        return all(
                good, padded(List.of("04:05:06+00", "04:05:06 PST")), cased(List.of("04:05:06 pst", "04:05:06 zulu")));
    }

    static List<String> timestamps() {
        List<String> good = List.of(
                "1999-01-08 04:05:06",
                "1999-01-08 04:05:06.789",
                "1999-01-08T04:05:06",
                "1999-01-08t04:05:06",
                "1999-01-08T040506",
                "19990108T040506",
                "19990108 040506",
                "19990108040506",
                "990108 040506",
                "1999-01-08 04:05",
                "1999-01-08 04",
                "1999-01-08 4 pm",
                "1999-01-08 04:05 PM",
                "January 8, 1999 04:05",
                "Jan 8 04:05:06 1999",
                "Fri Jan 08 04:05:06 1999",
                "Fri Jan 08 04:05:06 1999 PST",
                "Fri Jan 08 04:05:06.5 1999",
                "Thu Jan 08 04:05:06 1999",
                "1/8/1999 04:05",
                "08.01.1999 04:05",
                "1999-01-08 04:05:06 BC",
                "1999-01-08 04:05:06 AD",
                "0001-01-01 00:00:00 BC",
                "4714-11-24 00:00:00 BC",
                "4714-11-23 23:59:59 BC",
                "294276-12-31 23:59:59.999999",
                "294277-01-01 00:00:00",
                "294276-12-31 23:59:59.9999995",
                "1999-01-08 24:00:00",
                "1999-01-08 24:00:01",
                "1999-01-08 23:59:60",
                "1999-01-08 23:59:60.5",
                "1999-12-31 23:59:60",
                "1999-01-08 04:05:06.1234565",
                "1999-01-08 04:05:06.12345650001",
                "1999-01-08 04:05:06.0000005",
                "1999-01-08 04:05:06.9999995",
                "1999-01-08 04:05:06+05",
                "1999-01-08 04:05:06 PST",
                "1999-01-08 04:05:06 America/New_York",
                "1999-01-08 04:05:06 junk",
                "epoch",
                "infinity",
                "-infinity",
                "+infinity",
                "now",
                "today",
                "tomorrow",
                "yesterday",
                "today 04:05",
                "tomorrow 04:05",
                "yesterday allballs",
                "today allballs",
                "1999-01-08 allballs",
                "allballs",
                "J2451187 04:05:06",
                "J2451187.5",
                "1999-01-08 J2451187",
                "2024-02-30 00:00",
                "",
                "x",
                "1999-01-08 04:05:06 04:05:06",
                "1999-01-08 1999-01-08",
                "1999-01-08T",
                "1999-01-08T04",
                "1999-01-08 T04:05",
                "1999-01-08 T 04:05",
                "1999-01-08T04:05Z",
                "1999-01-08 04:05:06.",
                "1999-01-08 04:05:06.5.5",
                "1999-01-08 04:05:06,5",
                "1999-01-08 4:5:6",
                "1999-1-8 4:5:6",
                "1999-01-08 04:05:06 am",
                "1999-01-08 12:05:06 am",
                "1999-01-08 00:05:06 pm",
                "1999-01-08 04:05:06 on",
                "1999-01-08 at 04:05:06",
                "on Friday 1999-01-08 at 04:05:06",
                "1999-01-08 dow",
                "1999-01-08 04:05:06 dst",
                "2024-03-10 02:30",
                "2024-11-03 01:30",
                "2024-01-01 00:00:00.000000000000000000001",
                "10000-01-01 00:00",
                "-1999-01-08",
                "1999-01-08 -04:05");
        return all(
                good,
                padded(List.of("1999-01-08 04:05:06", "epoch", "infinity", "19990108T040506")),
                cased(List.of("fri jan 08 04:05:06 1999", "1999-JAN-08 04:05:06 pm", "infinity")));
    }

    static List<String> timestamptz() {
        List<String> good = List.of(
                "1999-01-08 04:05:06",
                "1999-01-08 04:05:06+00",
                "1999-01-08 04:05:06-8",
                "1999-01-08 04:05:06 -8:00",
                "1999-01-08 04:05:06 +05:30",
                "1999-01-08 04:05:06+0530",
                "1999-01-08 04:05:06+053015",
                "1999-01-08 04:05:06+05:30:15",
                "1999-01-08 04:05:06 PST",
                "1999-01-08 04:05:06 PDT",
                "1999-01-08 04:05:06 pst",
                "1999-01-08 04:05:06 Z",
                "1999-01-08 04:05:06Z",
                "1999-01-08T04:05:06Z",
                "1999-01-08 04:05:06 zulu",
                "1999-01-08 04:05:06 UTC",
                "1999-01-08 04:05:06 GMT",
                "1999-01-08 04:05:06 America/New_York",
                "1999-01-08 04:05:06 america/new_york",
                "1999-01-08 04:05:06 Europe/Berlin",
                "1999-01-08 04:05:06 Asia/Kolkata",
                "1999-01-08 04:05:06 MSK",
                "1999-01-08 04:05:06 IST",
                "1999-01-08 04:05:06 CET",
                "1999-01-08 04:05:06 CEST",
                "1999-01-08 04:05:06 EST5EDT",
                "1999-01-08 04:05:06 PST8PDT",
                "1999-01-08 04:05:06 Etc/GMT+3",
                "1999-01-08 04:05:06 GMT+3",
                "1999-01-08 04:05:06 UTC+3",
                "1999-01-08 04:05:06 UTC-03:30",
                "1999-01-08 04:05:06 XYZ",
                "1999-01-08 04:05:06 Mars/Olympus",
                "1999-01-08 04:05:06 +16",
                "1999-01-08 04:05:06 +15:59:59",
                "1999-01-08 04:05:06 -15:59",
                "1999-01-08 04:05:06 PST dst",
                "1999-01-08 04:05:06 CET DST",
                "2024-03-10 02:30 America/New_York",
                "2024-03-10 02:30:00",
                "2024-03-10 01:59:59.999999 America/New_York",
                "2024-03-10 03:00 America/New_York",
                "2024-11-03 01:30 America/New_York",
                "2024-11-03 01:30 EDT",
                "2024-11-03 01:30 EST",
                "2024-11-03 01:30",
                "2024-03-31 02:30 Europe/Berlin",
                "2024-10-27 02:30 Europe/Berlin",
                "2024-03-31 02:30",
                "2024-10-27 02:30",
                "1850-06-01 12:00 America/New_York",
                "1850-06-01 12:00",
                "1883-11-18 12:00 America/New_York",
                "Fri Jan 08 04:05:06 1999 PST",
                "Fri Jan 08 04:05:06.5 1999 -05",
                "Fri Jan 08 04:05:06 1999 America/New_York",
                "January 8 04:05:06 1999 PST",
                "8 Jan 1999 04:05:06 +3",
                "1999-01-08 04:05:06 BC +03",
                "1999-01-08 04:05:06+03 BC",
                "0001-01-01 00:00:00+00 BC",
                "4714-11-24 00:00:00+00 BC",
                "4714-11-23 23:00:00-01 BC",
                "294276-12-31 23:59:59.999999+00",
                "294276-12-31 23:59:59.999999-01",
                "294277-01-01 00:59:59+01",
                "epoch",
                "infinity",
                "-infinity",
                "now",
                "today",
                "tomorrow",
                "yesterday",
                "today PST",
                "today America/New_York",
                "tomorrow 04:05 +02",
                "allballs",
                "1999-01-08 allballs",
                "J2451187 04:05:06 PST",
                "",
                "x",
                "1999-01-08 04:05:06 +",
                "1999-01-08 04:05:06 + 3",
                "1999-01-08 04:05:06 +3 +4",
                "1999-01-08 04:05:06 PST PST",
                "1999-01-08 04:05:06 PST +3",
                "1999-01-08 04:05:06 -8 PST",
                "1999-01-08 04:05:06 timezone",
                "1999-01-08 04:05:06+05 junk",
                "1999-01-08 04:05:06.123456789+00",
                "1999-01-08 04:05:06 +05:30 America/New_York",
                "1999-01-08 04:05:06 America/New_York +05:30",
                "1999-01-08 America/New_York 04:05:06",
                "America/New_York 1999-01-08 04:05:06",
                "1999-01-08 04:05:06 LMT",
                "1999-01-08 04:05:06 -0800 (PST)",
                "1999-01-08 04:05:06 Etc/UTC",
                "1999-01-08 04:05:06 Universal",
                "1999-01-08 04:05:06 Zulu",
                "1999-01-08 04:05:06 posixrules",
                "1999-01-08 04:05:06 Asia/Calcutta",
                "1999-01-08 04:05:06 US/Pacific");
        return all(
                good,
                padded(List.of("1999-01-08 04:05:06+00", "1999-01-08 04:05:06 PST", "epoch")),
                cased(List.of(
                        "1999-01-08 04:05:06 pst",
                        "1999-01-08 04:05:06 europe/berlin",
                        "fri jan 08 04:05:06 1999 cet")));
    }

    static List<String> intervals() {
        List<String> good = List.of(
                "1 day 2:03:04",
                "1 day 02:03:04.5",
                "@ 1 day ago",
                "@ 1 day 2 hours ago",
                "1 day ago",
                "ago",
                "1 ago",
                "1 day ago ago",
                "P1Y2M3DT4H5M6S",
                "P1Y2M3DT4H5M6.5S",
                "P1.5Y",
                "P0.5M",
                "P1W",
                "P1.5W",
                "PT1.5H",
                "PT0.5M",
                "P1Y-2M3D",
                "P-1Y",
                "-P1Y",
                "P",
                "PT",
                "P1",
                "P1YT",
                "P1D1Y",
                "P1Y2M3DT",
                "PT1H2",
                "P0001-02-03T04:05:06",
                "P0001-02-03",
                "P1-2-3T4:5:6",
                "P0001-02",
                "PT04:05:06",
                "P1DT2H",
                "1-2",
                "-1-2",
                "+1-2",
                "1-2 3",
                "1-2 3 4:05:06",
                "-1 2:03:04",
                "+1 2:03:04",
                "-1 -2:03:04",
                "1 -2:03:04",
                "-1-2 +3 -4:05:06",
                "1 2",
                "1 2 3",
                "2:03:04",
                "-2:03:04",
                "2:03",
                "-2:03",
                "2:03:04.5",
                "1:2:3.5",
                "100:00:00",
                "1.5 days",
                "1.5 hours",
                "1.5 years",
                "1.5 months",
                "0.5 weeks",
                "1 week",
                "2 weeks",
                "1 w",
                "fortnight",
                "1 fortnight",
                "1 decade",
                "1 century",
                "1 millennium",
                "1 millennia",
                "2 centuries",
                "1 quarter",
                "1 qtr",
                "1 mon",
                "1 mons",
                "1 month",
                "1 m",
                "1 min",
                "1 mins",
                "1 minute",
                "1 minutes",
                "1 s",
                "1 sec",
                "1 second",
                "1 seconds",
                "1 secs",
                "1 ms",
                "1 msec",
                "1 millisecond",
                "1 milliseconds",
                "1 us",
                "1 usec",
                "1 microsecond",
                "1 microseconds",
                "1 h",
                "1 hr",
                "1 hrs",
                "1 hour",
                "1 d",
                "1 day",
                "1 days",
                "1 y",
                "1 yr",
                "1 yrs",
                "1 year",
                "1 years",
                "1 timezone",
                "1 dow",
                "1day",
                "1days2hours",
                "1d2h",
                "1y2m",
                "1 y 2 m",
                "1year",
                "1 dec",
                "1 decs",
                "1 c",
                "1 cent",
                "1 mil",
                "1 mils",
                "1 microsecon",
                "1 millisecon",
                "3 yeas",
                "1 day 1 day",
                "1 hour 1 hour",
                "1 day 2 hours 3 minutes 4 seconds 5 milliseconds 6 microseconds",
                "1 day -2 hours",
                "-1 day +2 hours",
                "+1 day",
                "- 1 day",
                "1 - day",
                "1 day -",
                "@",
                "@ 1",
                "@1 day",
                "1 @ day",
                "1 day @",
                "",
                " ",
                "x",
                "1",
                "-1",
                "1.5",
                "-1.5",
                ".5",
                "1.",
                "1e3",
                "1e3 days",
                "1 day 2",
                "1 day 2 3",
                "1 day 2:03:04 5",
                "2:03:04 1 day",
                "2:03:04 2:03:04",
                "1 day 1",
                "1 2 days",
                "1 day 2 days",
                "1 day 2 hours ago 3 minutes",
                "2147483647 days",
                "2147483648 days",
                "-2147483648 days",
                "-2147483649 days",
                "2147483647 months",
                "2147483648 months",
                "178956970 years",
                "178956971 years",
                "-178956970 years",
                "-178956971 years",
                "178956970 years 7 months",
                "178956970 years 8 months",
                "2562047788 hours",
                "2562047789 hours",
                "2562047788:00:54.775807",
                "2562047788:00:54.775808",
                "-2562047788:00:54.775808",
                "-2562047788:00:54.775809",
                "9223372036854775807 microseconds",
                "9223372036854775808 microseconds",
                "153722867280 minutes",
                "153722867281 minutes",
                "9223372036854 seconds",
                "9223372037 seconds",
                "2147483647 days 2147483647 months 9223372036854775807 microseconds",
                "0.000001 seconds",
                "0.0000005 seconds",
                "0.0000004 seconds",
                "0.0000015 seconds",
                "1.0000005 seconds",
                "0.1 microseconds",
                "0.5 microseconds",
                "1.5 microseconds",
                "0.9 microseconds",
                "1.9999999 seconds",
                "1.5 days 1.5 hours",
                "0.1 months",
                "0.01 years",
                "0.001 years",
                "1.1 millennium",
                "0.5 decade",
                "1 day 23:59:59.9999999",
                "23:59:59.9999995",
                "-23:59:59.9999995",
                "1:60",
                "1:59:60",
                "1:59:61",
                "1:60:00",
                "-1:60",
                "00:00:00.000001",
                "-00:00:00.000001",
                "1 2:3",
                "1 2:3:4",
                "1 2:3:4.5",
                "1:2:3:4",
                "1::2",
                "1 day 2:03:04 ago",
                "-1 day 2:03:04 ago",
                "@ -1 day ago",
                "1 day ago 1 day",
                "P1Y2M3DT4H5M6S ago",
                "P1Y 2M",
                "1 day P1Y",
                "P1Y 1 day",
                "PT1H ago",
                "P1.5",
                "PT1.5",
                "P1.5Y1.5M",
                "P1Y1.5M1.5D",
                "P1DT1.5H1.5M1.5S",
                "P0.5Y0.5M0.5W0.5D",
                "P2147483648D",
                "P178956971Y",
                "PT2562047789H",
                "P-1DT-2H",
                "P+1D",
                "P1Y-",
                "P--1Y",
                "P1X",
                "PT1X",
                "P1H",
                "PT1D",
                "1 year 2 months 3 days 4 hours 5 minutes 6 seconds",
                "1 YEAR 2 MONS",
                "1 Day",
                "1 DAY AGO",
                "1 day 02:03:04 +5",
                "1 day +02:03:04",
                "1 day -02:03:04",
                "-1 days +02:03:04",
                "1 day 2 hours",
                "+1-2 +3 +4:05:06",
                "-1-2 -3 -4:05:06",
                "1-2 -3 +4:05:06",
                "1-",
                "-1-",
                "1-2-3",
                "1-13",
                "1-12",
                "1-99",
                "1 - 2",
                "1 -2",
                "1 +2",
                "1 2 3 4",
                "1-2 1-2",
                "1-2 1 year",
                "1 year 1-2",
                "1 day 1 2:03",
                "1 1 day",
                "1.5 1 day",
                "2:03 1.5",
                "1 2:03 4",
                "1 2 3:04",
                "2 days 3:04:05 4",
                "0",
                "-0",
                "+0",
                "00:00",
                "0 days",
                "-0 days",
                "@ 0",
                "1 timezone_h",
                "1 timezone_m",
                "1 day 1 week",
                "1 week 1 day",
                "1 week 1 week",
                "1 second 1 second",
                "1 millisecond 1 second",
                "1 second 1 millisecond",
                "1.5 second 1 millisecond",
                "1 millisecond 1 microsecond",
                "1 microsecond 1 microsecond",
                "1 month 1 mon",
                "1 hour 1 h",
                "1.5e1 days",
                "1e1 days",
                "1 day 1e1",
                "1.5.5 days",
                ".5 days",
                "5. days",
                "- 5 days",
                "-+5 days",
                "+-5 days",
                "--5 days",
                "5 days ago 1",
                "ago 5 days",
                "5 ago days",
                "5 agoo",
                "5 dayss",
                "5 daysx",
                "5 d ays",
                "1 day 2 hours 3 minutes 4 seconds ago",
                "1 day    2 hours",
                "1\tday",
                "1\nday",
                "1 day, 2 hours",
                "1 day,2 hours",
                "1 day/2 hours",
                "1 day; 2 hours");
        return all(
                good,
                padded(List.of("1 day 2:03:04", "P1Y2M3DT4H5M6S", "1-2", "@ 1 day ago")),
                cased(List.of("1 day ago", "p1y2m3dt4h5m6s", "1 week", "1 year 2 mons")));
    }

    static List<String> inet() {
        List<String> good = List.of(
                "192.168.1.1",
                "192.168.1.1/24",
                "192.168.1.0/24",
                "10/8",
                "10.1/16",
                "192.168/16",
                "192.168.1/24",
                "10",
                "10.0",
                "10.0.0",
                "10.0.0.0/8",
                "10.1.2.3/8",
                "10.1.2.3/32",
                "10.1.2.3/33",
                "10.1.2.3/0",
                "10.1.2.3/",
                "10.1.2.3/-1",
                "10.1.2.3/a",
                "10.1.2.3/08",
                "256.1.1.1",
                "1.256.1.1",
                "1.2.3.4.5",
                "1..2.3",
                "1.2.3.",
                ".1.2.3",
                "01.02.03.04",
                "1.2.3.4 ",
                " 1.2.3.4",
                "1.2.3.4x",
                "0.0.0.0",
                "255.255.255.255",
                "::",
                "::1",
                "::ffff:1.2.3.4",
                "::ffff:1.2.3.4/120",
                "::1.2.3.4",
                "1::",
                "1::2",
                "1:2:3:4:5:6:7:8",
                "1:2:3:4:5:6:7:8:9",
                "1:2:3:4:5:6:7",
                "1:2:3:4:5:6:7::",
                "::2:3:4:5:6:7:8",
                "1::2::3",
                ":::",
                "1:::2",
                "fe80::1%eth0",
                "fe80::1/64",
                "FE80::1",
                "2001:DB8::/32",
                "2001:db8::/129",
                "2001:db8::/-1",
                "2001:db8::g",
                "12345::",
                "1:2:3:4:5:6:1.2.3.4",
                "1:2:3:4:5:1.2.3.4",
                "::1.2.3",
                "::1.2.3.4.5",
                "::ffff:256.1.1.1",
                "0::0",
                "0:0:0:0:0:0:0:0",
                "::/0",
                "1.2.3.4/24/8",
                "",
                " ",
                "x",
                "1.2.3.4/ 24",
                "1.2.3.4 /24",
                "1.2.3.4/24 ",
                "10.0.0.0/8x",
                "0x0a.1.2.3",
                "1.2.3.04",
                "192.168.1.1/255.255.255.0",
                "::ffff:0:0",
                "1:2:3:4:5:6:7:8/64");
        return all(good, padded(List.of("192.168.1.1", "::1", "10/8")));
    }

    static List<String> cidr() {
        List<String> good = List.of(
                "10/8",
                "10.0/16",
                "192.168/16",
                "192.168/24",
                "192.168.1/24",
                "192.168.1.0/24",
                "192.168.1.1/24",
                "192.168.1.0/23",
                "128",
                "128.1",
                "192",
                "192.168",
                "192.168.1",
                "192.168.1.1",
                "10",
                "10.1",
                "10.1.2",
                "10.1.2.3",
                "0.0.0.0/0",
                "1.2.3.4/0",
                "10.0.0.0/8",
                "10.0.0.0/7",
                "10.0.0.0/33",
                "1.2.3.4/32",
                "224/4",
                "240/4",
                "7/8",
                "0",
                "0/0",
                "0.0/0",
                "::/0",
                "::1/128",
                "::1/127",
                "2001:db8::/32",
                "2001:db8::1/32",
                "2001:db8::/129",
                "::ffff:1.2.3.0/120",
                "::ffff:1.2.3.4/120",
                "1::/16",
                "1::/15",
                "",
                "x",
                "10/8x",
                "10./8",
                "10/",
                "/8",
                "1.2.3.4/24/8",
                "256/8",
                "10.256/16",
                " 10/8",
                "10/8 ",
                "10/ 8",
                "10 /8",
                "1.2.3.4/-1");
        return all(good, padded(List.of("10/8", "::/0")));
    }

    static List<String> macaddr() {
        List<String> good = List.of(
                "08:00:2b:01:02:03",
                "08-00-2b-01-02-03",
                "08002b:010203",
                "08002b-010203",
                "0800.2b01.0203",
                "0800-2b01-0203",
                "08002b010203",
                "08:00:2B:01:02:03",
                "8:0:2b:1:2:3",
                "08:00:2b:01:02",
                "08:00:2b:01:02:03:04",
                "08:00:2b:01:02:0g",
                "08:00:2b:01:02:03x",
                "08:00:2b:01:02:03 x",
                "08:00:2b-01-02-03",
                "08-00-2b:01:02:03",
                "0800.2b01-0203",
                "08002b:0102",
                "08002b01020",
                "08002b0102030",
                "080:00:2b:01:02:03",
                "08:000:2b:01:02:03",
                "08::2b:01:02:03",
                "",
                " ",
                "x",
                "ff:ff:ff:ff:ff:ff",
                "00:00:00:00:00:00",
                "08 00 2b 01 02 03",
                "0800:2b01:0203",
                "08.00.2b.01.02.03",
                "08002b.010203",
                "+8:0:2b:1:2:3",
                "-8:0:2b:1:2:3",
                "0x8:0:2b:1:2:3",
                "08:00:2b:01:02:03:",
                "08:00:2b:01:02:03\t",
                ":08:00:2b:01:02:03");
        return all(good, padded(List.of("08:00:2b:01:02:03", "0800.2b01.0203", "08002b010203")));
    }

    static List<String> macaddr8() {
        List<String> good = List.of(
                "08:00:2b:01:02:03:04:05",
                "08-00-2b-01-02-03-04-05",
                "08002b:0102030405",
                "08002b-0102030405",
                "0800.2b01.0203.0405",
                "0800-2b01-0203-0405",
                "08002b01:02030405",
                "08002b0102030405",
                "08:00:2b:01:02:03",
                "08-00-2b-01-02-03",
                "08002b010203",
                "0800.2b01.0203",
                "08002b:010203",
                "08:00:2b:01:02:03:04",
                "08:00:2b:01:02:03:04:05:06",
                "08:00:2b:01:02:03:04:0g",
                "08:00:2b:01:02:03:04:05x",
                "8:0:2b:1:2:3:4:5",
                "08:00:2b:01:02:03:04:5",
                "",
                "x",
                "08:00:2b:01-02-03-04-05",
                "08002b01020304",
                "08002b010203040",
                "08002b01020304050",
                "0800:2b01:0203:0405",
                "08.00.2b.01.02.03.04.05",
                "08:00:2b:01:02:03:04:05 ",
                " 08:00:2b:01:02:03:04:05",
                "08:00:2b:01:02:03:04:05 x",
                "08:00:2B:01:02:03:04:05",
                "ff:ff:ff:ff:ff:ff:ff:ff",
                "08:00:2b:01:02:03:04:",
                "08:00:2b:01:02:03:04:05:");
        return all(good, padded(List.of("08:00:2b:01:02:03:04:05", "08:00:2b:01:02:03")));
    }

    static List<String> bits() {
        return all(
                List.of(
                        "B101",
                        "b101",
                        "X1F",
                        "x1f",
                        "XdeadBEEF",
                        "101",
                        "",
                        "B",
                        "X",
                        "b",
                        "x",
                        "102",
                        "B102",
                        "XG",
                        "X1G",
                        "Xg",
                        " 101",
                        "101 ",
                        "B 101",
                        "X 1F",
                        "1 0 1",
                        "0",
                        "1",
                        "00000000000",
                        "1".repeat(100),
                        "X" + "F".repeat(40),
                        "B" + "10".repeat(40),
                        "x0",
                        "B0",
                        "01x",
                        "\u00e9"),
                List.of("B" + "1".repeat(64), "B" + "0".repeat(65), "x" + "0123456789abcdef".repeat(3)));
    }

    static List<String> points() {
        List<String> good = List.of(
                "(1,2)",
                "1,2",
                " ( 1 , 2 ) ",
                "(1, 2)",
                "( 1,2 )",
                "(1e3,-1.5e-3)",
                "(NaN,Infinity)",
                "(inf,-inf)",
                "(-0,0)",
                "(1.7976931348623157e308,4.9e-324)",
                "(1e309,0)",
                "(1e-400,0)",
                "(1,2",
                "1,2)",
                "(1 2)",
                "1 2",
                "(1,2)x",
                "((1,2))",
                "(1,2,3)",
                "(1)",
                "()",
                "",
                "x",
                "(,)",
                "(1,)",
                "(,2)",
                "(a,b)",
                "(0x10,1)",
                "(1_0,1)",
                "[1,2]",
                "<1,2>",
                "(+1,+2)",
                "(-1,-2)",
                "(.5,5.)",
                "(1e,2)",
                "(1,2)  ",
                "\t(1,2)\n",
                "(1\t,\t2)");
        return good;
    }

    static List<String> lsegs() {
        return List.of(
                "[(0,0),(1,1)]",
                "((0,0),(1,1))",
                "(0,0),(1,1)",
                "0,0,1,1",
                " [ ( 0 , 0 ) , ( 1 , 1 ) ] ",
                "[(0,0),(1,1)",
                "[(0,0)]",
                "[(0,0),(1,1),(2,2)]",
                "((0,0),(1,1)",
                "[(0,0),(1,1)]x",
                "(0,0)",
                "0,0,1",
                "0,0,1,1,2",
                "",
                "x",
                "[(0,0),(0,0)]",
                "[(NaN,1),(1,Infinity)]",
                "<(0,0),(1,1)>",
                "[0,0,1,1]",
                "(0,0,1,1)",
                "((0,0),(1,1)))");
    }

    static List<String> boxes() {
        return List.of(
                "(1,1),(0,0)",
                "((0,0),(1,1))",
                "0,0,1,1",
                "(0,0),(1,1)",
                " ( ( 0 , 0 ) , ( 1 , 1 ) ) ",
                "[(0,0),(1,1)]",
                "(0,0)",
                "((0,0),(1,1)",
                "(0,0),(1,1)x",
                "0,0,1",
                "",
                "x",
                "(1,1),(0,0),(2,2)",
                "((1,1),(0,0))",
                "(NaN,1),(0,0)",
                "(3,-1),(-2,4)",
                "(0,0,1,1)",
                "((0,0)(1,1))",
                "(0,0);(1,1)");
    }

    static List<String> lines() {
        return List.of(
                "{1,2,3}",
                "{ 1 , 2 , 3 }",
                "{0,1,0}",
                "{1,0,0}",
                "{0,0,1}",
                "{0,0,0}",
                "[(0,0),(1,1)]",
                "((0,0),(1,1))",
                "(0,0),(1,1)",
                "0,0,1,1",
                "[(0,0),(0,0)]",
                "(0,0),(0,0)",
                "{1,2}",
                "{1,2,3,4}",
                "{1,2,3",
                "1,2,3",
                "{1,2,3}x",
                "",
                "x",
                "{NaN,1,2}",
                "{Infinity,1,2}",
                "[(0,0),(1,0)]",
                "[(0,0),(0,1)]",
                "[(1,1),(2,3)]",
                "{1e309,1,2}",
                "[(0,0),(1,1),(2,2)]",
                "{a,b,c}",
                "{-1,-2,-3}");
    }

    static List<String> paths() {
        return List.of(
                "[(0,0),(1,1),(2,0)]",
                "((0,0),(1,1),(2,0))",
                "(0,0),(1,1),(2,0)",
                "0,0,1,1,2,0",
                "[(0,0)]",
                "((0,0))",
                "(0,0)",
                "0,0",
                "[]",
                "()",
                "",
                "x",
                "[(0,0),(1,1)",
                "((0,0),(1,1)",
                "[(0,0),(1,1)]x",
                " [ ( 0 , 0 ) , ( 1 , 1 ) ] ",
                "[(0,0),(1,1))",
                "((0,0),(1,1)]",
                "[0,0,1,1]",
                "(0,0,1,1)",
                "[(0,0),1,1]",
                "0,0,1",
                "[(NaN,0),(1,Infinity)]",
                "<(0,0),(1,1)>");
    }

    static List<String> polygons() {
        return List.of(
                "((0,0),(1,1),(1,0))",
                "(0,0),(1,1),(1,0)",
                "0,0,1,1,1,0",
                "((0,0))",
                "(0,0)",
                "0,0",
                "()",
                "",
                "x",
                "((0,0),(1,1)",
                "((0,0),(1,1))x",
                " ( ( 0 , 0 ) , ( 1 , 1 ) ) ",
                "[(0,0),(1,1)]",
                "(0,0,1,1)",
                "0,0,1",
                "((0,0),(1,1),(NaN,2))",
                "((0,0),(1,1)))");
    }

    static List<String> circles() {
        return List.of(
                "<(0,0),1>",
                "((0,0),1)",
                "(0,0),1",
                "0,0,1",
                " < ( 0 , 0 ) , 1 > ",
                "<(0,0),-1>",
                "<(0,0),0>",
                "<(0,0),1",
                "((0,0),1",
                "<(0,0),1>x",
                "<(0,0)>",
                "<(0,0),1,2>",
                "(0,0)",
                "0,0",
                "",
                "x",
                "<(1.5,-2.5),3.25>",
                "<(NaN,0),1>",
                "<(0,0),NaN>",
                "<(0,0),Infinity>",
                "<(0,0),-0>",
                "[(0,0),1]",
                "<0,0,1>",
                "(<(0,0),1>)",
                "((0,0),1>",
                "<(0,0),1)");
    }

    static List<String> lsn() {
        return padded(List.of(
                "0/0",
                "FFFFFFFF/FFFFFFFF",
                "16/B374D848",
                "16/b374d848",
                "1/0",
                "0/1",
                "G/0",
                "0/G",
                "0/",
                "/0",
                "/",
                "",
                "0",
                "100000000/0",
                "0/100000000",
                "0/0/0",
                "-1/0",
                "+1/0",
                "0x1/0",
                "1 /0",
                "1/ 0"));
    }

    static List<String> tid() {
        return all(
                padded(List.of("(0,0)", "(1,2)", "(4294967295,65535)")),
                List.of(
                        "(1, 2)",
                        "( 1,2)",
                        "(1 ,2)",
                        "(4294967296,0)",
                        "(0,65536)",
                        "(-1,0)",
                        "(0,-1)",
                        "1,2",
                        "(1,2",
                        "(1,2)x",
                        "(1)",
                        "(1,2,3)",
                        "()",
                        "",
                        "x",
                        "(a,b)",
                        "(0x1,2)",
                        "(01,02)",
                        "(+1,+2)",
                        "(1.5,2)",
                        "(99999999999,0)",
                        "(-4294967295,0)",
                        "(-4294967296,0)",
                        "(0,-32768)",
                        "(0,-32769)"));
    }

    static List<String> xid() {
        return all(
                padded(List.of("0", "1", "42", "4294967295")),
                List.of(
                        "4294967296",
                        "-1",
                        "0x10",
                        "010",
                        "abc",
                        "",
                        "42x",
                        "1e3",
                        "99999999999999999999",
                        "+5",
                        "-4294967295",
                        "-4294967296",
                        "0xffffffff",
                        "0x100000000",
                        "08",
                        "1 2"));
    }

    static List<String> xid8() {
        return all(
                padded(List.of("0", "1", "18446744073709551615")),
                List.of(
                        "18446744073709551616",
                        "-1",
                        "0x10",
                        "010",
                        "abc",
                        "",
                        "42x",
                        "+5",
                        "-18446744073709551615",
                        "99999999999999999999999",
                        "1 2"));
    }

    static List<String> vectors() {
        return List.of(
                "",
                "1",
                "1 2 3",
                " 1  2 ",
                "\t1\n2\t",
                "1,2",
                "a",
                "1 a",
                "-1 -2",
                "32767 32768",
                "4294967295",
                "4294967296",
                "+1",
                "1x",
                "0x10",
                "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20",
                "  ",
                "-",
                "-32768",
                "-32769",
                "2147483648");
    }

    static List<String> json() {
        List<String> good = new ArrayList<>(List.of(
                "{}",
                "[]",
                "null",
                "true",
                "false",
                "0",
                "-0",
                "1",
                "-1",
                "1.0",
                "1.50",
                "1e2",
                "1E2",
                "1e+2",
                "1e-2",
                "1E-3",
                "-0.0",
                "0.0001",
                "1e400",
                "1e-400",
                "123456789012345678901234567890",
                "0.1234567890123456789012345678901234567890",
                "-1.5e-10",
                "\"\"",
                "\"str\"",
                "\"a\\\"b\"",
                "\"\\\\\"",
                "\"\\/\"",
                "\"\\b\\f\\n\\r\\t\"",
                "\"\\u0041\"",
                "\"\\u00e9\"",
                "\"\\u00E9\"",
                "\"\u00e9\"",
                "\"\\u65e5\\u672c\"",
                "\"\\ud83d\\ude00\"",
                "\"\ud83d\ude00\"",
                "\"\\u0000\"",
                "\"a\\u0000b\"",
                "\"\\ud83d\"",
                "\"\\ude00\"",
                "\"\\ud83dx\"",
                "\"\\ud83d\\u0041\"",
                "\"\\u001f\"",
                "\"\\u007f\"",
                "\"\\u0080\"",
                "\"\\uffff\"",
                "\"\\uFFFE\"",
                "\"\\u00\"",
                "\"\\u00g0\"",
                "\"\\x\"",
                "\"\\'\"",
                "\"\\a\"",
                "\"tab\there\"",
                "\"nl\nhere\"",
                "\"\u0001\"",
                "\"\u007f\"",
                "{\"a\": 1}",
                "{\"a\":1}",
                " { \"a\" : 1 } ",
                "{\"b\": 1, \"a\": 2}",
                "{\"aa\": 1, \"b\": 2}",
                "{\"b\": 1, \"aa\": 2, \"a\": 3, \"\": 4}",
                "{\"a\": 1, \"a\": 2}",
                "{\"a\": 1, \"b\": 2, \"a\": 3}",
                "{\"a\": {\"a\": 1, \"a\": [1, 2]}, \"a\": {\"x\": 0}}",
                "{\"\u00e9\": 1, \"z\": 2, \"e\": 3}",
                "{\"\\u00e9\": 1}",
                "{\"B\": 1, \"a\": 2, \"A\": 3, \"b\": 4}",
                "{\"ab\": 1, \"b\": 2, \"aB\": 3}",
                "[1, 2, 3]",
                "[1,2,3]",
                "[ 1 , 2 , 3 ]",
                "[1, [2, [3, [4]]]]",
                "[{}, [], {\"a\": []}]",
                "{\"a\": [1, 2.50, true, null, \"x\"], \"b\": {\"c\": {}}}",
                "[1.0, 1e2, -0, 1E-3, 100e-2, 0.00e5]",
                "{\"n\": 1.000000000000000000000000000001}",
                "[1e1000]",
                "[-1e-1000]",
                "[9e999999]",
                "[\"\\u00e9\\n\\\"\"]",
                "[\"\\u0041\\u0042\"]",
                "\t[\n1\r,\f2 ]",
                "[1,\n2]",
                "{\"a\":\n1}",
                "",
                " ",
                "{",
                "}",
                "[",
                "]",
                "{\"a\"}",
                "{\"a\":}",
                "{\"a\" 1}",
                "{\"a\": 1,}",
                "{,}",
                "[1,]",
                "[,1]",
                "[1 2]",
                "{1: 2}",
                "{'a': 1}",
                "{a: 1}",
                "['a']",
                "'a'",
                "\"abc",
                "abc\"",
                "tru",
                "truex",
                "nul",
                "nulll",
                "True",
                "NULL",
                "False",
                "01",
                "-01",
                "00",
                "1.",
                ".1",
                "-.1",
                "1.e3",
                "1e",
                "1e+",
                "+1",
                "--1",
                "- 1",
                "0x10",
                "NaN",
                "Infinity",
                "-Infinity",
                "1 2",
                "{} {}",
                "[] x",
                "{}x",
                "null null",
                "\"a\" \"b\"",
                "[1]]",
                "[[1]",
                "{\"a\": [}",
                "{\"a\": 1}}",
                "/* c */ 1",
                "1 // c",
                "\"\\u\"",
                "\"\\uD800\\uD800\"",
                "\"\\uDC00\\uD800\"",
                "[\"\\uD83D\\uDE00\", \"\\uD83D\"]",
                "{\"a\": \"\\u0000\"}",
                "{\"\\u0000\": 1}",
                "[\"a\", \"\\u0000\"]",
                "\"\\u0000\" x",
                "\"\u0000\"".replace("\u0000", "\u0002"),
                "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9,\"j\":10,\"k\":11}",
                "{\"long key here\": 1, \"k\": 2, \"key\": 3, \"ke\": 4}",
                "[true, false, null]",
                "{\"a\": true}",
                "[\"\\\\u0000\"]",
                "\"\\\\\\\"\"",
                "{\"a\" : [ { \"b\" : [ ] } ] }",
                "[[[[[[[[[[]]]]]]]]]]",
                "\"\u2028\u2029\"",
                "\"\ufeff\"",
                "\ufeff{}",
                "{\"a\":1}\u00a0",
                "\u00a0{}"));
        String longKey = "k".repeat(60);
        good.addAll(List.of(
                "{\"" + longKey + "\": x}",
                "{\"" + longKey + "\": 1, \"b\": [1, 2, tru]}",
                "[1,\n2,\n x]",
                "[1,\r\n2,\r\n x]",
                "{\"a\":1}\n\n}",
                "\"" + "\u00e9".repeat(30) + "\\q\"",
                "\"" + "\u00e9".repeat(30) + "\"x",
                "[" + "\"ab\",".repeat(20) + " tru]",
                "{\"a\":\r\n1,\r\n\"b\" 2}",
                "[\"\\ud83d\\ude00\\ud83d\"]",
                "  ",
                "\n",
                "\n\n[\n",
                "[1e1000000]",
                "[1e1000000",
                "[1e1000000 x",
                "{\"a\": 1e-20000}",
                "[-1e-5, 1E+2, -0.0, 0e10, 12.3400]",
                "{\"\u00e9\": 1, \"\u00fa\": 2, \"zz\": 3, \"\u4e00\": 4, \"\ud83d\ude00\": 5}",
                "{\"b\": {\"d\": 1, \"c\": 2}, \"a\": [{\"z\": 1, \"y\": 2}]}",
                "{\"a\": 1, \"A\": 2, \"a\": 3, \"A\": 4}",
                "[\"\\u0001\\u001F\\u0020\\u007F\\u0080\"]",
                "\"a\\u0000\"",
                "\"\\u00zz\"",
                "\"\\u12\"",
                "{\"a\\qb\": 1}",
                "[\"x\", \"\u0001\"]",
                "{\"\\u0000\": 1}",
                "\u00e9",
                "[\u00e9]",
                "[1, \u00e9t\u00e9]",
                "{\"a\": 1 \"b\": 2}",
                "{\"a\": 1,, \"b\": 2}",
                "[[[[[[[1]]]]]]",
                "{\"a\": {\"b\": {\"c\": }}}",
                "[\"" + "x".repeat(70) + "\" x]",
                "\"\\ud800\\u0041\"",
                "\"\\ud800\\n\"",
                "\"\\ud800x\""));
        Random rnd = new Random(20240229L);
        for (int i = 0; i < 60; i++) {
            good.add(randomJson(rnd, 0));
        }
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            deep.append(i % 2 == 0 ? "[" : "{\"k\": ");
        }
        deep.append("1");
        for (int i = 199; i >= 0; i--) {
            deep.append(i % 2 == 0 ? "]" : "}");
        }
        good.add(deep.toString());
        good.add("[" + "1,".repeat(500) + "1]");
        good.add("\"" + "x".repeat(5000) + "\"");
        good.add("[" + "9".repeat(1000) + "]");
        good.add("[0." + "0".repeat(500) + "1]");
        return good;
    }

    /** A random JSON document with odd spacing, duplicate keys, escapes and numbers PostgreSQL rewrites. */
    static String randomJson(Random rnd, int depth) {
        String[] sp = {"", " ", "  ", "\n", "\t", " \r\n "};
        String s1 = sp[rnd.nextInt(sp.length)];
        String s2 = sp[rnd.nextInt(sp.length)];
        int kind = depth > 4 ? 2 + rnd.nextInt(3) : rnd.nextInt(5);
        switch (kind) {
            case 0: {
                StringBuilder sb = new StringBuilder("{" + s1);
                int n = rnd.nextInt(5);
                String[] keys = {"a", "b", "aa", "B", "", "\\u00e9", "key", "k\\n", "\\\"q", "ab", "ba", "\u00fc"};
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        sb.append(s2).append(',').append(s1);
                    }
                    sb.append('"')
                            .append(keys[rnd.nextInt(keys.length)])
                            .append('"')
                            .append(s2)
                            .append(':')
                            .append(s1);
                    sb.append(randomJson(rnd, depth + 1));
                }
                return sb.append(s2).append('}').toString();
            }
            case 1: {
                StringBuilder sb = new StringBuilder("[" + s1);
                int n = rnd.nextInt(5);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        sb.append(s2).append(',').append(s1);
                    }
                    sb.append(randomJson(rnd, depth + 1));
                }
                return sb.append(s2).append(']').toString();
            }
            case 2: {
                String[] nums = {
                    "0",
                    "-0",
                    "1.0",
                    "1e2",
                    "1E-3",
                    "-12.500",
                    "3.14159",
                    "1e20",
                    "12345678901234567890",
                    "0.000",
                    "100e-2",
                    "7"
                };
                return nums[rnd.nextInt(nums.length)];
            }
            case 3: {
                String[] strs = {
                    "\"x\"",
                    "\"\\u0041\\t\"",
                    "\"\u00e9\"",
                    "\"\\/\"",
                    "\"\\ud83d\\ude00\"",
                    "\"\"",
                    "\"a b\"",
                    "\"\\\\\""
                };
                return strs[rnd.nextInt(strs.length)];
            }
            default: {
                String[] lits = {"true", "false", "null"};
                return lits[rnd.nextInt(lits.length)];
            }
        }
    }

    static List<String> xml() {
        return List.of(
                "<a>b</a>",
                "<doc x=\"1\"><c/>text &amp; more</doc>",
                "fragment <b>x</b>",
                "",
                "plain text",
                "<?xml version=\"1.0\"?><a/>",
                "<a/><b/>",
                "<a>",
                "<a></b>",
                "&foo;",
                "<a x=1/>",
                "<a:b/>",
                "<a xmlns:a=\"u\"><a:b/></a>",
                "<!DOCTYPE a><a/>",
                "<?xml version=\"1.1\"?><a/>",
                "<?xml version=\"1.0\" standalone=\"yes\"?><a/>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a/>",
                "  <a/>  ",
                "<?xml version=\"1.0\"?>",
                "<?xml version=\"2.0\"?><a/>",
                "<?xml?><a/>",
                " <?xml version=\"1.0\"?><a/>",
                "<a>&amp;&lt;&#65;&#x42;</a>",
                "<a>&#0;</a>",
                "<![CDATA[x]]>",
                "<!-- c --><a/>",
                "<?pi x?>",
                "<a b=\"1\" b=\"2\"/>",
                "x < y",
                "<?xml version='1.0' standalone='no'?>\n\n<a/>",
                "<?xml version=\"1.0\" standalone=\"maybe\"?><a/>",
                "<?xml version=\"1.0\"encoding=\"UTF-8\"?><a/>",
                "<?xml version=\"1.0\" encoding=UTF-8?><a/>",
                "<?xml-stylesheet href=\"s\"?><a/>",
                "<?xml version=\"1.0\"",
                "<?xml version=\"1.0\" ?><a/>",
                "<?xml  version = \"1.0\" ?>x",
                "<?xml version=\"\u00e9\"?><a/>",
                "<a>\u00e9\ud83d\ude00</a>",
                "<a/>\n",
                "\n<a/>",
                "<a>]]></a>",
                "<a><!-- -- --></a>",
                "<1a/>",
                "<a>&#xD800;</a>",
                "<a b='<'/>",
                "<!DOCTYPE a [<!ENTITY e \"v\">]><a>&e;</a>",
                "<a/><!DOCTYPE b>",
                "<!DOCTYPE a SYSTEM \"http://example.com/a.dtd\"><a/>",
                "<a>\u0001</a>",
                "</a>",
                "<a/>&amp;",
                "&amp;",
                "&#65;",
                "a&b",
                "<a\u00e9/>",
                "<?xml version=\"1.0\"?><?xml version=\"1.0\"?><a/>");
    }

    static List<String> arrays() {
        List<String> good = new ArrayList<>(List.of(
                "{}",
                "{1,2,3}",
                "{1, 2 ,3}",
                " { 1 , 2 , 3 } ",
                "{ }",
                "{{1},{2}}",
                "{{1,2},{3,4}}",
                "{{{1}}}",
                "[0:1]={1,2}",
                "[1:2]={1,2}",
                "[-1:0]={1,2}",
                "[1:1][1:2]={{1,2}}",
                "[0:1]={1}",
                "[0:1]={1,2,3}",
                "[2:1]={}",
                "[1:2]={}",
                "[1:0]={}",
                "[1]={1}",
                "[1:1]={1}x",
                "[1:1] = {1}",
                " [1:1]={1}",
                "[1:1] ={1}",
                "[1 :1]={1}",
                "[a:1]={1}",
                "[1:b]={1}",
                "[1:1",
                "[1:1]",
                "[1:1]=",
                "[1:1]={",
                "[1:2][1:1]={{1},{2}}",
                "[1:2][1:1]={{1,2}}",
                "[2147483647:2147483647]={1}",
                "[2147483648:2147483648]={1}",
                "[-2147483648:-2147483648]={1}",
                "[0:2147483647]={1}",
                "{NULL}",
                "{null}",
                "{Null, 1}",
                "{\"NULL\"}",
                "{NULL,\"1\"}",
                "{\"1\",\"2\"}",
                "{\" 1 \"}",
                "{1 2}",
                "{1,,2}",
                "{,1}",
                "{1,}",
                "{",
                "}",
                "{1",
                "{1}}",
                "{{1},2}",
                "{1,{2}}",
                "{{1},{2,3}}",
                "{{1,2},{3}}",
                "{{1},{}}",
                "{{},{}}",
                "{{}}",
                "{{1}}x",
                "{1}x",
                "x{1}",
                "1",
                "",
                " ",
                "{\"1}",
                "{1\"2\"}",
                "{\"1\"2}",
                "{1\\,2}",
                "{\\1}",
                "{\"\\1\"}",
                "{1\\}",
                "{{{{{{1}}}}}}",
                "{{{{{{{1}}}}}}}",
                "{1, NULL, 3}",
                "{a}",
                "{1.5}",
                "{2147483648}",
                "{ 1 , NULL , \"3\" }",
                "{{1,NULL},{NULL,4}}",
                "{{NULL}}",
                "{NULL,{1}}",
                "{{1}, {2}}",
                "{\t1\n,\r2}",
                "{{\"1\"},{2}}",
                "{\"\"}",
                "{ \"\" }",
                "{1}   ",
                "[0:0]={{1}}",
                "[0:0][0:0]={1}",
                "{{{1},{2}},{{3},{4}}}",
                "{{{1},{2}},{{3},{4},{5}}}",
                "{{{1},{2}},{3}}",
                "{1,2}{3}",
                "{{1} {2}}"));
        return all(good, padded(List.of("{1,2,3}", "[0:1]={1,2}", "{}")));
    }

    static List<String> textArrays() {
        return List.of(
                "{}",
                "{a,b}",
                "{ a , b }",
                "{\"a\",\"b\"}",
                "{\" a \",\"b \"}",
                "{a b,c}",
                "{ a b , c }",
                "{NULL,\"NULL\",null,\"null\",NULLx,xNULL}",
                "{\"\"}",
                "{\"\",\"\"}",
                "{a\\,b}",
                "{a\\\"b}",
                "{\"a\\\"b\"}",
                "{\"a\\\\b\"}",
                "{\"a,b\"}",
                "{\"{a}\"}",
                "{\"a}\"}",
                "{\\{a\\}}",
                "{a\\ b}",
                "{ a\\  }",
                "{\"a\"b}",
                "{a\"b\"}",
                "{\"a\" \"b\"}",
                "{\"a\" , \"b\"}",
                "{\u00e9t\u00e9,\ud83d\ude00}",
                "{\"\\u00e9\"}",
                "{a\\}",
                "{\"a}",
                "{a,\"b}",
                "{{a,b},{c,d}}",
                "{{\"a\"},{NULL}}",
                "{{a},b}",
                "{'a'}",
                "{a'b}",
                "{\ta\t}",
                "{a\tb}",
                "{\"\\\\\"}",
                "{\\\\}",
                "{\\}",
                "{\\",
                "{\"\\",
                "{a,b}c",
                "{ NULL }",
                "{ \"NULL\" }",
                "{NULL NULL}",
                "{N\\ULL}",
                "{\\NULL}",
                "{\"\" x}",
                "{x \"\"}",
                "[0:1]={a,b}",
                "{{}}",
                "{\\\"}",
                "{a\"b}",
                "{\"\"\"\"}");
    }

    static List<String> ranges(String lo, String hi, String x1, String x2, String bad) {
        List<String> out = new ArrayList<>();
        for (String b : List.of("[", "(")) {
            for (String e : List.of("]", ")")) {
                out.add(b + lo + "," + hi + e);
                out.add(b + hi + "," + lo + e);
                out.add(b + lo + "," + lo + e);
                out.add(b + "," + hi + e);
                out.add(b + lo + "," + e);
                out.add(b + "," + e);
                out.add(b + " " + lo + " , " + hi + " " + e);
                out.add(b + "\"" + lo + "\",\"" + hi + "\"" + e);
                out.add(b + x1 + "," + x2 + e);
                out.add(b + bad + "," + hi + e);
            }
        }
        out.addAll(List.of(
                "empty",
                " empty ",
                "EMPTY",
                "Empty",
                "emptyx",
                "empt",
                "",
                " ",
                "x",
                "[",
                "[" + lo,
                "[" + lo + ",",
                "[" + lo + "," + hi,
                lo + "," + hi + "]",
                "[" + lo + "," + hi + "]x",
                "[" + lo + "," + hi + "] ",
                " [" + lo + "," + hi + "]",
                "[" + lo + ";" + hi + "]",
                "[" + lo + "," + hi + "," + hi + "]",
                "[\"\"," + hi + "]",
                "[\"" + lo + "\"\"\"," + hi + "]",
                "[" + lo + "\\," + hi + "]",
                "[\\" + lo + "," + hi + "]",
                "{" + lo + "," + hi + "}",
                "[" + lo + "," + hi + ">",
                "[(" + lo + ")," + hi + "]",
                "[" + lo + "  ," + hi + "]",
                "[\"" + lo + "\" ," + hi + "]",
                "[\" " + lo + "\"," + hi + "]",
                "[" + lo + "," + hi + "]]",
                "[[" + lo + "," + hi + "]",
                "[NULL," + hi + "]",
                "[null," + hi + "]",
                "[\"NULL\"," + hi + "]",
                "(" + lo + "," + hi + "\"]",
                "[" + lo + "," + lo + ")"));
        return out;
    }

    static List<String> multiranges() {
        return List.of(
                "{}",
                "{ }",
                " {} ",
                "{[1,2)}",
                "{[1,2), [3,4)}",
                " { [1,2) , [3,4) } ",
                "{[1,3),[2,4)}",
                "{[3,4),[1,2)}",
                "{[1,2),[2,3)}",
                "{(1,2),(2,3)}",
                "{empty}",
                "{empty,[1,2)}",
                "{[1,2),empty}",
                "{ empty }",
                "{EMPTY}",
                "{(,)}",
                "{(,5),[3,)}",
                "{[1,2)",
                "{[1,2)}x",
                "{[1,2)} ",
                "{,}",
                "{[1,2),}",
                "{,[1,2)}",
                "{[1,2) [3,4)}",
                "{[5,1]}",
                "{[1,2)},{[3,4)}",
                "{{[1,2)}}",
                "[1,2)",
                "",
                "x",
                "{\"[1,2)\"}",
                "{[\"1\",\"2\")}",
                "{[1,2),[a,b)}",
                "{[1,2)x}",
                "{ [1 , 2) }",
                "{[1,2]}",
                "{(1,2]}",
                "{[1,1)}",
                "{(1,2)}",
                "{[1,2),(2,3]}");
    }

    /** Arrays over a handful of other element types, with spacing, quoting and NULL variants. */
    private static void elementArrays(List<Family> f) {
        f.add(family(
                BuiltinTypes.FLOAT8_ARRAY,
                List.of("{1.5, NaN, -Infinity, 1e3}", "{ inf , -inf }", "{1.5x}", "{\" 1.5 \"}")));
        f.add(family(BuiltinTypes.NUMERIC_ARRAY, List.of("{1e3, NaN, -0, 1_000}", "{\" 1.50 \"}", "{1,2}")));
        f.add(family(BuiltinTypes.BOOL_ARRAY, List.of("{t, yes, on, 0, off}", "{\" true \",NULL}", "{maybe}")));
        f.add(family(
                BuiltinTypes.DATE_ARRAY,
                List.of("{2024-02-29, \"Jan 8 1999\", infinity, epoch}", "{2024-02-30}", "{1999-01-08 BC}")));
        f.add(family(
                BuiltinTypes.TIMESTAMP_ARRAY,
                List.of("{\"1999-01-08 04:05:06\", epoch, -infinity}", "{1999-01-08T04:05:06}")));
        f.add(family(
                BuiltinTypes.TIMESTAMPTZ_ARRAY,
                List.of("{\"1999-01-08 04:05:06 PST\", \"2024-03-10 02:30 America/New_York\"}")));
        f.add(family(
                BuiltinTypes.INTERVAL_ARRAY,
                List.of("{\"1 day\", \"@ 1 hour ago\", P1D, 1-2}", "{1 day 2 hours}", "{fortnight}")));
        f.add(family(
                BuiltinTypes.BYTEA_ARRAY, List.of("{\"\\\\x00ff\", abc, \"\\\\000\"}", "{\\\\xzz}", "{\"\\\\x\"}")));
        f.add(family(
                BuiltinTypes.JSONB_ARRAY,
                List.of("{\"{\\\"b\\\": 1, \\\"a\\\": 2}\", \"[1,  2]\", null}", "{\"{\\\"a\\\":}\"}", "{1, true}")));
        f.add(family(
                BuiltinTypes.JSON_ARRAY,
                List.of("{\"{\\\"b\\\": 1, \\\"a\\\": 2}\", \"[1,  2]\"}", "{\"{\\\"a\\\":}\"}")));
        f.add(family(
                BuiltinTypes.UUID_ARRAY,
                List.of("{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11, \"{A0EEBC999C0B4EF8BB6D6BB9BD380A11}\"}", "{x}")));
        f.add(family(BuiltinTypes.INET_ARRAY, List.of("{10/8, ::1, \"192.168.1.1/24\"}", "{10.0.0.0/33}")));
        f.add(family(BuiltinTypes.CIDR_ARRAY, List.of("{10/8, 192.168/16}", "{192.168.1.1/24}")));
        f.add(family(BuiltinTypes.MONEY_ARRAY, List.of("{$1.50, \"$1,234.56\", (1)}", "{1,234}")));
        f.add(family(BuiltinTypes.POINT_ARRAY, List.of("{\"(1,2)\", \"3,4\"}", "{(1,2)}", "{\"(1,2\"}")));
        f.add(family(
                BuiltinTypes.BOX_ARRAY,
                List.of("{(1,1),(0,0);(2,2),(3,3)}", "{ (1,1),(0,0) ; NULL }", "{(1,1),(0,0),(2,2)}")));
        f.add(family(BuiltinTypes.INT4RANGE_ARRAY, List.of("{\"[1,5)\", empty, \"(,)\"}", "{[1,5)}", "{\"[5,1)\"}")));
        f.add(family(BuiltinTypes.BIT_ARRAY, List.of("{101, B11, X1F}", "{102}")));
        f.add(family(BuiltinTypes.CHAR_ARRAY, List.of("{a, bc, \"\"}", "{\\\\351}")));
        f.add(family(BuiltinTypes.NAME_ARRAY, List.of("{pg_class, \"" + "x".repeat(70) + "\"}")));
        f.add(family(BuiltinTypes.INT2_ARRAY, List.of("{1, 32767, -32768}", "{32768}", "{1,2}")));
        f.add(family(BuiltinTypes.INT8_ARRAY, List.of("{9223372036854775807, -1}", "{9223372036854775808}")));
        f.add(family(BuiltinTypes.OID_ARRAY, List.of("{0, 4294967295, -1}", "{4294967296}")));
        f.add(family(BuiltinTypes.TIME_ARRAY, List.of("{04:05:06, allballs, \"4 pm\"}", "{25:00}")));
        f.add(family(BuiltinTypes.TIMETZ_ARRAY, List.of("{04:05:06+02, \"04:05:06 PST\"}", "{04:05:06 XYZ}")));
        f.add(family(BuiltinTypes.XID_ARRAY, List.of("{0, 42}")));
        f.add(family(BuiltinTypes.MACADDR_ARRAY, List.of("{08:00:2b:01:02:03, 0800.2b01.0203}")));
        f.add(family(BuiltinTypes.TID_ARRAY, List.of("{\"(0,1)\", \"(1,2)\"}")));
        f.add(family(BuiltinTypes.INT2VECTOR_ARRAY, List.of("{\"1 2\", \"\", 3}")));
        f.add(family(BuiltinTypes.VARCHAR_ARRAY, List.of("{a, \" b \", NULL}")));
    }
}
