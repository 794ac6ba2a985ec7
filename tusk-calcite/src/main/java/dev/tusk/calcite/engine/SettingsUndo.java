package dev.tusk.calcite.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * PostgreSQL's transactional settings: a SET or SET LOCAL inside a transaction block is undone by ROLLBACK and by
 * ROLLBACK TO a savepoint taken before it; at COMMIT a plain SET stays and SET LOCAL returns to the value the session
 * had without it (the last plain SET's, or the one before the transaction).
 */
final class SettingsUndo {
    private record Entry(String name, String before, String after, boolean local) {}

    private record Mark(String savepoint, int size) {}

    private final List<Entry> log = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final BiConsumer<String, String> assign;

    /** @param assign sets a setting to a value (null: the setting had none, set it to the empty string) */
    SettingsUndo(BiConsumer<String, String> assign) {
        this.assign = assign;
    }

    /** Whether nothing was recorded in this transaction yet (the caller registers its end hooks then). */
    boolean isEmpty() {
        return log.isEmpty() && marks.isEmpty();
    }

    /** Records an assignment made in a transaction block. */
    void recorded(String name, String before, String after, boolean local) {
        log.add(new Entry(name, before, after, local));
    }

    /** SAVEPOINT name. */
    void savepoint(String name) {
        marks.add(new Mark(name, log.size()));
    }

    /** RELEASE SAVEPOINT name: the savepoint and the ones after it are gone, their changes stay. */
    void release(String name) {
        int i = find(name);
        if (i >= 0) {
            marks.subList(i, marks.size()).clear();
        }
    }

    /** ROLLBACK TO SAVEPOINT name: undoes the assignments made after it; the savepoint stays. */
    void rollbackTo(String name) {
        int i = find(name);
        if (i < 0) {
            return;
        }
        undoTo(marks.get(i).size());
        marks.subList(i + 1, marks.size()).clear();
    }

    /** ROLLBACK: undoes every assignment of the transaction. */
    void rollback() {
        undoTo(0);
        marks.clear();
    }

    /** COMMIT: settings whose last assignment was SET LOCAL return to their value without it. */
    void commit() {
        Map<String, String> sessionValue = new HashMap<>();
        Map<String, Boolean> lastLocal = new LinkedHashMap<>();
        for (Entry e : log) {
            sessionValue.putIfAbsent(e.name(), e.before());
            if (!e.local()) {
                sessionValue.put(e.name(), e.after());
            }
            lastLocal.put(e.name(), e.local());
        }
        lastLocal.forEach((name, local) -> {
            if (local) {
                assign.accept(name, sessionValue.get(name));
            }
        });
        log.clear();
        marks.clear();
    }

    private void undoTo(int size) {
        for (int i = log.size() - 1; i >= size; i--) {
            Entry e = log.get(i);
            assign.accept(e.name(), e.before());
        }
        log.subList(size, log.size()).clear();
    }

    private int find(String name) {
        for (int i = marks.size() - 1; i >= 0; i--) {
            if (marks.get(i).savepoint().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
