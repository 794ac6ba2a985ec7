package dev.tusk.types;

import java.util.Objects;

/** The one error type of tusk-types: a PostgreSQL error with its SQLSTATE and PostgreSQL's exact message. */
public final class PgTypeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** 22P02 invalid_text_representation. */
    public static final String INVALID_TEXT_REPRESENTATION = "22P02";
    /** 22003 numeric_value_out_of_range. */
    public static final String NUMERIC_VALUE_OUT_OF_RANGE = "22003";
    /** 22008 datetime_field_overflow. */
    public static final String DATETIME_FIELD_OVERFLOW = "22008";
    /** 22007 invalid_datetime_format. */
    public static final String INVALID_DATETIME_FORMAT = "22007";
    /** 22001 string_data_right_truncation. */
    public static final String STRING_DATA_RIGHT_TRUNCATION = "22001";
    /** 22026 string_data_length_mismatch. */
    public static final String STRING_DATA_LENGTH_MISMATCH = "22026";
    /** 22004 null_value_not_allowed. */
    public static final String NULL_VALUE_NOT_ALLOWED = "22004";
    /** 42601 syntax_error. */
    public static final String SYNTAX_ERROR = "42601";
    /** 22023 invalid_parameter_value. */
    public static final String INVALID_PARAMETER_VALUE = "22023";
    /** 22P03 invalid_binary_representation. */
    public static final String INVALID_BINARY_REPRESENTATION = "22P03";
    /** 42804 datatype_mismatch. */
    public static final String DATATYPE_MISMATCH = "42804";
    /** 0A000 feature_not_supported. */
    public static final String FEATURE_NOT_SUPPORTED = "0A000";
    /** 22021 character_not_in_repertoire. */
    public static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";
    /** 2202E array_subscript_error. */
    public static final String ARRAY_SUBSCRIPT_ERROR = "2202E";
    /** 54000 program_limit_exceeded. */
    public static final String PROGRAM_LIMIT_EXCEEDED = "54000";
    /** 08P01 protocol_violation. */
    public static final String PROTOCOL_VIOLATION = "08P01";
    /** XX000 internal_error. */
    public static final String INTERNAL_ERROR = "XX000";

    private final String sqlState;
    private final String detail;
    private final String hint;
    private final String context;

    /** Creates an error with a SQLSTATE and a message. */
    public PgTypeException(String sqlState, String message) {
        this(sqlState, message, null);
    }

    /** Creates an error with a SQLSTATE, a message and a DETAIL line (may be null). */
    public PgTypeException(String sqlState, String message, String detail) {
        this(sqlState, message, detail, null);
    }

    /** Creates an error with a SQLSTATE, a message, a DETAIL line and a HINT line (either may be null). */
    public PgTypeException(String sqlState, String message, String detail, String hint) {
        this(sqlState, message, detail, hint, null);
    }

    /**
     * Creates an error with a SQLSTATE, a message and PostgreSQL's optional DETAIL, HINT and CONTEXT lines
     * (each may be null); CONTEXT is what the input function itself adds, e.g. the JSON parser's
     * {@code JSON data, line 1: ...}.
     */
    public PgTypeException(String sqlState, String message, String detail, String hint, String context) {
        super(message);
        this.sqlState = Objects.requireNonNull(sqlState);
        if (sqlState.length() != 5) {
            throw new IllegalArgumentException("SQLSTATE must have 5 characters: " + sqlState);
        }
        this.detail = detail;
        this.hint = hint;
        this.context = context;
    }

    /** The five-character SQLSTATE. */
    public String sqlState() {
        return sqlState;
    }

    /** PostgreSQL's DETAIL text, or null. */
    public String detail() {
        return detail;
    }

    /** PostgreSQL's HINT text, or null. */
    public String hint() {
        return hint;
    }

    /** The CONTEXT line the input function adds (e.g. {@code JSON data, line 1: ...}), or null. */
    public String context() {
        return context;
    }

    /** {@code invalid input syntax for type <type>: "<input>"} (22P02). */
    public static PgTypeException invalidInput(String typeName, String input) {
        return new PgTypeException(
                INVALID_TEXT_REPRESENTATION, "invalid input syntax for type " + typeName + ": \"" + input + "\"");
    }

    /** {@code value "<input>" is out of range for type <type>} (22003). */
    public static PgTypeException outOfRange(String typeName, String input) {
        return new PgTypeException(
                NUMERIC_VALUE_OUT_OF_RANGE, "value \"" + input + "\" is out of range for type " + typeName);
    }

    /** {@code insufficient data left in message} (08P01, as PostgreSQL's receive functions report it). */
    public static PgTypeException insufficientData() {
        return new PgTypeException(PROTOCOL_VIOLATION, "insufficient data left in message");
    }

    /** {@code incorrect binary data format} (22P03), for binary input with trailing bytes. */
    public static PgTypeException badBinary() {
        return new PgTypeException(INVALID_BINARY_REPRESENTATION, "incorrect binary data format");
    }

    /** An encoder was handed a Java value it cannot represent as this type (42804). */
    public static PgTypeException cannotEncode(Object value, String typeName) {
        return new PgTypeException(
                DATATYPE_MISMATCH,
                "cannot encode a value of Java type " + value.getClass().getName() + " as " + typeName);
    }
}
