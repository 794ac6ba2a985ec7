package dev.tusk.examples.memory.sql;

import java.util.List;

/** A parsed statement of the subset the example backend understands. */
public sealed interface Statement {

    /** One item of a select list: an expression with an optional alias, or {@code *}. */
    record SelectItem(Expr expr, String alias, boolean star, int position) {}

    /** One ORDER BY key. */
    record OrderItem(Expr expr, boolean descending, Boolean nullsFirst) {}

    /** What a SELECT reads from. */
    sealed interface From {}

    /** A table, with an optional alias. */
    record TableRef(String name, String alias, int position) implements From {}

    /** A set-returning function in FROM, e.g. {@code generate_series(1, 10) AS g}. */
    record FunctionRef(Expr.FuncCall call, String alias) implements From {}

    /** {@code SELECT items [FROM from] [WHERE] [ORDER BY] [LIMIT] [OFFSET]}. */
    record Select(List<SelectItem> items, From from, Expr where, List<OrderItem> orderBy, Expr limit, Expr offset)
            implements Statement {
        public Select {
            items = List.copyOf(items);
            orderBy = List.copyOf(orderBy);
        }
    }

    /** One column definition of CREATE TABLE. */
    record ColumnSpec(String name, TypeName type, boolean notNull, boolean primaryKey) {}

    /** {@code CREATE TABLE [IF NOT EXISTS] name (columns)}. */
    record CreateTable(
            String name, boolean ifNotExists, List<ColumnSpec> columns, List<String> primaryKey, int position)
            implements Statement {
        public CreateTable {
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
        }
    }

    /** {@code DROP TABLE [IF EXISTS] name, ...}. */
    record DropTable(List<TableRef> tables, boolean ifExists) implements Statement {
        public DropTable {
            tables = List.copyOf(tables);
        }
    }

    /** {@code TRUNCATE [TABLE] name, ...}. */
    record Truncate(List<TableRef> tables) implements Statement {
        public Truncate {
            tables = List.copyOf(tables);
        }
    }

    /** {@code INSERT INTO table [(columns)] VALUES (...), ... [RETURNING ...]}. */
    record Insert(TableRef table, List<String> columns, List<List<Expr>> rows, List<SelectItem> returning)
            implements Statement {
        public Insert {
            columns = columns == null ? null : List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            returning = returning == null ? null : List.copyOf(returning);
        }
    }

    /** One {@code column = expr} of UPDATE. */
    record Assignment(String column, Expr value, int position) {}

    /** {@code UPDATE table SET ... [WHERE ...] [RETURNING ...]}. */
    record Update(TableRef table, List<Assignment> assignments, Expr where, List<SelectItem> returning)
            implements Statement {
        public Update {
            assignments = List.copyOf(assignments);
            returning = returning == null ? null : List.copyOf(returning);
        }
    }

    /** {@code DELETE FROM table [WHERE ...] [RETURNING ...]}. */
    record Delete(TableRef table, Expr where, List<SelectItem> returning) implements Statement {
        public Delete {
            returning = returning == null ? null : List.copyOf(returning);
        }
    }

    /** The transaction-control statements. */
    enum TxKind {
        /** BEGIN, START TRANSACTION. */
        BEGIN,
        /** COMMIT, END. */
        COMMIT,
        /** ROLLBACK, ABORT. */
        ROLLBACK
    }

    /** BEGIN / START TRANSACTION / COMMIT / END / ROLLBACK / ABORT, with the command tag PostgreSQL reports. */
    record Transaction(TxKind kind, String tag) implements Statement {}

    /** {@code SET [SESSION|LOCAL] name {=|TO} value}; value null means DEFAULT. */
    record Set(String name, String value, boolean local) implements Statement {}

    /** {@code RESET name} or {@code RESET ALL} (name null). */
    record Reset(String name) implements Statement {}

    /** {@code SHOW name} or {@code SHOW ALL} (name "all"). */
    record Show(String name) implements Statement {}

    /** The COPY options as written; unset fields are null. */
    record CopyOptionsSpec(
            String format,
            String delimiter,
            String nullString,
            Boolean header,
            String quote,
            String escape,
            int position) {}

    /** {@code COPY table [(columns)] FROM STDIN | TO STDOUT} or {@code COPY (query) TO STDOUT}. */
    record Copy(TableRef table, List<String> columns, Select query, boolean from, CopyOptionsSpec options)
            implements Statement {
        public Copy {
            columns = columns == null ? null : List.copyOf(columns);
        }
    }

    /** {@code LISTEN channel}. */
    record Listen(String channel) implements Statement {}

    /** {@code UNLISTEN channel}, or {@code UNLISTEN *} (channel null). */
    record Unlisten(String channel) implements Statement {}

    /** {@code NOTIFY channel [, 'payload']}. */
    record Notify(String channel, String payload) implements Statement {}

    /** {@code DISCARD ALL}. */
    record DiscardAll() implements Statement {}

    /** {@code DEALLOCATE [PREPARE] name}, or {@code DEALLOCATE [PREPARE] ALL} (name null). */
    record Deallocate(String name) implements Statement {}

    /** An empty statement (only comments or whitespace). */
    record Empty() implements Statement {}
}
