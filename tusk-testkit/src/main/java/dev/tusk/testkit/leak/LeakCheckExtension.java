package dev.tusk.testkit.leak;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.ResourceLeakDetectorFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class when Netty reports a leaked buffer during it. Netty's paranoid leak detection (set in
 * the build's surefire arguments) only logs a leak, which a green build then hides; this extension records
 * every report and, after the class's tests, collects garbage, drives the detector and fails with the
 * leak's access records. It is registered for every test through JUnit's extension auto-detection.
 */
public final class LeakCheckExtension implements BeforeAllCallback, AfterAllCallback {

    private static final List<String> LEAKS = new ArrayList<>();
    private static boolean installed;

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
        synchronized (LEAKS) {
            LEAKS.clear();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        // Leaks are found when a leaked buffer is collected and a later allocation polls the queue of
        // collected references: collect, then allocate tracked buffers, a few times.
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(20);
            for (int j = 0; j < 64; j++) {
                ByteBuf probe = j % 2 == 0
                        ? PooledByteBufAllocator.DEFAULT.buffer(8)
                        : UnpooledByteBufAllocator.DEFAULT.buffer(8);
                probe.release();
            }
        }
        List<String> found;
        synchronized (LEAKS) {
            found = List.copyOf(LEAKS);
            LEAKS.clear();
        }
        if (!found.isEmpty()) {
            throw new AssertionError("Netty reported " + found.size() + " leaked buffer(s) in "
                    + context.getDisplayName() + ":\n" + String.join("\n\n", found));
        }
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        ResourceLeakDetectorFactory.setResourceLeakDetectorFactory(new RecordingFactory());
    }

    /** Makes detectors that record reports instead of only logging them. */
    private static final class RecordingFactory extends ResourceLeakDetectorFactory {
        @Override
        public <T> ResourceLeakDetector<T> newResourceLeakDetector(
                Class<T> resource, int samplingInterval, long maxActive) {
            return new RecordingDetector<>(resource, samplingInterval);
        }
    }

    /** A detector whose reports go to {@link #LEAKS} as well as to the log. */
    private static final class RecordingDetector<T> extends ResourceLeakDetector<T> {
        RecordingDetector(Class<T> resource, int samplingInterval) {
            super(resource, samplingInterval);
        }

        @Override
        protected boolean needReport() {
            return true;
        }

        @Override
        protected void reportTracedLeak(String resourceType, String records) {
            synchronized (LEAKS) {
                LEAKS.add("LEAK: " + resourceType + records);
            }
            super.reportTracedLeak(resourceType, records);
        }

        @Override
        protected void reportUntracedLeak(String resourceType) {
            synchronized (LEAKS) {
                LEAKS.add("LEAK: " + resourceType + " (no access records)");
            }
            super.reportUntracedLeak(resourceType);
        }
    }
}
