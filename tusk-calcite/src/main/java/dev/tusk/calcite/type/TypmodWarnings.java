package dev.tusk.calcite.type;

import dev.tusk.types.PgWarning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The WARNINGs type modifiers raise while a statement is planned ({@code timestamp(7)}: "TIMESTAMP(7) precision
 * reduced to maximum allowed, 6"), gathered once per written type name however often planning resolves it, so that
 * the session can send them to the client as PostgreSQL's parser does.
 */
public final class TypmodWarnings {
    private static final ThreadLocal<Map<String, PgWarning>> CURRENT = new ThreadLocal<>();

    private TypmodWarnings() {}

    /** Runs {@code work} and returns its result with the warnings raised meanwhile, in order. */
    public static <T> Collected<T> collect(Supplier<T> work) {
        Map<String, PgWarning> outer = CURRENT.get();
        Map<String, PgWarning> mine = new LinkedHashMap<>();
        CURRENT.set(mine);
        try {
            T value = work.get();
            return new Collected<>(value, new ArrayList<>(mine.values()));
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Records the warnings of resolving a type name written at {@code position} (once per position). */
    static void raised(String position, List<PgWarning> warnings) {
        Map<String, PgWarning> current = CURRENT.get();
        if (current != null) {
            for (PgWarning w : warnings) {
                current.putIfAbsent(position + ":" + w.message(), w);
            }
        }
    }

    /**
     * A result with its warnings.
     *
     * @param value what the work returned
     * @param warnings the warnings, in the order their type names were first resolved
     */
    public record Collected<T>(T value, List<PgWarning> warnings) {}
}
