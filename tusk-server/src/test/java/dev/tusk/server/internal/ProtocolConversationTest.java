package dev.tusk.server.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.protocol.ProtocolVersion;
import dev.tusk.protocol.backend.AuthenticationOk;
import dev.tusk.protocol.backend.BackendKeyData;
import dev.tusk.protocol.backend.BackendMessage;
import dev.tusk.protocol.backend.BindComplete;
import dev.tusk.protocol.backend.CloseComplete;
import dev.tusk.protocol.backend.CommandComplete;
import dev.tusk.protocol.backend.CopyData;
import dev.tusk.protocol.backend.CopyDone;
import dev.tusk.protocol.backend.CopyInResponse;
import dev.tusk.protocol.backend.CopyOutResponse;
import dev.tusk.protocol.backend.DataRow;
import dev.tusk.protocol.backend.EmptyQueryResponse;
import dev.tusk.protocol.backend.ErrorResponse;
import dev.tusk.protocol.backend.NegotiateProtocolVersion;
import dev.tusk.protocol.backend.NoData;
import dev.tusk.protocol.backend.NoticeResponse;
import dev.tusk.protocol.backend.NotificationResponse;
import dev.tusk.protocol.backend.ParameterDescription;
import dev.tusk.protocol.backend.ParameterStatus;
import dev.tusk.protocol.backend.ParseComplete;
import dev.tusk.protocol.backend.PortalSuspended;
import dev.tusk.protocol.backend.ReadyForQuery;
import dev.tusk.protocol.backend.RowDescription;
import dev.tusk.protocol.frontend.Bind;
import dev.tusk.protocol.frontend.Close;
import dev.tusk.protocol.frontend.CopyFail;
import dev.tusk.protocol.frontend.Describe;
import dev.tusk.protocol.frontend.Execute;
import dev.tusk.protocol.frontend.Flush;
import dev.tusk.protocol.frontend.Parse;
import dev.tusk.protocol.frontend.Query;
import dev.tusk.protocol.frontend.Sync;
import dev.tusk.protocol.util.HexDump;
import dev.tusk.server.PgServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whole protocol conversations against a real server on loopback, message by message. */
class ProtocolConversationTest {
    private TestEngine engine;
    private PgServer server;

