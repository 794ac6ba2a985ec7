package dev.tusk.it;

import dev.tusk.testkit.pg.Clients;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each real client, used as its users use it, doing CRUD on typed tables (serial and identity keys, parameters of
 * every common type, RETURNING), transactions, savepoints and errors against PostgreSQL 15 and Tusk on Calcite;
 * failures known on a target are listed in {@code src/test/clients/known-failures.txt}.
 */
class CrudClientsTest {

    @ParameterizedTest(name = "psycopg2 on {0}")
    @MethodSource("dev.tusk.it.Targets#sqlEngines")
    void psycopg2(Targets.Factory factory) {
        python(factory, "psycopg2", "psycopg2", "python3-psycopg2");
    }

    @ParameterizedTest(name = "psycopg 3 on {0}")
    @MethodSource("dev.tusk.it.Targets#sqlEngines")
    void psycopg3(Targets.Factory factory) {
        python(factory, "psycopg", "psycopg", "python3-psycopg");
    }

    @ParameterizedTest(name = "asyncpg on {0}")
    @MethodSource("dev.tusk.it.Targets#sqlEngines")
    void asyncpg(Targets.Factory factory) {
        python(factory, "asyncpg", "asyncpg", "python3-asyncpg");
    }

    @ParameterizedTest(name = "SQLAlchemy ORM on {0}")
    @MethodSource("dev.tusk.it.Targets#sqlEngines")
    void sqlalchemy(Targets.Factory factory) {
        Clients.assumeAvailable(
                Clients.python(Clients.SYSTEM_PYTHON, "apt-get install -y python3-psycopg2", "psycopg2"));
        python(factory, "sqlalchemy", "sqlalchemy", "python3-sqlalchemy");
    }

    @ParameterizedTest(name = "node-postgres on {0}")
    @MethodSource("dev.tusk.it.Targets#sqlEngines")
    void nodePostgres(Targets.Factory factory) {
        node(factory, "pg", "pg");
    }

    @ParameterizedTest(name = "postgres.js on {0}")
    @MethodSource("dev.tusk.it.Targets#sqlEngines")
    void postgresJs(Targets.Factory factory) {
        node(factory, "postgres", "postgres");
    }

    @ParameterizedTest(name = "pgx v4 on {0}")
    @MethodSource("dev.tusk.it.Targets#sqlEngines")
    void pgx(Targets.Factory factory) throws IOException {
        Path binary = GoPrograms.build("pgxcrud");
        try (ServerTarget target = factory.open()) {
            ClientChecks.run(
                    target,
                    factory.name(),
                    "pgx",
                    List.of(binary.toString()),
                    ClientPrograms.DIR.resolve("go/pgxcrud"),
                    Map.of());
        }
    }

    @ParameterizedTest(name = "psql scripts on {0}")
    @MethodSource("dev.tusk.it.Targets#sqlEngines")
    void psql(Targets.Factory factory) {
        shell(factory, "psql", "psql/crud.sh", "psql", "apt-get install -y postgresql-client");
    }

    @ParameterizedTest(name = "pgbench custom script on {0}")
    @MethodSource("dev.tusk.it.Targets#sqlEngines")
    void pgbench(Targets.Factory factory) {
        Clients.assumeAvailable(Clients.command("psql", "apt-get install -y postgresql-client"));
        shell(factory, "pgbench", "pgbench/crud.sh", "pgbench", "apt-get install -y postgresql-15");
    }

    private static void shell(Targets.Factory factory, String client, String script, String command, String install) {
        Clients.assumeAvailable(Clients.command(command, install));
        Clients.assumeAvailable(Clients.command("bash", "apt-get install -y bash"));
        Path file = ClientPrograms.DIR.resolve(script);
        try (ServerTarget target = factory.open()) {
            ClientChecks.run(
                    target, factory.name(), client, List.of("bash", file.toString()), file.getParent(), Map.of());
        }
    }

    private static void node(Targets.Factory factory, String driver, String module) {
        Path dir = ClientPrograms.DIR.resolve("node");
        Clients.assumeAvailable(Clients.node(dir, module));
        try (ServerTarget target = factory.open()) {
            ClientChecks.run(
                    target,
                    factory.name(),
                    driver,
                    List.of(
                            Clients.onPath("node").orElseThrow().toString(),
                            dir.resolve("crud.mjs").toString(),
                            driver),
                    dir,
                    Map.of());
        }
    }

    private static void python(Targets.Factory factory, String driver, String module, String debianPackage) {
        Clients.assumeAvailable(Clients.python(Clients.SYSTEM_PYTHON, "apt-get install -y " + debianPackage, module));
        try (ServerTarget target = factory.open()) {
            ClientChecks.run(
                    target,
                    factory.name(),
                    driver,
                    List.of(
                            Clients.SYSTEM_PYTHON,
                            ClientPrograms.DIR.resolve("python/crud.py").toString(),
                            driver),
                    ClientPrograms.DIR.resolve("python"),
                    Map.of());
        }
    }
}
