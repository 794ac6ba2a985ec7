package dev.tusk.it;

import dev.tusk.testkit.sqltest.ConformanceSuite;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance scripts of issue 4 are valid on PostgreSQL 15 itself: exactly the errors marked {@code --
 * @error}, and the same answers in a second fresh database. The Calcite engine runs them against itself later.
 */
class ConformanceScriptsTest {

    /** The scripts, one per SQL area; see the README there. */
    static final Path SCRIPTS = Path.of("src/test/resources/conformance");

    @TestFactory
    Stream<DynamicNode> scriptsRunCleanlyOnPostgres() {
        return ConformanceSuite.in(SCRIPTS).againstPostgresOnly();
    }
}
