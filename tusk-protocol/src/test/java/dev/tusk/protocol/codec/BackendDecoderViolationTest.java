package dev.tusk.protocol.codec;

import static dev.tusk.protocol.codec.Wire.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad server input for the test-client decoder: each case is a ProtocolViolationException and leaks nothing. */
class BackendDecoderViolationTest {
    /** One bad input. */
    record Case(String name, boolean ssl, String hex, String sqlState, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case c(String name, String hex, String sqlState, String message) {
        return new Case(name, false, hex, sqlState, message);
    }

    static List<Case> cases() {
        String v = "08P01";
        String insufficient = "insufficient data left in message";
        return List.of(
                c("unknown type", "78 00000004", v, "invalid backend message type 120"),
                c("length 3", "5a 00000003", v, "invalid message length"),
                c("negative length", "44 80000000", v, "invalid message length"),
                c("length 0x7fffffff", "44 7fffffff", "54000", "too long"),
                c("unknown authentication code", "52 00000008 00000004", v, "invalid authentication request code 4"),
                c("MD5 salt too short", "52 0000000a 00000005 0102", v, insufficient),
                c("SASL list without terminator", "52 0000000a 0000000a 4100", v, "invalid string in message"),
                c("AuthenticationOk with a body", "52 00000009 00000000 00", v, "invalid message format"),
                c("BackendKeyData with 2-byte key", "4b 0000000a 00000001 0102", v, "invalid cancel key length 2"),
                c("ReadyForQuery bad status", "5a 00000005 58", v, "invalid transaction status 88"),
                c("ReadyForQuery without status", "5a 00000004", v, insufficient),
                c("DataRow count beyond data", "44 00000006 ffff", v, insufficient),
                c("DataRow value length -2", "44 0000000a 0001 fffffffe", v, "invalid value length -2"),
                c("DataRow value length beyond data", "44 0000000c 0001 7fffffff 00 00", v, insufficient),
                c("RowDescription count beyond data", "54 00000006 0100", v, insufficient),
                c(
                        "RowDescription field truncated",
                        "54 00000015 0001 6100 00000000 0000 00000017 0004 ff",
                        v,
                        insufficient),
                c("ParameterDescription count beyond data", "74 00000008 0002 0000", v, insufficient),
                c("CopyInResponse count beyond data", "47 00000009 00 0003 0000", v, insufficient),
                c("NegotiateProtocolVersion negative count", "76 0000000c 00000000 ffffffff", v, "invalid count -1"),
                c("NegotiateProtocolVersion count beyond data", "76 0000000e 00000000 00000100 4100", v, insufficient),
                c("ErrorResponse without terminator", "45 0000000a 53 4552524f52", v, "invalid string in message"),
                c("ErrorResponse without final zero", "45 0000000b 53 4552524f5200", v, insufficient),
                c("CommandComplete without terminator", "43 00000005 41", v, "invalid string in message"),
                c("NotificationResponse truncated", "41 00000006 0000", v, insufficient),
                c("FunctionCallResponse length -5", "56 00000008 fffffffb", v, "invalid value length -5"),
                c("ParseComplete with a body", "31 00000005 00", v, "invalid message format"),
                new Case("garbage SSL answer", true, "48", v, "invalid response to SSL/GSS negotiation: 72"),
                new Case(
                        "data after SSL acceptance",
                        true,
                        "53 16030100",
                        v,
                        "received unencrypted data after encryption response"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejects(Case c) {
        BackendMessageDecoder decoder = new BackendMessageDecoder();
        try (Wire.Feeder f = new Wire.Feeder(decoder)) {
            if (c.ssl()) {
                decoder.expectSslResponse();
            }
            ProtocolViolationException e =
                    assertThrows(ProtocolViolationException.class, () -> f.write(hex(c.hex()), 0));
            assertEquals(c.sqlState(), e.sqlState(), e.getMessage());
            assertTrue(
                    e.getMessage().contains(c.message()),
                    () -> "message '" + e.getMessage() + "' should contain '" + c.message() + "'");
            assertEquals(List.of(), f.drain());
            f.write(hex("5a 00000005 49"), 0); // discarded after the violation
            assertEquals(List.of(), f.drain());
        }
    }
}
