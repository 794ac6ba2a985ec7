package dev.tusk.server.api;

import dev.tusk.types.FormatSettings;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;

/**
 * The server's state for one connection, as handlers see it: who connected, the session settings, the
 * transaction status, notices and LISTEN/NOTIFY. Safe to use from the handler's thread and from the
 * producer of a row stream.
 */
public interface SessionContext {

    /** The process ID reported in BackendKeyData; unique among this server's live sessions. */
    int processId();

    /** The authenticated user name. */
    String user();

    /** The database the client asked for (defaults to the user name, as in PostgreSQL). */
    String database();

    /** Every parameter of the StartupMessage, in the order the client sent them. */
    Map<String, String> startupParameters();

    /** The client's address. */
    InetSocketAddress remoteAddress();

    /** Whether the connection is encrypted with TLS. */
    boolean isSecure();

    /** The negotiated protocol minor version: 0 for 3.0, 2 for 3.2. */
    int protocolMinorVersion();

    /**
     * The current value of a setting (case-insensitive name), or null when the session has no such
     * setting. Settings start with the server's defaults, overridden by the startup packet's options.
     */
    String setting(String name);

    /**
     * Changes a setting. When the setting is one the protocol reports (server_version, client_encoding,
     * DateStyle, IntervalStyle, TimeZone, application_name, standard_conforming_strings, ...), the server
     * sends ParameterStatus with the new value before the next ReadyForQuery. Formatting settings take
     * effect for the values encoded after the change.
     *
     * @throws PgException 22023 when a setting that shapes the wire format gets a value the server cannot
     *     honour (for example a client_encoding other than UTF8)
     */
    void setSetting(String name, String value) throws PgException;

    /** A snapshot of every setting, names as first set. */
    Map<String, String> settings();

    /** The formatting settings derived from DateStyle, IntervalStyle, TimeZone, extra_float_digits, bytea_output. */
    FormatSettings formatSettings();

    /** The transaction status reported in ReadyForQuery. */
    TransactionStatus transactionStatus();

    /**
     * Sets the transaction status. Engines with transactions set IN_TRANSACTION on BEGIN and IDLE on
     * COMMIT/ROLLBACK; the server itself moves IN_TRANSACTION to FAILED when a statement fails.
     */
    void setTransactionStatus(TransactionStatus status);

    /**
     * Deallocates one named prepared statement of this connection ({@code DEALLOCATE name}). As in PostgreSQL,
     * statements named in the extended protocol's Parse and those an engine's {@code PREPARE} would create
     * share one namespace. Portals already bound to the statement keep working until closed.
     *
     * @return false when no statement has that name (PostgreSQL's 26000 is the engine's to raise)
     */
    boolean deallocate(String name);

    /** Deallocates every named prepared statement of this connection ({@code DEALLOCATE ALL}, part of DISCARD ALL). */
    void deallocateAll();

    /** Sends a NoticeResponse to this client (queued in order with the statement's results). */
    void sendNotice(Notice notice);

    /** Starts listening on a channel (LISTEN). */
    void listen(String channel);

    /** Stops listening on a channel (UNLISTEN); a no-op when not listening. */
    void unlisten(String channel);

    /** Stops listening on every channel (UNLISTEN *). */
    void unlistenAll();

    /** The channels this session listens on. */
    Set<String> listeningChannels();

    /**
     * Sends a notification to every session listening on the channel, this one included (NOTIFY). Each
     * listener receives it when it is not inside a transaction block and not running a statement.
     */
    void notify(String channel, String payload);
}
