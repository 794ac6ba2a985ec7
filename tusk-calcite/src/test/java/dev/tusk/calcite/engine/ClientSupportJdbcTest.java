package dev.tusk.calcite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.server.PgServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What drivers ask of the engine beyond plain SQL, each answer checked against PostgreSQL 15's: parameter types of
 * operators, assignments and ANY/ALL (Describe), current_schema() as SQLAlchemy calls it, current_catalog, the read-only
 * settings drivers read at connect.
 */
class ClientSupportJdbcTest {
    private static PgServer server;

    @BeforeAll
    static void start() throws SQLException {
        server = PgServer.builder()
                .host("127.0.0.1")
                .port(0)
                .engine(new CalciteEngine())
                .build()
                .start();
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (i int, b bigint, n numeric(12,2), t text, d date, j json, ia int[])");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/tusk?user=tusk");
    }

    /** The parameter types Describe reports for {@code sql}, by pgjdbc's names. */
    private static List<String> parameterTypes(String sql) throws SQLException {
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                out.add(ps.getParameterMetaData().getParameterTypeName(i));
            }
            return out;
        }
    }

    @Test
    void untypedParametersOfOperatorsTakeTheOtherOperandsType() throws SQLException {
        // as PostgreSQL: "i + $1" is int4 + int4, not int4 + text
        assertEquals(List.of("int4"), parameterTypes("SELECT i + ? FROM t"));
        assertEquals(List.of("int8"), parameterTypes("SELECT b * ? FROM t"));
        assertEquals(List.of("numeric"), parameterTypes("SELECT ? + 1.5"));
        assertEquals(List.of("text", "numeric", "int4"), parameterTypes("UPDATE t SET t = ?, n = n + ? WHERE i = ?"));
        assertEquals(List.of("numeric"), parameterTypes("SELECT round(?, 2)"));
    }

    @Test
    void aParameterOfAnyOrAllIsAnArray() throws SQLException {
        assertEquals(List.of("_int4"), parameterTypes("SELECT * FROM t WHERE i = ANY(?)"));
        assertEquals(List.of("_text"), parameterTypes("SELECT * FROM t WHERE t <> ALL(?)"));
        assertEquals(List.of("int4"), parameterTypes("SELECT * FROM t WHERE i IN (?)"));
        try (Connection c = connect();
                PreparedStatement ps =
                        c.prepareStatement("SELECT count(*) FROM (VALUES (1), (2), (3)) v(x) WHERE x = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("int4", new Integer[] {1, 3}));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(2, rs.getInt(1));
            }
        }
    }

    @Test
    void parametersCastOrAssignedTakeTheTargetType() throws SQLException {
        assertEquals(List.of("numeric"), parameterTypes("SELECT ?::numeric"));
        assertEquals(List.of("numeric"), parameterTypes("INSERT INTO t (n) VALUES (?)"));
        assertEquals(List.of("numeric"), parameterTypes("UPDATE t SET n = ?"));
        assertEquals(List.of("json"), parameterTypes("UPDATE t SET j = ?"));
        assertEquals(List.of("json", "date"), parameterTypes("INSERT INTO t (j, d) VALUES (?, ?)"));
    }

    @Test
    void parametersStillWorkAfterTheirTypesAreInferred() throws SQLException {
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement("SELECT ? + 1.5, ?::numeric * 2")) {
            ps.setObject(1, 2, java.sql.Types.OTHER);
            ps.setString(2, "0.25");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals("3.5", rs.getString(1));
                assertEquals("0.50", rs.getString(2));
            }
        }
    }

    @Test
    void currentSchemaAndCatalog() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            try (ResultSet rs =
                    s.executeQuery("SELECT current_schema(), current_schema, current_catalog, current_database()")) {
                rs.next();
                assertEquals("public", rs.getString(1));
                assertEquals("public", rs.getString(2));
                assertEquals("tusk", rs.getString(3));
                assertEquals("tusk", rs.getString(4));
                assertEquals("current_schema", rs.getMetaData().getColumnName(1));
                assertEquals("current_catalog", rs.getMetaData().getColumnName(3));
                assertEquals("name", rs.getMetaData().getColumnTypeName(1));
            }
            s.execute("SET search_path = nowhere");
            try (ResultSet rs = s.executeQuery("SELECT current_schema() IS NULL")) {
                rs.next();
                assertEquals(true, rs.getBoolean(1));
            }
        }
    }

    @Test
    void readOnlySettingsDriversRead() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            for (String[] setting :
                    new String[][] {{"server_version_num", "150000"}, {"block_size", "8192"}, {"data_checksums", "off"}
                    }) {
                try (ResultSet rs = s.executeQuery("SHOW " + setting[0])) {
                    rs.next();
                    assertEquals(setting[1], rs.getString(1), setting[0]);
                }
            }
        }
    }
}
