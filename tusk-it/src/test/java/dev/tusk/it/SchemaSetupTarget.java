package dev.tusk.it;

import dev.tusk.testkit.sqltest.ScriptParser;
import dev.tusk.testkit.sqltest.ScriptStatement;
import dev.tusk.testkit.sqltest.SqlScript;
import dev.tusk.testkit.sqltest.SqlTarget;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A target whose fresh databases first get a schema script's statements through one session of their own, before
 * the compared script runs; a statement of the schema the server rejects is recorded by line (or, when {@code
 * strict}, fails the run: the schema must work on PostgreSQL).
 */
final class SchemaSetupTarget implements SqlTarget {

    private final SqlTarget base;
    private final SqlScript schema;
    private final boolean strict;
    private final Map<String, String> failures = new TreeMap<>();

    SchemaSetupTarget(SqlTarget base, Path schemaFile, boolean strict) {
        this.base = base;
        this.schema = ScriptParser.parse(schemaFile);
        this.strict = strict;
    }

    /** The schema statements the server rejected, as {@code schema.sql:LINE} with the error message. */
    Map<String, String> failures() {
        return failures;
    }

    @Override
    public String name() {
        return base.name();
    }

    @Override
    public Database freshDatabase() {
        Database db = base.freshDatabase();
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            for (ScriptStatement statement : schema.statements()) {
                try {
                    s.execute(statement.sql());
                } catch (SQLException e) {
                    String key = schema.name() + ":" + statement.line();
                    if (strict) {
                        throw new IllegalStateException(
                                key + " fails on " + base.name() + ": " + e.getMessage() + "\n" + statement.sql(), e);
                    }
                    failures.put(key, e.getMessage());
                }
            }
        } catch (SQLException | RuntimeException e) {
            db.close();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot create the schema on " + base.name() + ": " + e.getMessage(), e);
        }
        return db;
    }

    /** The schema statements, for reports. */
    List<ScriptStatement> statements() {
        return schema.statements();
    }
}
