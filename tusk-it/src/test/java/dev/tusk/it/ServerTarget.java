package dev.tusk.it;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A running server that the real-client tests talk to: a throwaway PostgreSQL now, Tusk later. */
public interface ServerTarget extends AutoCloseable {

    /** The host to connect to. */
    String host();

    /** The TCP port to connect to. */
    int port();

    /** A user that may log in with {@link #password()} over TCP. */
    String user();

    /** The password of {@link #user()}. */
    String password();

    /** A database in which the tests may create the table {@code items}; fresh for each target. */
    String database();

    /** The CA certificate that verifies the server's TLS certificate, or empty when the target has no TLS. */
    Optional<Path> sslRootCert();

    /** A statement that runs long enough (tens of seconds) to be cancelled. */
    String longRunningStatement();

    /** A pgjdbc URL without credentials. */
    default String jdbcUrl() {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database();
    }

    /** The libpq environment variables the client programs read, plus TUSK_SSLROOTCERT when TLS is on. */
    default Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PGHOST", host());
        env.put("PGPORT", Integer.toString(port()));
        env.put("PGUSER", user());
        env.put("PGPASSWORD", password());
        env.put("PGDATABASE", database());
        env.put("PGCONNECT_TIMEOUT", "20");
        env.put("PGSSLMODE", "disable");
        sslRootCert().ifPresent(p -> env.put("TUSK_SSLROOTCERT", p.toString()));
        return env;
    }

    /** Stops the server or drops what the target created for this test. */
    @Override
    void close();
}
