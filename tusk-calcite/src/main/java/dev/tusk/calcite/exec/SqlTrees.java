package dev.tusk.calcite.exec;

import dev.tusk.calcite.parser.PgTypeNameSpec;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.types.PgType;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;

/** Builds the Calcite parse trees Tusk plans for DML: casts, aliases, selects over VALUES. */
public final class SqlTrees {
    static final SqlParserPos POS = SqlParserPos.ZERO;

    private SqlTrees() {}

    /** {@code CAST(e AS type)} with the type's base name (typmods are applied by Tusk afterwards). */
    public static SqlNode cast(SqlNode e, PgTypeRef type) {
        PgType t = type.type();
        String name = t.isArray() ? t.elementType().typname() : t.typname();
        PgTypeNameSpec spec =
                new PgTypeNameSpec(List.of("pg_catalog", name), false, List.of(), null, null, t.isArray() ? 1 : 0, POS);
        return SqlStdOperatorTable.CAST.createCall(POS, e, new SqlDataTypeSpec(spec, POS));
    }

    /** {@code CAST(NULL AS type)}. */
    static SqlNode nullOf(PgTypeRef type) {
        return cast(SqlLiteral.createNull(POS), type);
    }

    /** {@code e AS name}. */
    static SqlNode as(SqlNode e, String name) {
        return SqlStdOperatorTable.AS.createCall(POS, e, new SqlIdentifier(name, SqlParserPos.QUOTED_ZERO));
    }

    /** {@code query AS alias(c1, c2, ...)}. */
    static SqlNode aliased(SqlNode query, String alias, List<String> columns) {
        List<SqlNode> operands = new ArrayList<>();
        operands.add(query);
        operands.add(new SqlIdentifier(alias, SqlParserPos.QUOTED_ZERO));
        for (String c : columns) {
            operands.add(new SqlIdentifier(c, SqlParserPos.QUOTED_ZERO));
        }
        return SqlStdOperatorTable.AS.createCall(POS, operands);
    }

    /** A quoted identifier with several parts. */
    static SqlIdentifier id(String... names) {
        List<SqlParserPos> positions = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            positions.add(SqlParserPos.QUOTED_ZERO);
        }
        return new SqlIdentifier(List.of(names), null, POS, positions);
    }

    /** {@code SELECT items FROM from WHERE where}. */
    public static SqlSelect select(List<SqlNode> items, SqlNode from, SqlNode where) {
        return new SqlSelect(
                POS,
                SqlNodeList.EMPTY,
                new SqlNodeList(items, POS),
                from,
                where,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                SqlNodeList.EMPTY);
    }

    /** {@code VALUES (row)} for one row. */
    static SqlNode values(List<SqlNode> row) {
        SqlNode r = SqlStdOperatorTable.ROW.createCall(POS, row);
        return SqlStdOperatorTable.VALUES.createCall(POS, r);
    }

    /** A deep copy, so that the validator's in-place rewrites of one use cannot leak into another. */
    public static SqlNode copy(SqlNode node) {
        if (node == null) {
            return null;
        }
        return node.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlCall call) {
                List<SqlNode> operands = new ArrayList<>();
                for (SqlNode o : call.getOperandList()) {
                    operands.add(o == null ? null : o.accept(this));
                }
                if (call instanceof SqlBasicCall) {
                    return call.getOperator()
                            .createCall(call.getFunctionQuantifier(), call.getParserPosition(), operands);
                }
                return call.getOperator()
                        .createCall(
                                call.getFunctionQuantifier(),
                                call.getParserPosition(),
                                operands.toArray(new SqlNode[0]));
            }

            @Override
            public SqlNode visit(SqlIdentifier id) {
                return id.clone(id.getParserPosition());
            }

            @Override
            public SqlNode visit(SqlLiteral literal) {
                return literal.clone(literal.getParserPosition());
            }
        });
    }
}
