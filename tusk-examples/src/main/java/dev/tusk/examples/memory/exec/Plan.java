package dev.tusk.examples.memory.exec;

import dev.tusk.server.api.Column;
import dev.tusk.server.api.QueryResult;
import java.util.List;

/** An analysed statement ready to run: the columns Describe reports, and the execution. */
public interface Plan {

    /** The result columns (empty when the statement returns no rows). */
    List<Column> columns();

    /** Runs the statement in the session's current transaction. */
    QueryResult run(EvalContext cx);
}
