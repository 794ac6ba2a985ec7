package dev.tusk.protocol.codec;

import static dev.tusk.protocol.codec.ProtocolViolationException.programLimitExceeded;
import static dev.tusk.protocol.codec.ProtocolViolationException.protocolViolation;

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
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client side's framing, for test clients: turns server bytes into {@link BackendMessage} records with the
 * same bounds checks as {@link FrontendMessageDecoder}.
 *
 * <p>After sending an SSLRequest or GSSENCRequest the client calls {@link #expectSslResponse()}; the next byte is
 * then decoded as an {@link EncryptionResponse} ({@code 'S'}, {@code 'G'} or {@code 'N'}), except that an
 * {@code 'E'} is decoded as the ErrorResponse an old server sends instead. Bytes following the answer byte in the
 * same read are a violation (they cannot be trusted; CVE-2021-23222). Violations throw
 * {@link ProtocolViolationException} and the decoder then discards all input. Not sharable.
 */
public final class BackendMessageDecoder extends ByteToMessageDecoder {
    /** The default largest message body: 256 MiB. */
    public static final int DEFAULT_MAX_MESSAGE_LENGTH = FrontendMessageDecoder.DEFAULT_MAX_MESSAGE_LENGTH;

    private final int maxMessageLength;
    private volatile boolean expectSslResponse;
    private boolean failed;

    /** A decoder with the default limit. */
    public BackendMessageDecoder() {
        this(DEFAULT_MAX_MESSAGE_LENGTH);
    }

    /**
     * A decoder with a custom limit.
     *
     * @param maxMessageLength the largest message body accepted (length field minus 4), not negative
     */
    public BackendMessageDecoder(int maxMessageLength) {
        if (maxMessageLength < 0) {
            throw new IllegalArgumentException("maxMessageLength must not be negative");
        }
        this.maxMessageLength = maxMessageLength;
    }

    /** Makes the next byte decode as the server's single-byte answer to an SSLRequest or GSSENCRequest. */
    public void expectSslResponse() {
        expectSslResponse = true;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            if (expectSslResponse) {
                decodeSslResponse(in, out);
            } else {
                decodeMessage(in, out);
            }
        } catch (ProtocolViolationException e) {
            failed = true;
            in.skipBytes(in.readableBytes());
            throw e;
        }
    }

    private void decodeSslResponse(ByteBuf in, List<Object> out) {
        if (!in.isReadable()) {
            return;
        }
        byte b = in.getByte(in.readerIndex());
        EncryptionResponse response =
                switch (b) {
                    case 'S' -> EncryptionResponse.ACCEPTED_SSL;
                    case 'G' -> EncryptionResponse.ACCEPTED_GSS;
                    case 'N' -> EncryptionResponse.REJECTED;
                    case 'E' -> null;
                    default -> throw protocolViolation("invalid response to SSL/GSS negotiation: " + b);
                };
        if (response == null) {
            expectSslResponse = false;
            decodeMessage(in, out);
            return;
        }
        in.skipBytes(1);
        if (response != EncryptionResponse.REJECTED && in.isReadable()) {
            throw protocolViolation("received unencrypted data after encryption response");
        }
        expectSslResponse = false;
        out.add(response);
    }

    private void decodeMessage(ByteBuf in, List<Object> out) {
        if (in.readableBytes() < 5) {
            return;
        }
        int start = in.readerIndex();
        byte type = in.getByte(start);
        int length = in.getInt(start + 1);
        if (length < 4) {
            throw protocolViolation("invalid message length");
        }
        if (length - 4 > maxMessageLength) {
            throw programLimitExceeded("message of type '" + (char) type + "' is too long: " + (length - 4L)
                    + " bytes, the limit is " + maxMessageLength);
        }
        if (in.readableBytes() - 1 < length) {
            return;
        }
        PayloadReader r = new PayloadReader(in.slice(start + 5, length - 4));
        in.skipBytes(1 + length);
        BackendMessage message = decodeBody(type, r);
        r.end();
        out.add(message);
    }

    private static BackendMessage decodeBody(byte type, PayloadReader r) {
        return switch (type) {
            case 'R' -> authentication(r);
            case 'K' -> backendKeyData(r);
            case '2' -> BindComplete.INSTANCE;
            case '3' -> CloseComplete.INSTANCE;
            case 'C' -> new CommandComplete(r.readCString());
            case 'd' -> new CopyData(r.readRemaining());
            case 'c' -> CopyDone.INSTANCE;
            case 'G' -> new CopyInResponse(r.readByte(), r.readShorts(r.readCount(2)));
            case 'H' -> new CopyOutResponse(r.readByte(), r.readShorts(r.readCount(2)));
            case 'W' -> new CopyBothResponse(r.readByte(), r.readShorts(r.readCount(2)));
            case 'D' -> new DataRow(r.readValues(r.readCount(4)));
            case 'I' -> EmptyQueryResponse.INSTANCE;
            case 'E' -> new ErrorResponse(fields(r));
            case 'N' -> new NoticeResponse(fields(r));
            case 'V' -> new FunctionCallResponse(r.readNullableBytes());
            case 'v' -> negotiateProtocolVersion(r);
            case 'n' -> NoData.INSTANCE;
            case 'A' -> new NotificationResponse(r.readInt(), r.readCString(), r.readCString());
            case 't' -> new ParameterDescription(r.readInts(r.readCount(4)));
            case 'S' -> new ParameterStatus(r.readCString(), r.readCString());
            case '1' -> ParseComplete.INSTANCE;
            case 's' -> PortalSuspended.INSTANCE;
            case 'Z' -> readyForQuery(r);
            case 'T' -> rowDescription(r);
            default -> throw protocolViolation("invalid backend message type " + type);
        };
    }

    private static BackendMessage authentication(PayloadReader r) {
        int code = r.readInt();
        return switch (code) {
            case BackendMessageWriter.AUTH_OK -> AuthenticationOk.INSTANCE;
            case BackendMessageWriter.AUTH_KERBEROS_V5 -> AuthenticationKerberosV5.INSTANCE;
            case BackendMessageWriter.AUTH_CLEARTEXT_PASSWORD -> AuthenticationCleartextPassword.INSTANCE;
            case BackendMessageWriter.AUTH_MD5_PASSWORD -> new AuthenticationMD5Password(r.readBytes(4));
            case BackendMessageWriter.AUTH_GSS -> AuthenticationGSS.INSTANCE;
            case BackendMessageWriter.AUTH_GSS_CONTINUE -> new AuthenticationGSSContinue(r.readRemaining());
            case BackendMessageWriter.AUTH_SSPI -> AuthenticationSSPI.INSTANCE;
            case BackendMessageWriter.AUTH_SASL -> {
                List<String> mechanisms = new ArrayList<>();
                for (String m = r.readCString(); !m.isEmpty(); m = r.readCString()) {
                    mechanisms.add(m);
                }
                yield new AuthenticationSASL(mechanisms);
            }
            case BackendMessageWriter.AUTH_SASL_CONTINUE -> new AuthenticationSASLContinue(r.readRemaining());
            case BackendMessageWriter.AUTH_SASL_FINAL -> new AuthenticationSASLFinal(r.readRemaining());
            default -> throw protocolViolation("invalid authentication request code " + code);
        };
    }

    private static BackendKeyData backendKeyData(PayloadReader r) {
        int processId = r.readInt();
        int keyLength = r.remaining();
        if (keyLength < 4 || keyLength > FrontendMessageDecoder.MAX_CANCEL_KEY_LENGTH) {
            throw protocolViolation("invalid cancel key length " + keyLength);
        }
        return new BackendKeyData(processId, r.readRemaining());
    }

    private static Map<Character, String> fields(PayloadReader r) {
        Map<Character, String> fields = new LinkedHashMap<>();
        for (byte code = r.readByte(); code != 0; code = r.readByte()) {
            fields.put((char) (code & 0xff), r.readCString());
        }
        return fields;
    }

    private static NegotiateProtocolVersion negotiateProtocolVersion(PayloadReader r) {
        int newestMinor = r.readInt();
        int count = r.readInt32Count(1);
        List<String> options = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            options.add(r.readCString());
        }
        return new NegotiateProtocolVersion(newestMinor, options);
    }

    private static ReadyForQuery readyForQuery(PayloadReader r) {
        byte status = r.readByte();
        if (status != ReadyForQuery.IDLE && status != ReadyForQuery.IN_TRANSACTION && status != ReadyForQuery.FAILED) {
            throw protocolViolation("invalid transaction status " + status);
        }
        return new ReadyForQuery((char) status);
    }

    private static RowDescription rowDescription(PayloadReader r) {
        // each field is at least a 1-byte name terminator and 18 bytes of fixed-width data
        int count = r.readCount(19);
        List<RowDescription.Field> fields = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            fields.add(new RowDescription.Field(
                    r.readCString(),
                    r.readInt(),
                    r.readShort(),
                    r.readInt(),
                    r.readShort(),
                    r.readInt(),
                    r.readShort()));
        }
        return new RowDescription(fields);
    }
}
