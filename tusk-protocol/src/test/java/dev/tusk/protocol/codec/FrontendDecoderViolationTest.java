package dev.tusk.protocol.codec;

import static dev.tusk.protocol.codec.Wire.encode;
import static dev.tusk.protocol.codec.Wire.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.protocol.frontend.CancelRequest;
import dev.tusk.protocol.frontend.PasswordMessage;
import dev.tusk.protocol.frontend.Query;
import dev.tusk.protocol.frontend.SSLRequest;
import dev.tusk.protocol.frontend.Sync;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad client input: each case must end in a ProtocolViolationException with the right SQLSTATE and no leak. */
class FrontendDecoderViolationTest {
    static final String VIOLATION = "08P01";
    static final String TOO_LONG = "54000";

    /** One bad input; {@code typed} feeds it after a valid startup packet. */
    record Case(String name, boolean typed, AuthResponseKind kind, byte[] bytes, String sqlState, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case startup(String name, String hex, String sqlState, String message) {
        return new Case(name, false, null, hex(hex), sqlState, message);
    }

    static Case typed(String name, String hex, String sqlState, String message) {
        return new Case(name, true, null, hex(hex), sqlState, message);
    }

    static Case auth(String name, AuthResponseKind kind, String hex, String sqlState, String message) {
        return new Case(name, true, kind, hex(hex), sqlState, message);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] oversizedStartupPacket() {
        byte[] b = new byte[10001];
        b[2] = 0x27;
        b[3] = 0x11; // length 10001
        b[5] = 3; // version 3.0
        return b;
    }

    static List<Case> cases() {
        String layout = "invalid startup packet layout: expected terminator as last byte";
        String startupLength = "invalid length of startup packet";
        String insufficient = "insufficient data left in message";
        return List.of(
                startup("startup length 4", "00000004 00030000", VIOLATION, startupLength),
                startup("startup length 7", "00000007 00030000", VIOLATION, startupLength),
                startup("startup length negative", "ffffffff 00030000", VIOLATION, startupLength),
                startup("startup length 0x7fffffff", "7fffffff 00030000", VIOLATION, startupLength),
                startup("startup length 10001, header only", "00002711 00030000", VIOLATION, startupLength),
                new Case(
                        "startup packet of 10001 bytes",
                        false,
                        null,
                        oversizedStartupPacket(),
                        VIOLATION,
                        startupLength),
                new Case(
                        "HTTP request instead of startup",
                        false,
                        null,
                        "GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                        VIOLATION,
                        startupLength),
                startup(
                        "TLS ClientHello instead of SSLRequest",
                        "16030100 a5010000 a1030300",
                        VIOLATION,
                        startupLength),
                startup("startup without terminator", "0000000f 00030000 7573657200 626f62", VIOLATION, layout),
                startup("startup without any parameters or terminator", "00000008 00030000", VIOLATION, layout),
                startup("startup name without value", "0000000e 00030000 7573657200 00", VIOLATION, layout),
                startup("startup value not terminated", "0000000e 00030000 7573657200 6200", VIOLATION, layout),
                startup("startup bytes after terminator", "0000000b 00030000 00 4100", VIOLATION, layout),
                startup("protocol 2.0", "00000009 00020000 00", "0A000", "unsupported frontend protocol 2.0"),
                startup("protocol 4.0", "00000009 00040000 00", "0A000", "unsupported frontend protocol 4.0"),
                startup("SSLRequest with a body", "0000000c 04d2162f 00000000", VIOLATION, startupLength),
                startup(
                        "CancelRequest with 3-byte key",
                        "0000000f 04d2162e 00000001 010203",
                        VIOLATION,
                        "invalid length of cancel request packet"),
                startup("CancelRequest without process id", "0000000a 04d2162e 0001", VIOLATION, insufficient),
                new Case(
                        "CancelRequest with 257-byte key",
                        false,
                        null,
                        concat(hex("0000010d 04d2162e 00000001"), new byte[257]),
                        VIOLATION,
                        "invalid length of cancel request packet"),
                typed("unknown message type", "5a 00000004", VIOLATION, "invalid frontend message type 90"),
                typed("high-bit message type", "ff 00000004", VIOLATION, "invalid frontend message type -1"),
                new Case(
                        "second StartupMessage",
                        true,
                        null,
                        encode(Wire.STARTUP),
                        VIOLATION,
                        "invalid frontend message type 0"),
                new Case(
                        "CancelRequest after startup",
                        true,
                        null,
                        encode(new CancelRequest(1, new byte[4])),
                        VIOLATION,
                        "invalid frontend message type 0"),
                new Case(
                        "SSLRequest after startup",
                        true,
                        null,
                        encode(SSLRequest.INSTANCE),
                        VIOLATION,
                        "invalid frontend message type 0"),
                typed("HTTP after startup", "474554202f20", VIOLATION, "invalid frontend message type 71"),
                typed("message length 3", "51 00000003", VIOLATION, "invalid message length"),
                typed("message length 0", "53 00000000", VIOLATION, "invalid message length"),
                typed("message length negative", "51 ffffffff", VIOLATION, "invalid message length"),
                typed("message length min int", "51 80000000", VIOLATION, "invalid message length"),
                typed("Query length 0x7fffffff", "51 7fffffff", TOO_LONG, "too long"),
                typed("CopyData length 0x7fffffff", "64 7fffffff", TOO_LONG, "too long"),
                typed("Sync longer than the small limit", "53 00002715", TOO_LONG, "too long"),
                typed("Execute longer than the small limit", "45 00100000", TOO_LONG, "too long"),
                auth(
                        "PasswordMessage over 65535 bytes",
                        AuthResponseKind.PASSWORD,
                        "70 00010004",
                        TOO_LONG,
                        "too long"),
                typed("Sync with a body", "53 00000005 00", VIOLATION, "invalid message format"),
                typed("Terminate with a body", "58 00000006 0000", VIOLATION, "invalid message format"),
                typed("Flush with a body", "48 00000005 00", VIOLATION, "invalid message format"),
                typed("CopyDone with a body", "63 00000005 00", VIOLATION, "invalid message format"),
                typed("Query without terminator", "51 00000008 41424344", VIOLATION, "invalid string in message"),
                typed("Query empty body", "51 00000004", VIOLATION, "invalid string in message"),
                typed("Query with bytes after terminator", "51 00000007 4100 42", VIOLATION, "invalid message format"),
                typed("CopyFail without terminator", "66 00000006 6162", VIOLATION, "invalid string in message"),
                typed("Parse count larger than data", "50 00000008 00 00 ffff", VIOLATION, insufficient),
                typed("Parse count one, no oid", "50 00000009 00 00 0001 00", VIOLATION, insufficient),
                typed("Parse without query terminator", "50 00000007 00 4142", VIOLATION, "invalid string in message"),
                typed("Bind truncated after names", "42 00000006 00 00", VIOLATION, insufficient),
                typed("Bind format count 0xffff", "42 0000000a 00 00 ffff 0000", VIOLATION, insufficient),
                typed("Bind parameter count 0xffff", "42 0000000a 00 00 0000 ffff", VIOLATION, insufficient),
                typed(
                        "Bind value length -2",
                        "42 00000010 00 00 0000 0001 fffffffe 0000",
                        VIOLATION,
                        "invalid value length -2"),
                typed(
                        "Bind value length 0x7fffffff",
                        "42 00000010 00 00 0000 0001 7fffffff 0000",
                        VIOLATION,
                        insufficient),
                typed(
                        "Bind value length beyond message",
                        "42 00000010 00 00 0000 0001 00000005 0102",
                        VIOLATION,
                        insufficient),
                typed(
                        "Bind with 2 formats for 1 parameter",
                        "42 00000014 00 00 0002 0000 0001 0001 00000000 0000",
                        VIOLATION,
                        "bind message has 2 parameter formats but 1 parameters"),
                typed("Bind without result formats", "42 0000000a 00 00 0000 0000", VIOLATION, insufficient),
                typed(
                        "Bind with trailing bytes",
                        "42 0000000d 00 00 0000 0000 0000 ff",
                        VIOLATION,
                        "invalid message format"),
                typed("Describe bad subtype", "44 00000006 58 00", VIOLATION, "invalid DESCRIBE message subtype 88"),
                typed("Describe empty", "44 00000004", VIOLATION, insufficient),
                typed("Close bad subtype", "43 00000006 00 00", VIOLATION, "invalid CLOSE message subtype 0"),
                typed("Execute without max rows", "45 00000005 00", VIOLATION, insufficient),
                typed(
                        "FunctionCall argument count beyond data",
                        "46 0000000c 00000001 0000 7fff",
                        VIOLATION,
                        insufficient),
                typed(
                        "FunctionCall with 2 formats for 1 argument",
                        "46 00000016 00000001 0002 0000 0001 0001 00000000 0000",
                        VIOLATION,
                        "function call message contains 2 argument formats but 1 arguments"),
                typed("FunctionCall without result format", "46 0000000c 00000001 0000 0000", VIOLATION, insufficient),
                auth(
                        "PasswordMessage without terminator",
                        AuthResponseKind.PASSWORD,
                        "70 00000007 616263",
                        VIOLATION,
                        "invalid string in message"),
                auth(
                        "PasswordMessage with trailing bytes",
                        AuthResponseKind.PASSWORD,
                        "70 00000008 610062 63",
                        VIOLATION,
                        "invalid message format"),
                auth(
                        "SASLInitialResponse data length -2",
                        AuthResponseKind.SASL_INITIAL,
                        "70 0000000a 5800 fffffffe",
                        VIOLATION,
                        "invalid value length -2"),
                auth(
                        "SASLInitialResponse data length beyond message",
                        AuthResponseKind.SASL_INITIAL,
                        "70 0000000b 5800 00000010 61",
                        VIOLATION,
                        insufficient),
                auth(
                        "SASLInitialResponse without length",
                        AuthResponseKind.SASL_INITIAL,
                        "70 00000006 5800",
                        VIOLATION,
                        insufficient),
                auth(
                        "SASLInitialResponse without mechanism terminator",
                        AuthResponseKind.SASL_INITIAL,
                        "70 00000006 5858",
                        VIOLATION,
                        "invalid string in message"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectsWholeInput(Case c) {
        check(c, 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectsInputFedOneByteAtATime(Case c) {
        check(c, 1);
    }

    private static void check(Case c, int chunk) {
        try (Wire.Feeder f = Wire.frontend(c.typed(), c.kind())) {
            FrontendMessageDecoder decoder =
                    (FrontendMessageDecoder) f.channel.pipeline().first();
            ProtocolViolationException e =
                    assertThrows(ProtocolViolationException.class, () -> f.write(c.bytes(), chunk));
            assertEquals(c.sqlState(), e.sqlState(), e.getMessage());
            assertTrue(
                    e.getMessage().contains(c.message()),
                    () -> "message '" + e.getMessage() + "' should contain '" + c.message() + "'");
            assertEquals(List.of(), f.drain());
            assertEquals(FrontendMessageDecoder.State.FAILED, decoder.state());
            // everything after a violation is discarded silently
            f.write(encode(Sync.INSTANCE), 0);
            assertEquals(List.of(), f.drain());
        }
    }

    @Test
    void unencryptedDataInTheSameReadAsSslRequestIsRejected() {
        // CVE-2021-23214: bytes that arrive with the SSLRequest were sent before the handshake and are rejected
        try (Wire.Feeder f = Wire.frontend(false, null)) {
            ProtocolViolationException e =
                    assertThrows(ProtocolViolationException.class, () -> f.write(hex("00000008 04d2162f 16030100"), 0));
            assertEquals(VIOLATION, e.sqlState());
            assertEquals("received unencrypted data after SSL request", e.getMessage());
            assertEquals(List.of(), f.drain());
        }
        try (Wire.Feeder f = Wire.frontend(false, null)) {
            ProtocolViolationException e =
                    assertThrows(ProtocolViolationException.class, () -> f.write(hex("00000008 04d21630 00"), 0));
            assertEquals("received unencrypted data after GSSAPI encryption request", e.getMessage());
            assertEquals(List.of(), f.drain());
        }
    }

    @Test
    void nothingMayFollowACancelRequest() {
        try (Wire.Feeder f = Wire.frontend(false, null)) {
            ProtocolViolationException e = assertThrows(
                    ProtocolViolationException.class, () -> f.write(hex("00000010 04d2162e 00000001 01020304 51"), 0));
            assertEquals(VIOLATION, e.sqlState());
            assertEquals("unexpected data after CancelRequest", e.getMessage());
            assertEquals(List.of(new CancelRequest(1, new byte[] {1, 2, 3, 4})), f.drain());
        }
    }

    @Test
    void configuredMaximumApplies() {
        FrontendMessageDecoder decoder = new FrontendMessageDecoder(10000);
        try (Wire.Feeder f = new Wire.Feeder(decoder)) {
            f.write(encode(Wire.STARTUP), 0);
            char[] sql = new char[9999];
            Arrays.fill(sql, 'x');
            Query ok = new Query(new String(sql)); // body 10000 bytes with the terminator
            f.write(encode(ok), 0);
            assertEquals(List.of(Wire.STARTUP, ok), f.drain());
            ProtocolViolationException e = assertThrows(
                    ProtocolViolationException.class, () -> f.write(encode(new Query(new String(sql) + "x")), 0));
            assertEquals(TOO_LONG, e.sqlState());
        }
        assertThrows(IllegalArgumentException.class, () -> new FrontendMessageDecoder(100));
    }

    @Test
    void truncatedInputAtCloseIsDroppedWithoutLeaking() {
        try (Wire.Feeder f = Wire.frontend(true, null)) {
            byte[] bytes = encode(new Query("SELECT 1"));
            f.write(Arrays.copyOf(bytes, bytes.length - 1), 1);
            assertEquals(List.of(), f.drain());
        }
        try (Wire.Feeder f = Wire.frontend(false, null)) {
            f.write(hex("0000001e 00030000 7573"), 0);
            assertEquals(List.of(), f.drain());
        }
    }

    @Test
    void messagesBeforeAViolationInTheSameBufferAreStillDelivered() {
        try (Wire.Feeder f = Wire.frontend(true, null)) {
            byte[] bytes = concat(encode(new PasswordMessage("pw")), encode(Sync.INSTANCE), hex("5a 00000004"));
            assertThrows(ProtocolViolationException.class, () -> f.write(bytes, 0));
            assertEquals(List.of(new PasswordMessage("pw"), Sync.INSTANCE), f.drain());
        }
    }
}
