package dev.tusk.protocol.codec;

import static dev.tusk.protocol.codec.Wire.assertBytes;
import static dev.tusk.protocol.codec.Wire.encode;
import static dev.tusk.protocol.codec.Wire.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.protocol.ProtocolVersion;
import dev.tusk.protocol.frontend.Bind;
import dev.tusk.protocol.frontend.CancelRequest;
import dev.tusk.protocol.frontend.Close;
import dev.tusk.protocol.frontend.CopyData;
import dev.tusk.protocol.frontend.CopyDone;
import dev.tusk.protocol.frontend.CopyFail;
import dev.tusk.protocol.frontend.Describe;
import dev.tusk.protocol.frontend.Execute;
import dev.tusk.protocol.frontend.Flush;
import dev.tusk.protocol.frontend.FrontendMessage;
import dev.tusk.protocol.frontend.FunctionCall;
import dev.tusk.protocol.frontend.GSSENCRequest;
import dev.tusk.protocol.frontend.GSSResponse;
import dev.tusk.protocol.frontend.Parse;
import dev.tusk.protocol.frontend.PasswordMessage;
import dev.tusk.protocol.frontend.Query;
import dev.tusk.protocol.frontend.SASLInitialResponse;
import dev.tusk.protocol.frontend.SASLResponse;
import dev.tusk.protocol.frontend.SSLRequest;
import dev.tusk.protocol.frontend.StartupMessage;
import dev.tusk.protocol.frontend.Sync;
import dev.tusk.protocol.frontend.Terminate;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every frontend message against bytes spelled out from the protocol docs, in both directions. */
class FrontendGoldenBytesTest {
    /** One golden message; {@code startup} marks untyped startup-phase packets. */
    record Case(String name, FrontendMessage message, String hex, boolean startup, AuthResponseKind kind) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case startup(String name, FrontendMessage m, String hex) {
        return new Case(name, m, hex, true, null);
    }

    static Case typed(String name, FrontendMessage m, String hex) {
        return new Case(name, m, hex, false, null);
    }

