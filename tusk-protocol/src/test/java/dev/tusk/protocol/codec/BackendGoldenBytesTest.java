package dev.tusk.protocol.codec;

import static dev.tusk.protocol.codec.Wire.assertBytes;
import static dev.tusk.protocol.codec.Wire.encode;
import static dev.tusk.protocol.codec.Wire.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.protocol.backend.AuthenticationCleartextPassword;
import dev.tusk.protocol.backend.AuthenticationGSS;
import dev.tusk.protocol.backend.AuthenticationGSSContinue;
import dev.tusk.protocol.backend.AuthenticationKerberosV5;
import dev.tusk.protocol.backend.AuthenticationMD5Password;
import dev.tusk.protocol.backend.AuthenticationOk;
import dev.tusk.protocol.backend.AuthenticationSASL;
import dev.tusk.protocol.backend.AuthenticationSASLContinue;
import dev.tusk.protocol.backend.AuthenticationSASLFinal;
import dev.tusk.protocol.backend.AuthenticationSSPI;
import dev.tusk.protocol.backend.BackendKeyData;
import dev.tusk.protocol.backend.BackendMessage;
import dev.tusk.protocol.backend.BindComplete;
import dev.tusk.protocol.backend.CloseComplete;
import dev.tusk.protocol.backend.CommandComplete;
import dev.tusk.protocol.backend.CopyBothResponse;
import dev.tusk.protocol.backend.CopyData;
import dev.tusk.protocol.backend.CopyDone;
import dev.tusk.protocol.backend.CopyInResponse;
import dev.tusk.protocol.backend.CopyOutResponse;
import dev.tusk.protocol.backend.DataRow;
import dev.tusk.protocol.backend.EmptyQueryResponse;
import dev.tusk.protocol.backend.ErrorResponse;
import dev.tusk.protocol.backend.FunctionCallResponse;
import dev.tusk.protocol.backend.NegotiateProtocolVersion;
import dev.tusk.protocol.backend.NoData;
import dev.tusk.protocol.backend.NoticeResponse;
import dev.tusk.protocol.backend.NotificationResponse;
import dev.tusk.protocol.backend.ParameterDescription;
import dev.tusk.protocol.backend.ParameterStatus;
import dev.tusk.protocol.backend.ParseComplete;
import dev.tusk.protocol.backend.PortalSuspended;
import dev.tusk.protocol.backend.ReadyForQuery;
import dev.tusk.protocol.backend.RowDescription;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
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

