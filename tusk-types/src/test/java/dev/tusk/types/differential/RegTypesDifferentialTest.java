package dev.tusk.types.differential;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.testkit.pg.Clients;
import dev.tusk.testkit.pg.PostgresInstance;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.ByteArraySink;
import dev.tusk.types.CatalogNames;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.ObjectName;
import dev.tusk.types.PgType;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.RegKind;
import dev.tusk.types.TypeCodec;
import dev.tusk.types.TypeRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares the object-identifier alias types ({@code regproc} ... {@code regcollation}) with a real PostgreSQL
 * 15: the text ({@code typoutput}) and binary ({@code typsend}) forms of every built-in type OID as
 * {@code regtype} and of the fixed schemas as {@code regnamespace}, OID 0 and unknown OIDs of all eleven types,
 * and the result of text input (the OID, or the SQLSTATE, message and hint of the error) for type spellings,
 * schema names, numbers and unknown or malformed names of every kind; also the {@code pg_type} row of every
 * registered type. Every mismatch is collected into one failure message.
 */
class RegTypesDifferentialTest {
    private static PostgresInstance pg;
    private static Connection conn;

    /** What tusk-types knows on its own, as the server uses it before it has catalogs. */
    private static final FormatSettings DEFAULT = FormatSettings.DEFAULT;

    /** OIDs no object of any kind has in a fresh cluster (and not built-in type OIDs tusk-types lacks). */
    private static final List<Long> UNKNOWN_OIDS = List.of(1L, 9999L, 987654321L, 2147483648L, 4294967295L);

    @BeforeAll
    static void startPostgres() throws SQLException {
        Clients.assumeAvailable(Clients.postgresServer());
        pg = PostgresInstance.start(PostgresInstance.Options.defaults().withTls(false));
        Properties p = new Properties();
        p.setProperty("user", pg.user());
        p.setProperty("password", pg.password());
        p.setProperty("sslmode", "disable");
        p.setProperty("preferQueryMode", "simple");
        conn = DriverManager.getConnection(pg.jdbcUrl(), p);
        try (Statement st = conn.createStatement()) {
            // Text input with the error caught: the OID, or SQLSTATE, message and hint.
            st.execute("CREATE FUNCTION tusk_reg_in(s text, typ text,"
                    + " OUT o oid, OUT state text, OUT msg text, OUT hint text) LANGUAGE plpgsql AS $f$"
                    + " BEGIN EXECUTE format('SELECT %L::%s::oid', s, typ) INTO o;"
                    + " EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS"
                    + " state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT; END $f$");
        }
    }

