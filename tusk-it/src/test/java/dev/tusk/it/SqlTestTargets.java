package dev.tusk.it;

import dev.tusk.examples.memory.MemoryEngine;
import dev.tusk.server.PgServer;
import dev.tusk.testkit.sqltest.SqlTarget;

/** The servers the sqltest conformance harness compares with PostgreSQL 15. */
final class SqlTestTargets {

    private SqlTestTargets() {}

    /** A fresh Tusk server on the in-memory example backend for each script, in this JVM; stopped afterwards. */
    static SqlTarget memoryEngine() {
        return SqlTarget.of("tusk-memory", () -> {
            PgServer server = PgServer.builder()
                    .host("127.0.0.1")
                    .port(0)
                    .engine(new MemoryEngine())
                    .build()
                    .start();
            return SqlTarget.Database.jdbc(
                    "jdbc:postgresql://127.0.0.1:" + server.port() + "/tusk", "tusk_it", "", server::close);
        });
    }
}
