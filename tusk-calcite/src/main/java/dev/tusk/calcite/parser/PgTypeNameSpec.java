package dev.tusk.calcite.parser;

import dev.tusk.calcite.type.PgTypeResolution;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.util.Litmus;

/**
 * A PostgreSQL type as written ({@code int4}, {@code varchar(10)}, {@code timestamp(3) with time zone},
 * {@code pg_catalog.text[]}); it is resolved against tusk-types during validation.
 */
public final class PgTypeNameSpec extends SqlTypeNameSpec {
    private final List<String> names;
    private final boolean keyword;
    private final List<Integer> args;
    private final Boolean withTimeZone;
    private final SqlIntervalQualifier fields;
    private final int arrayDims;

    /**
     * Creates a type name.
     *
     * @param names the qualified name, or one internal name ({@code float8}) when spelled with keywords
     * @param keyword whether it was spelled with SQL keywords ({@code double precision}, {@code char(3)})
     * @param args the type modifiers in parentheses
     * @param withTimeZone {@code WITH TIME ZONE} (true), {@code WITHOUT TIME ZONE} (false) or neither (null)
     * @param fields interval fields ({@code DAY TO SECOND}), or null
     * @param arrayDims how many {@code []} follow
     * @param pos where it was written
     */
    public PgTypeNameSpec(
            List<String> names,
            boolean keyword,
            List<Integer> args,
            Boolean withTimeZone,
            SqlIntervalQualifier fields,
            int arrayDims,
            SqlParserPos pos) {
        super(new SqlIdentifier(List.copyOf(names), pos), pos);
        this.names = List.copyOf(names);
        this.keyword = keyword;
        this.args = List.copyOf(args);
        this.withTimeZone = withTimeZone;
        this.fields = fields;
        this.arrayDims = arrayDims;
    }

    /** The qualified name parts. */
    public List<String> names() {
        return names;
    }

    /** The unqualified name. */
    public String name() {
        return names.get(names.size() - 1);
    }

    /** The schema it was qualified with, or null. */
    public String schema() {
        return names.size() > 1 ? names.get(names.size() - 2) : null;
    }

    /** Whether it was spelled with SQL keywords. */
    public boolean keyword() {
        return keyword;
    }

    /** The type modifiers written in parentheses. */
    public List<Integer> args() {
        return args;
    }

    /** {@code WITH TIME ZONE} (true), {@code WITHOUT TIME ZONE} (false), or neither (null). */
    public Boolean withTimeZone() {
        return withTimeZone;
    }

    /** The interval fields, or null. */
    public SqlIntervalQualifier fields() {
        return fields;
    }

    /** The number of array dimensions written. */
    public int arrayDims() {
        return arrayDims;
    }

    @Override
    public RelDataType deriveType(SqlValidator validator) {
        return PgTypeResolution.relDataType(this, validator.getTypeFactory());
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.print(toString());
    }

    @Override
    public boolean equalsDeep(SqlTypeNameSpec spec, Litmus litmus) {
        if (!(spec instanceof PgTypeNameSpec that)
                || !names.equals(that.names)
                || keyword != that.keyword
                || !args.equals(that.args)
                || !Objects.equals(withTimeZone, that.withTimeZone)
                || arrayDims != that.arrayDims
                || !Objects.equals(String.valueOf(fields), String.valueOf(that.fields))) {
            return litmus.fail("{} != {}", this, spec);
        }
        return litmus.succeed();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.join(".", names));
        if (fields != null) {
            sb.append(' ').append(fields);
        }
        if (!args.isEmpty()) {
            sb.append('(');
            for (int i = 0; i < args.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(args.get(i));
            }
            sb.append(')');
        }
        if (withTimeZone != null) {
            sb.append(withTimeZone ? " with time zone" : " without time zone");
        }
        sb.append("[]".repeat(arrayDims));
        return sb.toString();
    }
}
