package dev.tusk.types;

import dev.tusk.types.codec.ArrayCodec;
import dev.tusk.types.codec.BoolCodec;
import dev.tusk.types.codec.BoxCodec;
import dev.tusk.types.codec.ByteaCodec;
import dev.tusk.types.codec.CatalogTextCodec;
import dev.tusk.types.codec.CharCodec;
import dev.tusk.types.codec.CircleCodec;
import dev.tusk.types.codec.DateCodec;
import dev.tusk.types.codec.Float4Codec;
import dev.tusk.types.codec.Float8Codec;
import dev.tusk.types.codec.Int2Codec;
import dev.tusk.types.codec.Int2VectorCodec;
import dev.tusk.types.codec.Int4Codec;
import dev.tusk.types.codec.Int8Codec;
import dev.tusk.types.codec.IntervalCodec;
import dev.tusk.types.codec.JsonbCodec;
import dev.tusk.types.codec.LineCodec;
import dev.tusk.types.codec.LsegCodec;
import dev.tusk.types.codec.NumericCodec;
import dev.tusk.types.codec.OidCodec;
import dev.tusk.types.codec.OidVectorCodec;
import dev.tusk.types.codec.PathCodec;
import dev.tusk.types.codec.PgLsnCodec;
import dev.tusk.types.codec.PointCodec;
import dev.tusk.types.codec.PolygonCodec;
import dev.tusk.types.codec.RegCodec;
import dev.tusk.types.codec.StringCodec;
import dev.tusk.types.codec.TidCodec;
import dev.tusk.types.codec.TimeCodec;
import dev.tusk.types.codec.TimestampCodec;
import dev.tusk.types.codec.TimestamptzCodec;
import dev.tusk.types.codec.UuidCodec;
import dev.tusk.types.codec.VoidCodec;
import dev.tusk.types.codec.Xid8Codec;
import dev.tusk.types.codec.XidCodec;
import dev.tusk.types.typmod.BitTypmod;
import dev.tusk.types.typmod.CharTypmod;
import dev.tusk.types.typmod.IntervalTypmod;
import dev.tusk.types.typmod.NumericTypmod;
import dev.tusk.types.typmod.TimeTypmod;
import dev.tusk.types.typmod.TimestampTypmod;
import java.util.List;

/** The built-in PostgreSQL 15 types Tusk knows, with pg_type metadata copied from a real server. */
public final class BuiltinTypes {
    private BuiltinTypes() {}

    private static PgType array(PgType element, int oid) {
        return PgType.arrayOf(element, oid, new ArrayCodec(element));
    }

    /** {@code bool} (16). */
    public static final PgType BOOL = PgType.builder(16, "bool")
            .typlen(1)
            .typbyval(true)
            .typtype('b')
            .typcategory('B')
            .typispreferred(true)
            .typdelim(',')
            .typelem(0)
            .typarray(1000)
            .io("boolin", "boolout", "boolrecv", "boolsend")
            .typmod("-", "-")
            .typalign('c')
            .typstorage('p')
            .codec(BoolCodec.INSTANCE)
            .sqlName("boolean")
            .build();

