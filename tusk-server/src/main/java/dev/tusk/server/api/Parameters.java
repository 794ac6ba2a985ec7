package dev.tusk.server.api;

/**
 * The parameter values of one execution, as the client sent them in Bind (or none for a simple query).
 * Values are decoded lazily with the parameter's type codec, in the format the client used.
 */
public interface Parameters {

    /** The number of parameters. */
    int size();

    /** Whether parameter {@code index} (0-based) is SQL NULL. */
    boolean isNull(int index);

    /** The type OID the parameter has: declared in Parse or inferred by {@link PreparedQuery}. */
    int typeOid(int index);

    /** 0 for text, 1 for binary: the format the client sent the value in. */
    int format(int index);

    /** The raw bytes the client sent, or null for SQL NULL. */
    byte[] raw(int index);

    /**
     * The value decoded by the codec of {@link #typeOid(int)} (for example Integer for int4, String for
     * text), or null for SQL NULL.
     *
     * @throws PgException 22P02 and friends when the value is not valid input for its type
     */
    Object value(int index);

    /** No parameters. */
    Parameters NONE = new Parameters() {
        @Override
        public int size() {
            return 0;
        }

        @Override
        public boolean isNull(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int typeOid(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int format(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public byte[] raw(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public Object value(int index) {
            throw new IndexOutOfBoundsException(index);
        }
    };
}
