package dev.tusk.protocol.codec;

import static dev.tusk.protocol.codec.WireWriter.begin;
import static dev.tusk.protocol.codec.WireWriter.cString;
import static dev.tusk.protocol.codec.WireWriter.empty;
import static dev.tusk.protocol.codec.WireWriter.end;

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
import java.util.Map;

/**
 * Writes frontend messages, startup-phase packets included, for test clients and tools that speak to a
 * PostgreSQL server; {@link FrontendMessageEncoder} wraps it as a Netty handler.
 */
public final class FrontendMessageWriter {
    private FrontendMessageWriter() {}

    /**
     * Appends one message to {@code buf}.
     *
     * @throws IllegalArgumentException if a string holds a NUL or a count does not fit its wire field; {@code buf}
     *     is then left as it was
     */
    public static void write(FrontendMessage message, ByteBuf buf) {
        int start = buf.writerIndex();
        try {
            writeMessage(message, buf);
        } catch (RuntimeException e) {
            buf.writerIndex(start);
            throw e;
        }
    }

    private static void writeMessage(FrontendMessage message, ByteBuf buf) {
        switch (message) {
            case StartupMessage m -> startupMessage(buf, m);
            case SSLRequest m -> requestCode(buf, ProtocolVersion.SSL_REQUEST_CODE);
            case GSSENCRequest m -> requestCode(buf, ProtocolVersion.GSSENC_REQUEST_CODE);
            case CancelRequest m -> cancelRequest(buf, m);
            case PasswordMessage m -> oneString(buf, 'p', m.password());
            case SASLInitialResponse m -> saslInitialResponse(buf, m);
            case SASLResponse m -> bytes(buf, 'p', m.data());
            case GSSResponse m -> bytes(buf, 'p', m.data());
            case Query m -> oneString(buf, 'Q', m.sql());
            case Parse m -> parse(buf, m);
            case Bind m -> bind(buf, m);
            case Describe m -> kindAndName(buf, 'D', m.kind(), m.name());
            case Execute m -> execute(buf, m);
            case Close m -> kindAndName(buf, 'C', m.kind(), m.name());
            case Flush m -> empty(buf, 'H');
            case Sync m -> empty(buf, 'S');
            case Terminate m -> empty(buf, 'X');
            case CopyData m -> bytes(buf, 'd', m.data());
            case CopyDone m -> empty(buf, 'c');
            case CopyFail m -> oneString(buf, 'f', m.message());
            case FunctionCall m -> functionCall(buf, m);
        }
    }

    private static void startupMessage(ByteBuf buf, StartupMessage m) {
        int at = buf.writerIndex();
        buf.writeInt(0);
        buf.writeInt(m.protocolVersion());
        for (Map.Entry<String, String> p : m.parameters().entrySet()) {
            if (p.getKey().isEmpty()) {
                throw new IllegalArgumentException("empty startup parameter name");
            }
            cString(buf, p.getKey());
            cString(buf, p.getValue());
        }
        buf.writeByte(0);
        buf.setInt(at, buf.writerIndex() - at);
    }

    private static void requestCode(ByteBuf buf, int code) {
        buf.writeInt(8);
        buf.writeInt(code);
    }

    private static void cancelRequest(ByteBuf buf, CancelRequest m) {
        buf.writeInt(12 + m.secretKey().length);
        buf.writeInt(ProtocolVersion.CANCEL_REQUEST_CODE);
        buf.writeInt(m.processId());
        buf.writeBytes(m.secretKey());
    }

    private static void oneString(ByteBuf buf, char type, String s) {
        int at = begin(buf, type);
        cString(buf, s);
        end(buf, at);
    }

    private static void bytes(ByteBuf buf, char type, byte[] data) {
        buf.writeByte(type);
        buf.writeInt(4 + data.length);
        buf.writeBytes(data);
    }

    private static void saslInitialResponse(ByteBuf buf, SASLInitialResponse m) {
        int at = begin(buf, 'p');
        cString(buf, m.mechanism());
        WireWriter.nullableBytes(buf, m.data());
        end(buf, at);
    }

    private static void parse(ByteBuf buf, Parse m) {
        int at = begin(buf, 'P');
        cString(buf, m.statementName());
        cString(buf, m.query());
        int[] types = m.parameterTypes();
        WireWriter.count(buf, types.length);
        for (int t : types) {
            buf.writeInt(t);
        }
        end(buf, at);
    }

    private static void bind(ByteBuf buf, Bind m) {
        int at = begin(buf, 'B');
        cString(buf, m.portalName());
        cString(buf, m.statementName());
        WireWriter.shorts(buf, m.parameterFormats());
        WireWriter.values(buf, m.parameterValues());
        WireWriter.shorts(buf, m.resultFormats());
        end(buf, at);
    }

    private static void kindAndName(ByteBuf buf, char type, char kind, String name) {
        int at = begin(buf, type);
        buf.writeByte(kind);
        cString(buf, name);
        end(buf, at);
    }

    private static void execute(ByteBuf buf, Execute m) {
        int at = begin(buf, 'E');
        cString(buf, m.portalName());
        buf.writeInt(m.maxRows());
        end(buf, at);
    }

    private static void functionCall(ByteBuf buf, FunctionCall m) {
        int at = begin(buf, 'F');
        buf.writeInt(m.functionOid());
        WireWriter.shorts(buf, m.argumentFormats());
        WireWriter.values(buf, m.arguments());
        buf.writeShort(m.resultFormat());
        end(buf, at);
    }
}
