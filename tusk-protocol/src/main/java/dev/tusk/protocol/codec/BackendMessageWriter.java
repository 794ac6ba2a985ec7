package dev.tusk.protocol.codec;

import static dev.tusk.protocol.codec.WireWriter.begin;
import static dev.tusk.protocol.codec.WireWriter.cString;
import static dev.tusk.protocol.codec.WireWriter.empty;
import static dev.tusk.protocol.codec.WireWriter.end;

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
import java.util.List;
import java.util.Map;

/**
 * Writes backend messages straight into a caller's buffer, so the server can batch many messages into one
 * buffer; {@link BackendMessageEncoder} wraps it as a Netty handler.
 */
public final class BackendMessageWriter {
    /** Authentication request codes, as in the PostgreSQL docs. */
    static final int AUTH_OK = 0;

    static final int AUTH_KERBEROS_V5 = 2;
    static final int AUTH_CLEARTEXT_PASSWORD = 3;
    static final int AUTH_MD5_PASSWORD = 5;
    static final int AUTH_GSS = 7;
    static final int AUTH_GSS_CONTINUE = 8;
    static final int AUTH_SSPI = 9;
    static final int AUTH_SASL = 10;
    static final int AUTH_SASL_CONTINUE = 11;
    static final int AUTH_SASL_FINAL = 12;

    private BackendMessageWriter() {}

    /**
     * Appends one message to {@code buf}.
     *
     * @throws IllegalArgumentException if a string holds a NUL or a count does not fit its wire field; {@code buf} is then left as
     *     it was
     */
    public static void write(BackendMessage message, ByteBuf buf) {
        int start = buf.writerIndex();
        try {
            writeMessage(message, buf);
        } catch (RuntimeException e) {
            buf.writerIndex(start); // never leave half a message behind
            throw e;
        }
    }

    private static void writeMessage(BackendMessage message, ByteBuf buf) {
        switch (message) {
            case AuthenticationOk m -> auth(buf, AUTH_OK);
            case AuthenticationKerberosV5 m -> auth(buf, AUTH_KERBEROS_V5);
            case AuthenticationCleartextPassword m -> auth(buf, AUTH_CLEARTEXT_PASSWORD);
            case AuthenticationMD5Password m -> authWithData(buf, AUTH_MD5_PASSWORD, m.salt());
            case AuthenticationGSS m -> auth(buf, AUTH_GSS);
            case AuthenticationGSSContinue m -> authWithData(buf, AUTH_GSS_CONTINUE, m.data());
            case AuthenticationSSPI m -> auth(buf, AUTH_SSPI);
            case AuthenticationSASL m -> authenticationSasl(buf, m);
            case AuthenticationSASLContinue m -> authWithData(buf, AUTH_SASL_CONTINUE, m.data());
            case AuthenticationSASLFinal m -> authWithData(buf, AUTH_SASL_FINAL, m.data());
            case BackendKeyData m -> backendKeyData(buf, m);
            case BindComplete m -> empty(buf, '2');
            case CloseComplete m -> empty(buf, '3');
            case CommandComplete m -> oneString(buf, 'C', m.tag());
            case CopyData m -> copyData(buf, m);
            case CopyDone m -> empty(buf, 'c');
            case CopyInResponse m -> copyResponse(buf, 'G', m.overallFormat(), m.columnFormats());
            case CopyOutResponse m -> copyResponse(buf, 'H', m.overallFormat(), m.columnFormats());
            case CopyBothResponse m -> copyResponse(buf, 'W', m.overallFormat(), m.columnFormats());
            case DataRow m -> dataRow(buf, m);
            case EmptyQueryResponse m -> empty(buf, 'I');
            case ErrorResponse m -> fields(buf, 'E', m.fields());
            case NoticeResponse m -> fields(buf, 'N', m.fields());
            case FunctionCallResponse m -> functionCallResponse(buf, m);
            case NegotiateProtocolVersion m -> negotiateProtocolVersion(buf, m);
            case NoData m -> empty(buf, 'n');
            case NotificationResponse m -> notificationResponse(buf, m);
            case ParameterDescription m -> parameterDescription(buf, m);
            case ParameterStatus m -> parameterStatus(buf, m);
            case ParseComplete m -> empty(buf, '1');
            case PortalSuspended m -> empty(buf, 's');
            case ReadyForQuery m -> readyForQuery(buf, m);
            case RowDescription m -> rowDescription(buf, m);
        }
    }

    /** Writes the single-byte answer to an SSLRequest or GSSENCRequest. */
    public static void write(EncryptionResponse response, ByteBuf buf) {
        buf.writeByte(response.code());
    }

