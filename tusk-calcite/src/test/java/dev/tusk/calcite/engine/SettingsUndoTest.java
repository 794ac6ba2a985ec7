package dev.tusk.calcite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PostgreSQL's transactional settings: what ROLLBACK, ROLLBACK TO SAVEPOINT and COMMIT leave behind. */
class SettingsUndoTest {
    private final Map<String, String> settings = new HashMap<>(Map.of("work_mem", "4MB", "search_path", "public"));
    private final SettingsUndo undo = new SettingsUndo(settings::put);

    private void set(String name, String value, boolean local) {
        String before = settings.get(name);
        settings.put(name, value);
        undo.recorded(name, before, value, local);
    }

    @Test
    void rollbackUndoesEverySet() {
        set("work_mem", "8MB", false);
        set("search_path", "x", true);
        undo.rollback();
        assertEquals("4MB", settings.get("work_mem"));
        assertEquals("public", settings.get("search_path"));
    }

    @Test
    void rollbackToSavepointUndoesOnlyWhatFollowedIt() {
        set("work_mem", "8MB", true);
        undo.savepoint("a");
        set("work_mem", "16MB", true);
        set("search_path", "x", false);
        undo.rollbackTo("a");
        assertEquals("8MB", settings.get("work_mem"));
        assertEquals("public", settings.get("search_path"));
        set("search_path", "y", false);
        undo.rollbackTo("a"); // the savepoint stays after ROLLBACK TO
        assertEquals("public", settings.get("search_path"));
    }

    @Test
    void releasedSavepointsKeepTheirChanges() {
        undo.savepoint("a");
        set("work_mem", "8MB", false);
        undo.release("a");
        undo.rollbackTo("a"); // no such savepoint any more: nothing happens here
        assertEquals("8MB", settings.get("work_mem"));
    }

    @Test
    void commitKeepsSetAndEndsSetLocal() {
        set("work_mem", "8MB", false);
        set("work_mem", "9MB", true);
        set("search_path", "x", true);
        set("search_path", "y", false);
        undo.commit();
        assertEquals("8MB", settings.get("work_mem"));
        assertEquals("y", settings.get("search_path"));
    }
}
