package dev.tusk.testkit.sqltest;

/**
 * Rewrites what one server answered before it is compared, for values that name the same thing differently on
 * two servers (object OIDs, the database's name): both sides are normalised, each by its own normaliser.
 */
@FunctionalInterface
public interface OutcomeNormaliser {

    /** The statement's outcome with the server-specific values replaced by server-independent ones. */
    Outcome normalise(ScriptStatement statement, Outcome outcome);

    /** Builds the normaliser of one side of a script run from that side's database. */
    @FunctionalInterface
    interface Factory {

        /**
         * A normaliser for the objects the database holds now. The harness builds it before the first statement's
         * answer is compared and again after every statement that was not a SELECT or SHOW (it may have created or
         * dropped objects). It may open sessions of its own with {@link SqlTarget.Database#connect()}.
         */
        OutcomeNormaliser prepare(SqlTarget.Database database);

        /** No normalisation: the answers compare as the servers sent them. */
        static Factory none() {
            return database -> (statement, outcome) -> outcome;
        }
    }
}
