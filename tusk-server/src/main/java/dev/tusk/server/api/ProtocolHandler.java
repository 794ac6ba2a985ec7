package dev.tusk.server.api;

import dev.tusk.protocol.frontend.Bind;
import dev.tusk.protocol.frontend.Close;
import dev.tusk.protocol.frontend.CopyData;
import dev.tusk.protocol.frontend.CopyDone;
import dev.tusk.protocol.frontend.CopyFail;
import dev.tusk.protocol.frontend.Describe;
import dev.tusk.protocol.frontend.Execute;
import dev.tusk.protocol.frontend.Flush;
import dev.tusk.protocol.frontend.FunctionCall;
import dev.tusk.protocol.frontend.Parse;
import dev.tusk.protocol.frontend.Query;
import dev.tusk.protocol.frontend.Sync;

/**
 * The message-level hooks: one method per frontend message of the query phase, each defaulting to the
 * server's standard handling ({@link ProtocolContext#proceed}), which does the protocol bookkeeping and
 * calls the {@link QueryEngine}. Override a method to observe, rewrite or answer a message yourself; an
 * override that answers must send every reply the protocol requires (for a Query, the results and then
 * {@link ProtocolContext#readyForQuery()}).
 */
public interface ProtocolHandler {

    /** Simple query. */
    default void onQuery(Query message, ProtocolContext context) throws Exception {
        context.proceed(message);
    }

    /** Extended query: Parse. */
    default void onParse(Parse message, ProtocolContext context) throws Exception {
        context.proceed(message);
    }

    /** Extended query: Bind. */
    default void onBind(Bind message, ProtocolContext context) throws Exception {
        context.proceed(message);
    }

    /** Extended query: Describe of a statement or a portal. */
    default void onDescribe(Describe message, ProtocolContext context) throws Exception {
        context.proceed(message);
    }

    /** Extended query: Execute. */
    default void onExecute(Execute message, ProtocolContext context) throws Exception {
        context.proceed(message);
    }

    /** Extended query: Close of a statement or a portal. */
    default void onClose(Close message, ProtocolContext context) throws Exception {
        context.proceed(message);
    }

    /** Extended query: Sync. */
    default void onSync(Sync message, ProtocolContext context) throws Exception {
        context.proceed(message);
    }

    /** Extended query: Flush. */
    default void onFlush(Flush message, ProtocolContext context) throws Exception {
        context.proceed(message);
    }

    /** COPY data from the client. */
    default void onCopyData(CopyData message, ProtocolContext context) throws Exception {
        context.proceed(message);
    }

    /** End of COPY data from the client. */
    default void onCopyDone(CopyDone message, ProtocolContext context) throws Exception {
        context.proceed(message);
    }

    /** The client aborts a COPY. */
    default void onCopyFail(CopyFail message, ProtocolContext context) throws Exception {
        context.proceed(message);
    }

    /** The legacy fast-path function call; by default answered with 0A000 feature_not_supported. */
    default void onFunctionCall(FunctionCall message, ProtocolContext context) throws Exception {
        context.proceed(message);
    }

    /** The handler that changes nothing. */
    ProtocolHandler STANDARD = new ProtocolHandler() {};
}
