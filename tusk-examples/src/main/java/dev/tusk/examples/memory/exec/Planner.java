package dev.tusk.examples.memory.exec;

import dev.tusk.examples.memory.sql.Statement;
import dev.tusk.examples.memory.store.Transaction;

/** Chooses the plan for a parsed statement (transaction control and empty statements are the session's). */
public final class Planner {

    private Planner() {}

    /** Plans a statement against a transaction's view of the tables. */
    public static Plan plan(Statement s, SessionState state, Transaction view, ParamTypes params) {
        return switch (s) {
            case Statement.Select select -> SelectPlan.plan(select, view, params);
            case Statement.Insert insert -> DmlPlan.insert(insert, view, params);
            case Statement.Update update -> DmlPlan.update(update, view, params);
            case Statement.Delete delete -> DmlPlan.delete(delete, view, params);
            case Statement.CreateTable create -> DdlPlan.create(create);
            case Statement.DropTable drop -> DdlPlan.drop(drop);
            case Statement.Truncate truncate -> DdlPlan.truncate(truncate);
            case Statement.Copy copy -> CopyPlan.plan(copy, view, params);
            case Statement.Set x -> UtilityPlan.plan(x, state.session());
            case Statement.Reset x -> UtilityPlan.plan(x, state.session());
            case Statement.Show x -> UtilityPlan.plan(x, state.session());
            case Statement.Listen x -> UtilityPlan.plan(x, state.session());
            case Statement.Unlisten x -> UtilityPlan.plan(x, state.session());
            case Statement.Notify x -> UtilityPlan.plan(x, state.session());
            case Statement.DiscardAll x -> UtilityPlan.plan(x, state.session());
            case Statement.Deallocate x -> UtilityPlan.plan(x, state.session());
            case Statement.Transaction t -> throw new IllegalArgumentException("transaction control is not planned");
            case Statement.Empty e -> throw new IllegalArgumentException("empty statements are not planned");
        };
    }
}
