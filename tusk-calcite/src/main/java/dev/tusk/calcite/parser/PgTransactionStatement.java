package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.parser.SqlParserPos;

/** BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE and ROLLBACK TO SAVEPOINT. */
public final class PgTransactionStatement extends PgStatement {
    /** Which transaction command. */
    public enum Kind {
        /** BEGIN or START TRANSACTION. */
        BEGIN,
        /** COMMIT or END. */
        COMMIT,
        /** ROLLBACK or ABORT. */
        ROLLBACK,
        /** SAVEPOINT name. */
        SAVEPOINT,
        /** RELEASE [SAVEPOINT] name. */
        RELEASE,
        /** ROLLBACK TO [SAVEPOINT] name. */
        ROLLBACK_TO
    }

    /** A transaction mode of BEGIN or SET TRANSACTION. */
    public enum Mode {
        /** ISOLATION LEVEL SERIALIZABLE. */
        SERIALIZABLE,
        /** ISOLATION LEVEL REPEATABLE READ. */
        REPEATABLE_READ,
        /** ISOLATION LEVEL READ COMMITTED. */
        READ_COMMITTED,
        /** ISOLATION LEVEL READ UNCOMMITTED. */
        READ_UNCOMMITTED,
        /** READ ONLY. */
        READ_ONLY,
        /** READ WRITE. */
        READ_WRITE,
        /** DEFERRABLE. */
        DEFERRABLE,
        /** NOT DEFERRABLE. */
        NOT_DEFERRABLE
    }

    /** The parsed kind. */
    public final Kind kind;
    /** The parsed modes. */
    public final List<Mode> modes;
    /** The parsed savepoint. */
    public final String savepoint;
    /** The parsed chain. */
    public final boolean chain;

    /** Creates the node. */
    public PgTransactionStatement(SqlParserPos pos, Kind kind, List<Mode> modes, String savepoint, boolean chain) {
        super(pos, tagOf(kind));
        this.kind = kind;
        this.modes = List.copyOf(modes);
        this.savepoint = savepoint;
        this.chain = chain;
    }

    private static String tagOf(Kind kind) {
        return kind == Kind.BEGIN
                ? "BEGIN"
                : kind == Kind.COMMIT
                        ? "COMMIT"
                        : kind == Kind.ROLLBACK || kind == Kind.ROLLBACK_TO
                                ? "ROLLBACK"
                                : kind == Kind.SAVEPOINT ? "SAVEPOINT" : "RELEASE";
    }
}