    @AfterAll
    static void stopPostgres() throws SQLException {
        if (conn != null) {
            conn.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void outputOfEveryBuiltinTypeAsRegtype() throws SQLException {
        List<String> problems = new ArrayList<>();
        List<Long> oids = new ArrayList<>();
        for (PgType t : TypeRegistry.builtins().all()) {
            oids.add((long) t.oid());
        }
        int n = compareOutputs(RegKind.TYPE, oids, problems);
        compareArrayOutput(RegKind.TYPE, BuiltinTypes.REGTYPE_ARRAY, oids, problems);
        report("regtype output of " + n + " built-in type OIDs and their array", problems);
    }

    @Test
    void outputOfFixedSchemasAsRegnamespace() throws SQLException {
        List<String> problems = new ArrayList<>();
        List<Long> oids = List.of(11L, 99L, 2200L);
        compareOutputs(RegKind.NAMESPACE, oids, problems);
        compareArrayOutput(RegKind.NAMESPACE, BuiltinTypes.REGNAMESPACE_ARRAY, oids, problems);
        report("regnamespace output", problems);
    }

    @Test
    void outputOfZeroAndUnknownOidsForAllKinds() throws SQLException {
        List<String> problems = new ArrayList<>();
        List<Long> oids = new ArrayList<>(UNKNOWN_OIDS);
        oids.add(0, 0L);
        for (RegKind k : RegKind.values()) {
            compareOutputs(k, oids, problems);
            compareArrayOutput(k, arrayType(k), oids, problems);
        }
        report("0 and unknown OIDs", problems);
    }

    /** Type spellings regtypein reads, and the errors of the ones it rejects. */
    static final List<String> TYPE_INPUTS = List.of(
            "int4",
            "INT4",
            "Int4",
            "\"int4\"",
            "\"INT4\"",
            "integer",
            "INTEGER",
            "int",
            "  int4  ",
            "smallint",
            "bigint",
            "int8",
            "real",
            "float",
            "float(1)",
            "float(24)",
            "float(25)",
            "float(53)",
            "float(0)",
            "float(54)",
            "float(x)",
            "double precision",
            "DOUBLE PRECISION",
            "double",
            "boolean",
            "bool",
            "decimal",
            "dec",
            "numeric",
            "numeric(10,2)",
            "decimal(10, 2)",
            "numeric(0)",
            "numeric(1001)",
            "numeric(5,1001)",
            "numeric(5,-1000)",
            "numeric(1,2,3)",
            "numeric(x)",
            "numeric(year)",
            "numeric('7')",
            "numeric(' 7 ')",
            "numeric(7.0)",
            "numeric(-5)",
            "numeric(- -5)",
            "numeric(-(5))",
            "numeric((5))",
            "numeric(+5)",
            "numeric(1+1)",
            "numeric(null)",
            "numeric(true)",
            "numeric(a.b)",
            "numeric(f(1))",
            "numeric(99999999999)",
            "numeric(-2147483648)",
            "numeric()",
            "numeric(5,)",
            "numeric(left)",
            "character",
            "char",
            "char(5)",
            "char(0)",
            "character(10485760)",
            "character(10485761)",
            "\"char\"",
            "\"char\"(3)",
            "bpchar",
            "bpchar(5)",
            "bpchar(-1)",
            "varchar",
            "varchar(10)",
            "varchar(0)",
            "varchar(-1)",
            "varchar(x)",
            "varchar(10,2)",
            "character varying",
            "character varying(3)",
            "char varying(3)",
            "national character varying(3)",
            "national char",
            "nchar",
            "nchar varying(2)",
            "national",
            "character varying varying",
            "character(3) varying",
            "text",
            "text(3)",
            "name",
            "bit",
            "bit(3)",
            "bit(0)",
            "bit(2,3)",
            "bit varying",
            "bit varying(5)",
            "bit varying(0)",
            "varbit",
            "timestamp",
            "timestamp(3)",
            "timestamp(7)",
            "timestamp with time zone",
            "timestamp(3) with time zone",
            "timestamp without time zone",
            "timestamp with",
            "timestamptz",
            "timestamptz(3)",
            "timestamptz(-1)",
            "timestamptz(x)",
            "time",
            "time(3) with time zone",
            "time with time zone",
            "time without time zone",
            "time with time",
            "time without zone",
            "timetz",
            "interval",
            "interval(3)",
            "interval(7)",
            "interval year",
            "interval year to month",
            "interval year to second",
            "interval day to hour",
            "interval day to minute",
            "interval day to second(3)",
            "interval hour to minute",
            "interval hour to second",
            "interval minute to second(2)",
            "interval second",
            "interval second(3)",
            "interval day to",
            "interval(3) second",
            "pg_catalog.interval(3)",
            "pg_catalog.interval(4,-1)",
            "pg_catalog.interval(32767,7)",
            "pg_catalog.interval(1,2,3)",
            "pg_catalog.time(1,2)",
            "pg_catalog.timetz(-1)",
            "pg_catalog.bit(83886081)",
            "int[]",
            "int4[]",
            "int[3][4]",
            "int array",
            "int array[5]",
            "int4 array[]",
            "int4 array[3][4]",
            "int4[] array",
            "int4 [ 3 ] [ ]",
            "int4[3.5]",
            "int4[-1]",
            "int4 [",
            "_int4",
            "_int4[]",
            "varchar(3)[]",
            "numeric(10,2)[]",
            "double precision[]",
            "time with time zone[]",
            "timestamp(3) without time zone[]",
            "bit(3)[]",
            "interval second(3)[]",
            "real array",
            "json[]",
            "jsonb",
            "uuid",
            "\"char\"[]",
            "void",
            "void[]",
            "unknown[]",
            "regclass",
            "regtype[]",
            "_regtype",
            "int4range",
            "INT4RANGE",
            "int4multirange",
            "pg_catalog.int4",
            "PG_CATALOG.INT4",
            "pg_catalog.\"int4\"",
            "pg_catalog . int4",
            "pg_catalog.int4[]",
            "pg_catalog.varchar(3)",
            "pg_catalog.varchar(1+1)",
            "pg_catalog.integer",
            "pg_catalog.nosuch",
            "public.int4",
            "public.nosuch",
            "pg_toast.int4",
            "nosch.x",
            "a.b.c.d",
            "other.pg_catalog.int4",
            "pg_catalog.pg_catalog.int4",
            "nosuch",
            "NoSuch(3)[]",
            "nosuch(x)",
            "nosuch[]",
            "\"Int4\"",
            "\"int4\"\"\"",
            "\"timestamp with time zone\"",
            "U&\"int4\"",
            "U&\"\\0069nt4\"",
            "U&\"\\+000069nt4\"",
            "U&\"\\00zz\"",
            "U&\"\\D800\"",
            "U&\"\\D800\\DC00\"",
            "U&\"a\\\\b\"",
            "int4(3)",
            "int4(3)[]",
            "float4(3)",
            "integer(3)",
            "real(3)",
            "double precision(3)",
            "setof int4",
            "setof",
            "int4 setof",
            "array",
            "int4 int4",
            "int4;",
            "int4 --comment",
            "int4 /* c */ []",
            "/* x",
            "' 23'",
            "+1",
            "1e3",
            "int4 :: int4",
            "int4$",
            "$1",
            "int4.",
            ".int4",
            "\"\"",
            "\"a",
            "varchar(10abc)",
            "int4 1e",
            "int4 1e+ x",
            "int4 1.",
            "int4 1..2",
            "int4 .5",
            "int4 0x1F",
            "int4 <->",
            "int4 +-",
            "int4 ~-",
            "int4 \\",
            "int4 'x'",
            "int4 E'x'",
            "x'y",
            "int4 b'01'",
            "int4 $$x$$",
            "user",
            "select",
            "table",
            "with",
            "year",
            "zone",
            "varying",
            "left",
            "",
            "   ",
            "int4\u000b",
            "\u00c4\u00d6",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

    @Test
    void textInputOfTypeNames() throws SQLException {
        List<String> problems = new ArrayList<>();
        for (String s : TYPE_INPUTS) {
            compareInput(RegKind.TYPE, s, DEFAULT, problems);
        }
        report("regtype input of " + TYPE_INPUTS.size() + " spellings", problems);
    }

    @Test
    void textInputOfSchemaNames() throws SQLException {
        List<String> problems = new ArrayList<>();
        for (String s : List.of(
                "pg_catalog",
                "PG_CATALOG",
                "\"pg_catalog\"",
                " pg_catalog ",
                "public",
                "PUBLIC",
                "\"PUBLIC\"",
                "pg_toast",
                "nosuch",
                "pg_temp",
                "public.",
                "a.b",
                "\"\"",
                "\"a\"b",
                "a b",
                "",
                "-",
                " -")) {
            compareInput(RegKind.NAMESPACE, s, DEFAULT, problems);
        }
        report("regnamespace input", problems);
    }

    @Test
    void numericInputOfAllKinds() throws SQLException {
        List<String> problems = new ArrayList<>();
        for (RegKind k : RegKind.values()) {
            for (String s : List.of("0", "00", "23", "007", "4294967295", "4294967296", "99999999999999999999", "-")) {
                if (k == RegKind.OPER && s.equals("-")) {
                    continue; // the operator "-" exists (ambiguously) in PostgreSQL; the built-in catalog has none
                }
                compareInput(k, s, DEFAULT, problems);
            }
        }
        report("numeric input", problems);
    }

    /** Names that exist in no fresh cluster, and malformed names, for every kind. */
    static final Map<RegKind, List<String>> UNKNOWN_NAMES = Map.ofEntries(
            Map.entry(RegKind.PROC, qualifiedNames("nosuch_fn")),
            Map.entry(RegKind.OPER, qualifiedNames("===")),
            Map.entry(RegKind.CLASS, qualifiedNames("nosuch_rel")),
            Map.entry(RegKind.CONFIG, qualifiedNames("nosuch_cfg")),
            Map.entry(RegKind.DICTIONARY, qualifiedNames("nosuch_dict")),
            Map.entry(RegKind.COLLATION, qualifiedNames("nosuch_coll")),
            Map.entry(RegKind.TYPE, qualifiedNames("nosuch_type")),
            Map.entry(RegKind.NAMESPACE, qualifiedNames("nosuch_nsp")),
            Map.entry(RegKind.ROLE, qualifiedNames("nosuch_role")),
            Map.entry(
                    RegKind.PROCEDURE,
                    List.of(
                            "nosuch_fn(int4)",
                            "nosuch_fn()",
                            "nosuch_fn( )",
                            "NoSuch_Fn(INT4, varchar(3))",
                            "pg_catalog.nosuch_fn(int4)",
                            "nosch.nosuch_fn(int4)",
                            "a.b.c.d(int4)",
                            "a.b.c.d(nosuch_type)",
                            "other.x.nosuch_fn(int4)",
                            "nosuch_fn(nosuch_type)",
                            "nosuch_fn(varchar(0))",
                            "nosuch_fn(setof int4)",
                            "nosuch_fn(none)",
                            "nosuch_fn(int4 int4)",
                            "nosuch_fn(\"int4,int4\")",
                            "nosuch_fn(,)",
                            "nosuch_fn(int4,)",
                            "nosuch_fn(int4",
                            "nosuch_fn int4)",
                            "nosuch_fn(int4)x",
                            "nosuch_fn((int4)",
                            "nosuch_fn(int4[3)",
                            "\"f(\"(int4)",
                            "(int4)",
                            ".f(int4)",
                            "nosuch_fn",
                            "",
                            "-x")),
            Map.entry(
                    RegKind.OPERATOR,
                    List.of(
                            "===(int4,int4)",
                            "===(none,int4)",
                            "===(int4, NONE)",
                            "===(NONE,none)",
                            "nosch.===(int4,int4)",
                            "pg_catalog.===(int4,int4)",
                            "a.b.c.d(int4,int4)",
                            "other.pg_catalog.+(int4,int4)",
                            "+(int4)",
                            "+(int4,int4,int4)",
                            "+()",
                            "+(nosuchtype,int4)",
                            "+(int4,int4",
                            "+(int4,)",
                            "+(int4,\"int4)",
                            "+(int4,int4(3)",
                            "+(int4,int4)x",
                            "\"+(int4,int4)",
                            "===",
                            "-")));

    private static List<String> qualifiedNames(String name) {
        return List.of(
                name,
                name.toUpperCase(java.util.Locale.ROOT),
                "\"" + name + "\"",
                " " + name + " ",
                "pg_catalog." + name,
                "public." + name,
                "nosch." + name,
                "a.b.c.d",
                "other.pg_catalog." + name,
                "pg_catalog.pg_catalog." + name,
                name + ".",
                "." + name,
                name + " x",
                "\"\"",
                "\"" + name,
                "\"a\"\"b\"." + name,
                "\"a\"b",
                "a..b",
                name + "\u000b",
                "\t" + name + "\n",
                "x".repeat(70),
                "\u00e9".repeat(40),
                "",
                "   ");
    }

    @Test
    void errorsForUnknownAndMalformedNames() throws SQLException {
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (RegKind k : RegKind.values()) {
            for (String s : UNKNOWN_NAMES.get(k)) {
                compareInput(k, s, DEFAULT, problems);
                n++;
            }
        }
        report(n + " unknown or malformed names", problems);
    }

    /**
     * Three-part names need the database's name, which the built-in catalog does not know; a catalog that knows
     * it (and otherwise is the built-in one) must then agree with PostgreSQL.
     */
    @Test
    void threePartNamesWithTheDatabaseName() throws SQLException {
        String db;
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT current_database()")) {
            rs.next();
            db = rs.getString(1);
        }
        FormatSettings withDb = DEFAULT.withCatalogNames(new NamedDatabase(db));
        List<String> problems = new ArrayList<>();
        for (String s : List.of(db + ".pg_catalog.int4", db + ".public.int4", db + ".pg_catalog.int4[]")) {
            compareInput(RegKind.TYPE, s, withDb, problems);
        }
        for (RegKind k : List.of(RegKind.PROC, RegKind.OPER, RegKind.CLASS, RegKind.CONFIG, RegKind.COLLATION)) {
            compareInput(k, db + ".pg_catalog.nosuch_x", withDb, problems);
            compareInput(k, db + ".nosch.nosuch_x", withDb, problems);
        }
        compareInput(RegKind.PROCEDURE, db + ".pg_catalog.nosuch_x(int4)", withDb, problems);
        compareInput(RegKind.OPERATOR, db + ".pg_catalog.===(int4,int4)", withDb, problems);
        report("three-part names", problems);
    }

    @Test
    void arrayTextInput() throws SQLException {
        List<String> problems = new ArrayList<>();
        for (String s : List.of(
                "{int4,varchar}",
                "{integer,\"character varying\",-,\"\\\"char\\\"\"}",
                "{\"double precision\",int[],_int4,0,4294967295}",
                "{}",
                "{nosuch}",
                "{NULL,int4}")) {
            compareArrayInput(RegKind.TYPE, BuiltinTypes.REGTYPE_ARRAY, s, problems);
        }
        compareArrayInput(RegKind.NAMESPACE, BuiltinTypes.REGNAMESPACE_ARRAY, "{pg_catalog,public,pg_toast}", problems);
        compareArrayInput(RegKind.CLASS, BuiltinTypes.REGCLASS_ARRAY, "{-,0,1,nosuch_rel}", problems);
        compareArrayInput(RegKind.OPER, BuiltinTypes.REGOPER_ARRAY, "{0,1}", problems);
        report("array input", problems);
    }

    /**
     * The registered {@code pg_type} rows, field by field, and {@code format_type}: the 22 reg* types and their
     * arrays, and since it costs little, every other registered type too.
     */
    @Test
    void pgTypeRows() throws SQLException {
        List<String> problems = new ArrayList<>();
        List<PgType> types = TypeRegistry.builtins().all();
        comparePgTypeRows(types, problems);
        report("pg_type rows of " + types.size() + " registered types", problems);
    }

    private static void comparePgTypeRows(List<PgType> types, List<String> problems) throws SQLException {
        String sql = "SELECT typname, typnamespace::regnamespace::text, typlen, typbyval, typtype, typcategory,"
                + " typispreferred, typdelim, typelem, typarray, typinput::text, typoutput::text,"
                + " typreceive::text, typsend::text, typmodin::text, typmodout::text, typalign, typstorage,"
                + " format_type(oid, NULL) FROM pg_type WHERE oid = ?";
        for (PgType t : types) {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                ps.setLong(1, t.oid());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        problems.add(t + ": no pg_type row");
                        continue;
                    }
                    List<Object> pgRow = new ArrayList<>();
                    for (int i = 1; i <= 19; i++) {
                        pgRow.add(rs.getString(i));
                    }
                    List<Object> ours = List.of(
                            t.typname(),
                            t.namespace(),
                            Integer.toString(t.typlen()),
                            t.typbyval() ? "t" : "f",
                            String.valueOf(t.typtype()),
                            String.valueOf(t.typcategory()),
                            t.typispreferred() ? "t" : "f",
                            String.valueOf(t.typdelim()),
                            Integer.toString(t.typelem()),
                            Integer.toString(t.typarray()),
                            t.typinput(),
                            t.typoutput(),
                            t.typreceive(),
                            t.typsend(),
                            t.typmodin(),
                            t.typmodout(),
                            String.valueOf(t.typalign()),
                            String.valueOf(t.typstorage()),
                            t.formatType());
                    if (!pgRow.equals(ours)) {
                        problems.add(t + ": PostgreSQL " + pgRow + ", tusk " + ours);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------ comparisons

    private static PgType arrayType(RegKind k) {
        PgType element = TypeRegistry.builtins().byOid(k.typeOid()).orElseThrow();
        return TypeRegistry.builtins().arrayOf(element).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TypeCodec<Object> codec(RegKind k) {
        return (TypeCodec<Object>)
                TypeRegistry.builtins().byOid(k.typeOid()).orElseThrow().codec();
    }

    /** Compares text and binary output of each OID as {@code kind}; returns how many were compared. */
    private static int compareOutputs(RegKind kind, List<Long> oids, List<String> problems) throws SQLException {
        String t = kind.typname();
        String sql = "SELECT o, o::" + t + "::text, " + t + "send(o::" + t + ") FROM unnest(?::oid[]) WITH ORDINALITY"
                + " AS u(o, i) ORDER BY i";
        TypeCodec<Object> codec = codec(kind);
        int n = 0;
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setArray(1, conn.createArrayOf("oid", oids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long oid = rs.getLong(1);
                    byte[] text = rs.getString(2).getBytes(StandardCharsets.UTF_8);
                    byte[] binary = rs.getBytes(3);
                    String what = t + " " + oid;
                    check(problems, what + " text", text, () -> encode(codec, oid, DEFAULT, true));
                    check(problems, what + " binary", binary, () -> encode(codec, oid, DEFAULT, false));
                    decodeBoth(problems, what, codec, text, binary, oid);
                    n++;
                }
            }
        }
        return n;
    }

    private static void decodeBoth(
            List<String> problems, String what, TypeCodec<Object> codec, byte[] text, byte[] binary, Object expect) {
        try {
            Object v = codec.decodeText(text, DEFAULT);
            if (!Objects.equals(v, expect)) {
                problems.add(what + ": decodeText(" + show(text) + ") = " + v);
            }
        } catch (RuntimeException e) {
            problems.add(what + ": decodeText(" + show(text) + ") threw " + e);
        }
        try {
            Object v = codec.decodeBinary(binary, DEFAULT);
            if (!Objects.equals(v, expect)) {
                problems.add(what + ": decodeBinary(" + hex(binary) + ") = " + v);
            }
        } catch (RuntimeException e) {
            problems.add(what + ": decodeBinary(" + hex(binary) + ") threw " + e);
        }
    }

    /** The OIDs as one array of {@code kind}: PostgreSQL's text and binary forms against tusk's array codec. */
    private static void compareArrayOutput(RegKind kind, PgType arrayType, List<Long> oids, List<String> problems)
            throws SQLException {
        String t = kind.typname();
        String sql = "SELECT a::text, array_send(a) FROM (SELECT ?::oid[]::" + t + "[] AS a) s";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setArray(1, conn.createArrayOf("oid", oids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                compareArray(arrayType, rs.getString(1), rs.getBytes(2), problems);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void compareArray(PgType arrayType, String pgText, byte[] pgBinary, List<String> problems) {
        TypeCodec<Object> codec = (TypeCodec<Object>) arrayType.codec();
        byte[] text = pgText.getBytes(StandardCharsets.UTF_8);
        String what = arrayType.typname() + " " + pgText;
        Object fromBinary;
        try {
            fromBinary = codec.decodeBinary(pgBinary, DEFAULT);
        } catch (RuntimeException e) {
            problems.add(what + ": decodeBinary(" + hex(pgBinary) + ") threw " + e);
            return;
        }
        Object v = fromBinary;
        check(problems, what + " text", text, () -> encode(codec, v, DEFAULT, true));
        check(problems, what + " binary", pgBinary, () -> encode(codec, v, DEFAULT, false));
        try {
            Object fromText = codec.decodeText(text, DEFAULT);
            check(problems, what + " binary(decodeText)", pgBinary, () -> encode(codec, fromText, DEFAULT, false));
        } catch (RuntimeException e) {
            problems.add(what + ": decodeText threw " + e);
        }
    }

    private static void compareArrayInput(RegKind kind, PgType arrayType, String input, List<String> problems)
            throws SQLException {
        String sql = "SELECT array_send(?::" + kind.typname() + "[])";
        byte[] pgBinary = null;
        String pgState = null;
        String pgMessage = null;
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, input);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                pgBinary = rs.getBytes(1);
            }
        } catch (SQLException e) {
            pgState = e.getSQLState();
            pgMessage = serverMessage(e);
        }
        @SuppressWarnings("unchecked")
        TypeCodec<Object> codec = (TypeCodec<Object>) arrayType.codec();
        String what = kind.typname() + "[] input " + input;
        try {
            Object v = codec.decodeText(input.getBytes(StandardCharsets.UTF_8), DEFAULT);
            if (pgBinary == null) {
                problems.add(what + ": tusk accepted what PostgreSQL rejects with " + pgState + " " + pgMessage);
            } else {
                byte[] expected = pgBinary;
                check(problems, what + " binary", expected, () -> encode(codec, v, DEFAULT, false));
            }
        } catch (PgTypeException e) {
            if (pgBinary != null) {
                problems.add(what + ": tusk threw " + e.sqlState() + " " + e.getMessage());
            } else if (!e.sqlState().equals(pgState) || !e.getMessage().equals(pgMessage)) {
                problems.add(what + ": tusk threw " + e.sqlState() + " " + e.getMessage() + "; PostgreSQL " + pgState
                        + " " + pgMessage);
            }
        }
    }

    /** pgjdbc's message without the "ERROR: " prefix and the position. */
    private static String serverMessage(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
            return p.getServerErrorMessage().getMessage();
        }
        return e.getMessage();
    }

    /** Text input of {@code s} as {@code kind} in PostgreSQL and in tusk: the same OID or the same error. */
    private static void compareInput(RegKind kind, String s, FormatSettings settings, List<String> problems)
            throws SQLException {
        Long pgOid;
        String state;
        String msg;
        String hint;
        try (PreparedStatement ps = conn.prepareStatement("SELECT o, state, msg, hint FROM tusk_reg_in(?, ?)")) {
            ps.setString(1, s);
            ps.setString(2, kind.typname());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                pgOid = rs.getObject(1) == null ? null : rs.getLong(1);
                state = rs.getString(2);
                msg = rs.getString(3);
                hint = emptyToNull(rs.getString(4));
            }
        }
        String what = kind.typname() + " input '" + s + "'";
        try {
            Object v = codec(kind).decodeText(s.getBytes(StandardCharsets.UTF_8), settings);
            if (pgOid == null) {
                problems.add(what + ": tusk gave " + v + ", PostgreSQL threw " + state + " " + msg);
            } else if (!pgOid.equals(v)) {
                problems.add(what + ": tusk gave " + v + ", PostgreSQL " + pgOid);
            }
        } catch (PgTypeException e) {
            if (pgOid != null) {
                problems.add(
                        what + ": tusk threw " + e.sqlState() + " " + e.getMessage() + ", PostgreSQL gave " + pgOid);
            } else if (!e.sqlState().equals(state) || !e.getMessage().equals(msg) || !Objects.equals(e.hint(), hint)) {
                problems.add(what + ": tusk threw " + e.sqlState() + " " + e.getMessage() + " (hint " + e.hint()
                        + "), PostgreSQL " + state + " " + msg + " (hint " + hint + ")");
            }
        } catch (RuntimeException e) {
            problems.add(what + ": tusk threw " + e);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static void report(String what, List<String> problems) {
        System.out.println("reg differential: " + what + ": " + problems.size() + " mismatches");
        assertTrue(
                problems.isEmpty(),
                problems.size() + " differences from PostgreSQL in " + what + ":\n" + String.join("\n", problems));
    }

    private interface Encoding {
        byte[] run();
    }

    private static void check(List<String> problems, String what, byte[] expected, Encoding encoding) {
        byte[] actual;
        try {
            actual = encoding.run();
        } catch (RuntimeException e) {
            problems.add(what + " threw " + e + "; PostgreSQL: " + show(expected));
            return;
        }
        if (!Arrays.equals(expected, actual)) {
            problems.add(what + ": expected " + show(expected) + " but tusk wrote " + show(actual));
        }
    }

    private static byte[] encode(TypeCodec<Object> codec, Object value, FormatSettings settings, boolean text) {
        ByteArraySink sink = new ByteArraySink();
        if (text) {
            codec.encodeText(value, settings, sink);
        } else {
            codec.encodeBinary(value, settings, sink);
        }
        return sink.toByteArray();
    }

    private static String show(byte[] b) {
        return "'" + new String(b, StandardCharsets.UTF_8) + "' [" + hex(b) + "]";
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    /** The built-in catalog plus the current database's name, for three-part names. */
    private record NamedDatabase(String db) implements CatalogNames {
        @Override
        public Optional<String> render(RegKind kind, long oid) {
            return CatalogNames.builtin().render(kind, oid);
        }

        @Override
        public OptionalLong resolve(RegKind kind, ObjectName name) {
            return CatalogNames.builtin().resolve(kind, name);
        }

        @Override
        public Optional<String> databaseName() {
            return Optional.of(db);
        }
    }
}