    static Case auth(String name, FrontendMessage m, String hex, AuthResponseKind kind) {
        return new Case(name, m, hex, false, kind);
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static List<Case> cases() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("user", "bob");
        params.put("database", "db");
        return List.of(
                startup(
                        "StartupMessage",
                        new StartupMessage(ProtocolVersion.V3_0, params),
                        "0000001e 00030000 7573657200 626f6200 646174616261736500 646200 00"),
                startup(
                        "StartupMessage 3.2 no parameters",
                        new StartupMessage(ProtocolVersion.V3_2, Map.of()),
                        "00000009 00030002 00"),
                startup("SSLRequest", SSLRequest.INSTANCE, "00000008 04d2162f"),
                startup("GSSENCRequest", GSSENCRequest.INSTANCE, "00000008 04d21630"),
                startup(
                        "CancelRequest 3.0",
                        new CancelRequest(1234, new byte[] {1, 2, 3, 4}),
                        "00000010 04d2162e 000004d2 01020304"),
                startup(
                        "CancelRequest 3.2 long key",
                        new CancelRequest(7, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}),
                        "00000014 04d2162e 00000007 0102030405060708"),
                auth(
                        "PasswordMessage",
                        new PasswordMessage("secret"),
                        "70 0000000b 73656372657400",
                        AuthResponseKind.PASSWORD),
                auth(
                        "SASLInitialResponse",
                        new SASLInitialResponse("SCRAM-SHA-256", ascii("n,,n=,r=abc")),
                        "70 00000021 534352414d2d5348412d32353600 0000000b 6e2c2c6e3d2c723d616263",
                        AuthResponseKind.SASL_INITIAL),
                auth(
                        "SASLInitialResponse without data",
                        new SASLInitialResponse("SCRAM-SHA-256", null),
                        "70 00000016 534352414d2d5348412d32353600 ffffffff",
                        AuthResponseKind.SASL_INITIAL),
                auth(
                        "SASLResponse",
                        new SASLResponse(ascii("c=biws")),
                        "70 0000000a 633d62697773",
                        AuthResponseKind.SASL),
                auth("GSSResponse", new GSSResponse(new byte[] {0x60, 0x01}), "70 00000006 6001", AuthResponseKind.GSS),
                typed("Query", new Query("SELECT 1"), "51 0000000d 53454c454354203100"),
                typed("Query non-ASCII", new Query("ş"), "51 00000007 c59f00"),
                typed(
                        "Parse",
                        new Parse("s1", "SELECT $1", new int[] {23}),
                        "50 00000017 733100 53454c45435420243100 0001 00000017"),
                typed(
                        "Bind",
                        new Bind(
                                "p1",
                                "s1",
                                new short[] {1},
                                Arrays.asList(new byte[] {0, 0, 0, 42}, null),
                                new short[] {1}),
                        "42 00000020 703100 733100 0001 0001 0002 00000004 0000002a ffffffff 0001 0001"),
                typed(
                        "Bind unnamed no parameters",
                        new Bind("", "", new short[0], List.of(), new short[0]),
                        "42 0000000c 00 00 0000 0000 0000"),
                typed("Describe statement", new Describe('S', "s1"), "44 00000008 53 733100"),
                typed("Describe portal", new Describe('P', ""), "44 00000006 50 00"),
                typed("Execute", new Execute("", 0), "45 00000009 00 00000000"),
                typed("Execute with limit", new Execute("p1", 100), "45 0000000b 703100 00000064"),
                typed("Close", new Close('P', "p1"), "43 00000008 50 703100"),
                typed("Flush", Flush.INSTANCE, "48 00000004"),
                typed("Sync", Sync.INSTANCE, "53 00000004"),
                typed("Terminate", Terminate.INSTANCE, "58 00000004"),
                typed("CopyData", new CopyData(ascii("a\t1\n")), "64 00000008 6109310a"),
                typed("CopyDone", CopyDone.INSTANCE, "63 00000004"),
                typed("CopyFail", new CopyFail("boom"), "66 00000009 626f6f6d00"),
                typed(
                        "FunctionCall",
                        new FunctionCall(1598, new short[] {1}, List.of(new byte[] {0, 0, 0, 1}), (short) 1),
                        "46 00000018 0000063e 0001 0001 0001 00000004 00000001 0001"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void encodesToGoldenBytes(Case c) {
        assertBytes(hex(c.hex()), encode(c.message()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void encoderHandlerWritesGoldenBytes(Case c) {
        EmbeddedChannel ch = new EmbeddedChannel(FrontendMessageEncoder.INSTANCE);
        try {
            ch.writeOutbound(c.message());
            ByteBuf out = ch.readOutbound();
            try {
                assertBytes(hex(c.hex()), ByteBufUtil.getBytes(out));
            } finally {
                out.release();
            }
        } finally {
            ch.finishAndReleaseAll();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decodesGoldenBytes(Case c) {
        try (Wire.Feeder f = Wire.frontend(!c.startup(), c.kind())) {
            f.write(hex(c.hex()), 0);
            assertEquals(List.of(c.message()), f.drain());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decodesOneByteAtATime(Case c) {
        try (Wire.Feeder f = Wire.frontend(!c.startup(), c.kind())) {
            byte[] bytes = hex(c.hex());
            for (int i = 0; i < bytes.length; i++) {
                assertEquals(List.of(), f.drain(), "decoded too early, at byte " + i);
                f.write(Arrays.copyOfRange(bytes, i, i + 1), 0);
            }
            assertEquals(List.of(c.message()), f.drain());
        }
    }

    static Stream<Integer> chunkSizes() {
        return Stream.of(0, 1, 2, 3, 7, 64);
    }

    @ParameterizedTest(name = "chunks of {0}")
    @MethodSource("chunkSizes")
    void decodesAConversationInOneBufferOrInChunks(int chunk) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        List<FrontendMessage> expected = new ArrayList<>();
        for (Case c : cases()) {
            if (!c.startup() && c.kind() == null) {
                all.writeBytes(hex(c.hex()));
                expected.add(c.message());
            }
        }
        try (Wire.Feeder f = Wire.frontend(true, null)) {
            f.write(all.toByteArray(), chunk);
            assertEquals(expected, f.drain());
            assertEquals(
                    FrontendMessageDecoder.State.MESSAGES,
                    ((FrontendMessageDecoder) f.channel.pipeline().first()).state());
        }
    }

    @Test
    void acceptsTheLargestStartupPacketAndCancelKey() {
        // 8 header bytes + "user\0" + value + NUL + final NUL = 10000
        StartupMessage big = new StartupMessage(ProtocolVersion.V3_0, Map.of("user", "u".repeat(10000 - 8 - 5 - 2)));
        byte[] bytes = encode(big);
        assertEquals(FrontendMessageDecoder.MAX_STARTUP_PACKET_LENGTH, bytes.length);
        try (Wire.Feeder f = Wire.frontend(false, null)) {
            f.write(bytes, 1000);
            assertEquals(List.of(big), f.drain());
        }
        CancelRequest cancel = new CancelRequest(1, new byte[FrontendMessageDecoder.MAX_CANCEL_KEY_LENGTH]);
        try (Wire.Feeder f = Wire.frontend(false, null)) {
            f.write(encode(cancel), 0);
            assertEquals(List.of(cancel), f.drain());
        }
    }

    @Test
    void sslRequestKeepsTheDecoderInTheStartupPhase() {
        FrontendMessageDecoder decoder = new FrontendMessageDecoder();
        try (Wire.Feeder f = new Wire.Feeder(decoder)) {
            f.write(encode(SSLRequest.INSTANCE), 0);
            assertEquals(List.of(SSLRequest.INSTANCE), f.drain());
            assertEquals(FrontendMessageDecoder.State.AWAITING_STARTUP, decoder.state());
            f.write(encode(GSSENCRequest.INSTANCE), 0);
            assertEquals(List.of(GSSENCRequest.INSTANCE), f.drain());
            assertEquals(FrontendMessageDecoder.State.AWAITING_STARTUP, decoder.state());
            f.write(encode(Wire.STARTUP), 0);
            f.write(encode(Sync.INSTANCE), 0);
            assertEquals(List.of(Wire.STARTUP, Sync.INSTANCE), f.drain());
            assertEquals(FrontendMessageDecoder.State.MESSAGES, decoder.state());
        }
    }

    @Test
    void cancelRequestMayFollowSslRequest() {
        FrontendMessageDecoder decoder = new FrontendMessageDecoder();
        CancelRequest cancel = new CancelRequest(5, new byte[] {9, 9, 9, 9});
        try (Wire.Feeder f = new Wire.Feeder(decoder)) {
            f.write(encode(SSLRequest.INSTANCE), 0);
            f.write(encode(cancel), 1);
            assertEquals(List.of(SSLRequest.INSTANCE, cancel), f.drain());
            assertEquals(FrontendMessageDecoder.State.FINISHED, decoder.state());
        }
    }

    @Test
    void authenticationKindCanChangeBetweenMessages() {
        FrontendMessageDecoder decoder = new FrontendMessageDecoder();
        try (Wire.Feeder f = new Wire.Feeder(decoder)) {
            f.write(encode(Wire.STARTUP), 0);
            decoder.expectAuthenticationResponse(AuthResponseKind.SASL_INITIAL);
            SASLInitialResponse first = new SASLInitialResponse("SCRAM-SHA-256", ascii("n,,n=,r=x"));
            f.write(encode(first), 0);
            decoder.expectAuthenticationResponse(AuthResponseKind.SASL);
            SASLResponse second = new SASLResponse(ascii("c=biws,r=x,p=y"));
            f.write(encode(second), 0);
            assertEquals(List.of(Wire.STARTUP, first, second), f.drain());
        }
    }
}
