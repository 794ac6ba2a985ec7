package dev.tusk.it;

import dev.tusk.testkit.pg.Clients;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** node-postgres and postgres.js (from the committed package-lock.json, installed by npm ci) against every target. */
class NodeClientsTest {

    private static final Path NODE_DIR = ClientPrograms.DIR.resolve("node");

    @ParameterizedTest(name = "node-postgres on {0}")
    @MethodSource("dev.tusk.it.Targets#all")
    void nodePostgres(Targets.Factory factory) {
        run(factory, "pg", "pg", "pg-copy-streams");
    }

    @ParameterizedTest(name = "postgres.js on {0}")
    @MethodSource("dev.tusk.it.Targets#all")
    void postgresJs(Targets.Factory factory) {
        run(factory, "postgres", "postgres");
    }

    private static void run(Targets.Factory factory, String driver, String... modules) {
        Clients.assumeAvailable(Clients.node(NODE_DIR, modules));
        try (ServerTarget target = factory.open()) {
            ClientPrograms.runAndAssert(
                    target,
                    List.of(
                            Clients.onPath("node").orElseThrow().toString(),
                            NODE_DIR.resolve("conversation.mjs").toString(),
                            driver),
                    NODE_DIR,
                    Map.of());
        }
    }
}
