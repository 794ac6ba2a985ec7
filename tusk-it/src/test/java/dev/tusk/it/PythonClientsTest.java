package dev.tusk.it;

import dev.tusk.testkit.pg.Clients;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** psycopg2, psycopg 3 and asyncpg (Debian packages, run by /usr/bin/python3) against every target. */
class PythonClientsTest {

    @ParameterizedTest(name = "psycopg2 on {0}")
    @MethodSource("dev.tusk.it.Targets#all")
    void psycopg2(Targets.Factory factory) {
        run(factory, "psycopg2", "python3-psycopg2");
    }

    @ParameterizedTest(name = "psycopg 3 on {0}")
    @MethodSource("dev.tusk.it.Targets#all")
    void psycopg3(Targets.Factory factory) {
        run(factory, "psycopg", "python3-psycopg");
    }

    @ParameterizedTest(name = "asyncpg on {0}")
    @MethodSource("dev.tusk.it.Targets#all")
    void asyncpg(Targets.Factory factory) {
        run(factory, "asyncpg", "python3-asyncpg");
    }

    private static void run(Targets.Factory factory, String module, String debianPackage) {
        Clients.assumeAvailable(Clients.python(Clients.SYSTEM_PYTHON, "apt-get install -y " + debianPackage, module));
        try (ServerTarget target = factory.open()) {
            ClientPrograms.runAndAssert(
                    target,
                    List.of(
                            Clients.SYSTEM_PYTHON,
                            ClientPrograms.DIR.resolve("python/conversation.py").toString(),
                            module),
                    ClientPrograms.DIR.resolve("python"),
                    Map.of());
        }
    }
}
