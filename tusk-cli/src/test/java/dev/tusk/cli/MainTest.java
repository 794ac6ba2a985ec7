package dev.tusk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.server.PgServer;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    @Test
    void help() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().startsWith("Usage: tusk serve [options]"));
        assertTrue(out.toString().contains("--config FILE"));
        assertEquals(0, run("serve", "--help"));
        assertEquals(0, run("help"));
        assertEquals("", err.toString());
    }

    @Test
    void version() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("tusk "));
    }

    @Test
    void badFlagsExitWithTwoAndUsage() {
        assertEquals(2, run("serve", "--nope"));
        assertTrue(err.toString().startsWith("tusk: unknown option: --nope"));
        assertTrue(err.toString().contains("Usage: tusk serve"));
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run());
    }

    @Test
    void certDelegates() {
        assertEquals(0, run("cert", "--help"));
        assertTrue(out.toString().startsWith("Usage: tusk cert"));
    }

    @Test
    void startupLine() {
        ServeOptions o = new ServeOptions("::1", 5432, "a b", "secret", null, null, false, "scram-sha-256", false);
        String line = ServeCommand.startupLine(o, 5432);
        assertTrue(
                line.endsWith("listening on [::1]:5432 - connect with: psql \"postgresql://a%20b@[::1]:5432/a%20b\""),
                line);
        assertTrue(!line.contains("secret"));
    }

    /** Starts tusk serve on a free port, then speaks the start of the protocol to it over a raw socket. */
    @Test
    void serveEndToEnd() throws Exception {
        BlockingQueue<PgServer> started = new ArrayBlockingQueue<>(1);
        Main main = new Main(new PrintWriter(out, true), new PrintWriter(err, true), started::add);
        Thread t = Thread.ofPlatform().start(() -> main.run(new String[] {"serve", "--port", "0"}));
        PgServer server = started.poll(30, TimeUnit.SECONDS);
        try {
            Matcher m = Pattern.compile(
                            "listening on 127\\.0\\.0\\.1:(\\d+) - connect with: psql \"postgresql://tusk@127\\.0\\.0\\.1:\\1/tusk\"")
                    .matcher(out.toString());
            assertTrue(m.find(), out.toString());
            int port = Integer.parseInt(m.group(1));
            assertEquals(server.port(), port);
            assertTrue(err.toString().contains("trust authentication"));
            try (Socket s = new Socket("127.0.0.1", port)) {
                DataOutputStream o = new DataOutputStream(s.getOutputStream());
                byte[] params = "user\0tusk\0database\0tusk\0\0".getBytes(StandardCharsets.UTF_8);
                o.writeInt(8 + params.length);
                o.writeInt(196608);
                o.write(params);
                o.flush();
                DataInputStream in = new DataInputStream(s.getInputStream());
                assertEquals('R', in.readByte());
                assertEquals(8, in.readInt());
                assertEquals(0, in.readInt(), "AuthenticationOk");
                char type;
                do {
                    type = (char) in.readByte();
                    in.skipNBytes(in.readInt() - 4);
                } while (type != 'Z');
                byte[] sql = "SELECT 1\0".getBytes(StandardCharsets.UTF_8);
                o.writeByte('Q');
                o.writeInt(4 + sql.length);
                o.write(sql);
                o.flush();
                assertEquals('T', in.readByte(), "RowDescription");
                in.skipNBytes(in.readInt() - 4);
                assertEquals('D', in.readByte(), "DataRow");
                in.readInt();
                assertEquals(1, in.readShort());
                assertEquals(1, in.readInt());
                assertEquals('1', in.readByte());
                assertEquals('C', in.readByte(), "CommandComplete");
                o.writeByte('X');
                o.writeInt(4);
                o.flush();
            } catch (IOException e) {
                throw new AssertionError(out + "\n" + err, e);
            }
        } finally {
            server.close();
            t.join(30_000);
        }
    }
}
