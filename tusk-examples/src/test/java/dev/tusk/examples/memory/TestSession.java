package dev.tusk.examples.memory;

import dev.tusk.server.api.Notice;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.SessionContext;
import dev.tusk.server.api.TransactionStatus;
import dev.tusk.types.FormatSettings;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A SessionContext for tests without a server: settings, status, recorded notices and notifications. */
final class TestSession implements SessionContext {

    final Map<String, String> settings = new LinkedHashMap<>();
    final List<Notice> notices = new ArrayList<>();
    final List<String> notifications;
    final Set<String> channels = new TreeSet<>();
    TransactionStatus status = TransactionStatus.IDLE;

    TestSession(List<String> notificationLog) {
        this.notifications = notificationLog;
        settings.put("server_version", "15.0");
        settings.put("DateStyle", "ISO, MDY");
        settings.put("TimeZone", "UTC");
        settings.put("client_encoding", "UTF8");
        settings.put("application_name", "");
    }

    @Override
    public int processId() {
        return 42;
    }

    @Override
    public String user() {
        return "tusk";
    }

    @Override
    public String database() {
        return "tusk";
    }

    @Override
    public Map<String, String> startupParameters() {
        return Map.of("user", "tusk");
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return new InetSocketAddress("127.0.0.1", 5555);
    }

    @Override
    public boolean isSecure() {
        return false;
    }

    @Override
    public int protocolMinorVersion() {
        return 0;
    }

    private String key(String name) {
        for (String k : settings.keySet()) {
            if (k.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    @Override
    public String setting(String name) {
        String k = key(name);
        return k == null ? null : settings.get(k);
    }

    @Override
    public void setSetting(String name, String value) throws PgException {
        String k = key(name);
        settings.put(k == null ? name : k, value);
    }

    @Override
    public Map<String, String> settings() {
        return Map.copyOf(settings);
    }

    @Override
    public FormatSettings formatSettings() {
        return FormatSettings.DEFAULT;
    }

    @Override
    public TransactionStatus transactionStatus() {
        return status;
    }

    @Override
    public void setTransactionStatus(TransactionStatus status) {
        this.status = status;
    }

    @Override
    public void sendNotice(Notice notice) {
        notices.add(notice);
    }

    @Override
    public void listen(String channel) {
        channels.add(channel);
    }

    @Override
    public void unlisten(String channel) {
        channels.remove(channel);
    }

    @Override
    public void unlistenAll() {
        channels.clear();
    }

    @Override
    public Set<String> listeningChannels() {
        return Set.copyOf(channels);
    }

    /** The names the test pretends the client prepared with Parse. */
    final Set<String> preparedStatements = new java.util.HashSet<>();

    @Override
    public boolean deallocate(String name) {
        return preparedStatements.remove(name);
    }

    @Override
    public void deallocateAll() {
        preparedStatements.clear();
    }

    @Override
    public void notify(String channel, String payload) {
        notifications.add(channel + ":" + payload);
    }
}
