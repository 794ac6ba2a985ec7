package dev.tusk.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.protocol.backend.BackendKeyData;
import dev.tusk.protocol.backend.DataRow;
import dev.tusk.protocol.backend.ErrorField;
import dev.tusk.protocol.backend.ErrorResponse;
import dev.tusk.protocol.backend.NoticeResponse;
import dev.tusk.protocol.backend.ParameterDescription;
import dev.tusk.protocol.backend.ReadyForQuery;
import dev.tusk.protocol.frontend.Bind;
import dev.tusk.protocol.frontend.CancelRequest;
import dev.tusk.protocol.frontend.Describe;
import dev.tusk.protocol.frontend.Parse;
import dev.tusk.protocol.frontend.PasswordMessage;
import dev.tusk.protocol.frontend.SASLInitialResponse;
import dev.tusk.protocol.frontend.StartupMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageRecordsTest {
    @Test
    void arrayComponentsHaveValueSemantics() {
        Bind a = new Bind("", "s", new short[] {1}, Arrays.asList(new byte[] {1}, null), new short[0]);
        Bind b = new Bind("", "s", new short[] {1}, Arrays.asList(new byte[] {1}, null), new short[0]);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new Bind("", "s", new short[] {0}, Arrays.asList(new byte[] {1}, null), new short[0]));
        assertEquals(
                "Bind[portalName=, statementName=s, parameterFormats=[1], parameterValues=[0x01, null], resultFormats=[]]",
                a.toString());
        assertEquals(1, a.parameterFormat(1));
        assertEquals(0, a.resultFormat(3));
        assertEquals(new Parse("", "q", new int[] {23}), new Parse("", "q", new int[] {23}));
        assertEquals(new ParameterDescription(new int[] {25}), new ParameterDescription(new int[] {25}));
        assertEquals(new DataRow(Arrays.asList(null, new byte[0])), new DataRow(Arrays.asList(null, new byte[0])));
        assertEquals(new SASLInitialResponse("X", null), new SASLInitialResponse("X", null));
        assertNotEquals(new SASLInitialResponse("X", null), new SASLInitialResponse("X", new byte[0]));
    }

    @Test
    void smallArraysAndCollectionsAreCopied() {
        int[] types = {23};
        Parse p = new Parse("", "q", types);
        types[0] = 25;
        assertArrayEquals(new int[] {23}, p.parameterTypes());
        p.parameterTypes()[0] = 99;
        assertArrayEquals(new int[] {23}, p.parameterTypes());
        List<byte[]> values = new ArrayList<>();
        values.add(null);
        DataRow row = new DataRow(values);
        values.add(new byte[1]);
        assertEquals(1, row.values().size());
        assertThrows(UnsupportedOperationException.class, () -> row.values().add(null));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("user", "u");
        params.put("database", "d");
        StartupMessage s = new StartupMessage(ProtocolVersion.V3_0, params);
        params.clear();
        assertEquals(List.of("user", "database"), List.copyOf(s.parameters().keySet()));
        assertEquals("u", s.parameter("user"));
    }

    @Test
    void secretsAreNotPrinted() {
        assertFalse(new PasswordMessage("hunter2").toString().contains("hunter2"));
        assertEquals(
                "CancelRequest[processId=1, secretKey=<4 bytes>]",
                new CancelRequest(1, new byte[] {1, 2, 3, 4}).toString());
        assertEquals("BackendKeyData[processId=1, secretKey=<4 bytes>]", new BackendKeyData(1, new byte[4]).toString());
    }

    @Test
    void errorResponseFactoriesAndAccessors() {
        ErrorResponse e = ErrorResponse.builder("ERROR", SqlState.UNIQUE_VIOLATION.code(), "duplicate key")
                .detail("Key (id)=(1) already exists.")
                .hint(null)
                .position(7)
                .field(ErrorField.CONSTRAINT_NAME, "t_pkey")
                .build();
        assertEquals("ERROR", e.severity());
        assertEquals("23505", e.code());
        assertEquals("duplicate key", e.message());
        assertEquals("Key (id)=(1) already exists.", e.detail());
        assertNull(e.hint());
        assertEquals("7", e.field(ErrorField.POSITION));
        assertEquals(
                List.of('S', 'V', 'C', 'M', 'D', 'P', 'n'),
                List.copyOf(e.fields().keySet()));
        NoticeResponse n = NoticeResponse.of("WARNING", "01000", "careful");
        assertEquals("WARNING", n.severity());
        assertEquals("01000", n.code());
        assertEquals("careful", n.message());
        Map<Character, String> localized = new LinkedHashMap<>();
        localized.put('S', "FEHLER");
        assertEquals("FEHLER", new ErrorResponse(localized).severity());
        assertThrows(IllegalArgumentException.class, () -> ErrorResponse.builder("E", "X", "m")
                .field('\0', "x"));
    }

    @Test
    void constrainedCharComponentsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Describe('X', ""));
        assertThrows(IllegalArgumentException.class, () -> new ReadyForQuery('i'));
        assertTrue(new ReadyForQuery('T').equals(new ReadyForQuery(ReadyForQuery.IN_TRANSACTION)));
        assertThrows(NullPointerException.class, () -> new PasswordMessage(null));
    }
}
