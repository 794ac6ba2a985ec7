package dev.tusk.types;

/**
 * The eleven object-identifier alias types of PostgreSQL 15 ({@code regproc}, {@code regclass},
 * {@code regtype}, ...): which catalog an OID of each refers to and how each prints OID 0.
 */
public enum RegKind {
    /** {@code regproc}: a function by name alone ({@code pg_proc}). */
    PROC(24, "regproc", "-"),
    /** {@code regprocedure}: a function with its argument types ({@code pg_proc}). */
    PROCEDURE(2202, "regprocedure", "-"),
    /** {@code regoper}: an operator by name alone ({@code pg_operator}). */
    OPER(2203, "regoper", "0"),
    /** {@code regoperator}: an operator with its argument types ({@code pg_operator}). */
    OPERATOR(2204, "regoperator", "0"),
    /** {@code regclass}: a relation ({@code pg_class}). */
    CLASS(2205, "regclass", "-"),
    /** {@code regtype}: a data type ({@code pg_type}). */
    TYPE(2206, "regtype", "-"),
    /** {@code regconfig}: a text search configuration ({@code pg_ts_config}). */
    CONFIG(3734, "regconfig", "-"),
    /** {@code regdictionary}: a text search dictionary ({@code pg_ts_dict}). */
    DICTIONARY(3769, "regdictionary", "-"),
    /** {@code regnamespace}: a schema ({@code pg_namespace}). */
    NAMESPACE(4089, "regnamespace", "-"),
    /** {@code regrole}: a role ({@code pg_authid}). */
    ROLE(4096, "regrole", "-"),
    /** {@code regcollation}: a collation ({@code pg_collation}). */
    COLLATION(4191, "regcollation", "-");

    /** 42725 ambiguous_function. */
    private static final String AMBIGUOUS_FUNCTION = "42725";

    private final int typeOid;
    private final String typname;
    private final String zeroText;

    RegKind(int typeOid, String typname, String zeroText) {
        this.typeOid = typeOid;
        this.typname = typname;
        this.zeroText = zeroText;
    }

    /** The OID of the alias type itself, e.g. 2205 for {@code regclass}. */
    public int typeOid() {
        return typeOid;
    }

    /** The alias type's name, e.g. {@code regclass}. */
    public String typname() {
        return typname;
    }

    /** What the output function prints for OID 0 and the input function reads as 0: {@code -}, or {@code 0} for operators. */
    public String zeroText() {
        return zeroText;
    }

    /**
     * PostgreSQL's error for a name that matches more than one object, which only {@link #PROC} and {@link #OPER}
     * can meet: {@code more than one function named "..."} / {@code more than one operator named ...} (42725).
     *
     * @param input the text the client sent, as {@link ObjectName#input()} carries it
     */
    public PgTypeException ambiguous(String input) {
        return switch (this) {
            case PROC -> new PgTypeException(AMBIGUOUS_FUNCTION, "more than one function named \"" + input + "\"");
            case OPER -> new PgTypeException(AMBIGUOUS_FUNCTION, "more than one operator named " + input);
            default -> throw new IllegalArgumentException(typname + " names are never ambiguous");
        };
    }
}
