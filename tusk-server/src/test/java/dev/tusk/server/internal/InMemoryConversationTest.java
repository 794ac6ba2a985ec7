package dev.tusk.server.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.protocol.backend.AuthenticationOk;
import dev.tusk.protocol.backend.BackendKeyData;
import dev.tusk.protocol.backend.BackendMessage;
import dev.tusk.protocol.backend.BindComplete;
import dev.tusk.protocol.backend.CommandComplete;
import dev.tusk.protocol.backend.CopyData;
import dev.tusk.protocol.backend.CopyDone;
import dev.tusk.protocol.backend.CopyInResponse;
import dev.tusk.protocol.backend.CopyOutResponse;
import dev.tusk.protocol.backend.DataRow;
import dev.tusk.protocol.backend.EmptyQueryResponse;
import dev.tusk.protocol.backend.ErrorResponse;
import dev.tusk.protocol.backend.NoData;
import dev.tusk.protocol.backend.NoticeResponse;
import dev.tusk.protocol.backend.ParameterDescription;
import dev.tusk.protocol.backend.ParameterStatus;
import dev.tusk.protocol.backend.ParseComplete;
import dev.tusk.protocol.backend.PortalSuspended;
import dev.tusk.protocol.backend.ReadyForQuery;
import dev.tusk.protocol.backend.RowDescription;
import dev.tusk.protocol.frontend.Bind;
import dev.tusk.protocol.frontend.CopyFail;
import dev.tusk.protocol.frontend.Describe;
import dev.tusk.protocol.frontend.Execute;
import dev.tusk.protocol.frontend.Flush;
import dev.tusk.protocol.frontend.FrontendMessage;
import dev.tusk.protocol.frontend.Parse;
import dev.tusk.protocol.frontend.Query;
import dev.tusk.protocol.frontend.Sync;
import dev.tusk.protocol.frontend.Terminate;
import dev.tusk.server.PgServer;
import dev.tusk.server.PgServerConfig;
import dev.tusk.testkit.wire.ScriptedClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Whole protocol conversations in memory: the server's real pipeline on an EmbeddedChannel, its session work run
 * on the test thread, and a scripted client asserting the exact backend messages.
 */
class InMemoryConversationTest {
    static final RowDescription.Field N = new RowDescription.Field("n", 0, (short) 0, 23, (short) 4, -1, (short) 0);
    static final RowDescription.Field V = new RowDescription.Field("v", 0, (short) 0, 25, (short) -1, -1, (short) 0);
    static final ReadyForQuery IDLE = new ReadyForQuery('I');

    final TestEngine engine = new TestEngine();

    PgServerConfig config() {
        return PgServer.builder().engine(engine).config();
    }

    static DataRow row(String... values) {
        List<byte[]> v = new ArrayList<>();
        for (String s : values) {
            v.add(s == null ? null : s.getBytes(UTF_8));
        }
        return new DataRow(v);
    }

    static ErrorResponse error(String severity, String code, String message) {
        return ErrorResponse.of(severity, code, message);
    }

    /** The startup answer after authentication, for user alice with application_name psql. */
    static List<BackendMessage> startupTail(BackendKeyData key) {
        return List.of(
                new ParameterStatus("application_name", "psql"),
                new ParameterStatus("client_encoding", "UTF8"),
                new ParameterStatus("DateStyle", "ISO, MDY"),
                new ParameterStatus("default_transaction_read_only", "off"),
                new ParameterStatus("in_hot_standby", "off"),
                new ParameterStatus("integer_datetimes", "on"),
                new ParameterStatus("IntervalStyle", "postgres"),
                new ParameterStatus("is_superuser", "on"),
                new ParameterStatus("scram_iterations", "4096"),
                new ParameterStatus("server_encoding", "UTF8"),
                new ParameterStatus("server_version", "15.0"),
                new ParameterStatus("session_authorization", "alice"),
                new ParameterStatus("standard_conforming_strings", "on"),
                new ParameterStatus("TimeZone", "UTC"),
                key,
                IDLE);
    }

