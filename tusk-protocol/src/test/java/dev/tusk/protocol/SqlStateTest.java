package dev.tusk.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SqlStateTest {
    @Test
    void coversPostgres15() {
        // errcodes.txt of PostgreSQL 15 has 266 entries (260 distinct codes, 6 alias macros)
        assertEquals(266, SqlState.values().length);
        Set<String> codes = new HashSet<>();
        for (SqlState s : SqlState.values()) {
            assertTrue(s.code().matches("[0-9A-Z]{5}"), s.code());
            assertTrue(s.conditionName().matches("[a-z0-9_]+"), s.conditionName());
            codes.add(s.code());
        }
        assertEquals(260, codes.size());
    }

    @Test
    void looksUpByCode() {
        assertEquals(SqlState.UNIQUE_VIOLATION, SqlState.fromCode("23505"));
        assertEquals("unique_violation", SqlState.UNIQUE_VIOLATION.conditionName());
        assertEquals("08P01", SqlState.PROTOCOL_VIOLATION.code());
        assertEquals(SqlState.INVALID_CATALOG_NAME, SqlState.fromCode("3D000"));
        assertEquals("invalid_catalog_name", SqlState.UNDEFINED_DATABASE.conditionName());
        assertEquals(SqlState.ARRAY_SUBSCRIPT_ERROR, SqlState.fromCode("2202E"));
        assertEquals(SqlState.Category.WARNING, SqlState.fromCode("01000").category());
        assertEquals(SqlState.Category.ERROR, SqlState.SYNTAX_ERROR.category());
        assertEquals("42", SqlState.SYNTAX_ERROR.sqlClass());
        assertNull(SqlState.fromCode("ZZZZZ"));
        assertNull(SqlState.fromCode(null));
    }

    @Test
    void protocolVersionHelpers() {
        assertEquals(196608, ProtocolVersion.V3_0);
        assertEquals(196610, ProtocolVersion.of(3, 2));
        assertEquals(3, ProtocolVersion.major(ProtocolVersion.V3_2));
        assertEquals(2, ProtocolVersion.minor(ProtocolVersion.V3_2));
        assertEquals(80877103, ProtocolVersion.of(1234, 5679));
        assertEquals(80877104, ProtocolVersion.of(1234, 5680));
        assertEquals(80877102, ProtocolVersion.of(1234, 5678));
        assertEquals("3.0", ProtocolVersion.toString(ProtocolVersion.V3_0));
    }
}
