package dev.tusk.types.codec;

import static dev.tusk.types.Codecs.fromHex;
import static dev.tusk.types.Codecs.golden;
import static dev.tusk.types.Codecs.hex;
import static dev.tusk.types.Codecs.parse;
import static dev.tusk.types.Codecs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgInet;
import dev.tusk.types.PgType;
import dev.tusk.types.PgTypeException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden text and binary forms of inet and cidr, checked against PostgreSQL 15. */
class InetCodecTest {
    /** Input, PostgreSQL's output and inet_send bytes. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "192.168.1.5|192.168.1.5|02200004c0a80105",
                "192.168.1.5/24|192.168.1.5/24|02180004c0a80105",
                "10.0.0.0/8|10.0.0.0/8|020800040a000000",
                "::1|::1|0380001000000000000000000000000000000001",
                "2001:db8::1/64|2001:db8::1/64|0340001020010db8000000000000000000000001",
                "::ffff:1.2.3.4|::ffff:1.2.3.4|0380001000000000000000000000ffff01020304",
                "0.0.0.0/0|0.0.0.0/0|0200000400000000",
                "::/0|::/0|0300001000000000000000000000000000000000",
                "10/8|10.0.0.0/8|020800040a000000",
                "192.168/16|192.168.0.0/16|02100004c0a80000",
                "2001:0db8:0:0:0:0:0:1/128|2001:db8::1|0380001020010db8000000000000000000000001",
                "fe80::1:0:0:0|fe80::1:0:0:0|03800010fe800000000000000001000000000000",
                "1:0:0:1:0:0:0:1|1:0:0:1::1|0380001000010000000000010000000000000001",
                "1:2:3:4:5:6:7:8|1:2:3:4:5:6:7:8|0380001000010002000300040005000600070008",
                "::1.2.3.4|::1.2.3.4|0380001000000000000000000000000001020304",
                "1::|1::|0380001000010000000000000000000000000000",
                "1:0:0:0:0:0:0:0|1::|0380001000010000000000000000000000000000",
                "::2|::2|0380001000000000000000000000000000000002",
                "::ffff:0:1|::ffff:0.0.0.1|0380001000000000000000000000ffff00000001",
                "::0.0.0.0/96|::/96|0360001000000000000000000000000000000000",
                "1:2:3:4:5:6:1.2.3.4|1:2:3:4:5:6:102:304|0380001000010002000300040005000601020304"
            })
    void inet(String input, String output, String binary) {
        PgInet v = (PgInet) parse(BuiltinTypes.INET, input);
        golden(BuiltinTypes.INET, v, output, binary);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "10|10.0.0.0/8|020801040a000000",
                "10/8|10.0.0.0/8|020801040a000000",
                "192.168.1|192.168.1.0/24|02180104c0a80100",
                "128.1|128.1.0.0/16|0210010480010000",
                "224|224.0.0.0/4|02040104e0000000",
                "224.1|224.1.0.0/16|02100104e0010000",
                "1.2.3.4|1.2.3.4/32|0220010401020304",
                "2001:db8::/32|2001:db8::/32|0320011020010db8000000000000000000000000",
                "::/0|::/0|0300011000000000000000000000000000000000",
                "0/0|0.0.0.0/0|0200010400000000"
            })
    void cidr(String input, String output, String binary) {
        PgInet v = (PgInet) parse(BuiltinTypes.CIDR, input);
        golden(BuiltinTypes.CIDR, v, output, binary);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.1",
                "  1.2.3.4/32 ",
                "1.2.3.4/33",
                "abc",
                "::1/129",
                "1.2.3.4/",
                "1.2.3.4/-1",
                "1.2.3",
                "1.2.3.4 /24",
                ""
            })
    void inetInvalid(String input) {
        PgTypeException e = assertThrows(PgTypeException.class, () -> parse(BuiltinTypes.INET, input));
        assertEquals("invalid input syntax for type inet: \"" + input + "\"", e.getMessage());
        assertEquals("22P02", e.sqlState());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3.4/24", "2001:db8::1/32"})
    void cidrHostBits(String input) {
        PgTypeException e = assertThrows(PgTypeException.class, () -> parse(BuiltinTypes.CIDR, input));
        assertEquals("invalid cidr value: \"" + input + "\"", e.getMessage());
        assertEquals("Value has bits set to right of mask.", e.detail());
        assertEquals("22P02", e.sqlState());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0400000400000000", "0221000400000000", "0220000301020304", "0218010401020304"})
    void badBinary(String hex) {
        PgType t = hex.startsWith("0218") ? BuiltinTypes.CIDR : BuiltinTypes.INET;
        PgTypeException e = assertThrows(PgTypeException.class, () -> fromHex(t, hex));
        assertEquals("22P03", e.sqlState());
    }

    @ParameterizedTest
    @ValueSource(strings = {"::ffff:1.2.3.4"})
    void mappedAddressStaysIpv6(String input) throws Exception {
        byte[] b = HexFormat.of().parseHex("00000000000000000000ffff01020304");
        PgInet v = new PgInet(Inet6Address.getByAddress(null, b, -1), 128, false);
        assertEquals(input, text(BuiltinTypes.INET, v));
        assertEquals("0380001000000000000000000000ffff01020304", hex(BuiltinTypes.INET, v));
        InetAddress plain = InetAddress.getByAddress(new byte[] {1, 2, 3, 4});
        assertEquals("1.2.3.4/32", text(BuiltinTypes.CIDR, plain));
    }
}
