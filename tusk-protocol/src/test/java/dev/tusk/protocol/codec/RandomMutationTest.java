package dev.tusk.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A deterministic, seeded mutation test over the golden messages: complements the Jazzer fuzz test (whose
 * coverage-guided mode needs JAZZER_FUZZ=1) with thousands of structured near-miss inputs in every build.
 */
class RandomMutationTest {
    private static final long SEED = 0x5475736bL;
    private static final int ROUNDS = 4000;

    static byte[] mutate(byte[] in, SplittableRandom rnd) {
        byte[] b = in.clone();
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n && b.length > 0; i++) {
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(6)) {
                case 0 -> b[at] = (byte) rnd.nextInt(256);
                case 1 -> b[at] ^= (byte) (1 << rnd.nextInt(8));
                case 2 -> b[at] = (byte) (rnd.nextBoolean() ? 0xff : 0x7f);
                case 3 -> b[at] = 0;
                case 4 -> b = java.util.Arrays.copyOf(b, at); // truncate
                default -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(b, 0, at);
                    out.write(rnd.nextInt(256));
                    out.write(b, at, b.length - at);
                    b = out.toByteArray();
                }
            }
        }
        return b;
    }

    @Test
    void frontendDecoderSurvivesMutatedGoldenMessages() {
        List<FrontendGoldenBytesTest.Case> cases = FrontendGoldenBytesTest.cases();
        SplittableRandom rnd = new SplittableRandom(SEED);
        int decoded = 0;
        for (int i = 0; i < ROUNDS; i++) {
            FrontendGoldenBytesTest.Case c = cases.get(rnd.nextInt(cases.size()));
            ByteArrayOutputStream in = new ByteArrayOutputStream();
            int mode = (c.startup() ? 0 : 1) | (c.kind() == null ? 0 : c.kind().ordinal() << 1) | rnd.nextInt(8) << 3;
            in.write(mode);
            byte[] golden = Wire.hex(c.hex());
            in.writeBytes(mutate(golden, rnd));
            if (rnd.nextBoolean()) {
                in.writeBytes(golden);
            }
            DecoderFuzzTest.fuzzFrontend(in.toByteArray());
            decoded++;
        }
        assertTrue(decoded == ROUNDS);
    }

    @Test
    void backendDecoderSurvivesMutatedGoldenMessages() {
        List<byte[]> golden = new ArrayList<>();
        for (BackendGoldenBytesTest.Case c : BackendGoldenBytesTest.cases()) {
            golden.add(Wire.hex(c.hex()));
        }
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int i = 0; i < ROUNDS; i++) {
            ByteArrayOutputStream in = new ByteArrayOutputStream();
            in.write(rnd.nextInt(16));
            in.writeBytes(mutate(golden.get(rnd.nextInt(golden.size())), rnd));
            in.writeBytes(golden.get(rnd.nextInt(golden.size())));
            DecoderFuzzTest.fuzzBackend(in.toByteArray());
        }
    }
}
