package dev.tusk.protocol.backend;

/** The field type codes of ErrorResponse and NoticeResponse, named as in the PostgreSQL docs. */
public final class ErrorField {
    /** Severity, possibly localized: ERROR, FATAL, PANIC, WARNING, NOTICE, DEBUG, INFO, LOG. */
    public static final char SEVERITY = 'S';
    /** Severity, never localized (protocol 3.0 servers from PostgreSQL 9.6 on). */
    public static final char SEVERITY_NONLOCALIZED = 'V';
    /** The SQLSTATE code. */
    public static final char CODE = 'C';
    /** The primary human-readable message. */
    public static final char MESSAGE = 'M';
    /** An optional secondary message with more detail. */
    public static final char DETAIL = 'D';
    /** An optional suggestion what to do about the problem. */
    public static final char HINT = 'H';
    /** A 1-based character index into the original query string. */
    public static final char POSITION = 'P';
    /** A 1-based character index into an internally generated query. */
    public static final char INTERNAL_POSITION = 'p';
    /** The text of the internally generated query. */
    public static final char INTERNAL_QUERY = 'q';
    /** The context in which the error occurred, e.g. a call stack traceback. */
    public static final char WHERE = 'W';
    /** The schema name of the object involved. */
    public static final char SCHEMA_NAME = 's';
    /** The table name of the object involved. */
    public static final char TABLE_NAME = 't';
    /** The column name of the object involved. */
    public static final char COLUMN_NAME = 'c';
    /** The data type name of the object involved. */
    public static final char DATA_TYPE_NAME = 'd';
    /** The constraint name of the object involved. */
    public static final char CONSTRAINT_NAME = 'n';
    /** The source-code file name where the error was reported. */
    public static final char FILE = 'F';
    /** The source-code line number where the error was reported. */
    public static final char LINE = 'L';
    /** The source-code routine name reporting the error. */
    public static final char ROUTINE = 'R';

    private ErrorField() {}
}
