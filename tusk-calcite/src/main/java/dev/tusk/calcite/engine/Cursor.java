package dev.tusk.calcite.engine;

import dev.tusk.calcite.parser.PgFetch;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.List;

/**
 * One SQL cursor: the rows of its query, computed at DECLARE from the snapshot of that moment, and PostgreSQL's
 * position rules for FETCH and MOVE (before the first row, on a row, after the last; NO SCROLL cursors refuse to go
 * back with 55000).
 */
final class Cursor {
    private final String name;
    private final List<Column> columns;
    private final List<Object[]> rows;
    private final boolean scroll;
    private final boolean hold;
    /** 0 before the first row, 1..n on a row, n + 1 after the last. */
    private long position;

    Cursor(String name, List<Column> columns, List<Object[]> rows, boolean scroll, boolean hold) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.scroll = scroll;
        this.hold = hold;
    }

    String name() {
        return name;
    }

    List<Column> columns() {
        return columns;
    }

    boolean hold() {
        return hold;
    }

    /** Moves as FETCH or MOVE does and returns the rows passed over (FETCH sends them, MOVE counts them). */
    List<Object[]> fetch(PgFetch.Direction direction, long count, boolean move) {
        long n = rows.size();
        return switch (direction) {
            case FORWARD -> count == 0 ? current(move) : forward(count);
            case BACKWARD -> count == 0 ? current(move) : backward(count);
            case ABSOLUTE -> absolute(count, n);
            case RELATIVE -> {
                if (count == 0) {
                    yield current(move);
                }
                if (count < 0) {
                    requireScroll();
                }
                long target = position + count;
                if (count > 0 && position > n) {
                    target = n + 1;
                }
                yield jump(target, n);
            }
        };
    }

    private List<Object[]> current(boolean move) {
        boolean onRow = position >= 1 && position <= rows.size();
        if (!onRow) {
            return List.of();
        }
        if (!move) {
            requireScroll(); // PostgreSQL steps back one row and fetches it again
        }
        return List.<Object[]>of(rows.get((int) position - 1));
    }

    private List<Object[]> forward(long count) {
        long n = rows.size();
        List<Object[]> out = new ArrayList<>();
        while (out.size() < count && position <= n) {
            position++;
            if (position <= n) {
                out.add(rows.get((int) position - 1));
            }
        }
        return out;
    }

    private List<Object[]> backward(long count) {
        requireScroll();
        List<Object[]> out = new ArrayList<>();
        while (out.size() < count && position >= 1) {
            position--;
            if (position >= 1) {
                out.add(rows.get((int) position - 1));
            }
        }
        return out;
    }

    private List<Object[]> absolute(long count, long n) {
        if (count > 0) {
            boolean atStart = position == 0;
            if (count - 1 <= Math.min(position, n) && !atStart) {
                requireScroll(); // PostgreSQL rewinds
            }
            return jump(count, n);
        }
        if (count < 0 || position != 0) {
            requireScroll();
        }
        return jump(count < 0 ? n + count + 1 : 0, n);
    }

    /** Positions on row {@code target} (clamped to before-first or after-last) and returns it if there is one. */
    private List<Object[]> jump(long target, long n) {
        if (target < 1) {
            position = 0;
            return List.of();
        }
        if (target > n) {
            position = n + 1;
            return List.of();
        }
        position = target;
        return List.<Object[]>of(rows.get((int) target - 1));
    }

    private void requireScroll() {
        if (!scroll) {
            throw PgException.builder(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "cursor can only scan forward")
                    .hint("Declare it with SCROLL option to enable backward scan.")
                    .build();
        }
    }
}
