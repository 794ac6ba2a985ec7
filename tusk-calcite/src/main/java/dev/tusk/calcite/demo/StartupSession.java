package dev.tusk.calcite.demo;

import dev.tusk.server.api.Notice;
import dev.tusk.server.api.SessionContext;
import dev.tusk.server.api.TransactionStatus;
import dev.tusk.types.FormatSettings;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The session the server itself runs SQL in before any client connects (loading the demo dataset): no client, no
 * notifications, PostgreSQL's default settings with TimeZone UTC, notices dropped.
 */
final class StartupSession implements SessionContext {
    private final String user;
    private final String database;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private TransactionStatus status = TransactionStatus.IDLE;

    StartupSession(String user, String database) {
        this.user = user;
        this.database = database;
        settings.put("server_version", "15.0");
        settings.put("server_encoding", "UTF8");
        settings.put("client_encoding", "UTF8");
        settings.put("DateStyle", "ISO, MDY");
        settings.put("IntervalStyle", "postgres");
        settings.put("TimeZone", "UTC");
        settings.put("integer_datetimes", "on");
        settings.put("standard_conforming_strings", "on");
        settings.put("application_name", "tusk-startup");
    }

    @Override
    public int processId() {
        return 0;
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
        return Map.of("user", user, "database", database);
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return InetSocketAddress.createUnresolved("localhost", 0);
    }

    @Override
    public boolean isSecure() {
        return true;
    }

    @Override
    public int protocolMinorVersion() {
        return 0;
    }

    private String key(String name) {
        for (String k : settings.keySet()) {
            if (k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return name;
    }

    @Override
    public String setting(String name) {
        return settings.get(key(name));
    }

    @Override
    public void setSetting(String name, String value) {
        settings.put(key(name), value);
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
    public boolean deallocate(String name) {
        return false;
    }

    @Override
    public void deallocateAll() {}

    @Override
    public void sendNotice(Notice notice) {}

    @Override
    public void listen(String channel) {}

    @Override
    public void unlisten(String channel) {}

    @Override
    public void unlistenAll() {}

    @Override
    public Set<String> listeningChannels() {
        return Set.of();
    }

    @Override
    public void notify(String channel, String payload) {}
}
