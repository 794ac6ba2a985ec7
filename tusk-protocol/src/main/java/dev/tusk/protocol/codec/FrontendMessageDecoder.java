package dev.tusk.protocol.codec;

import static dev.tusk.protocol.codec.ProtocolViolationException.programLimitExceeded;
import static dev.tusk.protocol.codec.ProtocolViolationException.protocolViolation;

import dev.tusk.protocol.ProtocolVersion;
import dev.tusk.protocol.SqlState;
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
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The server side's framing: turns client bytes into {@link FrontendMessage} records with an explicit state
 * machine, rejecting anything PostgreSQL would reject as a protocol violation.
 *
 * <p>States: {@link State#AWAITING_STARTUP} reads untyped packets (Int32 length, Int32 code) and stays there after
 * an SSLRequest or GSSENCRequest; a StartupMessage moves to {@link State#MESSAGES} (typed messages: Byte1 type,
 * Int32 length); a CancelRequest moves to {@link State#FINISHED}, where any further byte is a violation. A
 * violation throws {@link ProtocolViolationException} once and moves to {@link State#FAILED}, where all input is
 * discarded while the server sends its FATAL error and closes.
 *
 * <p>Limits: a startup packet is 8 to {@value #MAX_STARTUP_PACKET_LENGTH} bytes as in PostgreSQL. A typed
 * message body (its length field minus 4) may be at most the constructor's {@code maxMessageLength} (default
 * {@value #DEFAULT_MAX_MESSAGE_LENGTH} bytes, a quarter of PostgreSQL's 1 GiB, to bound per-connection memory);
 * messages PostgreSQL never expects to be large (Close, Describe, Execute, Flush, Sync, Terminate, CopyDone,
 * CopyFail) are limited to 10000 bytes and authentication answers to 65535, again as in PostgreSQL. Both checks
 * happen on the header, before any byte of the body is buffered. Strings are decoded as UTF-8, replacing
 * malformed sequences.
 *
 * <p>Not sharable: one instance per connection.
 */
public final class FrontendMessageDecoder extends ByteToMessageDecoder {
    /** The largest startup packet, as PostgreSQL's {@code MAX_STARTUP_PACKET_LENGTH}. */
    public static final int MAX_STARTUP_PACKET_LENGTH = 10000;

    /** The smallest startup packet: length and code. */
    public static final int MIN_STARTUP_PACKET_LENGTH = 8;

    /** The default largest typed message body: 256 MiB. */
    public static final int DEFAULT_MAX_MESSAGE_LENGTH = 256 * 1024 * 1024;

    /** The limit for messages that are never large, as PostgreSQL's {@code PQ_SMALL_MESSAGE_LIMIT}. */
    public static final int SMALL_MESSAGE_LIMIT = 10000;

    /** The limit for authentication answers, as PostgreSQL's {@code PG_MAX_AUTH_TOKEN_LENGTH}. */
    public static final int MAX_AUTH_TOKEN_LENGTH = 65535;

    /** The largest cancel key protocol 3.2 allows. */
    public static final int MAX_CANCEL_KEY_LENGTH = 256;

    /** Where the decoder is in the connection's life. */
    public enum State {
        /** Expecting an untyped packet: StartupMessage, SSLRequest, GSSENCRequest or CancelRequest. */
        AWAITING_STARTUP,
        /** Expecting typed messages. */
        MESSAGES,
        /** A CancelRequest arrived; nothing may follow it. */
        FINISHED,
        /** A violation was reported; input is discarded. */
        FAILED
    }

    private final int maxMessageLength;
    private State state = State.AWAITING_STARTUP;
    private volatile AuthResponseKind authResponseKind = AuthResponseKind.PASSWORD;

    /** A decoder with the default limit of {@value #DEFAULT_MAX_MESSAGE_LENGTH} bytes per message body. */
    public FrontendMessageDecoder() {
        this(DEFAULT_MAX_MESSAGE_LENGTH);
    }

    /**
     * A decoder with a custom limit.
     *
     * @param maxMessageLength the largest typed message body accepted (length field minus 4), at least 10000
     */
    public FrontendMessageDecoder(int maxMessageLength) {
        if (maxMessageLength < SMALL_MESSAGE_LIMIT) {
            throw new IllegalArgumentException("maxMessageLength must be at least " + SMALL_MESSAGE_LIMIT);
        }
        this.maxMessageLength = maxMessageLength;
    }

    /**
     * Tells the decoder how to read the next {@code 'p'} messages; the server calls this when it sends an
     * Authentication request. The default is {@link AuthResponseKind#PASSWORD}.
     */
    public void expectAuthenticationResponse(AuthResponseKind kind) {
        this.authResponseKind = Objects.requireNonNull(kind, "kind");
    }

    /** The current state; for tests and diagnostics. */
    public State state() {
        return state;
    }

    /** The configured limit for typed message bodies. */
    public int maxMessageLength() {
        return maxMessageLength;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        try {
            switch (state) {
                case AWAITING_STARTUP -> decodeStartupPacket(in, out);
                case MESSAGES -> decodeMessage(in, out);
                case FINISHED -> {
                    if (in.isReadable()) {
                        throw protocolViolation("unexpected data after CancelRequest");
                    }
                }
                case FAILED -> in.skipBytes(in.readableBytes());
            }
        } catch (ProtocolViolationException e) {
            state = State.FAILED;
            in.skipBytes(in.readableBytes());
            throw e;
        }
    }

    private void decodeStartupPacket(ByteBuf in, List<Object> out) {
        if (in.readableBytes() < 4) {
            return;
        }
        int start = in.readerIndex();
        int length = in.getInt(start);
        if (length < MIN_STARTUP_PACKET_LENGTH || length > MAX_STARTUP_PACKET_LENGTH) {
            throw protocolViolation("invalid length of startup packet");
        }
        if (in.readableBytes() < length) {
            return;
        }
        int code = in.getInt(start + 4);
        ByteBuf body = in.slice(start + 8, length - 8);
        in.skipBytes(length);
        switch (code) {
            case ProtocolVersion.SSL_REQUEST_CODE, ProtocolVersion.GSSENC_REQUEST_CODE -> {
                if (body.isReadable()) {
                    throw protocolViolation("invalid length of startup packet");
                }
                if (in.isReadable()) {
                    // The client must wait for the server's answer; bytes already here were sent unencrypted
                    // and must not be mistaken for part of the encrypted stream (CVE-2021-23214).
                    throw protocolViolation(
                            code == ProtocolVersion.SSL_REQUEST_CODE
                                    ? "received unencrypted data after SSL request"
                                    : "received unencrypted data after GSSAPI encryption request");
                }
                out.add(code == ProtocolVersion.SSL_REQUEST_CODE ? SSLRequest.INSTANCE : GSSENCRequest.INSTANCE);
            }
            case ProtocolVersion.CANCEL_REQUEST_CODE -> {
                PayloadReader r = new PayloadReader(body);
                int processId = r.readInt();
                int keyLength = r.remaining();
                if (keyLength < 4 || keyLength > MAX_CANCEL_KEY_LENGTH) {
                    throw protocolViolation("invalid length of cancel request packet");
                }
                state = State.FINISHED;
                out.add(new CancelRequest(processId, r.readRemaining()));
            }
            default -> {
                StartupMessage startup = decodeStartupMessage(code, body);
                state = State.MESSAGES;
                out.add(startup);
            }
        }
    }

    private static StartupMessage decodeStartupMessage(int version, ByteBuf body) {
        if (ProtocolVersion.major(version) != 3) {
            throw new ProtocolViolationException(
                    SqlState.FEATURE_NOT_SUPPORTED.code(),
                    "unsupported frontend protocol " + ProtocolVersion.toString(version)
                            + ": server supports 3.0 to 3.2");
        }
        // name/value pairs of NUL-terminated strings, then a single NUL that must be the last byte
        int last = body.writerIndex() - 1;
        if (last < body.readerIndex() || body.getByte(last) != 0) {
            throw protocolViolation("invalid startup packet layout: expected terminator as last byte");
        }
        PayloadReader r = new PayloadReader(body);
        Map<String, String> parameters = new LinkedHashMap<>();
        while (true) {
            if (r.remaining() == 0) {
                throw protocolViolation("invalid startup packet layout: expected terminator as last byte");
            }
            String name = r.readCString();
            if (name.isEmpty()) {
                break;
            }
            if (r.remaining() == 0) {
                throw protocolViolation("invalid startup packet layout: expected terminator as last byte");
            }
            parameters.put(name, r.readCString());
        }
        if (r.remaining() != 0) {
            throw protocolViolation("invalid startup packet layout: expected terminator as last byte");
        }
        return new StartupMessage(version, parameters);
    }

    private void decodeMessage(ByteBuf in, List<Object> out) {
        if (!in.isReadable()) {
            return;
        }
        int start = in.readerIndex();
        byte type = in.getByte(start);
        int limit = limitFor(type);
        if (in.readableBytes() < 5) {
            return;
        }
        int length = in.getInt(start + 1);
        if (length < 4) {
            throw protocolViolation("invalid message length");
        }
        if (length - 4 > limit) {
            throw programLimitExceeded("message of type '" + (char) type + "' is too long: " + (length - 4L)
                    + " bytes, the limit is " + limit);
        }
        if (in.readableBytes() - 1 < length) {
            return;
        }
        ByteBuf body = in.slice(start + 5, length - 4);
        in.skipBytes(1 + length);
        out.add(decodeBody(type, new PayloadReader(body)));
    }

    private int limitFor(byte type) {
        return switch (type) {
            case 'Q', 'P', 'B', 'F', 'd' -> maxMessageLength;
            case 'C', 'D', 'E', 'H', 'S', 'X', 'c', 'f' -> SMALL_MESSAGE_LIMIT;
            case 'p' -> MAX_AUTH_TOKEN_LENGTH;
            default -> throw protocolViolation("invalid frontend message type " + type);
        };
    }

    private FrontendMessage decodeBody(byte type, PayloadReader r) {
        FrontendMessage message =
                switch (type) {
                    case 'Q' -> new Query(r.readCString());
                    case 'P' -> decodeParse(r);
                    case 'B' -> decodeBind(r);
                    case 'D' -> new Describe(kind(r, "DESCRIBE"), r.readCString());
                    case 'E' -> new Execute(r.readCString(), r.readInt());
                    case 'C' -> new Close(kind(r, "CLOSE"), r.readCString());
                    case 'H' -> Flush.INSTANCE;
                    case 'S' -> Sync.INSTANCE;
                    case 'X' -> Terminate.INSTANCE;
                    case 'd' -> new CopyData(r.readRemaining());
                    case 'c' -> CopyDone.INSTANCE;
                    case 'f' -> new CopyFail(r.readCString());
                    case 'F' -> decodeFunctionCall(r);
                    case 'p' -> decodeAuthResponse(r);
                    default -> throw protocolViolation("invalid frontend message type " + type);
                };
        r.end();
        return message;
    }

    private static char kind(PayloadReader r, String what) {
        byte kind = r.readByte();
        if (kind != 'S' && kind != 'P') {
            throw protocolViolation("invalid " + what + " message subtype " + kind);
        }
        return (char) kind;
    }

    private static Parse decodeParse(PayloadReader r) {
        String name = r.readCString();
        String query = r.readCString();
        int count = r.readCount(4);
        return new Parse(name, query, r.readInts(count));
    }

    private static Bind decodeBind(PayloadReader r) {
        String portal = r.readCString();
        String statement = r.readCString();
        short[] parameterFormats = r.readShorts(r.readCount(2));
        int parameterCount = r.readCount(4);
        if (parameterFormats.length > 1 && parameterFormats.length != parameterCount) {
            throw protocolViolation("bind message has " + parameterFormats.length + " parameter formats but "
                    + parameterCount + " parameters");
        }
        List<byte[]> values = r.readValues(parameterCount);
        short[] resultFormats = r.readShorts(r.readCount(2));
        return new Bind(portal, statement, parameterFormats, values, resultFormats);
    }

    private static FunctionCall decodeFunctionCall(PayloadReader r) {
        int oid = r.readInt();
        short[] formats = r.readShorts(r.readCount(2));
        int argumentCount = r.readCount(4);
        if (formats.length > 1 && formats.length != argumentCount) {
            throw protocolViolation("function call message contains " + formats.length + " argument formats but "
                    + argumentCount + " arguments");
        }
        List<byte[]> arguments = r.readValues(argumentCount);
        short resultFormat = r.readShort();
        return new FunctionCall(oid, formats, arguments, resultFormat);
    }

    private FrontendMessage decodeAuthResponse(PayloadReader r) {
        return switch (authResponseKind) {
            case PASSWORD -> new PasswordMessage(r.readCString());
            case SASL_INITIAL -> new SASLInitialResponse(r.readCString(), r.readNullableBytes());
            case SASL -> new SASLResponse(r.readRemaining());
            case GSS -> new GSSResponse(r.readRemaining());
        };
    }
}