    private static void auth(ByteBuf buf, int code) {
        buf.writeByte('R');
        buf.writeInt(8);
        buf.writeInt(code);
    }

    private static void authWithData(ByteBuf buf, int code, byte[] data) {
        buf.writeByte('R');
        buf.writeInt(8 + data.length);
        buf.writeInt(code);
        buf.writeBytes(data);
    }

    private static void authenticationSasl(ByteBuf buf, AuthenticationSASL m) {
        int at = begin(buf, 'R');
        buf.writeInt(AUTH_SASL);
        for (String mechanism : m.mechanisms()) {
            if (mechanism.isEmpty()) {
                throw new IllegalArgumentException("empty SASL mechanism name");
            }
            cString(buf, mechanism);
        }
        buf.writeByte(0);
        end(buf, at);
    }

    private static void backendKeyData(ByteBuf buf, BackendKeyData m) {
        buf.writeByte('K');
        buf.writeInt(8 + m.secretKey().length);
        buf.writeInt(m.processId());
        buf.writeBytes(m.secretKey());
    }

    private static void oneString(ByteBuf buf, char type, String s) {
        int at = begin(buf, type);
        cString(buf, s);
        end(buf, at);
    }

    private static void copyData(ByteBuf buf, CopyData m) {
        buf.writeByte('d');
        buf.writeInt(4 + m.data().length);
        buf.writeBytes(m.data());
    }

    private static void copyResponse(ByteBuf buf, char type, byte overallFormat, short[] columnFormats) {
        buf.writeByte(type);
        buf.writeInt(4 + 1 + 2 + 2 * columnFormats.length);
        buf.writeByte(overallFormat);
        WireWriter.shorts(buf, columnFormats);
    }

    private static void dataRow(ByteBuf buf, DataRow m) {
        int at = begin(buf, 'D');
        WireWriter.values(buf, m.values());
        end(buf, at);
    }

    private static void fields(ByteBuf buf, char type, Map<Character, String> fields) {
        int at = begin(buf, type);
        for (Map.Entry<Character, String> field : fields.entrySet()) {
            char code = field.getKey();
            if (code == 0 || code > 0xff) {
                throw new IllegalArgumentException("invalid error field code: " + (int) code);
            }
            buf.writeByte(code);
            cString(buf, field.getValue());
        }
        buf.writeByte(0);
        end(buf, at);
    }

    private static void functionCallResponse(ByteBuf buf, FunctionCallResponse m) {
        int at = begin(buf, 'V');
        WireWriter.nullableBytes(buf, m.result());
        end(buf, at);
    }

    private static void negotiateProtocolVersion(ByteBuf buf, NegotiateProtocolVersion m) {
        int at = begin(buf, 'v');
        buf.writeInt(m.newestMinorVersion());
        List<String> options = m.unrecognizedOptions();
        buf.writeInt(options.size());
        for (String option : options) {
            cString(buf, option);
        }
        end(buf, at);
    }

    private static void notificationResponse(ByteBuf buf, NotificationResponse m) {
        int at = begin(buf, 'A');
        buf.writeInt(m.processId());
        cString(buf, m.channel());
        cString(buf, m.payload());
        end(buf, at);
    }

    private static void parameterDescription(ByteBuf buf, ParameterDescription m) {
        int[] oids = m.typeOids();
        buf.writeByte('t');
        buf.writeInt(4 + 2 + 4 * oids.length);
        WireWriter.count(buf, oids.length);
        for (int oid : oids) {
            buf.writeInt(oid);
        }
    }

    private static void parameterStatus(ByteBuf buf, ParameterStatus m) {
        int at = begin(buf, 'S');
        cString(buf, m.name());
        cString(buf, m.value());
        end(buf, at);
    }

    private static void readyForQuery(ByteBuf buf, ReadyForQuery m) {
        buf.writeByte('Z');
        buf.writeInt(5);
        buf.writeByte(m.transactionStatus());
    }

    private static void rowDescription(ByteBuf buf, RowDescription m) {
        int at = begin(buf, 'T');
        WireWriter.count(buf, m.fields().size());
        for (RowDescription.Field f : m.fields()) {
            cString(buf, f.name());
            buf.writeInt(f.tableOid());
            buf.writeShort(f.columnAttributeNumber());
            buf.writeInt(f.dataTypeOid());
            buf.writeShort(f.dataTypeSize());
            buf.writeInt(f.typeModifier());
            buf.writeShort(f.formatCode());
        }
        end(buf, at);
    }
}