/** Every backend message against bytes spelled out from the protocol docs, in both directions. */
class BackendGoldenBytesTest {
    /** One golden message. */
    record Case(String name, BackendMessage message, String hex) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case c(String name, BackendMessage m, String hex) {
        return new Case(name, m, hex);
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static List<Case> cases() {
        Map<Character, String> notice = new LinkedHashMap<>();
        notice.put('S', "NOTICE");
        notice.put('C', "00000");
        notice.put('M', "hi");
        return List.of(
                c("AuthenticationOk", AuthenticationOk.INSTANCE, "52 00000008 00000000"),
                c("AuthenticationKerberosV5", AuthenticationKerberosV5.INSTANCE, "52 00000008 00000002"),
                c("AuthenticationCleartextPassword", AuthenticationCleartextPassword.INSTANCE, "52 00000008 00000003"),
                c(
                        "AuthenticationMD5Password",
                        new AuthenticationMD5Password(new byte[] {1, 2, 3, 4}),
                        "52 0000000c 00000005 01020304"),
                c("AuthenticationGSS", AuthenticationGSS.INSTANCE, "52 00000008 00000007"),
                c(
                        "AuthenticationGSSContinue",
                        new AuthenticationGSSContinue(new byte[] {(byte) 0xa1, (byte) 0xb2}),
                        "52 0000000a 00000008 a1b2"),
                c("AuthenticationSSPI", AuthenticationSSPI.INSTANCE, "52 00000008 00000009"),
                c(
                        "AuthenticationSASL",
                        new AuthenticationSASL(List.of("SCRAM-SHA-256-PLUS", "SCRAM-SHA-256")),
                        "52 0000002a 0000000a 534352414d2d5348412d3235362d504c555300 534352414d2d5348412d32353600 00"),
                c(
                        "AuthenticationSASLContinue",
                        new AuthenticationSASLContinue(ascii("r=abc")),
                        "52 0000000d 0000000b 723d616263"),
                c(
                        "AuthenticationSASLFinal",
                        new AuthenticationSASLFinal(ascii("v=xyz")),
                        "52 0000000d 0000000c 763d78797a"),
                c(
                        "BackendKeyData",
                        new BackendKeyData(4242, new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef}),
                        "4b 0000000c 00001092 deadbeef"),
                c("BindComplete", BindComplete.INSTANCE, "32 00000004"),
                c("CloseComplete", CloseComplete.INSTANCE, "33 00000004"),
                c("CommandComplete", new CommandComplete("SELECT 1"), "43 0000000d 53454c454354203100"),
                c("CopyData", new CopyData(new byte[] {1, 2}), "64 00000006 0102"),
                c("CopyDone", CopyDone.INSTANCE, "63 00000004"),
                c("CopyInResponse", new CopyInResponse((byte) 0, new short[] {0, 0}), "47 0000000b 00 0002 0000 0000"),
                c("CopyOutResponse", new CopyOutResponse((byte) 1, new short[] {1}), "48 00000009 01 0001 0001"),
                c("CopyBothResponse", new CopyBothResponse((byte) 0, new short[0]), "57 00000007 00 0000"),
                c(
                        "DataRow",
                        new DataRow(Arrays.asList(ascii("42"), null, new byte[0])),
                        "44 00000014 0003 00000002 3432 ffffffff 00000000"),
                c("EmptyQueryResponse", EmptyQueryResponse.INSTANCE, "49 00000004"),
                c(
                        "ErrorResponse",
                        ErrorResponse.of("ERROR", "42601", "syntax error"),
                        "45 00000028 53 4552524f5200 56 4552524f5200 43 343236303100"
                                + " 4d 73796e746178206572726f7200 00"),
                c(
                        "NoticeResponse",
                        new NoticeResponse(notice),
                        "4e 00000018 53 4e4f5449434500 43 303030303000 4d 686900 00"),
                c(
                        "FunctionCallResponse",
                        new FunctionCallResponse(new byte[] {0, 0, 0, 7}),
                        "56 0000000c 00000004 00000007"),
                c("FunctionCallResponse NULL", new FunctionCallResponse(null), "56 00000008 ffffffff"),
                c(
                        "NegotiateProtocolVersion",
                        new NegotiateProtocolVersion(0, List.of("_pq_.foo")),
                        "76 00000015 00000000 00000001 5f70715f2e666f6f00"),
                c("NoData", NoData.INSTANCE, "6e 00000004"),
                c(
                        "NotificationResponse",
                        new NotificationResponse(77, "ch", "hi"),
                        "41 0000000e 0000004d 636800 686900"),
                c(
                        "ParameterDescription",
                        new ParameterDescription(new int[] {23, 25}),
                        "74 0000000e 0002 00000017 00000019"),
                c(
                        "ParameterStatus",
                        new ParameterStatus("client_encoding", "UTF8"),
                        "53 00000019 636c69656e745f656e636f64696e6700 5554463800"),
                c("ParseComplete", ParseComplete.INSTANCE, "31 00000004"),
                c("PortalSuspended", PortalSuspended.INSTANCE, "73 00000004"),
                c("ReadyForQuery idle", new ReadyForQuery('I'), "5a 00000005 49"),
                c("ReadyForQuery failed", new ReadyForQuery('E'), "5a 00000005 45"),
                c(
                        "RowDescription",
                        new RowDescription(
                                List.of(new RowDescription.Field("a", 16384, (short) 1, 23, (short) 4, -1, (short) 0))),
                        "54 0000001a 0001 6100 00004000 0001 00000017 0004 ffffffff 0000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void encodesToGoldenBytes(Case c) {
        assertBytes(hex(c.hex()), encode(c.message()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void encoderHandlerWritesGoldenBytes(Case c) {
        EmbeddedChannel ch = new EmbeddedChannel(BackendMessageEncoder.INSTANCE);
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
        try (Wire.Feeder f = new Wire.Feeder(new BackendMessageDecoder())) {
            f.write(hex(c.hex()), 0);
            assertEquals(List.of(c.message()), f.drain());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decodesOneByteAtATime(Case c) {
        try (Wire.Feeder f = new Wire.Feeder(new BackendMessageDecoder())) {
            byte[] bytes = hex(c.hex());
            for (int i = 0; i < bytes.length; i++) {
                assertEquals(List.of(), f.drain(), "decoded too early, at byte " + i);
                f.write(Arrays.copyOfRange(bytes, i, i + 1), 0);
            }
            assertEquals(List.of(c.message()), f.drain());
        }
    }

    static Stream<Integer> chunkSizes() {
        return Stream.of(0, 1, 2, 5, 64);
    }

    @ParameterizedTest(name = "chunks of {0}")
    @MethodSource("chunkSizes")
    void decodesAllMessagesInOneBufferOrInChunks(int chunk) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        List<BackendMessage> expected = new ArrayList<>();
        for (Case c : cases()) {
            all.writeBytes(hex(c.hex()));
            expected.add(c.message());
        }
        try (Wire.Feeder f = new Wire.Feeder(new BackendMessageDecoder())) {
            f.write(all.toByteArray(), chunk);
            assertEquals(expected, f.drain());
        }
    }

    @Test
    void writerAppendsManyMessagesToOneBuffer() {
        ByteBuf buf = Unpooled.buffer();
        try {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            for (Case c : cases()) {
                BackendMessageWriter.write(c.message(), buf);
                expected.writeBytes(hex(c.hex()));
            }
            assertBytes(expected.toByteArray(), ByteBufUtil.getBytes(buf));
        } finally {
            buf.release();
        }
    }

    @Test
    void sslResponseModeDecodesTheSingleByteAnswer() {
        for (EncryptionResponse r : EncryptionResponse.values()) {
            BackendMessageDecoder decoder = new BackendMessageDecoder();
            try (Wire.Feeder f = new Wire.Feeder(decoder)) {
                decoder.expectSslResponse();
                ByteBuf buf = Unpooled.buffer();
                BackendMessageWriter.write(r, buf);
                byte[] bytes = ByteBufUtil.getBytes(buf);
                buf.release();
                f.write(bytes, 0);
                assertEquals(List.of(r), f.drain());
                // afterwards, typed messages again
                f.write(encode(AuthenticationOk.INSTANCE), 1);
                assertEquals(List.of(AuthenticationOk.INSTANCE), f.drain());
            }
        }
    }

    @Test
    void sslResponseModeAcceptsAnErrorResponseFromAnOldServer() {
        BackendMessageDecoder decoder = new BackendMessageDecoder();
        ErrorResponse error = ErrorResponse.of("FATAL", "08P01", "unsupported frontend protocol 1234.5679");
        try (Wire.Feeder f = new Wire.Feeder(decoder)) {
            decoder.expectSslResponse();
            f.write(encode(error), 1);
            assertEquals(List.of(error), f.drain());
        }
    }
}
