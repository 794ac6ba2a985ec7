package dev.tusk.server.api;

import dev.tusk.protocol.backend.BackendMessage;
import dev.tusk.protocol.frontend.FrontendMessage;

/** What a {@link ProtocolHandler} can do with its connection: reply, flush, or defer to the standard handling. */
public interface ProtocolContext {

    /** The connection's session. */
    SessionContext session();

    /** Queues a message to the client; it is sent at the next flush. Blocks while the client is slow to read. */
    void send(BackendMessage message);

    /** Sends everything queued. */
    void flush();

    /** Sends ReadyForQuery with the session's transaction status (and pending ParameterStatus first), and flushes. */
    void readyForQuery();

    /** Handles the message the server's standard way (the default of every {@link ProtocolHandler} hook). */
    void proceed(FrontendMessage message) throws Exception;
}
