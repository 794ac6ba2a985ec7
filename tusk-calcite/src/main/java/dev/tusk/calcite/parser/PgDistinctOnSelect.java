package dev.tusk.calcite.parser;

import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;

/** A SELECT with PostgreSQL's {@code DISTINCT ON (...)}, rewritten before validation. */
public final class PgDistinctOnSelect extends SqlSelect {
    private final SqlNodeList distinctOn;

    PgDistinctOnSelect(SqlSelect s, SqlNodeList distinctOn) {
        super(
                s.getParserPosition(),
                (SqlNodeList) s.getOperandList().get(0),
                s.getSelectList(),
                s.getFrom(),
                s.getWhere(),
                s.getGroup(),
                s.getHaving(),
                s.getWindowList(),
                s.getQualify(),
                s.getOrderList(),
                s.getOffset(),
                s.getFetch(),
                s.getHints());
        this.distinctOn = distinctOn;
    }

    /** The expressions inside {@code DISTINCT ON (...)}. */
    public SqlNodeList distinctOn() {
        return distinctOn;
    }
}
