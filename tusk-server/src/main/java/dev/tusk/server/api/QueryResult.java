package dev.tusk.server.api;

import java.util.List;
import java.util.Objects;

/** What executing a statement produced: rows, a command tag, a COPY in either direction, or nothing. */
public sealed interface QueryResult {

    /**
     * Rows streamed to the client. The command tag is {@code tagPrefix} followed by a space and the number
     * of rows sent, e.g. prefix {@code "SELECT"} gives {@code "SELECT 5"}, {@code "INSERT 0"} gives
     * {@code "INSERT 0 5"} (for {@code INSERT ... RETURNING}); when {@code counted} is false the tag is the
     * prefix alone (PostgreSQL's {@code SHOW}).
     */
    record Rows(List<Column> columns, RowStream rows, String tagPrefix, boolean counted) implements QueryResult {
        public Rows {
            columns = List.copyOf(columns);
            Objects.requireNonNull(rows, "rows");
            Objects.requireNonNull(tagPrefix, "tagPrefix");
        }

        /** Rows whose tag ends with their count. */
        public Rows(List<Column> columns, RowStream rows, String tagPrefix) {
            this(columns, rows, tagPrefix, true);
        }

        /** Rows tagged {@code SELECT n}. */
        public static Rows select(List<Column> columns, RowStream rows) {
            return new Rows(columns, rows, "SELECT");
        }

        /** The command tag after {@code sent} rows. */
        public String commandTag(long sent) {
            return counted ? tagPrefix + " " + sent : tagPrefix;
        }
    }

    /** A statement that returns no rows, reported by its command tag, e.g. {@code "CREATE TABLE"}. */
    record Command(String tag) implements QueryResult {
        public Command {
            Objects.requireNonNull(tag, "tag");
        }
    }

    /**
     * {@code COPY ... FROM STDIN}: the server sends CopyInResponse, parses the client's data in the given
     * format into rows of Java values typed by {@code columns}, and hands them to {@code sink}. The command
     * tag is {@code COPY n} with the count {@link CopyInSink#finish()} returns. {@code relation} is the
     * target table's name as PostgreSQL shows it in the CONTEXT of a data error ({@code COPY items, line 3,
     * column qty: "abc"}): the bare relation name, unquoted and without schema; null when there is none to
     * show, and the context then says {@code COPY stdin}.
     */
    record CopyIn(CopyOptions options, List<Column> columns, CopyInSink sink, String relation) implements QueryResult {
        public CopyIn {
            Objects.requireNonNull(options, "options");
            columns = List.copyOf(columns);
            Objects.requireNonNull(sink, "sink");
        }

        /** A COPY FROM STDIN with no relation name to show in error contexts. */
        public CopyIn(CopyOptions options, List<Column> columns, CopyInSink sink) {
            this(options, columns, sink, null);
        }
    }

    /**
     * {@code COPY ... TO STDOUT}: the server sends CopyOutResponse and streams the rows encoded in the given
     * format, then CopyDone and {@code COPY n}.
     */
    record CopyOut(CopyOptions options, List<Column> columns, RowStream rows) implements QueryResult {
        public CopyOut {
            Objects.requireNonNull(options, "options");
            columns = List.copyOf(columns);
            Objects.requireNonNull(rows, "rows");
        }
    }

    /** An empty statement (only whitespace or comments): EmptyQueryResponse. */
    record Empty() implements QueryResult {
        /** The single instance. */
        public static final Empty INSTANCE = new Empty();
    }
}
