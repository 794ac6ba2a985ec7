package dev.tusk.types.codec;

import static dev.tusk.types.Codecs.fromHex;
import static dev.tusk.types.Codecs.golden;
import static dev.tusk.types.Codecs.hex;
import static dev.tusk.types.Codecs.parse;
import static dev.tusk.types.Codecs.pgError;
import static dev.tusk.types.Codecs.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgBox;
import dev.tusk.types.PgCircle;
import dev.tusk.types.PgLine;
import dev.tusk.types.PgLseg;
import dev.tusk.types.PgLsn;
import dev.tusk.types.PgPath;
import dev.tusk.types.PgPoint;
import dev.tusk.types.PgPolygon;
import dev.tusk.types.PgTid;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden text and bytes checked against PostgreSQL 15 (point_send etc. and casts via psql). */
class GeometricSystemCodecTest {
    private static final FormatSettings EFD0 = FormatSettings.DEFAULT.withExtraFloatDigits(0);

    private static PgPoint pt(double x, double y) {
        return new PgPoint(x, y);
    }

    @Test
    void point() {
        golden(BuiltinTypes.POINT, pt(1, 2), "(1,2)", "3ff00000000000004000000000000000");
        assertEquals(pt(1, 2), parse(BuiltinTypes.POINT, "1,2"));
        assertEquals(pt(1.5, -2000), parse(BuiltinTypes.POINT, " ( 1.5 , -2e3 ) "));
        assertEquals("(0.1,1e+20)", text(BuiltinTypes.POINT, parse(BuiltinTypes.POINT, "(0.1,1e20)")));
        PgPoint p = (PgPoint) parse(BuiltinTypes.POINT, "(1e-5,123456789012345678)");
        assertEquals("(1e-05,1.2345678901234568e+17)", text(BuiltinTypes.POINT, p));
        assertEquals("(1e-05,1.23456789012346e+17)", text(BuiltinTypes.POINT, p, EFD0));
        PgPoint q = (PgPoint) parse(BuiltinTypes.POINT, "(0.30000000000000004,NaN)");
        assertEquals("(0.30000000000000004,NaN)", text(BuiltinTypes.POINT, q));
        assertEquals("(0.3,NaN)", text(BuiltinTypes.POINT, q, EFD0));
        assertEquals("(-0,-Infinity)", text(BuiltinTypes.POINT, parse(BuiltinTypes.POINT, "(-0,-inf)")));
        pgError("22P02", "invalid input syntax for type point: \"(1,2\"", () -> parse(BuiltinTypes.POINT, "(1,2"));
        pgError(
                "22003",
                "\"1e400\" is out of range for type double precision",
                () -> parse(BuiltinTypes.POINT, "(1,1e400)"));
    }

    @Test
    void line() {
        golden(BuiltinTypes.LINE, new PgLine(1, -1, 0), "{1,-1,0}", "3ff0000000000000bff00000000000000000000000000000");
        assertEquals(new PgLine(1, -1, 1), parse(BuiltinTypes.LINE, "[(1,2),(3,4)]"));
        assertEquals(new PgLine(1, -1, 1), parse(BuiltinTypes.LINE, "(1,2),(3,4)"));
        pgError(
                "22P02",
                "invalid line specification: A and B cannot both be zero",
                () -> parse(BuiltinTypes.LINE, "{0,0,1}"));
        pgError(
                "22P02",
                "invalid line specification: must be two distinct points",
                () -> parse(BuiltinTypes.LINE, "[(1,1),(1,1)]"));
    }

    @Test
    void lseg() {
        PgLseg l = new PgLseg(pt(1, 2), pt(3, 4));
        golden(
                BuiltinTypes.LSEG,
                l,
                "[(1,2),(3,4)]",
                "3ff0000000000000400000000000000040080000000000004010000000000000");
        assertEquals(l, parse(BuiltinTypes.LSEG, "(1,2),(3,4)"));
        assertEquals(l, parse(BuiltinTypes.LSEG, "((1,2),(3,4))"));
        assertEquals(l, parse(BuiltinTypes.LSEG, "1,2,3,4"));
    }

    @Test
    void box() {
        PgBox b = (PgBox) parse(BuiltinTypes.BOX, "(1,2),(3,4)");
        golden(
                BuiltinTypes.BOX,
                b,
                "(3,4),(1,2)",
                "40080000000000004010000000000000" + "3ff00000000000004000000000000000");
        assertEquals("(3,4),(1,2)", text(BuiltinTypes.BOX, parse(BuiltinTypes.BOX, "((3,2),(1,4))")));
        assertEquals("(3,4),(1,2)", text(BuiltinTypes.BOX, parse(BuiltinTypes.BOX, "1,2,3,4")));
        pgError(
                "22P02",
                "invalid input syntax for type box: \"[(1,2),(3,4)]\"",
                () -> parse(BuiltinTypes.BOX, "[(1,2),(3,4)]"));
        pgError(
                "22P02",
                "invalid input syntax for type box: \"((1,2),(3,4)\"",
                () -> parse(BuiltinTypes.BOX, "((1,2),(3,4)"));
        assertEquals(';', BuiltinTypes.BOX_ARRAY.typdelim());
        assertEquals(
                "{(3,4),(1,2);(7,8),(5,6)}", text(BuiltinTypes.BOX_ARRAY, List.of(b, new PgBox(pt(5, 6), pt(7, 8)))));
    }

