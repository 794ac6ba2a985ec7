package dev.tusk.cli.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.server.tls.PemFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final CertCommand command = new CertCommand(new PrintWriter(out), new PrintWriter(err));

    @Test
    void help() {
        assertEquals(CertCommand.OK, command.run(new String[] {"--help"}));
        assertTrue(out.toString().startsWith("Usage: tusk cert"));
    }

    @Test
    void badArguments() {
        assertEquals(CertCommand.USAGE, command.run(new String[] {"--bogus"}));
        assertTrue(err.toString().contains("unknown argument \"--bogus\""), err.toString());
        assertEquals(CertCommand.USAGE, command.run(new String[] {"--dir"}));
        assertEquals(CertCommand.USAGE, command.run(new String[] {"--host", "a,,b"}));
    }

    @Test
    void writesTheFiles() throws Exception {
        Path target = dir.resolve("certs");
        assertEquals(CertCommand.OK, command.run(new String[] {
            "--dir", target.toString(), "--host", "db.test,192.168.1.9", "--host=x.test"
        }));
        for (String f : new String[] {"ca.crt", "server.crt", "server.key"}) {
            assertTrue(Files.isRegularFile(target.resolve(f)), f);
        }
        assertTrue(out.toString().contains("localhost, 127.0.0.1, ::1, db.test, 192.168.1.9, x.test"), out.toString());
        var sans =
                PemFiles.readCertificates(target.resolve("server.crt")).get(0).getSubjectAlternativeNames();
        assertEquals(6, sans.size());
    }

    @Test
    void unwritableDirectoryFails() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x", java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(
                CertCommand.FAILED,
                command.run(new String[] {"--dir", file.resolve("sub").toString()}));
        assertTrue(err.toString().startsWith("tusk cert: could not write certificates"), err.toString());
    }
}
