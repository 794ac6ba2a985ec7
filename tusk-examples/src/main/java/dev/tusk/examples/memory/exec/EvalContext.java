package dev.tusk.examples.memory.exec;

import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.SessionContext;
import dev.tusk.types.FormatSettings;

/** What evaluating an expression needs: the parameter values, the execution (for cancel) and the session. */
public record EvalContext(Parameters parameters, ExecutionContext execution, SessionState state) {

    /** The session as the server sees it. */
    public SessionContext session() {
        return state.session();
    }

    /** The session's formatting settings, for casts through text. */
    public FormatSettings formatSettings() {
        return state.session().formatSettings();
    }
}
