package dev.tusk.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tusk.protocol.backend.BackendMessage;
import dev.tusk.protocol.frontend.FrontendMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Feeds arbitrary bytes to both decoders: the only failure allowed is a ProtocolViolationException, every decoded
 * message must survive a re-encode/decode round trip, and no input buffer may leak.
 *
 * <p>Under a plain {@code mvn verify} Jazzer runs in regression mode: each method runs once on an empty input and
 * once per seed file in {@code src/test/resources/dev/tusk/protocol/codec/DecoderFuzzTestInputs/<method>/}. To fuzz
 * for real (libFuzzer mutation, coverage-guided, for {@code maxDuration} per method; new findings are written to
 * the inputs directory as regression seeds):
 *
 * <pre>
 * JAZZER_FUZZ=1 JAVA_HOME=$(bin/find-jdk) ./mvnw -pl tusk-protocol test -Dtest='DecoderFuzzTest#frontendDecoder'
 * JAZZER_FUZZ=1 JAVA_HOME=$(bin/find-jdk) ./mvnw -pl tusk-protocol test -Dtest='DecoderFuzzTest#backendDecoder'
 * </pre>
 *
 * In fuzzing mode Jazzer fuzzes only the first fuzz test it meets and skips the others, hence one run per method.
 * The generated corpus goes to {@code tusk-protocol/.cifuzz-corpus/} (git-ignored). For a longer session raise
 * {@code maxDuration} below or pass {@code -Djazzer.max_duration=10m}. Verified with Jazzer 0.24 on JDK 25: the
 * fuzzer runs; it only warns that it cannot add hooks to JDK 25 class files. The first input
 * byte picks the scenario (startup phase or typed messages, the authentication kind, the chunk size), so the
 * fuzzer explores every decoder state.
 */
class DecoderFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void frontendDecoder(byte[] input) {
        fuzzFrontend(input);
    }

    @FuzzTest(maxDuration = "20s")
    void backendDecoder(byte[] input) {
        fuzzBackend(input);
    }

    static void fuzzFrontend(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int mode = input[0] & 0xff;
        boolean typed = (mode & 1) != 0;
        AuthResponseKind kind = AuthResponseKind.values()[(mode >> 1) & 3];
        int chunk = (mode >> 3) & 7; // 0: all at once
        byte[] data = Arrays.copyOfRange(input, 1, input.length);

        FrontendMessageDecoder decoder = new FrontendMessageDecoder();
        decoder.expectAuthenticationResponse(kind);
        List<Object> out = run(decoder, typed ? Wire.encode(Wire.STARTUP) : new byte[0], data, chunk);
        for (Object o : out) {
            FrontendMessage m = assertInstanceOf(FrontendMessage.class, o);
            byte[] again = Wire.encode(m);
            FrontendMessageDecoder second = new FrontendMessageDecoder();
            second.expectAuthenticationResponse(kind);
            boolean startupPhase = m instanceof dev.tusk.protocol.frontend.StartupMessage
                    || m instanceof dev.tusk.protocol.frontend.SSLRequest
                    || m instanceof dev.tusk.protocol.frontend.GSSENCRequest
                    || m instanceof dev.tusk.protocol.frontend.CancelRequest;
            List<Object> back = run(second, startupPhase ? new byte[0] : Wire.encode(Wire.STARTUP), again, 0);
            assertEquals(List.of(m), back.subList(startupPhase ? 0 : 1, back.size()));
        }
    }

    static void fuzzBackend(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int mode = input[0] & 0xff;
        boolean ssl = (mode & 1) != 0;
        int chunk = (mode >> 1) & 7;
        byte[] data = Arrays.copyOfRange(input, 1, input.length);
        BackendMessageDecoder decoder = new BackendMessageDecoder();
        if (ssl) {
            decoder.expectSslResponse();
        }
        for (Object o : run(decoder, new byte[0], data, chunk)) {
            if (o instanceof EncryptionResponse) {
                continue;
            }
            BackendMessage m = assertInstanceOf(BackendMessage.class, o);
            assertEquals(List.of(m), run(new BackendMessageDecoder(), new byte[0], Wire.encode(m), 0));
        }
    }

    /**
     * Feeds {@code prefix} whole and then {@code data} in chunks; returns what was decoded (the prefix's messages
     * included). Only a ProtocolViolationException may escape the decoder, and every input buffer must be
     * released afterwards.
     */
    static List<Object> run(ChannelHandler decoder, byte[] prefix, byte[] data, int chunk) {
        EmbeddedChannel ch = new EmbeddedChannel(decoder);
        List<ByteBuf> inputs = new ArrayList<>();
        List<Object> out = new ArrayList<>();
        try {
            if (prefix.length > 0) {
                ByteBuf b = Unpooled.wrappedBuffer(prefix);
                inputs.add(b);
                ch.writeInbound(b);
            }
            int step = chunk == 0 ? Math.max(1, data.length) : chunk;
            for (int i = 0; i < data.length; i += step) {
                ByteBuf b = Unpooled.copiedBuffer(data, i, Math.min(step, data.length - i));
                inputs.add(b);
                try {
                    ch.writeInbound(b);
                } catch (ProtocolViolationException e) {
                    // expected for bad input; the decoder now discards the rest
                }
            }
            for (Object o = ch.readInbound(); o != null; o = ch.readInbound()) {
                out.add(o);
            }
        } finally {
            ch.finishAndReleaseAll();
        }
        for (ByteBuf b : inputs) {
            assertEquals(0, b.refCnt(), "input buffer leaked");
        }
        return out;
    }
}
