package dev.tusk.calcite.exec;

import dev.tusk.calcite.plan.QueryPlanner;
import dev.tusk.server.api.SessionContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.adapter.java.JavaTypeFactory;

/**
 * What executing one statement needs.
 *
 * @param planner the Calcite planner
 * @param types the type factory
 * @param session the client session
 * @param transaction the session's transaction
 * @param searchPath the schemas names resolve in
 * @param cancel set when the statement is cancelled
 */
public record ExecContext(
        QueryPlanner planner,
        JavaTypeFactory types,
        SessionContext session,
        SessionTransaction transaction,
        List<String> searchPath,
        AtomicBoolean cancel) {}
