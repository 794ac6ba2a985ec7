package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlPostfixOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.type.InferTypes;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;

/** {@code expr COLLATE name}: carries the collation name until the rewrite before validation resolves it. */
public final class PgCollateOperator extends SqlPostfixOperator {
    private final List<String> collation;

    /** Creates the operator for one collation name (possibly qualified). */
    public PgCollateOperator(List<String> collation) {
        super("COLLATE", SqlKind.OTHER, 94, ReturnTypes.ARG0, InferTypes.RETURN_TYPE, OperandTypes.ANY);
        this.collation = List.copyOf(collation);
    }

    /** The collation name parts as written. */
    public List<String> collation() {
        return collation;
    }

    @Override
    public void unparse(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
        call.operand(0).unparse(writer, leftPrec, getLeftPrec());
        writer.keyword("COLLATE");
        writer.identifier(String.join(".", collation), true);
    }
}
