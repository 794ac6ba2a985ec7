package dev.tusk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.testkit.pg.Clients;
import dev.tusk.testkit.pg.PostgresInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The throwaway PostgreSQL itself: settings, authentication methods and clean-up. */
class PostgresInstanceTest {

    @Test
    void sharedInstanceHasTheConfiguredSettings() {
        Clients.assumeAvailable(Clients.postgresServer());
        PostgresInstance pg = PostgresInstance.shared();
        assertEquals("1100", pg.psql("SHOW max_connections").strip());
        assertEquals("off", pg.psql("SHOW fsync").strip());
        assertEquals("scram-sha-256", pg.psql("SHOW password_encryption").strip());
        assertEquals("UTF8", pg.psql("SHOW server_encoding").strip());
        assertEquals("127.0.0.1", pg.psql("SHOW listen_addresses").strip());
        assertEquals(
                pg.rootCertificate().isPresent() ? "on" : "off",
                pg.psql("SHOW ssl").strip());
        assertTrue(pg.psql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                .strip()
                .equals("t"));
    }

    @Test
    void md5WithoutTlsAndCleanUp() throws SQLException {
        Clients.assumeAvailable(Clients.postgresServer());
        Path dir;
        try (PostgresInstance pg = PostgresInstance.start(PostgresInstance.Options.defaults()
                .withHostAuthMethod("md5")
                .withTls(false)
                .withMaxConnections(50)
                .withCredentials("alice", "s3cr\u00e9t'\"x"))) {
            dir = pg.socketDirectory();
            assertTrue(Files.isDirectory(dir));
            assertFalse(pg.rootCertificate().isPresent());
            assertEquals("50", pg.psql("SHOW max_connections").strip());
            Properties props = new Properties();
            props.setProperty("user", pg.user());
            props.setProperty("password", pg.password());
            props.setProperty("sslmode", "disable");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), props)) {
                assertEquals("alice", c.getMetaData().getUserName());
            }
            assertTrue(pg.psql("SELECT 1").strip().equals("1"));
        }
        assertFalse(Files.exists(dir), "the data directory is deleted on close");
    }
}
