package dev.tusk.calcite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.server.PgServer;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A DECLAREd cursor is a portal of the extended protocol, as in PostgreSQL: Describe ('P') and Execute by its name,
 * with a row limit (PortalSuspended) and resumption, then FETCH continues where Execute stopped. The expected
 * conversation was recorded from PostgreSQL 15 with the same messages.
 */
class CursorPortalTest {
    private static PgServer server;

    @BeforeAll
    static void start() {
        server = PgServer.builder()
                .host("127.0.0.1")
                .port(0)
                .engine(new CalciteEngine())
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void describeAndExecuteADeclaredCursor() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            byte[] params = "user\0tusk\0database\0tusk\0\0".getBytes(StandardCharsets.UTF_8);
            out.writeInt(8 + params.length);
            out.writeInt(196608);
            out.write(params);
            out.flush();
            untilReady(in);
            send(out, 'Q', cstr("BEGIN; DECLARE c SCROLL CURSOR FOR SELECT g FROM generate_series(1, 5) g"));
            assertEquals(List.of("C BEGIN", "C DECLARE CURSOR", "Z T"), untilReady(in));
            send(out, 'D', concat(new byte[] {'P'}, cstr("c")));
            send(out, 'E', concat(cstr("c"), new byte[] {0, 0, 0, 2}));
            send(out, 'E', concat(cstr("c"), new byte[] {0, 0, 0, 0}));
            send(out, 'E', concat(cstr("c"), new byte[] {0, 0, 0, 0}));
            send(out, 'S', new byte[0]);
            assertEquals(
                    List.of("T g", "D 1", "D 2", "s", "D 3", "D 4", "D 5", "C SELECT 3", "C SELECT 0", "Z T"),
                    untilReady(in));
            send(out, 'Q', cstr("FETCH PRIOR c"));
            assertEquals(List.of("T g", "D 5", "C FETCH 1", "Z T"), untilReady(in));
            send(out, 'D', concat(new byte[] {'P'}, cstr("nope")));
            send(out, 'S', new byte[0]);
            assertEquals(List.of("E 34000 portal \"nope\" does not exist", "Z E"), untilReady(in));
            send(out, 'Q', cstr("ROLLBACK"));
            assertEquals(List.of("C ROLLBACK", "Z I"), untilReady(in));
        }
    }

    private static byte[] cstr(String s) {
        return (s + "\0").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static void send(DataOutputStream out, char type, byte[] body) throws IOException {
        out.writeByte(type);
        out.writeInt(body.length + 4);
        out.write(body);
        out.flush();
    }

    /** The messages up to ReadyForQuery, summarised (ParameterStatus, BackendKeyData and notices skipped). */
    private static List<String> untilReady(DataInputStream in) throws IOException {
        List<String> seen = new ArrayList<>();
        while (true) {
            char type = (char) in.readByte();
            byte[] body = new byte[in.readInt() - 4];
            in.readFully(body);
            switch (type) {
                case 'S', 'K', 'N', 'R' -> {}
                case 'C' -> seen.add("C " + new String(body, 0, body.length - 1, StandardCharsets.UTF_8));
                case 'Z' -> {
                    seen.add("Z " + (char) body[0]);
                    return seen;
                }
                case 'T' -> {
                    int end = 2;
                    while (body[end] != 0) {
                        end++;
                    }
                    seen.add("T " + new String(body, 2, end - 2, StandardCharsets.UTF_8));
                }
                case 'D' -> {
                    int len = ((body[2] & 0xFF) << 24)
                            | ((body[3] & 0xFF) << 16)
                            | ((body[4] & 0xFF) << 8)
                            | (body[5] & 0xFF);
                    seen.add("D " + new String(body, 6, len, StandardCharsets.UTF_8));
                }
                case 'E' -> {
                    String code = null;
                    String message = null;
                    int i = 0;
                    while (i < body.length && body[i] != 0) {
                        int j = i + 1;
                        while (body[j] != 0) {
                            j++;
                        }
                        String v = new String(body, i + 1, j - i - 1, StandardCharsets.UTF_8);
                        if (body[i] == 'C') {
                            code = v;
                        } else if (body[i] == 'M') {
                            message = v;
                        }
                        i = j + 1;
                    }
                    seen.add("E " + code + " " + message);
                }
                default -> seen.add(String.valueOf(type));
            }
        }
    }
}
