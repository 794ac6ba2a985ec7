package dev.tusk.testkit.sqltest;

import dev.tusk.testkit.pg.PostgresInstance;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL 15 as a {@link SqlTarget}: each script gets a database created from {@code template0} in a
 * {@link PostgresInstance}, dropped (with FORCE) afterwards.
 */
public final class PostgresTarget implements SqlTarget {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final PostgresInstance pg;
    private final String name;

    /** Databases in the given instance, named {@code name} in reports. */
    public PostgresTarget(PostgresInstance pg, String name) {
        this.pg = pg;
        this.name = name;
    }

    /** Databases in the JVM's shared instance ({@link PostgresInstance#shared()}), named {@code postgresql-15}. */
    public static PostgresTarget shared() {
        return new PostgresTarget(PostgresInstance.shared(), "postgresql-15");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Database freshDatabase() {
        String db = "sqltest_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        admin("CREATE DATABASE " + db + " TEMPLATE template0");
        return Database.jdbc(
                pg.jdbcUrl(db),
                pg.user(),
                pg.password(),
                () -> admin("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)"));
    }

    private void admin(String sql) {
        Properties props = new Properties();
        props.setProperty("user", pg.user());
        props.setProperty("password", pg.password());
        props.setProperty("sslmode", "disable");
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), props);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage() + "\n" + pg.logTail(), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
