package dev.tusk.testkit.leak;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

class LeakCheckExtensionTest {

    @Test
    void aLeakedBufferFailsTheClass() throws Exception {
        LeakCheckExtension extension = new LeakCheckExtension();
        ExtensionContext context = context();
        extension.beforeAll(context);
        leak();
        AssertionError error = assertThrows(AssertionError.class, () -> extension.afterAll(context));
        assertTrue(error.getMessage().contains("LEAK"), error.getMessage());
    }

    @Test
    void releasedBuffersPass() throws Exception {
        LeakCheckExtension extension = new LeakCheckExtension();
        ExtensionContext context = context();
        extension.beforeAll(context);
        ByteBuf b = UnpooledByteBufAllocator.DEFAULT.buffer(16);
        b.writeInt(1);
        b.release();
        extension.afterAll(context);
    }

    /** An extension context that only knows its display name. */
    private static ExtensionContext context() {
        return (ExtensionContext) java.lang.reflect.Proxy.newProxyInstance(
                ExtensionContext.class.getClassLoader(), new Class<?>[] {ExtensionContext.class}, (p, m, a) -> {
                    if (m.getName().equals("getDisplayName")) {
                        return "LeakCheckExtensionTest";
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    private static void leak() {
        ByteBuf b = UnpooledByteBufAllocator.DEFAULT.buffer(16);
        b.writeInt(42);
        // dropped without release()
    }
}
