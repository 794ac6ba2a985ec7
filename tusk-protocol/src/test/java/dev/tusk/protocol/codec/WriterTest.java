package dev.tusk.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.protocol.backend.CommandComplete;
import dev.tusk.protocol.backend.DataRow;
import dev.tusk.protocol.backend.ErrorResponse;
import dev.tusk.protocol.backend.ReadyForQuery;
import dev.tusk.protocol.frontend.Parse;
import dev.tusk.protocol.frontend.Query;
import dev.tusk.protocol.frontend.StartupMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The writers refuse what cannot be framed and never leave half a message in the caller's buffer. */
class WriterTest {
    @Test
    void stringWithNulIsRejectedAndTheBufferIsUnchanged() {
        ByteBuf buf = Unpooled.buffer();
        try {
            BackendMessageWriter.write(new ReadyForQuery('I'), buf);
            int before = buf.writerIndex();
            assertThrows(
                    IllegalArgumentException.class, () -> BackendMessageWriter.write(new CommandComplete("a\0b"), buf));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> BackendMessageWriter.write(ErrorResponse.of("ERROR", "XX000", "x\0y"), buf));
            assertThrows(IllegalArgumentException.class, () -> FrontendMessageWriter.write(new Query("\0"), buf));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> FrontendMessageWriter.write(new StartupMessage(196608, Map.of("", "x")), buf));
            assertEquals(before, buf.writerIndex());
        } finally {
            buf.release();
        }
    }

    @Test
    void countsOverInt16AreRejected() {
        ByteBuf buf = Unpooled.buffer();
        try {
            List<byte[]> values = new ArrayList<>(Collections.nCopies(65536, (byte[]) null));
            assertThrows(IllegalArgumentException.class, () -> BackendMessageWriter.write(new DataRow(values), buf));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> FrontendMessageWriter.write(new Parse("", "", new int[65536]), buf));
            assertEquals(0, buf.writerIndex());
        } finally {
            buf.release();
        }
    }

    @Test
    void maximalCountRoundTrips() {
        List<byte[]> values = new ArrayList<>(Collections.nCopies(65535, (byte[]) null));
        DataRow row = new DataRow(values);
        try (Wire.Feeder f = new Wire.Feeder(new BackendMessageDecoder())) {
            f.write(Wire.encode(row), 0);
            assertEquals(List.of(row), f.drain());
        }
    }
}
