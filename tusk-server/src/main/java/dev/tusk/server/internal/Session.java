package dev.tusk.server.internal;

import dev.tusk.protocol.backend.NoticeResponse;
import dev.tusk.protocol.backend.NotificationResponse;
import dev.tusk.server.api.Notice;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.SessionContext;
import dev.tusk.server.api.TransactionStatus;
import dev.tusk.types.FormatSettings;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's state for one connection as handlers see it ({@link SessionContext}): identity, settings,
 * transaction status, the statement running now (for cancel), and the notices and notifications waiting to
 * be written by the session's thread.
 */
final class Session implements SessionContext {
    private final int processId;
    private final byte[] secretKey;
    private final String user;
    private final String database;
    private final Map<String, String> startupParameters;
    private final InetSocketAddress remoteAddress;
    private final boolean secure;
    private final int protocolMinorVersion;
    private final SessionSettings settings;
    private final NotificationHub hub;
    private final Runnable wakeForNotifications;
    private final Set<String> channels = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<NoticeResponse> notices = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<NotificationResponse> notifications = new ConcurrentLinkedQueue<>();
    private volatile TransactionStatus transactionStatus = TransactionStatus.IDLE;
    private volatile StatementExecution running;
    private final AtomicReference<PgException> pendingCancel = new AtomicReference<>();
    private volatile Mailbox mailbox;
    private volatile StatementNamespace statements;

    /** The connection's prepared statements, as the engine may drop them (DEALLOCATE, DISCARD ALL). */
    interface StatementNamespace {
        boolean deallocate(String name);

        void deallocateAll();
    }

    Session(
            int processId,
            byte[] secretKey,
            String user,
            String database,
            Map<String, String> startupParameters,
            InetSocketAddress remoteAddress,
            boolean secure,
            int protocolMinorVersion,
            SessionSettings settings,
            NotificationHub hub,
            Runnable wakeForNotifications) {
        this.processId = processId;
        this.secretKey = secretKey;
        this.user = user;
        this.database = database;
        this.startupParameters = Map.copyOf(startupParameters);
        this.remoteAddress = remoteAddress;
        this.secure = secure;
        this.protocolMinorVersion = protocolMinorVersion;
        this.settings = settings;
        this.hub = hub;
        this.wakeForNotifications = wakeForNotifications;
    }

    byte[] secretKey() {
        return secretKey;
    }

    SessionSettings settingsStore() {
        return settings;
    }

    @Override
    public int processId() {
        return processId;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String database() {
        return database;
    }

    @Override
    public Map<String, String> startupParameters() {
        return startupParameters;
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return remoteAddress;
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public int protocolMinorVersion() {
        return protocolMinorVersion;
    }

    @Override
    public String setting(String name) {
        return settings.get(name);
    }

    @Override
    public void setSetting(String name, String value) throws PgException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        settings.set(name, value);
    }

    @Override
    public Map<String, String> settings() {
        return settings.snapshot();
    }

    @Override
    public FormatSettings formatSettings() {
        return settings.formatSettings();
    }

    @Override
    public TransactionStatus transactionStatus() {
        return transactionStatus;
    }

    @Override
    public void setTransactionStatus(TransactionStatus status) {
        transactionStatus = Objects.requireNonNull(status, "status");
    }

    @Override
    public void sendNotice(Notice notice) {
        Map<Character, String> fields = new java.util.LinkedHashMap<>();
        fields.put('S', notice.severity());
        fields.put('V', notice.severity());
        fields.put('C', notice.sqlState());
        fields.put('M', notice.message());
        if (notice.detail() != null) {
            fields.put('D', notice.detail());
        }
        if (notice.hint() != null) {
            fields.put('H', notice.hint());
        }
        notices.add(new NoticeResponse(fields));
    }

    /** The next queued notice, or null. */
    NoticeResponse pollNotice() {
        return notices.poll();
    }

    @Override
    public void listen(String channel) {
        if (channels.add(channel)) {
            hub.listen(channel, this);
        }
    }

    @Override
    public void unlisten(String channel) {
        if (channels.remove(channel)) {
            hub.unlisten(channel, this);
        }
    }

    @Override
    public void unlistenAll() {
        for (String c : Set.copyOf(channels)) {
            unlisten(c);
        }
    }

    @Override
    public Set<String> listeningChannels() {
        return Set.copyOf(channels);
    }

    @Override
    public void notify(String channel, String payload) {
        hub.notify(processId, channel, payload);
    }

    void enqueueNotification(NotificationResponse n) {
        notifications.add(n);
        wakeForNotifications.run();
    }

    /** The next queued notification, or null. */
    NotificationResponse pollNotification() {
        return notifications.poll();
    }

    /** The statement running now, or null. */
    StatementExecution running() {
        return running;
    }

    void setRunning(StatementExecution execution) {
        running = execution;
    }

    /** Gives the session the connection's prepared statements (set once the query phase starts). */
    void attach(StatementNamespace namespace) {
        this.statements = namespace;
    }

    @Override
    public boolean deallocate(String name) {
        StatementNamespace n = statements;
        return n != null && n.deallocate(name);
    }

    @Override
    public void deallocateAll() {
        StatementNamespace n = statements;
        if (n != null) {
            n.deallocateAll();
        }
    }

    /**
     * Ties the session to its connection's mailbox: a cancel that arrives while the session is busy but
     * between statements is kept for the next statement, and dropped when the session goes idle.
     */
    void attach(Mailbox mailbox) {
        this.mailbox = mailbox;
        mailbox.onIdle(() -> pendingCancel.set(null));
    }

    /**
     * Stops the running statement for the given reason. When no statement runs but the session is still
     * working on what the client sent (the query is queued, or being parsed or bound), the cancel applies to
     * the next statement that starts, as in PostgreSQL, where a cancel is ignored only while the backend waits
     * for a command; pgjdbc sends one CancelRequest per query, so dropping it would let the query run on.
     */
    void cancelRunning(PgException reason) {
        StatementExecution r = running;
        if (r == null) {
            Mailbox m = mailbox;
            if (m == null || !m.runIfBusy(() -> pendingCancel.set(reason))) {
                return; // idle: nothing to cancel
            }
            r = running; // a statement may have started meanwhile and missed the pending cancel
            if (r == null || takePendingCancel() == null) {
                return;
            }
        }
        r.stop(reason);
    }

    /** The cancel waiting for the next statement, taken (at most one statement gets it), or null. */
    PgException takePendingCancel() {
        return pendingCancel.getAndSet(null);
    }
}