    @Test
    void path() {
        PgPath open = new PgPath(false, List.of(pt(1, 2), pt(3, 4)));
        PgPath closed = new PgPath(true, List.of(pt(1, 2), pt(3, 4)));
        golden(
                BuiltinTypes.PATH,
                open,
                "[(1,2),(3,4)]",
                "00000000023ff0000000000000400000000000000040080000000000004010000000000000");
        golden(
                BuiltinTypes.PATH,
                closed,
                "((1,2),(3,4))",
                "01000000023ff0000000000000400000000000000040080000000000004010000000000000");
        assertEquals(closed, parse(BuiltinTypes.PATH, "(1,2),(3,4)"));
        assertEquals(closed, parse(BuiltinTypes.PATH, "1,2,3,4"));
        assertEquals("((1,2))", text(BuiltinTypes.PATH, parse(BuiltinTypes.PATH, "(1,2)")));
        pgError("22P02", "invalid input syntax for type path: \"\"", () -> parse(BuiltinTypes.PATH, ""));
        pgError(
                "22P02",
                "invalid input syntax for type path: \"[(1,2),(3,4)\"",
                () -> parse(BuiltinTypes.PATH, "[(1,2),(3,4)"));
    }

    @Test
    void polygon() {
        golden(
                BuiltinTypes.POLYGON,
                new PgPolygon(List.of(pt(1, 2), pt(3, 4), pt(5, 6))),
                "((1,2),(3,4),(5,6))",
                "000000033ff000000000000040000000000000004008000000000000401000000000000040140000000000004018000000000000");
        assertEquals("((1,2),(3,4))", text(BuiltinTypes.POLYGON, parse(BuiltinTypes.POLYGON, "(1,2),(3,4)")));
        assertEquals("((1,2),(3,4))", text(BuiltinTypes.POLYGON, parse(BuiltinTypes.POLYGON, "1,2,3,4")));
        assertEquals("((1,2))", text(BuiltinTypes.POLYGON, parse(BuiltinTypes.POLYGON, "(1,2)")));
    }

    @Test
    void circle() {
        PgCircle c = new PgCircle(pt(1, 2), 3);
        golden(BuiltinTypes.CIRCLE, c, "<(1,2),3>", "3ff000000000000040000000000000004008000000000000");
        assertEquals(c, parse(BuiltinTypes.CIRCLE, "((1,2),3)"));
        assertEquals(c, parse(BuiltinTypes.CIRCLE, "(1,2),3"));
        assertEquals(c, parse(BuiltinTypes.CIRCLE, "1,2,3"));
        pgError(
                "22P02",
                "invalid input syntax for type circle: \"<(1,2),-1>\"",
                () -> parse(BuiltinTypes.CIRCLE, "<(1,2),-1>"));
    }

    @Test
    void pgLsn() {
        golden(BuiltinTypes.PG_LSN, new PgLsn(0x16B374D848L), "16/B374D848", "00000016b374d848");
        assertEquals("0/0", text(BuiltinTypes.PG_LSN, new PgLsn(0)));
        assertEquals("FFFFFFFF/FFFFFFFF", text(BuiltinTypes.PG_LSN, parse(BuiltinTypes.PG_LSN, "ffffffff/ffffffff")));
        assertEquals(new PgLsn(0x16B374D848L), parse(BuiltinTypes.PG_LSN, "16/b374d848"));
        pgError("22P02", "invalid input syntax for type pg_lsn: \"1/2/3\"", () -> parse(BuiltinTypes.PG_LSN, "1/2/3"));
    }

    @Test
    void tid() {
        golden(BuiltinTypes.TID, new PgTid(0, (short) 1), "(0,1)", "000000000001");
        golden(BuiltinTypes.TID, new PgTid(-1, (short) -1), "(4294967295,65535)", "ffffffffffff");
        assertEquals(new PgTid(1, (short) 2), parse(BuiltinTypes.TID, "(1,2)x"));
        assertEquals(new PgTid(-1, (short) 2), parse(BuiltinTypes.TID, "(-1,2)"));
        pgError(
                "22P02",
                "invalid input syntax for type tid: \"( 1 , 2 )\"",
                () -> parse(BuiltinTypes.TID, "( 1 , 2 )"));
        pgError(
                "22P02",
                "invalid input syntax for type tid: \"(1,70000)\"",
                () -> parse(BuiltinTypes.TID, "(1,70000)"));
    }

