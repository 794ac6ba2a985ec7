package dev.tusk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.testkit.pg.Clients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** pgx v4 (Debian's golang-github-jackc-pgx-v4-dev, built offline in GOPATH mode) against every target. */
class GoClientTest {

    private static final Path GOPATH = Path.of("/usr/share/gocode");
    private static final Path PROGRAM_DIR = ClientPrograms.DIR.resolve("go/pgxclient");

    @TempDir
    static Path buildDir;

    private static Path binary;

    @BeforeAll
    static void build() throws IOException {
        Clients.assumeAvailable(Clients.go(GOPATH, "github.com/jackc/pgx/v4", "github.com/jackc/pgconn"));
        binary = buildDir.resolve("pgxclient");
        Path cache = Files.createDirectories(buildDir.resolve("gocache"));
        Clients.Result r = Clients.run(
                List.of(Clients.onPath("go").orElseThrow().toString(), "build", "-o", binary.toString(), "."),
                Map.of("GO111MODULE", "off", "GOPATH", GOPATH.toString(), "GOCACHE", cache.toString(), "GOFLAGS", ""),
                PROGRAM_DIR,
                Duration.ofMinutes(5));
        assertEquals(0, r.exitCode(), () -> "go build failed\n" + r.describe());
    }

    @ParameterizedTest(name = "pgx v4 on {0}")
    @MethodSource("dev.tusk.it.Targets#all")
    void pgx(Targets.Factory factory) {
        try (ServerTarget target = factory.open()) {
            ClientPrograms.runAndAssert(target, List.of(binary.toString()), PROGRAM_DIR, Map.of());
        }
    }
}