    /** {@code bytea} (17). */
    public static final PgType BYTEA = PgType.builder(17, "bytea")
            .typlen(-1)
            .typbyval(false)
            .typtype('b')
            .typcategory('U')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1001)
            .io("byteain", "byteaout", "bytearecv", "byteasend")
            .typmod("-", "-")
            .typalign('i')
            .typstorage('x')
            .codec(ByteaCodec.INSTANCE)
            .build();

    /** {@code char} (18). */
    public static final PgType CHAR = PgType.builder(18, "char")
            .typlen(1)
            .typbyval(true)
            .typtype('b')
            .typcategory('Z')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1002)
            .io("charin", "charout", "charrecv", "charsend")
            .typmod("-", "-")
            .typalign('c')
            .typstorage('p')
            .codec(CharCodec.INSTANCE)
            .sqlName("\"char\"")
            .build();

    /** {@code name} (19). */
    public static final PgType NAME = PgType.builder(19, "name")
            .typlen(64)
            .typbyval(false)
            .typtype('b')
            .typcategory('S')
            .typispreferred(false)
            .typdelim(',')
            .typelem(18)
            .typarray(1003)
            .io("namein", "nameout", "namerecv", "namesend")
            .typmod("-", "-")
            .typalign('c')
            .typstorage('p')
            .codec(StringCodec.NAME)
            .build();

    /** {@code int8} (20). */
    public static final PgType INT8 = PgType.builder(20, "int8")
            .typlen(8)
            .typbyval(true)
            .typtype('b')
            .typcategory('N')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1016)
            .io("int8in", "int8out", "int8recv", "int8send")
            .typmod("-", "-")
            .typalign('d')
            .typstorage('p')
            .codec(Int8Codec.INSTANCE)
            .sqlName("bigint")
            .build();

    /** {@code int2} (21). */
    public static final PgType INT2 = PgType.builder(21, "int2")
            .typlen(2)
            .typbyval(true)
            .typtype('b')
            .typcategory('N')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1005)
            .io("int2in", "int2out", "int2recv", "int2send")
            .typmod("-", "-")
            .typalign('s')
            .typstorage('p')
            .codec(Int2Codec.INSTANCE)
            .sqlName("smallint")
            .build();

    /** {@code int4} (23). */
    public static final PgType INT4 = PgType.builder(23, "int4")
            .typlen(4)
            .typbyval(true)
            .typtype('b')
            .typcategory('N')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1007)
            .io("int4in", "int4out", "int4recv", "int4send")
            .typmod("-", "-")
            .typalign('i')
            .typstorage('p')
            .codec(Int4Codec.INSTANCE)
            .sqlName("integer")
            .build();

    /** {@code text} (25). */
    public static final PgType TEXT = PgType.builder(25, "text")
            .typlen(-1)
            .typbyval(false)
            .typtype('b')
            .typcategory('S')
            .typispreferred(true)
            .typdelim(',')
            .typelem(0)
            .typarray(1009)
            .io("textin", "textout", "textrecv", "textsend")
            .typmod("-", "-")
            .typalign('i')
            .typstorage('x')
            .codec(StringCodec.TEXT)
            .build();

    /** {@code oid} (26). */
    public static final PgType OID = PgType.builder(26, "oid")
            .typlen(4)
            .typbyval(true)
            .typtype('b')
            .typcategory('N')
            .typispreferred(true)
            .typdelim(',')
            .typelem(0)
            .typarray(1028)
            .io("oidin", "oidout", "oidrecv", "oidsend")
            .typmod("-", "-")
            .typalign('i')
            .typstorage('p')
            .codec(OidCodec.INSTANCE)
            .build();

    /** {@code json} (114). */
    public static final PgType JSON = PgType.builder(114, "json")
            .typlen(-1)
            .typbyval(false)
            .typtype('b')
            .typcategory('U')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(199)
            .io("json_in", "json_out", "json_recv", "json_send")
            .typmod("-", "-")
            .typalign('i')
            .typstorage('x')
            .codec(StringCodec.JSON)
            .build();

    /** {@code xml} (142). */
    public static final PgType XML = PgType.builder(142, "xml")
            .typlen(-1)
            .typbyval(false)
            .typtype('b')
            .typcategory('U')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(143)
            .io("xml_in", "xml_out", "xml_recv", "xml_send")
            .typmod("-", "-")
            .typalign('i')
            .typstorage('x')
            .codec(StringCodec.XML)
            .build();

    /** {@code float4} (700). */
    public static final PgType FLOAT4 = PgType.builder(700, "float4")
            .typlen(4)
            .typbyval(true)
            .typtype('b')
            .typcategory('N')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1021)
            .io("float4in", "float4out", "float4recv", "float4send")
            .typmod("-", "-")
            .typalign('i')
            .typstorage('p')
            .codec(Float4Codec.INSTANCE)
            .sqlName("real")
            .build();

    /** {@code float8} (701). */
    public static final PgType FLOAT8 = PgType.builder(701, "float8")
            .typlen(8)
            .typbyval(true)
            .typtype('b')
            .typcategory('N')
            .typispreferred(true)
            .typdelim(',')
            .typelem(0)
            .typarray(1022)
            .io("float8in", "float8out", "float8recv", "float8send")
            .typmod("-", "-")
            .typalign('d')
            .typstorage('p')
            .codec(Float8Codec.INSTANCE)
            .sqlName("double precision")
            .build();

    /** {@code unknown} (705). */
    public static final PgType UNKNOWN = PgType.builder(705, "unknown")
            .typlen(-2)
            .typbyval(false)
            .typtype('p')
            .typcategory('X')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(0)
            .io("unknownin", "unknownout", "unknownrecv", "unknownsend")
            .typmod("-", "-")
            .typalign('c')
            .typstorage('p')
            .codec(StringCodec.UNKNOWN)
            .build();

    /** {@code bpchar} (1042). */
    public static final PgType BPCHAR = PgType.builder(1042, "bpchar")
            .typlen(-1)
            .typbyval(false)
            .typtype('b')
            .typcategory('S')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1014)
            .io("bpcharin", "bpcharout", "bpcharrecv", "bpcharsend")
            .typmod("bpchartypmodin", "bpchartypmodout")
            .typalign('i')
            .typstorage('x')
            .codec(StringCodec.BPCHAR)
            .sqlName("character")
            .noTypmodName("bpchar")
            .typmodFormatter(Typmods.length("character"))
            .typmodRules(CharTypmod.BPCHAR, CharTypmod.BPCHAR)
            .build();

    /** {@code varchar} (1043). */
    public static final PgType VARCHAR = PgType.builder(1043, "varchar")
            .typlen(-1)
            .typbyval(false)
            .typtype('b')
            .typcategory('S')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1015)
            .io("varcharin", "varcharout", "varcharrecv", "varcharsend")
            .typmod("varchartypmodin", "varchartypmodout")
            .typalign('i')
            .typstorage('x')
            .codec(StringCodec.VARCHAR)
            .sqlName("character varying")
            .typmodFormatter(Typmods.length("character varying"))
            .typmodRules(CharTypmod.VARCHAR, CharTypmod.VARCHAR)
            .build();

    /** {@code date} (1082). */
    public static final PgType DATE = PgType.builder(1082, "date")
            .typlen(4)
            .typbyval(true)
            .typtype('b')
            .typcategory('D')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1182)
            .io("date_in", "date_out", "date_recv", "date_send")
            .typmod("-", "-")
            .typalign('i')
            .typstorage('p')
            .codec(DateCodec.INSTANCE)
            .build();

    /** {@code time} (1083). */
    public static final PgType TIME = PgType.builder(1083, "time")
            .typlen(8)
            .typbyval(true)
            .typtype('b')
            .typcategory('D')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1183)
            .io("time_in", "time_out", "time_recv", "time_send")
            .typmod("timetypmodin", "timetypmodout")
            .typalign('d')
            .typstorage('p')
            .codec(TimeCodec.INSTANCE)
            .sqlName("time without time zone")
            .typmodFormatter(Typmods.precision("time", " without time zone"))
            .typmodRules(TimeTypmod.TIME, TimeTypmod.TIME)
            .build();

    /** {@code timestamp} (1114). */
    public static final PgType TIMESTAMP = PgType.builder(1114, "timestamp")
            .typlen(8)
            .typbyval(true)
            .typtype('b')
            .typcategory('D')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1115)
            .io("timestamp_in", "timestamp_out", "timestamp_recv", "timestamp_send")
            .typmod("timestamptypmodin", "timestamptypmodout")
            .typalign('d')
            .typstorage('p')
            .codec(TimestampCodec.INSTANCE)
            .sqlName("timestamp without time zone")
            .typmodFormatter(Typmods.precision("timestamp", " without time zone"))
            .typmodRules(TimestampTypmod.TIMESTAMP, TimestampTypmod.TIMESTAMP)
            .build();

    /** {@code timestamptz} (1184). */
    public static final PgType TIMESTAMPTZ = PgType.builder(1184, "timestamptz")
            .typlen(8)
            .typbyval(true)
            .typtype('b')
            .typcategory('D')
            .typispreferred(true)
            .typdelim(',')
            .typelem(0)
            .typarray(1185)
            .io("timestamptz_in", "timestamptz_out", "timestamptz_recv", "timestamptz_send")
            .typmod("timestamptztypmodin", "timestamptztypmodout")
            .typalign('d')
            .typstorage('p')
            .codec(TimestamptzCodec.INSTANCE)
            .sqlName("timestamp with time zone")
            .typmodFormatter(Typmods.precision("timestamp", " with time zone"))
            .typmodRules(TimestampTypmod.TIMESTAMPTZ, TimestampTypmod.TIMESTAMPTZ)
            .build();

    /** {@code interval} (1186). */
    public static final PgType INTERVAL = PgType.builder(1186, "interval")
            .typlen(16)
            .typbyval(false)
            .typtype('b')
            .typcategory('T')
            .typispreferred(true)
            .typdelim(',')
            .typelem(0)
            .typarray(1187)
            .io("interval_in", "interval_out", "interval_recv", "interval_send")
            .typmod("intervaltypmodin", "intervaltypmodout")
            .typalign('d')
            .typstorage('p')
            .codec(IntervalCodec.INSTANCE)
            .typmodFormatter(Typmods::interval)
            .typmodRules(IntervalTypmod.INSTANCE, IntervalTypmod.INSTANCE)
            .build();

    /** {@code numeric} (1700). */
    public static final PgType NUMERIC = PgType.builder(1700, "numeric")
            .typlen(-1)
            .typbyval(false)
            .typtype('b')
            .typcategory('N')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1231)
            .io("numeric_in", "numeric_out", "numeric_recv", "numeric_send")
            .typmod("numerictypmodin", "numerictypmodout")
            .typalign('i')
            .typstorage('m')
            .codec(NumericCodec.INSTANCE)
            .typmodFormatter(Typmods::numeric)
            .typmodRules(NumericTypmod.INSTANCE, NumericTypmod.INSTANCE)
            .build();

    /** {@code void} (2278). */
    public static final PgType VOID = PgType.builder(2278, "void")
            .typlen(4)
            .typbyval(true)
            .typtype('p')
            .typcategory('P')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(0)
            .io("void_in", "void_out", "void_recv", "void_send")
            .typmod("-", "-")
            .typalign('i')
            .typstorage('p')
            .codec(VoidCodec.INSTANCE)
            .build();

    /** {@code uuid} (2950). */
    public static final PgType UUID = PgType.builder(2950, "uuid")
            .typlen(16)
            .typbyval(false)
            .typtype('b')
            .typcategory('U')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(2951)
            .io("uuid_in", "uuid_out", "uuid_recv", "uuid_send")
            .typmod("-", "-")
            .typalign('c')
            .typstorage('p')
            .codec(UuidCodec.INSTANCE)
            .build();

    /** {@code jsonb} (3802). */
    public static final PgType JSONB = PgType.builder(3802, "jsonb")
            .typlen(-1)
            .typbyval(false)
            .typtype('b')
            .typcategory('U')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(3807)
            .io("jsonb_in", "jsonb_out", "jsonb_recv", "jsonb_send")
            .typmod("-", "-")
            .typalign('i')
            .typstorage('x')
            .codec(JsonbCodec.INSTANCE)
            .build();

    /** {@code _xml} (143). */
    public static final PgType XML_ARRAY = array(XML, 143);

    /** {@code _json} (199). */
    public static final PgType JSON_ARRAY = array(JSON, 199);

    /** {@code _bool} (1000). */
    public static final PgType BOOL_ARRAY = array(BOOL, 1000);

    /** {@code _bytea} (1001). */
    public static final PgType BYTEA_ARRAY = array(BYTEA, 1001);

    /** {@code _char} (1002). */
    public static final PgType CHAR_ARRAY = array(CHAR, 1002);

    /** {@code _name} (1003). */
    public static final PgType NAME_ARRAY = array(NAME, 1003);

    /** {@code _int2} (1005). */
    public static final PgType INT2_ARRAY = array(INT2, 1005);

    /** {@code _int4} (1007). */
    public static final PgType INT4_ARRAY = array(INT4, 1007);

    /** {@code _text} (1009). */
    public static final PgType TEXT_ARRAY = array(TEXT, 1009);

    /** {@code _bpchar} (1014). */
    public static final PgType BPCHAR_ARRAY = array(BPCHAR, 1014);

    /** {@code _varchar} (1015). */
    public static final PgType VARCHAR_ARRAY = array(VARCHAR, 1015);

    /** {@code _int8} (1016). */
    public static final PgType INT8_ARRAY = array(INT8, 1016);

    /** {@code _float4} (1021). */
    public static final PgType FLOAT4_ARRAY = array(FLOAT4, 1021);

    /** {@code _float8} (1022). */
    public static final PgType FLOAT8_ARRAY = array(FLOAT8, 1022);

    /** {@code _oid} (1028). */
    public static final PgType OID_ARRAY = array(OID, 1028);

    /** {@code _timestamp} (1115). */
    public static final PgType TIMESTAMP_ARRAY = array(TIMESTAMP, 1115);

    /** {@code _date} (1182). */
    public static final PgType DATE_ARRAY = array(DATE, 1182);

    /** {@code _time} (1183). */
    public static final PgType TIME_ARRAY = array(TIME, 1183);

    /** {@code _timestamptz} (1185). */
    public static final PgType TIMESTAMPTZ_ARRAY = array(TIMESTAMPTZ, 1185);

    /** {@code _interval} (1187). */
    public static final PgType INTERVAL_ARRAY = array(INTERVAL, 1187);

    /** {@code _numeric} (1231). */
    public static final PgType NUMERIC_ARRAY = array(NUMERIC, 1231);

    /** {@code _uuid} (2951). */
    public static final PgType UUID_ARRAY = array(UUID, 2951);

    /** {@code _jsonb} (3807). */
    public static final PgType JSONB_ARRAY = array(JSONB, 3807);

    // ---------------------------------------------------------------- timetz, money, network, bit strings

    /** {@code timetz} (1266). */
    public static final PgType TIMETZ = PgType.builder(1266, "timetz")
            .typlen(12)
            .typbyval(false)
            .typcategory('D')
            .typarray(1270)
            .io("timetz_in", "timetz_out", "timetz_recv", "timetz_send")
            .typmod("timetztypmodin", "timetztypmodout")
            .typalign('d')
            .typstorage('p')
            .codec(dev.tusk.types.codec.TimetzCodec.INSTANCE)
            .sqlName("time with time zone")
            .typmodFormatter(tm -> "time(" + tm + ") with time zone")
            .typmodRules(TimeTypmod.TIMETZ, TimeTypmod.TIMETZ)
            .build();

    /** {@code money} (790). */
    public static final PgType MONEY = PgType.builder(790, "money")
            .typlen(8)
            .typbyval(true)
            .typcategory('N')
            .typarray(791)
            .io("cash_in", "cash_out", "cash_recv", "cash_send")
            .typalign('d')
            .typstorage('p')
            .codec(dev.tusk.types.codec.MoneyCodec.INSTANCE)
            .build();

    /** {@code inet} (869). */
    public static final PgType INET = PgType.builder(869, "inet")
            .typlen(-1)
            .typcategory('I')
            .typispreferred(true)
            .typarray(1041)
            .io("inet_in", "inet_out", "inet_recv", "inet_send")
            .typalign('i')
            .typstorage('m')
            .codec(dev.tusk.types.codec.InetCodec.INET)
            .build();

    /** {@code cidr} (650). */
    public static final PgType CIDR = PgType.builder(650, "cidr")
            .typlen(-1)
            .typcategory('I')
            .typarray(651)
            .io("cidr_in", "cidr_out", "cidr_recv", "cidr_send")
            .typalign('i')
            .typstorage('m')
            .codec(dev.tusk.types.codec.InetCodec.CIDR)
            .build();

    /** {@code macaddr} (829). */
    public static final PgType MACADDR = PgType.builder(829, "macaddr")
            .typlen(6)
            .typcategory('U')
            .typarray(1040)
            .io("macaddr_in", "macaddr_out", "macaddr_recv", "macaddr_send")
            .typalign('i')
            .typstorage('p')
            .codec(dev.tusk.types.codec.MacaddrCodec.INSTANCE)
            .build();

    /** {@code macaddr8} (774). */
    public static final PgType MACADDR8 = PgType.builder(774, "macaddr8")
            .typlen(8)
            .typcategory('U')
            .typarray(775)
            .io("macaddr8_in", "macaddr8_out", "macaddr8_recv", "macaddr8_send")
            .typalign('i')
            .typstorage('p')
            .codec(dev.tusk.types.codec.Macaddr8Codec.INSTANCE)
            .build();

    /** {@code bit} (1560). */
    public static final PgType BIT = PgType.builder(1560, "bit")
            .typlen(-1)
            .typcategory('V')
            .typarray(1561)
            .io("bit_in", "bit_out", "bit_recv", "bit_send")
            .typmod("bittypmodin", "bittypmodout")
            .typalign('i')
            .typstorage('x')
            .codec(dev.tusk.types.codec.BitCodec.BIT)
            .noTypmodName("\"bit\"")
            .typmodFormatter(tm -> "bit(" + tm + ")")
            .typmodRules(BitTypmod.BIT, BitTypmod.BIT)
            .build();

    /** {@code varbit} (1562). */
    public static final PgType VARBIT = PgType.builder(1562, "varbit")
            .typlen(-1)
            .typcategory('V')
            .typispreferred(true)
            .typarray(1563)
            .io("varbit_in", "varbit_out", "varbit_recv", "varbit_send")
            .typmod("varbittypmodin", "varbittypmodout")
            .typalign('i')
            .typstorage('x')
            .codec(dev.tusk.types.codec.BitCodec.VARBIT)
            .sqlName("bit varying")
            .typmodFormatter(tm -> "bit varying(" + tm + ")")
            .typmodRules(BitTypmod.VARBIT, BitTypmod.VARBIT)
            .build();

    /** {@code _timetz} (1270). */
    public static final PgType TIMETZ_ARRAY = array(TIMETZ, 1270);

    /** {@code _money} (791). */
    public static final PgType MONEY_ARRAY = array(MONEY, 791);

    /** {@code _inet} (1041). */
    public static final PgType INET_ARRAY = array(INET, 1041);

    /** {@code _cidr} (651). */
    public static final PgType CIDR_ARRAY = array(CIDR, 651);

    /** {@code _macaddr} (1040). */
    public static final PgType MACADDR_ARRAY = array(MACADDR, 1040);

    /** {@code _macaddr8} (775). */
    public static final PgType MACADDR8_ARRAY = array(MACADDR8, 775);

    /** {@code _bit} (1561). */
    public static final PgType BIT_ARRAY = array(BIT, 1561);

    /** {@code _varbit} (1563). */
    public static final PgType VARBIT_ARRAY = array(VARBIT, 1563);

    // ---------------------------------------------------------------- end of timetz, money, network, bit strings

    // ---------------------------------------------------------------- ranges and multiranges

    private static PgType range(int oid, String typname, PgType subtype, int arrayOid, char align) {
        return PgType.builder(oid, typname)
                .typlen(-1)
                .typtype('r')
                .typcategory('R')
                .typarray(arrayOid)
                .io("range_in", "range_out", "range_recv", "range_send")
                .typalign(align)
                .typstorage('x')
                .codec(new dev.tusk.types.codec.RangeCodec(typname, subtype))
                .build();
    }

    private static PgType multirange(int oid, String typname, PgType range, int arrayOid) {
        return PgType.builder(oid, typname)
                .typlen(-1)
                .typtype('m')
                .typcategory('R')
                .typarray(arrayOid)
                .io("multirange_in", "multirange_out", "multirange_recv", "multirange_send")
                .typalign(range.typalign())
                .typstorage('x')
                .codec(new dev.tusk.types.codec.MultirangeCodec(typname, range))
                .build();
    }

    /** {@code int4range} (3904). */
    public static final PgType INT4RANGE = range(3904, "int4range", INT4, 3905, 'i');

    /** {@code numrange} (3906). */
    public static final PgType NUMRANGE = range(3906, "numrange", NUMERIC, 3907, 'i');

    /** {@code tsrange} (3908). */
    public static final PgType TSRANGE = range(3908, "tsrange", TIMESTAMP, 3909, 'd');

    /** {@code tstzrange} (3910). */
    public static final PgType TSTZRANGE = range(3910, "tstzrange", TIMESTAMPTZ, 3911, 'd');

    /** {@code daterange} (3912). */
    public static final PgType DATERANGE = range(3912, "daterange", DATE, 3913, 'i');

    /** {@code int8range} (3926). */
    public static final PgType INT8RANGE = range(3926, "int8range", INT8, 3927, 'd');

    /** {@code int4multirange} (4451). */
    public static final PgType INT4MULTIRANGE = multirange(4451, "int4multirange", INT4RANGE, 6150);

    /** {@code nummultirange} (4532). */
    public static final PgType NUMMULTIRANGE = multirange(4532, "nummultirange", NUMRANGE, 6151);

    /** {@code tsmultirange} (4533). */
    public static final PgType TSMULTIRANGE = multirange(4533, "tsmultirange", TSRANGE, 6152);

    /** {@code tstzmultirange} (4534). */
    public static final PgType TSTZMULTIRANGE = multirange(4534, "tstzmultirange", TSTZRANGE, 6153);

    /** {@code datemultirange} (4535). */
    public static final PgType DATEMULTIRANGE = multirange(4535, "datemultirange", DATERANGE, 6155);

    /** {@code int8multirange} (4536). */
    public static final PgType INT8MULTIRANGE = multirange(4536, "int8multirange", INT8RANGE, 6157);

    /** {@code _int4range} (3905). */
    public static final PgType INT4RANGE_ARRAY = array(INT4RANGE, 3905);

    /** {@code _numrange} (3907). */
    public static final PgType NUMRANGE_ARRAY = array(NUMRANGE, 3907);

    /** {@code _tsrange} (3909). */
    public static final PgType TSRANGE_ARRAY = array(TSRANGE, 3909);

    /** {@code _tstzrange} (3911). */
    public static final PgType TSTZRANGE_ARRAY = array(TSTZRANGE, 3911);

    /** {@code _daterange} (3913). */
    public static final PgType DATERANGE_ARRAY = array(DATERANGE, 3913);

    /** {@code _int8range} (3927). */
    public static final PgType INT8RANGE_ARRAY = array(INT8RANGE, 3927);

    /** {@code _int4multirange} (6150). */
    public static final PgType INT4MULTIRANGE_ARRAY = array(INT4MULTIRANGE, 6150);

    /** {@code _nummultirange} (6151). */
    public static final PgType NUMMULTIRANGE_ARRAY = array(NUMMULTIRANGE, 6151);

    /** {@code _tsmultirange} (6152). */
    public static final PgType TSMULTIRANGE_ARRAY = array(TSMULTIRANGE, 6152);

    /** {@code _tstzmultirange} (6153). */
    public static final PgType TSTZMULTIRANGE_ARRAY = array(TSTZMULTIRANGE, 6153);

    /** {@code _datemultirange} (6155). */
    public static final PgType DATEMULTIRANGE_ARRAY = array(DATEMULTIRANGE, 6155);

    /** {@code _int8multirange} (6157). */
    public static final PgType INT8MULTIRANGE_ARRAY = array(INT8MULTIRANGE, 6157);

    // ---------------------------------------------------------------- end of ranges and multiranges

    // --- geometric and system types (point ... oidvector) ---

    /** {@code point} (600). */
    public static final PgType POINT = PgType.builder(600, "point")
            .typlen(16)
            .typbyval(false)
            .typtype('b')
            .typcategory('G')
            .typispreferred(false)
            .typdelim(',')
            .typelem(701)
            .typarray(1017)
            .io("point_in", "point_out", "point_recv", "point_send")
            .typmod("-", "-")
            .typalign('d')
            .typstorage('p')
            .codec(PointCodec.INSTANCE)
            .build();

    /** {@code lseg} (601). */
    public static final PgType LSEG = PgType.builder(601, "lseg")
            .typlen(32)
            .typbyval(false)
            .typtype('b')
            .typcategory('G')
            .typispreferred(false)
            .typdelim(',')
            .typelem(600)
            .typarray(1018)
            .io("lseg_in", "lseg_out", "lseg_recv", "lseg_send")
            .typmod("-", "-")
            .typalign('d')
            .typstorage('p')
            .codec(LsegCodec.INSTANCE)
            .build();

    /** {@code path} (602). */
    public static final PgType PATH = PgType.builder(602, "path")
            .typlen(-1)
            .typbyval(false)
            .typtype('b')
            .typcategory('G')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1019)
            .io("path_in", "path_out", "path_recv", "path_send")
            .typmod("-", "-")
            .typalign('d')
            .typstorage('x')
            .codec(PathCodec.INSTANCE)
            .build();

    /** {@code box} (603). */
    public static final PgType BOX = PgType.builder(603, "box")
            .typlen(32)
            .typbyval(false)
            .typtype('b')
            .typcategory('G')
            .typispreferred(false)
            .typdelim(';')
            .typelem(600)
            .typarray(1020)
            .io("box_in", "box_out", "box_recv", "box_send")
            .typmod("-", "-")
            .typalign('d')
            .typstorage('p')
            .codec(BoxCodec.INSTANCE)
            .build();

    /** {@code polygon} (604). */
    public static final PgType POLYGON = PgType.builder(604, "polygon")
            .typlen(-1)
            .typbyval(false)
            .typtype('b')
            .typcategory('G')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1027)
            .io("poly_in", "poly_out", "poly_recv", "poly_send")
            .typmod("-", "-")
            .typalign('d')
            .typstorage('x')
            .codec(PolygonCodec.INSTANCE)
            .build();

    /** {@code line} (628). */
    public static final PgType LINE = PgType.builder(628, "line")
            .typlen(24)
            .typbyval(false)
            .typtype('b')
            .typcategory('G')
            .typispreferred(false)
            .typdelim(',')
            .typelem(701)
            .typarray(629)
            .io("line_in", "line_out", "line_recv", "line_send")
            .typmod("-", "-")
            .typalign('d')
            .typstorage('p')
            .codec(LineCodec.INSTANCE)
            .build();

    /** {@code circle} (718). */
    public static final PgType CIRCLE = PgType.builder(718, "circle")
            .typlen(24)
            .typbyval(false)
            .typtype('b')
            .typcategory('G')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(719)
            .io("circle_in", "circle_out", "circle_recv", "circle_send")
            .typmod("-", "-")
            .typalign('d')
            .typstorage('p')
            .codec(CircleCodec.INSTANCE)
            .build();

    /** {@code pg_lsn} (3220). */
    public static final PgType PG_LSN = PgType.builder(3220, "pg_lsn")
            .typlen(8)
            .typbyval(true)
            .typtype('b')
            .typcategory('U')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(3221)
            .io("pg_lsn_in", "pg_lsn_out", "pg_lsn_recv", "pg_lsn_send")
            .typmod("-", "-")
            .typalign('d')
            .typstorage('p')
            .codec(PgLsnCodec.INSTANCE)
            .build();

    /** {@code tid} (27). */
    public static final PgType TID = PgType.builder(27, "tid")
            .typlen(6)
            .typbyval(false)
            .typtype('b')
            .typcategory('U')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1010)
            .io("tidin", "tidout", "tidrecv", "tidsend")
            .typmod("-", "-")
            .typalign('s')
            .typstorage('p')
            .codec(TidCodec.INSTANCE)
            .build();

    /** {@code xid} (28). */
    public static final PgType XID = PgType.builder(28, "xid")
            .typlen(4)
            .typbyval(true)
            .typtype('b')
            .typcategory('U')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1011)
            .io("xidin", "xidout", "xidrecv", "xidsend")
            .typmod("-", "-")
            .typalign('i')
            .typstorage('p')
            .codec(XidCodec.INSTANCE)
            .build();

    /** {@code xid8} (5069). */
    public static final PgType XID8 = PgType.builder(5069, "xid8")
            .typlen(8)
            .typbyval(true)
            .typtype('b')
            .typcategory('U')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(271)
            .io("xid8in", "xid8out", "xid8recv", "xid8send")
            .typmod("-", "-")
            .typalign('d')
            .typstorage('p')
            .codec(Xid8Codec.INSTANCE)
            .build();

    /** {@code cid} (29). */
    public static final PgType CID = PgType.builder(29, "cid")
            .typlen(4)
            .typbyval(true)
            .typtype('b')
            .typcategory('U')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1012)
            .io("cidin", "cidout", "cidrecv", "cidsend")
            .typmod("-", "-")
            .typalign('i')
            .typstorage('p')
            .codec(XidCodec.CID)
            .build();

    /** {@code int2vector} (22). */
    public static final PgType INT2VECTOR = PgType.builder(22, "int2vector")
            .typlen(-1)
            .typbyval(false)
            .typtype('b')
            .typcategory('A')
            .typispreferred(false)
            .typdelim(',')
            .typelem(21)
            .typarray(1006)
            .io("int2vectorin", "int2vectorout", "int2vectorrecv", "int2vectorsend")
            .typmod("-", "-")
            .typalign('i')
            .typstorage('p')
            .codec(Int2VectorCodec.INSTANCE)
            .build();

    /** {@code oidvector} (30). */
    public static final PgType OIDVECTOR = PgType.builder(30, "oidvector")
            .typlen(-1)
            .typbyval(false)
            .typtype('b')
            .typcategory('A')
            .typispreferred(false)
            .typdelim(',')
            .typelem(26)
            .typarray(1013)
            .io("oidvectorin", "oidvectorout", "oidvectorrecv", "oidvectorsend")
            .typmod("-", "-")
            .typalign('i')
            .typstorage('p')
            .codec(OidVectorCodec.INSTANCE)
            .build();

    /** {@code _point} (1017). */
    public static final PgType POINT_ARRAY = array(POINT, 1017);

    /** {@code _lseg} (1018). */
    public static final PgType LSEG_ARRAY = array(LSEG, 1018);

    /** {@code _path} (1019). */
    public static final PgType PATH_ARRAY = array(PATH, 1019);

    /** {@code _box} (1020); its delimiter is box's ';'. */
    public static final PgType BOX_ARRAY = PgType.builder(1020, "_box")
            .typlen(-1)
            .typbyval(false)
            .typcategory('A')
            .typdelim(';')
            .element(BOX)
            .io("array_in", "array_out", "array_recv", "array_send")
            .typmod("-", "-")
            .typalign('d')
            .typstorage('x')
            .codec(new ArrayCodec(BOX))
            .build();

    /** {@code _polygon} (1027). */
    public static final PgType POLYGON_ARRAY = array(POLYGON, 1027);

    /** {@code _line} (629). */
    public static final PgType LINE_ARRAY = array(LINE, 629);

    /** {@code _circle} (719). */
    public static final PgType CIRCLE_ARRAY = array(CIRCLE, 719);

    /** {@code _pg_lsn} (3221). */
    public static final PgType PG_LSN_ARRAY = array(PG_LSN, 3221);

    /** {@code _tid} (1010). */
    public static final PgType TID_ARRAY = array(TID, 1010);

    /** {@code _xid} (1011). */
    public static final PgType XID_ARRAY = array(XID, 1011);

    /** {@code _xid8} (271). */
    public static final PgType XID8_ARRAY = array(XID8, 271);

    /** {@code _cid} (1012). */
    public static final PgType CID_ARRAY = array(CID, 1012);

    /** {@code _int2vector} (1006). */
    public static final PgType INT2VECTOR_ARRAY = array(INT2VECTOR, 1006);

    /** {@code _oidvector} (1013). */
    public static final PgType OIDVECTOR_ARRAY = array(OIDVECTOR, 1013);

    /** {@code pg_node_tree} (194): expression trees in the catalogs (adbin, indexprs, ...); never accepted as input. */
    public static final PgType PG_NODE_TREE = PgType.builder(194, "pg_node_tree")
            .typlen(-1)
            .typbyval(false)
            .typtype('b')
            .typcategory('Z')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(0)
            .io("pg_node_tree_in", "pg_node_tree_out", "pg_node_tree_recv", "pg_node_tree_send")
            .typmod("-", "-")
            .typalign('i')
            .typstorage('x')
            .codec(CatalogTextCodec.PG_NODE_TREE)
            .build();

    /** {@code aclitem} (1033): one access-control entry (relacl, nspacl, ...); text only, as in PostgreSQL. */
    public static final PgType ACLITEM = PgType.builder(1033, "aclitem")
            .typlen(12)
            .typbyval(false)
            .typtype('b')
            .typcategory('U')
            .typispreferred(false)
            .typdelim(',')
            .typelem(0)
            .typarray(1034)
            .io("aclitemin", "aclitemout", "-", "-")
            .typmod("-", "-")
            .typalign('i')
            .typstorage('p')
            .codec(CatalogTextCodec.ACLITEM)
            .build();

    /** {@code _aclitem} (1034). */
    public static final PgType ACLITEM_ARRAY = array(ACLITEM, 1034);
    // --- end geometric and system types ---

    // --- object-identifier alias types (regproc ... regcollation) ---

    private static PgType reg(RegKind kind, int arrayOid) {
        String n = kind.typname();
        return PgType.builder(kind.typeOid(), n)
                .typlen(4)
                .typbyval(true)
                .typtype('b')
                .typcategory('N')
                .typispreferred(false)
                .typdelim(',')
                .typelem(0)
                .typarray(arrayOid)
                .io(n + "in", n + "out", n + "recv", n + "send")
                .typmod("-", "-")
                .typalign('i')
                .typstorage('p')
                .codec(RegCodec.of(kind))
                .build();
    }

    /** {@code regproc} (24). */
    public static final PgType REGPROC = reg(RegKind.PROC, 1008);

    /** {@code regprocedure} (2202). */
    public static final PgType REGPROCEDURE = reg(RegKind.PROCEDURE, 2207);

    /** {@code regoper} (2203). */
    public static final PgType REGOPER = reg(RegKind.OPER, 2208);

    /** {@code regoperator} (2204). */
    public static final PgType REGOPERATOR = reg(RegKind.OPERATOR, 2209);

    /** {@code regclass} (2205). */
    public static final PgType REGCLASS = reg(RegKind.CLASS, 2210);

    /** {@code regtype} (2206). */
    public static final PgType REGTYPE = reg(RegKind.TYPE, 2211);

    /** {@code regconfig} (3734). */
    public static final PgType REGCONFIG = reg(RegKind.CONFIG, 3735);

    /** {@code regdictionary} (3769). */
    public static final PgType REGDICTIONARY = reg(RegKind.DICTIONARY, 3770);

    /** {@code regnamespace} (4089). */
    public static final PgType REGNAMESPACE = reg(RegKind.NAMESPACE, 4090);

    /** {@code regrole} (4096). */
    public static final PgType REGROLE = reg(RegKind.ROLE, 4097);

    /** {@code regcollation} (4191). */
    public static final PgType REGCOLLATION = reg(RegKind.COLLATION, 4192);

    /** {@code _regproc} (1008). */
    public static final PgType REGPROC_ARRAY = array(REGPROC, 1008);

    /** {@code _regprocedure} (2207). */
    public static final PgType REGPROCEDURE_ARRAY = array(REGPROCEDURE, 2207);

    /** {@code _regoper} (2208). */
    public static final PgType REGOPER_ARRAY = array(REGOPER, 2208);

    /** {@code _regoperator} (2209). */
    public static final PgType REGOPERATOR_ARRAY = array(REGOPERATOR, 2209);

    /** {@code _regclass} (2210). */
    public static final PgType REGCLASS_ARRAY = array(REGCLASS, 2210);

    /** {@code _regtype} (2211). */
    public static final PgType REGTYPE_ARRAY = array(REGTYPE, 2211);

    /** {@code _regconfig} (3735). */
    public static final PgType REGCONFIG_ARRAY = array(REGCONFIG, 3735);

    /** {@code _regdictionary} (3770). */
    public static final PgType REGDICTIONARY_ARRAY = array(REGDICTIONARY, 3770);

    /** {@code _regnamespace} (4090). */
    public static final PgType REGNAMESPACE_ARRAY = array(REGNAMESPACE, 4090);

    /** {@code _regrole} (4097). */
    public static final PgType REGROLE_ARRAY = array(REGROLE, 4097);

    /** {@code _regcollation} (4192). */
    public static final PgType REGCOLLATION_ARRAY = array(REGCOLLATION, 4192);
    // --- end object-identifier alias types ---

    /** Every built-in type, base types first. */
    public static final List<PgType> ALL = List.of(
            BOOL,
            BYTEA,
            CHAR,
            NAME,
            INT8,
            INT2,
            INT4,
            TEXT,
            OID,
            JSON,
            XML,
            FLOAT4,
            FLOAT8,
            UNKNOWN,
            BPCHAR,
            VARCHAR,
            DATE,
            TIME,
            TIMESTAMP,
            TIMESTAMPTZ,
            INTERVAL,
            NUMERIC,
            VOID,
            UUID,
            TIMETZ,
            MONEY,
            INET,
            CIDR,
            MACADDR,
            MACADDR8,
            BIT,
            VARBIT,
            JSONB,
            XML_ARRAY,
            JSON_ARRAY,
            BOOL_ARRAY,
            BYTEA_ARRAY,
            CHAR_ARRAY,
            NAME_ARRAY,
            INT2_ARRAY,
            INT4_ARRAY,
            TEXT_ARRAY,
            BPCHAR_ARRAY,
            VARCHAR_ARRAY,
            INT8_ARRAY,
            FLOAT4_ARRAY,
            FLOAT8_ARRAY,
            OID_ARRAY,
            TIMESTAMP_ARRAY,
            DATE_ARRAY,
            TIME_ARRAY,
            TIMESTAMPTZ_ARRAY,
            INTERVAL_ARRAY,
            NUMERIC_ARRAY,
            UUID_ARRAY,
            TIMETZ_ARRAY,
            MONEY_ARRAY,
            INET_ARRAY,
            CIDR_ARRAY,
            MACADDR_ARRAY,
            MACADDR8_ARRAY,
            BIT_ARRAY,
            VARBIT_ARRAY,
            JSONB_ARRAY,
            INT4RANGE,
            NUMRANGE,
            TSRANGE,
            TSTZRANGE,
            DATERANGE,
            INT8RANGE,
            INT4MULTIRANGE,
            NUMMULTIRANGE,
            TSMULTIRANGE,
            TSTZMULTIRANGE,
            DATEMULTIRANGE,
            INT8MULTIRANGE,
            INT4RANGE_ARRAY,
            NUMRANGE_ARRAY,
            TSRANGE_ARRAY,
            TSTZRANGE_ARRAY,
            DATERANGE_ARRAY,
            INT8RANGE_ARRAY,
            INT4MULTIRANGE_ARRAY,
            NUMMULTIRANGE_ARRAY,
            TSMULTIRANGE_ARRAY,
            TSTZMULTIRANGE_ARRAY,
            DATEMULTIRANGE_ARRAY,
            INT8MULTIRANGE_ARRAY,
            POINT,
            LSEG,
            PATH,
            BOX,
            POLYGON,
            LINE,
            CIRCLE,
            PG_LSN,
            TID,
            XID,
            XID8,
            CID,
            INT2VECTOR,
            OIDVECTOR,
            POINT_ARRAY,
            LSEG_ARRAY,
            PATH_ARRAY,
            BOX_ARRAY,
            POLYGON_ARRAY,
            LINE_ARRAY,
            CIRCLE_ARRAY,
            PG_LSN_ARRAY,
            TID_ARRAY,
            XID_ARRAY,
            XID8_ARRAY,
            CID_ARRAY,
            INT2VECTOR_ARRAY,
            OIDVECTOR_ARRAY,
            PG_NODE_TREE,
            ACLITEM,
            ACLITEM_ARRAY,
            REGPROC,
            REGPROCEDURE,
            REGOPER,
            REGOPERATOR,
            REGCLASS,
            REGTYPE,
            REGCONFIG,
            REGDICTIONARY,
            REGNAMESPACE,
            REGROLE,
            REGCOLLATION,
            REGPROC_ARRAY,
            REGPROCEDURE_ARRAY,
            REGOPER_ARRAY,
            REGOPERATOR_ARRAY,
            REGCLASS_ARRAY,
            REGTYPE_ARRAY,
            REGCONFIG_ARRAY,
            REGDICTIONARY_ARRAY,
            REGNAMESPACE_ARRAY,
            REGROLE_ARRAY,
            REGCOLLATION_ARRAY);
}
