package dev.tusk.calcite.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * A PostgreSQL statement Calcite has no node for. Tusk executes these itself; their operands are the expression
 * trees inside, so that visitors (for example the one that finds parameters) reach them.
 */
public abstract class PgStatement extends SqlCall {
    private final SqlOperator operator;

    /** Creates a statement node whose operator is named after the statement (e.g. {@code "BEGIN"}). */
    protected PgStatement(SqlParserPos pos, String tag) {
        super(pos);
        this.operator = new SqlSpecialOperator(tag, SqlKind.OTHER);
    }

    /** The command, as PostgreSQL names it in its command tag and errors (e.g. {@code "INSERT"}). */
    public String tag() {
        return operator.getName();
    }

    @Override
    public SqlOperator getOperator() {
        return operator;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of();
    }

    /** A list that may hold nulls, for {@link #getOperandList()}. */
    protected static List<SqlNode> operands(Object... nodes) {
        List<SqlNode> list = new ArrayList<>();
        for (Object n : nodes) {
            if (n instanceof SqlNode node) {
                list.add(node);
            } else if (n instanceof List<?> l) {
                for (Object o : l) {
                    if (o instanceof SqlNode node) {
                        list.add(node);
                    }
                }
            }
        }
        return Collections.unmodifiableList(list);
    }

    @Override
    public SqlNode clone(SqlParserPos pos) {
        return this;
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword(tag());
        for (SqlNode operand : getOperandList()) {
            operand.unparse(writer, 0, 0);
        }
    }

    @Override
    public void validate(SqlValidator validator, SqlValidatorScope scope) {
        throw new UnsupportedOperationException(tag() + " is executed by Tusk, not validated by Calcite");
    }
}
