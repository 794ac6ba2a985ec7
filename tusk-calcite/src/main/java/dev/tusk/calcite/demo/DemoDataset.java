package dev.tusk.calcite.demo;

import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryEngine;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.QuerySession;
import dev.tusk.server.api.SessionContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A small shop (500 customers, 100 products, 2,000 orders, 5,000 order items) of text, char, boolean, uuid, numeric,
 * date, timestamptz, jsonb and arrays, computed from row numbers so that every start has the same rows; the SQL is
 * {@code demo.sql} next to this class, valid on PostgreSQL too.
 */
public final class DemoDataset {
    /** The tables the dataset creates, in creation order. */
    public static final List<String> TABLES = List.of("customers", "products", "orders", "order_items");

    private DemoDataset() {}

    /** The dataset's SQL script. */
    public static String script() {
        try (InputStream in = DemoDataset.class.getResourceAsStream("demo.sql")) {
            if (in == null) {
                throw new IllegalStateException("missing resource demo.sql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates and fills the tables in the engine's database, committed, as {@code user}; fails with the statement's
     * PostgreSQL error if a table already exists.
     */
    public static void load(QueryEngine engine, String user, String database) {
        SessionContext session = new StartupSession(user, database);
        ExecutionContext context = new StartupExecution(session);
        try (QuerySession s = engine.openSession(session)) {
            for (String sql : s.splitStatements(script())) {
                if (sql.isBlank()) {
                    continue;
                }
                try (PreparedQuery q = s.prepare(sql, new int[0])) {
                    QueryResult r = q.execute(Parameters.NONE, context);
                    if (r instanceof QueryResult.Rows rows) {
                        rows.rows().close();
                    }
                } catch (PgException e) {
                    throw new IllegalStateException(
                            "demo dataset: " + e.getMessage() + " in: "
                                    + sql.strip().lines().findFirst().orElse(sql),
                            e);
                } catch (Exception e) {
                    throw new IllegalStateException("demo dataset: " + e, e);
                }
            }
        }
    }

    /** Statements at startup run to completion: nothing cancels them. */
    private record StartupExecution(SessionContext session) implements ExecutionContext {
        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public void checkCancelled() {}

        @Override
        public void onCancel(Runnable action) {}
    }
}