    @BeforeEach
    void start() {
        engine = new TestEngine();
        server = PgServer.builder().port(0).engine(engine).build().start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static DataRow row(String... values) {
        List<byte[]> v = new ArrayList<>();
        for (String s : values) {
            v.add(s == null ? null : s.getBytes(UTF_8));
        }
        return new DataRow(v);
    }

    static List<String> kinds(List<BackendMessage> messages) {
        List<String> out = new ArrayList<>();
        for (BackendMessage m : messages) {
            out.add(m.getClass().getSimpleName());
        }
        return out;
    }

    static void assertError(BackendMessage m, String code, String message) {
        ErrorResponse e = assertInstanceOf(ErrorResponse.class, m);
        assertEquals(code, e.code(), e.toString());
        assertEquals(message, e.message());
    }

    @Test
    void startupReportsParametersKeyAndReady() throws IOException {
        try (WireClient c = WireClient.connect(server.address())) {
            c.startup(ProtocolVersion.V3_0, Map.of("user", "alice", "application_name", "psql"));
            List<BackendMessage> msgs = c.untilReady();
            assertEquals(AuthenticationOk.INSTANCE, msgs.get(0));
            List<String> names = new ArrayList<>();
            for (BackendMessage m : msgs) {
                if (m instanceof ParameterStatus p) {
                    names.add(p.name());
                }
            }
            assertEquals(
                    List.of(
                            "application_name",
                            "client_encoding",
                            "DateStyle",
                            "default_transaction_read_only",
                            "in_hot_standby",
                            "integer_datetimes",
                            "IntervalStyle",
                            "is_superuser",
                            "scram_iterations",
                            "server_encoding",
                            "server_version",
                            "session_authorization",
                            "standard_conforming_strings",
                            "TimeZone"),
                    names);
            assertTrue(msgs.contains(new ParameterStatus("application_name", "psql")));
            assertTrue(msgs.contains(new ParameterStatus("server_version", "15.0")));
            assertTrue(msgs.contains(new ParameterStatus("session_authorization", "alice")));
            assertTrue(msgs.contains(new ParameterStatus("TimeZone", "UTC")));
            BackendKeyData key = assertInstanceOf(BackendKeyData.class, msgs.get(msgs.size() - 2));
            assertEquals(4, key.secretKey().length);
            assertEquals(new ReadyForQuery('I'), msgs.get(msgs.size() - 1));
        }
    }

    @Test
    void simpleQueryWithSeveralStatementsAndEmptyQuery() throws IOException {
        try (WireClient c = WireClient.ready(server.address())) {
            c.send(new Query("series 2; begin; series 0"));
            List<BackendMessage> msgs = c.untilReady();
            assertEquals(
                    List.of(
                            "RowDescription",
                            "DataRow",
                            "DataRow",
                            "CommandComplete",
                            "CommandComplete",
                            "RowDescription",
                            "CommandComplete",
                            "ReadyForQuery"),
                    kinds(msgs));
            RowDescription rd = (RowDescription) msgs.get(0);
            assertEquals(
                    new RowDescription.Field("n", 0, (short) 0, 23, (short) 4, -1, (short) 0),
                    rd.fields().get(0));
            assertEquals(row("1"), msgs.get(1));
            assertEquals(row("2"), msgs.get(2));
            assertEquals(new CommandComplete("SELECT 2"), msgs.get(3));
            assertEquals(new CommandComplete("BEGIN"), msgs.get(4));
            assertEquals(new CommandComplete("SELECT 0"), msgs.get(6));
            assertEquals(new ReadyForQuery('T'), msgs.get(7));

            c.send(new Query(" ;  -- nothing"));
            assertEquals(List.of(EmptyQueryResponse.INSTANCE, new ReadyForQuery('T')), c.untilReady());
        }
    }

    @Test
    void errorInSimpleQueryStopsTheRestAndFailsTheBlock() throws IOException {
        try (WireClient c = WireClient.ready(server.address())) {
            c.send(new Query("begin; fail; series 1"));
            List<BackendMessage> msgs = c.untilReady();
            assertEquals(List.of("CommandComplete", "ErrorResponse", "ReadyForQuery"), kinds(msgs));
            assertError(msgs.get(1), "22012", "division by zero");
            assertEquals(new ReadyForQuery('E'), msgs.get(2));
            c.send(new Query("commit"));
            assertEquals(List.of(new CommandComplete("ROLLBACK"), new ReadyForQuery('I')), c.untilReady());
            c.send(new Query("boom"));
            msgs = c.untilReady();
            assertError(msgs.get(0), "XX000", "internal error in the query handler");
            c.send(new Query("bad"));
            msgs = c.untilReady();
            assertError(msgs.get(0), "42601", "syntax error at or near \"bad\"");
            assertEquals(new ReadyForQuery('I'), msgs.get(1));
        }
    }

    @Test
    void extendedQueryWithNamedAndUnnamedStatementsAndPortals() throws IOException {
        try (WireClient c = WireClient.ready(server.address())) {
            c.send(
                    new Parse("s1", "echo $1", new int[0]),
                    new Describe('S', "s1"),
                    new Bind("p1", "s1", new short[0], List.of("hi".getBytes(UTF_8)), new short[0]),
                    new Describe('P', "p1"),
                    new Execute("p1", 0),
                    new Parse("", "begin", new int[0]),
                    new Describe('S', ""),
                    new Bind("", "", new short[0], List.of(), new short[0]),
                    new Execute("", 0),
                    new Sync());
            List<BackendMessage> msgs = c.untilReady();
            RowDescription.Field text = new RowDescription.Field("v", 0, (short) 0, 25, (short) -1, -1, (short) 0);
            assertEquals(
                    List.of(
                            ParseComplete.INSTANCE,
                            new ParameterDescription(new int[] {25}),
                            new RowDescription(List.of(text)),
                            BindComplete.INSTANCE,
                            new RowDescription(List.of(text)),
                            row("hi"),
                            new CommandComplete("SELECT 1"),
                            ParseComplete.INSTANCE,
                            new ParameterDescription(new int[0]),
                            NoData.INSTANCE,
                            BindComplete.INSTANCE,
                            new CommandComplete("BEGIN"),
                            new ReadyForQuery('T')),
                    msgs);

            // the named statement survives; a duplicate name is an error, then everything up to Sync is skipped
            c.send(
                    new Parse("s1", "series 1", new int[0]),
                    new Bind("", "s1", new short[0], List.of(), new short[0]),
                    new Execute("", 0),
                    new Sync());
            msgs = c.untilReady();
            assertEquals(2, msgs.size());
            assertError(msgs.get(0), "42P05", "prepared statement \"s1\" already exists");
            assertEquals(new ReadyForQuery('E'), msgs.get(1));
        }
    }

    @Test
    void bindAndLookupErrors() throws IOException {
        try (WireClient c = WireClient.ready(server.address())) {
            c.send(
                    new Parse("", "echo $1", new int[0]),
                    new Bind("", "", new short[0], List.of(), new short[0]),
                    new Sync());
            List<BackendMessage> msgs = c.untilReady();
            assertEquals(ParseComplete.INSTANCE, msgs.get(0));
            assertError(
                    msgs.get(1), "08P01", "bind message supplies 0 parameters, but prepared statement \"\" requires 1");
            c.send(new Bind("", "nope", new short[0], List.of(), new short[0]), new Sync());
            assertError(c.untilReady().get(0), "26000", "prepared statement \"nope\" does not exist");
            c.send(new Execute("nope", 0), new Sync());
            assertError(c.untilReady().get(0), "34000", "portal \"nope\" does not exist");
            c.send(new Describe('P', "nope"), new Sync());
            assertError(c.untilReady().get(0), "34000", "portal \"nope\" does not exist");
            c.send(new Close('S', "nope"), new Close('P', "nope"), new Sync());
            assertEquals(
                    List.of(CloseComplete.INSTANCE, CloseComplete.INSTANCE, new ReadyForQuery('I')), c.untilReady());
        }
    }

    @Test
    void executeWithRowLimitSuspendsAndResumes() throws IOException {
        try (WireClient c = WireClient.ready(server.address())) {
            c.send(new Query("begin"));
            c.untilReady();
            c.send(
                    new Parse("", "series 5", new int[0]),
                    new Bind("c", "", new short[0], List.of(), new short[] {1}),
                    new Execute("c", 2),
                    new Sync());
            List<BackendMessage> msgs = c.untilReady();
            DataRow binaryOne = new DataRow(List.of(new byte[] {0, 0, 0, 1}));
            assertEquals(
                    List.of(
                            ParseComplete.INSTANCE,
                            BindComplete.INSTANCE,
                            binaryOne,
                            new DataRow(List.of(new byte[] {0, 0, 0, 2})),
                            PortalSuspended.INSTANCE,
                            new ReadyForQuery('T')),
                    msgs);
            c.send(new Execute("c", 2), new Execute("c", 0), new Execute("c", 0), new Sync());
            msgs = c.untilReady();
            assertEquals(
                    List.of(
                            "DataRow",
                            "DataRow",
                            "PortalSuspended",
                            "DataRow",
                            "CommandComplete",
                            "CommandComplete",
                            "ReadyForQuery"),
                    kinds(msgs));
            assertEquals(new CommandComplete("SELECT 1"), msgs.get(4));
            assertEquals(new CommandComplete("SELECT 0"), msgs.get(5));
            c.send(new Query("commit"));
            c.untilReady();
            // the implicit transaction's portals are gone after Sync in IDLE
            c.send(new Execute("c", 0), new Sync());
            assertError(c.untilReady().get(0), "34000", "portal \"c\" does not exist");
            assertEquals(1, engine.closedStreams.get());
        }
    }

    @Test
    void errorInExtendedQuerySkipsToSync() throws IOException {
        try (WireClient c = WireClient.ready(server.address())) {
            c.send(
                    new Parse("", "fail", new int[0]),
                    new Bind("", "", new short[0], List.of(), new short[0]),
                    new Execute("", 0),
                    new Parse("x", "series 1", new int[0]),
                    new Execute("", 0),
                    new Sync(),
                    new Parse("x", "series 1", new int[0]),
                    new Sync());
            List<BackendMessage> msgs = c.untilReady();
            assertEquals(List.of("ParseComplete", "BindComplete", "ErrorResponse", "ReadyForQuery"), kinds(msgs));
            assertError(msgs.get(2), "22012", "division by zero");
            assertEquals(List.of(ParseComplete.INSTANCE, new ReadyForQuery('I')), c.untilReady());
        }
    }

    /** DEALLOCATE and DISCARD ALL reach the statements named in Parse: they share PostgreSQL's namespace. */
    @Test
    void engineDeallocatesProtocolStatements() throws IOException {
        try (WireClient c = WireClient.ready(server.address())) {
            c.send(
                    new Parse("s1", "series 1", new int[0]),
                    new Parse("s2", "series 2", new int[0]),
                    new Sync(),
                    new Query("deallocate s1"));
            assertEquals(
                    List.of(ParseComplete.INSTANCE, ParseComplete.INSTANCE, new ReadyForQuery('I')), c.untilReady());
            assertEquals(List.of("CommandComplete", "ReadyForQuery"), kinds(c.untilReady()));
            c.send(new Bind("", "s1", new short[0], List.of(), new short[0]), new Sync());
            assertError(c.untilReady().get(0), "26000", "prepared statement \"s1\" does not exist");
            c.send(new Query("deallocate s1"));
            assertError(c.untilReady().get(0), "26000", "prepared statement \"s1\" does not exist");
            c.send(new Query("deallocate all"), new Bind("", "s2", new short[0], List.of(), new short[0]), new Sync());
            assertEquals(List.of("CommandComplete", "ReadyForQuery"), kinds(c.untilReady()));
            assertError(c.untilReady().get(0), "26000", "prepared statement \"s2\" does not exist");
        }
    }

    /** asyncpg prepares with Parse, Describe and Flush, no Sync: an error must reach it without a Sync. */
    @Test
    void errorIsFlushedBeforeSyncArrives() throws IOException {
        try (WireClient c = WireClient.ready(server.address())) {
            c.send(new Parse("s1", "nonsense", new int[0]), new Describe('S', "s1"), new Flush());
            assertError(c.next(), "42601", "syntax error at or near \"nonsense\"");
            c.send(new Sync());
            assertEquals(List.of(new ReadyForQuery('I')), c.untilReady());
        }
    }

    @Test
    void copyInAndCopyFailAndStrayCopyMessages() throws IOException {
        try (WireClient c = WireClient.ready(server.address())) {
            c.send(new dev.tusk.protocol.frontend.CopyFail("stray"), new Query("copy in"));
            assertEquals(new CopyInResponse((byte) 0, new short[] {0, 0}), c.next());
            c.send(
                    new dev.tusk.protocol.frontend.CopyData("1\tone\n2\t".getBytes(UTF_8)),
                    new dev.tusk.protocol.frontend.CopyData("two\n".getBytes(UTF_8)),
                    new dev.tusk.protocol.frontend.CopyDone());
            assertEquals(List.of(new CommandComplete("COPY 2"), new ReadyForQuery('I')), c.untilReady());
            assertEquals(List.of("1|one", "2|two"), List.copyOf(engine.copied));

            c.send(new Query("copy in"));
            assertInstanceOf(CopyInResponse.class, c.next());
            c.send(new dev.tusk.protocol.frontend.CopyData("3\tx\n".getBytes(UTF_8)), new CopyFail("client gave up"));
            List<BackendMessage> msgs = c.untilReady();
            assertError(msgs.get(0), "57014", "COPY from stdin failed: client gave up");
            assertEquals(1, engine.aborts.get());
            c.send(new dev.tusk.protocol.frontend.CopyDone(), new Query("series 1"));
            assertEquals(
                    List.of("RowDescription", "DataRow", "CommandComplete", "ReadyForQuery"), kinds(c.untilReady()));

            c.send(new Query("copy in"));
            assertInstanceOf(CopyInResponse.class, c.next());
            c.send(new Query("series 1"));
            msgs = c.untilReady();
            assertError(msgs.get(0), "08P01", "unexpected message type 0x51 during COPY from stdin");
        }
    }

    @Test
    void copyOut() throws IOException {
        try (WireClient c = WireClient.ready(server.address())) {
            c.send(new Query("copy out 2"));
            assertEquals(
                    List.of(
                            new CopyOutResponse((byte) 0, new short[] {0, 0}),
                            new CopyData("1\trow 1\n".getBytes(UTF_8)),
                            new CopyData("2\trow 2\n".getBytes(UTF_8)),
                            CopyDone.INSTANCE,
                            new CommandComplete("COPY 2"),
                            new ReadyForQuery('I')),
                    c.untilReady());
        }
    }

    @Test
    void binaryCopyOutSendsTheHeaderWithTheFirstRowAsPostgresDoes() throws IOException {
        // PostgreSQL 15 (copyto.c): the header stays in the message buffer until the first row's CopyData,
        // the trailer gets a CopyData of its own, and with no rows header and trailer share the only one
        String header = "5047434f50590aff0d0a00 00000000 00000000";
        try (WireClient c = WireClient.ready(server.address())) {
            c.send(new Query("copy out 2 binary"));
            assertEquals(
                    List.of(
                            new CopyOutResponse((byte) 1, new short[] {1, 1}),
                            new CopyData(HexDump.parse(header + " 0002 00000004 00000001 00000005 726f772031")),
                            new CopyData(HexDump.parse("0002 00000004 00000002 00000005 726f772032")),
                            new CopyData(HexDump.parse("ffff")),
                            CopyDone.INSTANCE,
                            new CommandComplete("COPY 2"),
                            new ReadyForQuery('I')),
                    c.untilReady());
            c.send(new Query("copy out 0 binary"));
            assertEquals(
                    List.of(
                            new CopyOutResponse((byte) 1, new short[] {1, 1}),
                            new CopyData(HexDump.parse(header + " ffff")),
                            CopyDone.INSTANCE,
                            new CommandComplete("COPY 0"),
                            new ReadyForQuery('I')),
                    c.untilReady());
        }
    }

    @Test
    void noticesAndChangedSettingsBeforeReadyForQuery() throws IOException {
        try (WireClient c = WireClient.ready(server.address())) {
            c.send(new Query("notice; set DateStyle German; set DateStyle German; set application_name x"));
            List<BackendMessage> msgs = c.untilReady();
            assertEquals(
                    List.of(
                            "NoticeResponse",
                            "CommandComplete",
                            "CommandComplete",
                            "CommandComplete",
                            "CommandComplete",
                            "ParameterStatus",
                            "ParameterStatus",
                            "ReadyForQuery"),
                    kinds(msgs));
            assertEquals("hello", ((NoticeResponse) msgs.get(0)).message());
            assertEquals(new ParameterStatus("DateStyle", "German, DMY"), msgs.get(5));
            assertEquals(new ParameterStatus("application_name", "x"), msgs.get(6));
            c.send(new Query("set TimeZone Mars/Base"));
            assertError(c.untilReady().get(0), "22023", "invalid value for parameter \"TimeZone\": \"Mars/Base\"");
        }
    }

    @Test
    void notificationsWaitForIdleSessions() throws IOException {
        try (WireClient listener = WireClient.ready(server.address());
                WireClient sender = WireClient.ready(server.address())) {
            listener.send(new Query("listen ch"));
            listener.untilReady();
            sender.send(new Query("notify ch hello"));
            sender.untilReady();
            assertEquals(new NotificationResponse(sender.keyData.processId(), "ch", "hello"), listener.next());

            listener.send(new Query("begin"));
            listener.untilReady();
            server.notify("ch", "from app");
            listener.send(new Query("series 0"));
            List<BackendMessage> msgs = listener.untilReady();
            assertEquals(List.of("RowDescription", "CommandComplete", "ReadyForQuery"), kinds(msgs));
            listener.send(new Query("commit"));
            assertEquals(
                    List.of(
                            new CommandComplete("COMMIT"),
                            new NotificationResponse(0, "ch", "from app"),
                            new ReadyForQuery('I')),
                    listener.untilReady());
        }
    }

    @Test
    void protocol32NegotiationAndLongCancelKey() throws IOException {
        try (WireClient c = WireClient.connect(server.address())) {
            c.startup(ProtocolVersion.of(3, 5), Map.of("user", "bob", "_pq_.compression", "on"));
            List<BackendMessage> msgs = c.untilReady();
            assertEquals(new NegotiateProtocolVersion(2, List.of("_pq_.compression")), msgs.get(0));
            assertEquals(AuthenticationOk.INSTANCE, msgs.get(1));
            BackendKeyData key = assertInstanceOf(BackendKeyData.class, msgs.get(msgs.size() - 2));
            assertEquals(32, key.secretKey().length);
        }
        try (WireClient c = WireClient.connect(server.address())) {
            c.startup(ProtocolVersion.V3_2, Map.of("user", "bob"));
            List<BackendMessage> msgs = c.untilReady();
            assertEquals(AuthenticationOk.INSTANCE, msgs.get(0));
            assertEquals(32, ((BackendKeyData) msgs.get(msgs.size() - 2)).secretKey().length);
        }
    }

    @Test
    void protocol31IsServedLike30WithoutNegotiation() throws IOException {
        try (WireClient c = WireClient.connect(server.address())) {
            c.startup(ProtocolVersion.of(3, 1), Map.of("user", "bob"));
            List<BackendMessage> msgs = c.untilReady();
            assertEquals(AuthenticationOk.INSTANCE, msgs.get(0));
            assertEquals(4, ((BackendKeyData) msgs.get(msgs.size() - 2)).secretKey().length);
        }
    }

    /** As in PostgreSQL: unknown parameter names are 42704 (FATAL at startup); dotted custom options are fine. */
    @Test
    void unknownSettingsAreRefused() throws IOException {
        try (WireClient c = WireClient.ready(server.address())) {
            c.send(new Query("set nosuch_setting 1"));
            assertError(c.untilReady().get(0), "42704", "unrecognized configuration parameter \"nosuch_setting\"");
            c.send(new Query("set myapp.flag on"));
            assertEquals(List.of("CommandComplete", "ReadyForQuery"), kinds(c.untilReady()));
            c.send(new Query("set work_mem 64MB"));
            assertEquals(List.of("CommandComplete", "ReadyForQuery"), kinds(c.untilReady()));
        }
        try (WireClient c = WireClient.connect(server.address())) {
            c.startup(ProtocolVersion.V3_0, Map.of("user", "x", "options", "-c nosuch=1"));
            List<BackendMessage> msgs = c.untilClosed();
            assertError(msgs.get(msgs.size() - 1), "42704", "unrecognized configuration parameter \"nosuch\"");
            assertEquals("FATAL", ((ErrorResponse) msgs.get(msgs.size() - 1)).severity());
        }
    }

    @Test
    void startupRefusals() throws IOException {
        try (WireClient c = WireClient.connect(server.address())) {
            c.startup(ProtocolVersion.V3_0, Map.of("database", "x"));
            List<BackendMessage> msgs = c.untilClosed();
            assertError(msgs.get(0), "28000", "no PostgreSQL user name specified in startup packet");
            assertEquals("FATAL", ((ErrorResponse) msgs.get(0)).severity());
        }
        try (WireClient c = WireClient.connect(server.address())) {
            c.startup(ProtocolVersion.of(2, 0), Map.of("user", "x"));
            assertError(
                    c.untilClosed().get(0), "0A000", "unsupported frontend protocol 2.0: server supports 3.0 to 3.2");
        }
        try (WireClient c = WireClient.connect(server.address())) {
            c.startup(ProtocolVersion.V3_0, Map.of("user", "x", "client_encoding", "LATIN1"));
            List<BackendMessage> msgs = c.untilClosed();
            assertError(
                    msgs.get(msgs.size() - 1), "22023", "invalid value for parameter \"client_encoding\": \"LATIN1\"");
        }
        try (WireClient c = WireClient.connect(server.address())) {
            c.startup(ProtocolVersion.V3_0, Map.of("user", "x", "database", "refused"));
            List<BackendMessage> msgs = c.untilClosed();
            assertError(msgs.get(msgs.size() - 1), "3D000", "database \"refused\" does not exist");
        }
        try (WireClient c = WireClient.connect(server.address())) {
            c.startup(
                    ProtocolVersion.V3_0,
                    Map.of(
                            "user",
                            "x",
                            "options",
                            "-c statement_timeout=5s --extra-float-digits=2 -cDateStyle=SQL,\\ DMY"));
            c.untilReady();
            // the options took effect: DateStyle is reported
            c.send(new Query("set DateStyle ISO"));
            assertEquals(
                    new ParameterStatus("DateStyle", "ISO, DMY"), c.untilReady().get(1));
        }
    }
}
