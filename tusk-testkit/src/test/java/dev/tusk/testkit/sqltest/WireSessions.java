package dev.tusk.testkit.sqltest;

import java.sql.SQLException;

/** Test helper: one statement's answer from a fresh database of a target. */
final class WireSessions {

    private WireSessions() {}

    /** Runs the script's statements in one session of a fresh database and returns the last answer. */
    static Outcome answer(SqlTarget target, SqlScript script) {
        try (SqlTarget.Database db = target.freshDatabase();
                WireSession session = new WireSession(db.connect())) {
            Outcome last = null;
            for (ScriptStatement s : script.statements()) {
                last = session.execute(s.sql());
            }
            return last;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