    /** Asserts the startup answer exactly (the key data taken from the answer: its secret is random). */
    static void expectStartup(ScriptedClient c, BackendMessage... before) {
        List<BackendMessage> actual = c.receive();
        assertTrue(actual.size() >= 2, actual::toString);
        BackendKeyData key = assertInstanceOf(BackendKeyData.class, actual.get(actual.size() - 2));
        assertEquals(4, key.secretKey().length);
        List<BackendMessage> expected = new ArrayList<>(List.of(before));
        expected.addAll(startupTail(key));
        String diff = dev.tusk.testkit.wire.MessageDiff.diff(expected, actual);
        if (diff != null) {
            throw new AssertionError(diff);
        }
    }

    static Map<String, String> psql() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("application_name", "psql");
        return p;
    }

    void withReady(InMemoryServer.Mode mode, Consumer<ScriptedClient> conversation) {
        try (InMemoryServer s = InMemoryServer.start(config(), mode)) {
            s.client.startup("alice", "db", psql());
            expectStartup(s.client, AuthenticationOk.INSTANCE);
            conversation.accept(s.client);
        }
    }

    @Test
    void startupWithTrustSendsEveryParameterKeyAndReady() {
        try (InMemoryServer s = InMemoryServer.start(config(), InMemoryServer.Mode.DIRECT)) {
            s.client.startup("alice", "db", psql());
            expectStartup(s.client, AuthenticationOk.INSTANCE);
            assertEquals(1, s.runtime.connectionCount());
        }
        assertEquals(0, engine.openSessions.get());
    }

    @Test
    void simpleQueryWithSeveralStatementsEmptyQueryAndError() {
        withReady(InMemoryServer.Mode.DIRECT, c -> {
            c.send(new Query("series 2; begin; series 0"));
            c.expect(
                    new RowDescription(List.of(N)),
                    row("1"),
                    row("2"),
                    new CommandComplete("SELECT 2"),
                    new CommandComplete("BEGIN"),
                    new RowDescription(List.of(N)),
                    new CommandComplete("SELECT 0"),
                    new ReadyForQuery('T'));
            c.send(new Query("fail; series 1"));
            c.expect(error("ERROR", "22012", "division by zero"), new ReadyForQuery('E'));
            c.send(new Query("rollback"));
            c.expect(new CommandComplete("ROLLBACK"), IDLE);
            c.send(new Query(""));
            c.expect(EmptyQueryResponse.INSTANCE, IDLE);
            c.send(new Query("nonsense"));
            c.expect(error("ERROR", "42601", "syntax error at or near \"nonsense\""), IDLE);
        });
    }

    @Test
    void noticeArrivesBeforeTheCommandComplete() {
        withReady(InMemoryServer.Mode.DIRECT, c -> {
            c.send(new Query("notice"));
            c.expect(NoticeResponse.of("NOTICE", "00000", "hello"), new CommandComplete("DO"), IDLE);
        });
    }

    @Test
    void extendedQueryWithRowLimitPortalSuspendedAndSync() {
        withReady(InMemoryServer.Mode.DIRECT, c -> {
            c.send(
                    new Parse("s1", "series 5", new int[0]),
                    new Describe(Describe.STATEMENT, "s1"),
                    new Bind("p1", "s1", new short[0], List.of(), new short[0]),
                    new Describe(Describe.PORTAL, "p1"),
                    new Execute("p1", 2),
                    new Execute("p1", 2),
                    new Execute("p1", 0),
                    new Sync());
            c.expect(
                    ParseComplete.INSTANCE,
                    new ParameterDescription(new int[0]),
                    new RowDescription(List.of(N)),
                    BindComplete.INSTANCE,
                    new RowDescription(List.of(N)),
                    row("1"),
                    row("2"),
                    PortalSuspended.INSTANCE,
                    row("3"),
                    row("4"),
                    PortalSuspended.INSTANCE,
                    row("5"),
                    new CommandComplete("SELECT 1"),
                    IDLE);
            c.send(
                    new Parse("", "echo $1", new int[] {25}),
                    new Bind("", "", new short[0], List.of("hi".getBytes(UTF_8)), new short[0]),
                    new Execute("", 0),
                    new Parse("", "begin", new int[0]),
                    new Bind("", "", new short[0], List.of(), new short[0]),
                    new Describe(Describe.PORTAL, ""),
                    new Execute("", 0),
                    new Sync());
            c.expect(
                    ParseComplete.INSTANCE,
                    BindComplete.INSTANCE,
                    row("hi"),
                    new CommandComplete("SELECT 1"),
                    ParseComplete.INSTANCE,
                    BindComplete.INSTANCE,
                    NoData.INSTANCE,
                    new CommandComplete("BEGIN"),
                    new ReadyForQuery('T'));
        });
    }

    @Test
    void extendedQueryErrorSkipsToSyncAndIsFlushedAtOnce() {
        withReady(InMemoryServer.Mode.DIRECT, c -> {
            c.send(new Parse("", "bad", new int[0]), new Flush());
            // the error goes out before the Sync arrives, as PostgreSQL flushes every ErrorResponse
            c.expect(error("ERROR", "42601", "syntax error at or near \"bad\""));
            c.send(
                    new Bind("", "", new short[0], List.of(), new short[0]),
                    new Execute("", 0),
                    new Parse("", "series 1", new int[0]),
                    new Sync());
            c.expect(IDLE);
            c.send(
                    new Parse("", "fail", new int[0]),
                    new Bind("", "", new short[0], List.of(), new short[0]),
                    new Execute("", 0));
            c.expect(ParseComplete.INSTANCE, BindComplete.INSTANCE, error("ERROR", "22012", "division by zero"));
            c.send(new Execute("", 0), new Sync());
            c.expect(IDLE);
        });
    }

    @Test
    void copyOutSendsTextRows() {
        withReady(InMemoryServer.Mode.DIRECT, c -> {
            c.send(new Query("copy out 2"));
            c.expect(
                    new CopyOutResponse((byte) 0, new short[] {0, 0}),
                    new CopyData("1\trow 1\n".getBytes(UTF_8)),
                    new CopyData("2\trow 2\n".getBytes(UTF_8)),
                    CopyDone.INSTANCE,
                    new CommandComplete("COPY 2"),
                    IDLE);
        });
    }

    static final FrontendMessage[] COPY_IN = {
        new Query("copy in"),
        new dev.tusk.protocol.frontend.CopyData("1\tone\n2\t".getBytes(UTF_8)),
        new dev.tusk.protocol.frontend.CopyData("two\n".getBytes(UTF_8)),
        dev.tusk.protocol.frontend.CopyDone.INSTANCE
    };

    @Test
    void copyInWithDataInTheSameSend() {
        withReady(InMemoryServer.Mode.DEFERRED, c -> {
            c.send(COPY_IN);
            c.expect(new CopyInResponse((byte) 0, new short[] {0, 0}), new CommandComplete("COPY 2"), IDLE);
            assertEquals(List.of("1|one", "2|two"), List.copyOf(engine.copied));
        });
    }

    @Test
    void copyInMessageByMessageOnASessionThread() {
        withReady(InMemoryServer.Mode.THREAD, c -> {
            c.send(COPY_IN[0]);
            c.expect(new CopyInResponse((byte) 0, new short[] {0, 0}));
            c.send(COPY_IN[1]);
            c.expectNothing();
            c.sendByteAtATime(COPY_IN[2], COPY_IN[3]);
            c.expect(new CommandComplete("COPY 2"), IDLE);
            assertEquals(List.of("1|one", "2|two"), List.copyOf(engine.copied));
        });
    }

    @Test
    void copyFailAbortsTheCopy() {
        withReady(InMemoryServer.Mode.DEFERRED, c -> {
            c.send(
                    new Query("copy in"),
                    new dev.tusk.protocol.frontend.CopyData("1\tone\n".getBytes(UTF_8)),
                    new CopyFail("client gave up"));
            c.expect(
                    new CopyInResponse((byte) 0, new short[] {0, 0}),
                    error("ERROR", "57014", "COPY from stdin failed: client gave up"),
                    IDLE);
            assertEquals(1, engine.aborts.get());
            assertEquals(List.of(), List.copyOf(engine.copied));
        });
    }

    /** A whole conversation: startup, simple and extended queries, errors, COPY in and out, notice, Terminate. */
    static final FrontendMessage[] WHOLE = {
        ScriptedClient.startupMessage("alice", "db", psql()),
        new Query("series 3; begin"),
        new Query(""),
        new Query("fail"),
        new Query("rollback; notice"),
        new Parse("s", "series 4", new int[0]),
        new Bind("p", "s", new short[0], List.of(), new short[] {1}),
        new Describe(Describe.PORTAL, "p"),
        new Execute("p", 3),
        new Execute("p", 3),
        new Sync(),
        new Parse("", "bad", new int[0]),
        new Bind("", "", new short[0], List.of(), new short[0]),
        new Sync(),
        COPY_IN[0],
        COPY_IN[1],
        COPY_IN[2],
        COPY_IN[3],
        new Query("copy out 1"),
        new Terminate()
    };

    List<Object> runWhole(Consumer<ScriptedClient> send) {
        try (InMemoryServer s = InMemoryServer.start(config(), InMemoryServer.Mode.DEFERRED)) {
            send.accept(s.client);
            List<Object> out = s.client.receiveAny();
            assertTrue(s.client.isClosed(), "Terminate closes the connection");
            return out;
        }
    }

    /** The key data's secret is random: compare everything else. */
    static List<Object> withoutKey(List<Object> messages) {
        List<Object> out = new ArrayList<>();
        for (Object m : messages) {
            out.add(m instanceof BackendKeyData ? "BackendKeyData" : m);
        }
        return out;
    }

    @Test
    void wholeConversationFedByteAtATimeOrInRandomChunksGivesTheSameMessages() {
        List<Object> whole = withoutKey(runWhole(c -> c.send(WHOLE)));
        assertEquals(new CommandComplete("COPY 2"), whole.get(whole.size() - 7), whole::toString);
        assertEquals(IDLE, whole.get(whole.size() - 1));
        assertEquals(whole, withoutKey(runWhole(c -> c.sendByteAtATime(WHOLE))));
        Random random = new Random(20240611L);
        for (int round = 0; round < 20; round++) {
            int max = 1 + random.nextInt(64);
            assertEquals(whole, withoutKey(runWhole(c -> c.sendInRandomChunks(random, max, WHOLE))), "round " + round);
        }
    }

    @Test
    void directSessionSameWhenFedByteAtATime() {
        FrontendMessage[] script = {
            new Query("series 2"),
            new Parse("", "fail", new int[0]),
            new Bind("", "", new short[0], List.of(), new short[0]),
            new Execute("", 0),
            new Sync(),
            new Query("copy out 1; notice")
        };
        List<List<BackendMessage>> runs = new ArrayList<>();
        for (int chunk : new int[] {Integer.MAX_VALUE, 1, 3, 7}) {
            withReady(InMemoryServer.Mode.DIRECT, c -> {
                c.sendInChunks(chunk, script);
                runs.add(c.receive());
            });
        }
        assertEquals(runs.get(0), runs.get(1));
        assertEquals(runs.get(0), runs.get(2));
        assertEquals(runs.get(0), runs.get(3));
        assertEquals(16, runs.get(0).size(), runs.get(0)::toString);
    }
}
