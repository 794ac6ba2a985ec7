package dev.tusk.calcite.func;

/** The sequence operations of the running session, for nextval() and friends (names resolve as regclass does). */
public interface SequenceAccess {
    /** nextval(name). */
    long nextval(String name);

    /** currval(name). */
    long currval(String name);

    /** setval(name, value, is_called). */
    long setval(String name, long value, boolean isCalled);

    /** lastval(). */
    long lastval();

    /**
     * The schemas of search_path that exist, in order, with pg_catalog first unless listed (the schemas names
     * resolve in, which current_schema() and current_schemas() report); empty when unknown.
     */
    default java.util.List<String> searchPath() {
        return java.util.List.of();
    }

    /** A session without sequences: every call is an error. */
    SequenceAccess NONE = new SequenceAccess() {
        @Override
        public long nextval(String name) {
            throw missing(name);
        }

        @Override
        public long currval(String name) {
            throw missing(name);
        }

        @Override
        public long setval(String name, long value, boolean isCalled) {
            throw missing(name);
        }

        @Override
        public long lastval() {
            throw new dev.tusk.server.api.PgException(
                    dev.tusk.protocol.SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE,
                    "lastval is not yet defined in this session");
        }

        private RuntimeException missing(String name) {
            return new dev.tusk.server.api.PgException(
                    dev.tusk.protocol.SqlState.UNDEFINED_TABLE, "relation \"" + name + "\" does not exist");
        }
    };
}
