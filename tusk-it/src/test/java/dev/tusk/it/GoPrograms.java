package dev.tusk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.testkit.pg.Clients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the Go client programs under {@code src/test/clients/go} once per JVM, offline against Debian's pgx v4
 * sources (GOPATH mode, no module download), into a temporary directory.
 */
final class GoPrograms {

    private static final Path GOPATH = Path.of("/usr/share/gocode");
    private static final Map<String, Path> BUILT = new ConcurrentHashMap<>();

    private GoPrograms() {}

    /** The binary of {@code src/test/clients/go/NAME}, built on first use; skips (fails in CI) without Go or pgx. */
    static synchronized Path build(String name) throws IOException {
        Clients.assumeAvailable(
                Clients.go(GOPATH, "github.com/jackc/pgx/v4", "github.com/jackc/pgconn", "github.com/jackc/pgtype"));
        Path done = BUILT.get(name);
        if (done != null) {
            return done;
        }
        Path dir = Files.createTempDirectory("tusk-it-go-" + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "tusk-it-go-cleanup"));
        Path binary = dir.resolve(name);
        Path cache = Files.createDirectories(dir.resolve("gocache"));
        Clients.Result r = Clients.run(
                List.of(Clients.onPath("go").orElseThrow().toString(), "build", "-o", binary.toString(), "."),
                Map.of("GO111MODULE", "off", "GOPATH", GOPATH.toString(), "GOCACHE", cache.toString(), "GOFLAGS", ""),
                ClientPrograms.DIR.resolve("go").resolve(name),
                Duration.ofMinutes(5));
        assertEquals(0, r.exitCode(), () -> "go build failed\n" + r.describe());
        BUILT.put(name, binary);
        return binary;
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