    @Test
    void xidXid8Cid() {
        golden(BuiltinTypes.XID, 4294967295L, "4294967295", "ffffffff");
        assertEquals(4294967295L, parse(BuiltinTypes.XID, "-1"));
        assertEquals(16L, parse(BuiltinTypes.XID, "0x10"));
        assertEquals(8L, parse(BuiltinTypes.XID, "010"));
        assertEquals(12L, parse(BuiltinTypes.XID, " 12 "));
        assertEquals(0L, parse(BuiltinTypes.XID, "abc"));
        assertEquals(1215752191L, parse(BuiltinTypes.XID, "99999999999"));
        golden(BuiltinTypes.XID8, -1L, "18446744073709551615", "ffffffffffffffff");
        assertEquals(16L, parse(BuiltinTypes.XID8, "0x10"));
        assertEquals(0L, parse(BuiltinTypes.XID8, "abc"));
        golden(BuiltinTypes.CID, 4294967295L, "4294967295", "ffffffff");
        assertEquals(4294967295L, parse(BuiltinTypes.CID, "-1"));
    }

    @Test
    void vectorsFromLists() {
        // query engines hold vectors as lists of numbers (pg_index.indkey, pg_proc.proargtypes)
        String i2 = "0000000100000000000000150000000300000000000000020001000000020002000000020003";
        assertEquals("1 2 3", text(BuiltinTypes.INT2VECTOR, List.of((short) 1, (short) 2, (short) 3)));
        assertEquals(i2, hex(BuiltinTypes.INT2VECTOR, List.of(1, 2, 3)));
        assertEquals("23 25", text(BuiltinTypes.OIDVECTOR, List.of(23L, 25L)));
        assertEquals(hex(BuiltinTypes.OIDVECTOR, new long[] {23, 25}), hex(BuiltinTypes.OIDVECTOR, List.of(23L, 25L)));
    }

    @Test
    void catalogTextTypes() {
        // pg_node_tree: text out, bytes of the text in binary (pg_node_tree_send), never accepted as input
        assertEquals("({CONST :consttype 23})", text(BuiltinTypes.PG_NODE_TREE, "({CONST :consttype 23})"));
        assertEquals(
                "287b434f4e5354203a636f6e7374747970652032337d29",
                hex(BuiltinTypes.PG_NODE_TREE, "({CONST :consttype 23})"));
        pgError("0A000", "cannot accept a value of type pg_node_tree", () -> parse(BuiltinTypes.PG_NODE_TREE, "x"));
        // aclitem: text only; PostgreSQL has no send function for it
        assertEquals("=U/postgres", text(BuiltinTypes.ACLITEM, "=U/postgres"));
        assertEquals("=U/postgres", parse(BuiltinTypes.ACLITEM, "=U/postgres"));
        pgError(
                "42883",
                "no binary output function available for type aclitem",
                () -> hex(BuiltinTypes.ACLITEM, "=U/postgres"));
        assertEquals("{=U/postgres,a=r/b}", text(BuiltinTypes.ACLITEM_ARRAY, List.of("=U/postgres", "a=r/b")));
    }

    @Test
    void vectors() {
        String i2 = "0000000100000000000000150000000300000000000000020001000000020002000000020003";
        assertEquals("1 2 3", text(BuiltinTypes.INT2VECTOR, new short[] {1, 2, 3}));
        assertEquals(i2, hex(BuiltinTypes.INT2VECTOR, new short[] {1, 2, 3}));
        assertArrayEquals(new short[] {1, 2, 3}, (short[]) parse(BuiltinTypes.INT2VECTOR, "1 2 3"));
        assertArrayEquals(new short[] {1, 2, 3}, (short[]) fromHex(BuiltinTypes.INT2VECTOR, i2));
        assertEquals("", text(BuiltinTypes.INT2VECTOR, new short[0]));
        assertEquals("0000000100000000000000150000000000000000", hex(BuiltinTypes.INT2VECTOR, new short[0]));
        assertArrayEquals(new short[] {1, -2}, (short[]) parse(BuiltinTypes.INT2VECTOR, "  1   -2  "));
        pgError("22P02", "invalid input syntax for type smallint: \"x\"", () -> parse(BuiltinTypes.INT2VECTOR, "1 x"));
        pgError(
                "22003",
                "value \"99999\" is out of range for type smallint",
                () -> parse(BuiltinTypes.INT2VECTOR, "1 99999"));
        pgError("22P02", "invalid input syntax for type smallint: \"1x\"", () -> parse(BuiltinTypes.INT2VECTOR, "1x"));
        String ov = "00000001000000000000001a00000003000000000000000400000001000000040000000200000004ffffffff";
        long[] o = {1, 2, 4294967295L};
        assertEquals("1 2 4294967295", text(BuiltinTypes.OIDVECTOR, o));
        assertEquals(ov, hex(BuiltinTypes.OIDVECTOR, o));
        assertArrayEquals(o, (long[]) parse(BuiltinTypes.OIDVECTOR, "1 2 4294967295"));
        assertArrayEquals(o, (long[]) fromHex(BuiltinTypes.OIDVECTOR, ov));
        assertEquals("00000001000000000000001a0000000000000000", hex(BuiltinTypes.OIDVECTOR, new long[0]));
        pgError("22P02", "invalid input syntax for type oid: \"x\"", () -> parse(BuiltinTypes.OIDVECTOR, "1 x"));
        assertArrayEquals(
                new short[0], (short[]) fromHex(BuiltinTypes.INT2VECTOR, "0000000100000000000000150000000000000000"));
    }
}
