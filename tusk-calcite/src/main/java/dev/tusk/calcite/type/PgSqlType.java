package dev.tusk.calcite.type;

import dev.tusk.types.PgType;
import java.nio.charset.Charset;
import java.util.Objects;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.sql.SqlCollation;
import org.apache.calcite.sql.type.BasicSqlType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A Calcite string type that remembers the PostgreSQL type whose text form it carries ({@code json}, {@code jsonb},
 * {@code inet}, ...), so that a column, a view column or a subquery output of that type keeps its PostgreSQL
 * identity through validation: operators and functions resolve on it, {@code pg_typeof} and RowDescription name it.
 * Its digest names the PostgreSQL type, so Calcite's type canonisation keeps it apart from plain VARCHAR.
 */
public final class PgSqlType extends BasicSqlType {
    private static final long serialVersionUID = 1L;

    private final transient PgType pgType;
    private final transient Charset charset;
    private final SqlCollation collation;

    PgSqlType(RelDataTypeSystem system, PgType pgType, boolean nullable, Charset charset, SqlCollation collation) {
        super(system, SqlTypeName.VARCHAR, nullable);
        this.pgType = Objects.requireNonNull(pgType, "pgType");
        this.charset = charset;
        this.collation = collation;
        computeDigest();
    }

    /** The PostgreSQL type whose text form values of this type hold. */
    public PgType pgType() {
        return pgType;
    }

    @Override
    public BasicSqlType createWithNullability(boolean nullable) {
        return nullable == isNullable() ? this : new PgSqlType(typeSystem, pgType, nullable, charset, collation);
    }

    /** This type with a character set and collation, as Calcite attaches them to every string type. */
    PgSqlType withCharsetAndCollation(Charset charset, SqlCollation collation) {
        return new PgSqlType(typeSystem, pgType, isNullable(), charset, collation);
    }

    @Override
    public Charset getCharset() {
        return charset;
    }

    @Override
    public SqlCollation getCollation() {
        return collation;
    }

    @Override
    protected void generateTypeString(StringBuilder sb, boolean withDetail) {
        sb.append("VARCHAR");
        if (withDetail && pgType != null) { // null while the superclass constructor computes a first digest
            sb.append(" /* ").append(pgType.typname()).append(" */");
            if (charset != null) {
                sb.append(" CHARACTER SET \"").append(charset.name()).append('"');
            }
            if (collation != null) {
                sb.append(" COLLATE \"").append(collation.getCollationName()).append('"');
            }
        }
    }
}
