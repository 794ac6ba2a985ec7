package dev.tusk.testkit.sqltest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** The dynamic tests a directory of scripts becomes (without running them on a server). */
class ConformanceSuiteTest {

    private static final SqlTarget NOWHERE = SqlTarget.of("engine", () -> {
        throw new AssertionError("not run here");
    });

    @Test
    void oneContainerPerScriptWithItsSkipsVisible(@TempDir Path dir) throws Throwable {
        Files.writeString(
                dir.resolve("b.sql"),
                "SELECT 1;\n-- @skip-tusk not yet\nSELECT 2;\n-- @skip-tusk nor this\nSELECT 3;\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.sql"), "-- @eror\nSELECT 1;\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "not a script", StandardCharsets.UTF_8);
        List<DynamicNode> nodes = ConformanceSuite.in(dir).against(NOWHERE).toList();
        assertEquals(
                List.of("a.sql", "b.sql"),
                nodes.stream().map(DynamicNode::getDisplayName).toList());

        DynamicTest broken = assertInstanceOf(DynamicTest.class, nodes.get(0));
        ScriptException e =
                assertThrows(ScriptException.class, () -> broken.getExecutable().execute());
        assertEquals(
                dir.resolve("a.sql") + ":1: unknown directive @eror",
                e.getMessage().substring(0, e.getMessage().indexOf(" (")));

        List<? extends DynamicNode> children = assertInstanceOf(DynamicContainer.class, nodes.get(1))
                .getChildren()
                .toList();
        assertEquals(
                List.of("on engine", "line 3 skipped on engine", "line 5 skipped on engine"),
                children.stream().map(DynamicNode::getDisplayName).toList());
        TestAbortedException skipped = assertThrows(
                TestAbortedException.class,
                () -> ((DynamicTest) children.get(1)).getExecutable().execute());
        assertEquals("not yet: SELECT 2", skipped.getMessage());
    }

    @Test
    void aDirectoryWithoutScriptsIsAnError(@TempDir Path dir) {
        assertThrows(IllegalStateException.class, () -> ConformanceSuite.in(dir).against(NOWHERE));
    }

    @Test
    void postgresOnlyHasNoSkips(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("s.sql"), "-- @skip-tusk later\nSELECT 1;\n", StandardCharsets.UTF_8);
        DynamicContainer c = assertInstanceOf(
                DynamicContainer.class,
                ConformanceSuite.in(dir).againstPostgresOnly().findFirst().orElseThrow());
        assertEquals(
                List.of("on postgresql-15 (second run)"),
                c.getChildren().map(DynamicNode::getDisplayName).toList());
    }
}
