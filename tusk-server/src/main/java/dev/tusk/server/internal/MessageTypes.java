package dev.tusk.server.internal;

import dev.tusk.protocol.frontend.Bind;
import dev.tusk.protocol.frontend.Close;
import dev.tusk.protocol.frontend.CopyData;
import dev.tusk.protocol.frontend.CopyDone;
import dev.tusk.protocol.frontend.CopyFail;
import dev.tusk.protocol.frontend.Describe;
import dev.tusk.protocol.frontend.Execute;
import dev.tusk.protocol.frontend.Flush;
import dev.tusk.protocol.frontend.FrontendMessage;
import dev.tusk.protocol.frontend.FunctionCall;
import dev.tusk.protocol.frontend.Parse;
import dev.tusk.protocol.frontend.Query;
import dev.tusk.protocol.frontend.Sync;
import dev.tusk.protocol.frontend.Terminate;

/** The wire type byte of a decoded frontend message, for error messages that quote it as PostgreSQL does. */
final class MessageTypes {
    private MessageTypes() {}

    static int typeByte(FrontendMessage m) {
        return switch (m) {
            case Query q -> 'Q';
            case Parse p -> 'P';
            case Bind b -> 'B';
            case Describe d -> 'D';
            case Execute e -> 'E';
            case Close c -> 'C';
            case Flush f -> 'H';
            case Sync s -> 'S';
            case Terminate t -> 'X';
            case CopyData d -> 'd';
            case CopyDone d -> 'c';
            case CopyFail f -> 'f';
            case FunctionCall f -> 'F';
            default -> 'p';
        };
    }
}
