package dev.tusk.it;

import dev.tusk.testkit.pg.Clients;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** psql scripts with ON_ERROR_STOP, \copy in and out, and TLS when the target has it, against every target. */
class PsqlClientTest {

    @ParameterizedTest(name = "psql on {0}")
    @MethodSource("dev.tusk.it.Targets#all")
    void psql(Targets.Factory factory) {
        Clients.assumeAvailable(Clients.command("psql", "apt-get install -y postgresql-client"));
        Clients.assumeAvailable(Clients.command("bash", "apt-get install -y bash"));
        try (ServerTarget target = factory.open()) {
            ClientPrograms.runAndAssert(
                    target,
                    List.of(
                            "bash",
                            ClientPrograms.DIR.resolve("psql/conversation.sh").toString()),
                    ClientPrograms.DIR.resolve("psql"),
                    Map.of());
        }
    }
}
