package dev.tusk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeOptionsTest {

    @TempDir
    Path dir;

    private static ServeOptions parse(String... args) throws UsageException {
        return ServeOptions.parse(args);
    }

    private static String error(String... args) {
        return assertThrows(UsageException.class, () -> ServeOptions.parse(args))
                .getMessage();
    }

    @Test
    void engineIsCalciteUnlessMemoryIsAsked() throws Exception {
        assertEquals("calcite", parse().engine());
        assertEquals("memory", parse("--engine", "memory").engine());
        assertEquals("calcite", parse("--engine", "CALCITE").engine());
        assertThrows(UsageException.class, () -> parse("--engine", "duckdb"));
    }

    @Test
    void demoFromTheFlagOrTheConfigFile() throws Exception {
        assertFalse(parse().demo());
        assertTrue(parse("--demo").demo());
        assertFalse(parse("--demo=false").demo());
        Path config = dir.resolve("tusk.properties");
        Files.writeString(config, "demo = true\n", StandardCharsets.UTF_8);
        assertTrue(parse("--config", config.toString()).demo());
        assertFalse(parse("--config", config.toString(), "--demo=no").demo());
        assertEquals("--demo needs the calcite engine", error("--demo", "--engine", "memory"));
        assertEquals("--demo must be true or false, not maybe", error("--demo=maybe"));
    }

    @Test
    void defaults() throws Exception {
        ServeOptions o = parse();
        assertEquals("127.0.0.1", o.host());
        assertEquals(5432, o.port());
        assertEquals("tusk", o.user());
        assertNull(o.password());
        assertEquals("trust", o.auth());
        assertFalse(o.requireTls());
        assertFalse(o.help());
    }

    @Test
    void flagsInBothSpellings() throws Exception {
        ServeOptions o = parse("--host", "0.0.0.0", "--port=6543", "--user", "İSTANBUL", "--password", "pw");
        assertEquals("0.0.0.0", o.host());
        assertEquals(6543, o.port());
        assertEquals("İSTANBUL", o.user());
        assertEquals("scram-sha-256", o.auth(), "a password means scram-sha-256 by default");
        assertFalse(o.toString().contains("pw"), "the password never shows");
        assertEquals("md5", parse("--password", "pw", "--auth", "MD5").auth());
        assertEquals(0, parse("--port", "0").port());
        assertTrue(parse("--help").help());
    }

    @Test
    void tlsOptions() throws Exception {
        ServeOptions o = parse("--tls-cert", "c.pem", "--tls-key", "k.pem", "--require-tls");
        assertEquals(Path.of("c.pem"), o.tlsCert());
        assertTrue(o.requireTls());
        assertEquals("--tls-cert and --tls-key go together", error("--tls-cert", "c.pem"));
        assertEquals("--require-tls needs --tls-cert and --tls-key", error("--require-tls"));
    }

    @Test
    void badFlags() {
        assertEquals("unknown option: --bogus", error("--bogus"));
        assertEquals("--port needs a value", error("--port"));
        assertTrue(error("--port", "http").startsWith("--port must be a number"));
        assertTrue(error("--port", "70000").startsWith("--port must be a number"));
        assertTrue(error("--auth", "ldap", "--password", "x").startsWith("--auth must be one of"));
        assertEquals("--auth scram-sha-256 needs --password", error("--auth", "scram-sha-256"));
        assertEquals("unexpected argument: extra", error("extra"));
    }

    @Test
    void configFileMergedUnderFlags() throws IOException, UsageException {
        Path file = dir.resolve("tusk.properties");
        Files.writeString(
                file,
                "# a comment\nhost = 0.0.0.0\nport = 6000\nuser = ağ\npassword = from-file\nauth = password\n",
                StandardCharsets.UTF_8);
        ServeOptions o = parse("--config", file.toString(), "--port", "7000");
        assertEquals("0.0.0.0", o.host());
        assertEquals(7000, o.port(), "flags override the file");
        assertEquals("ağ", o.user());
        assertEquals("from-file", o.password());
        assertEquals("password", o.auth());
    }

    @Test
    void configFileErrors() throws IOException {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "colour = blue\n", StandardCharsets.UTF_8);
        assertTrue(error("--config", file.toString()).startsWith("unknown key in "));
        assertTrue(error("--config", dir.resolve("missing").toString()).startsWith("configuration file not found"));
    }
}
