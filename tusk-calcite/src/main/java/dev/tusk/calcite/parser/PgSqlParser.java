package dev.tusk.calcite.parser;

import dev.tusk.calcite.parser.impl.ParseException;
import dev.tusk.calcite.parser.impl.PgSqlParserImpl;
import dev.tusk.calcite.parser.impl.Token;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.io.StringReader;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Parses one PostgreSQL statement into a Calcite parse tree, with PostgreSQL's lexical rules (lower-cased unquoted
 * identifiers, double-quoted identifiers, {@code $n} parameters) and PostgreSQL's syntax errors (42601 with the
 * position of the offending token).
 */
public final class PgSqlParser {
    /** NAMEDATALEN - 1. */
    public static final int MAX_IDENTIFIER_LENGTH = 63;

    /**
     * Parsers that finished a statement without an error, for reuse: making one allocates its token manager's and
     * lookahead tables, a large part of parsing a short statement. A reused one is re-initialised on the new text.
     */
    private static final ConcurrentLinkedQueue<PgSqlParserImpl> IDLE = new ConcurrentLinkedQueue<>();

    private static final int MAX_IDLE = 32;
    private static final AtomicInteger IDLE_COUNT = new AtomicInteger();

    private PgSqlParser() {}

    /** Parses a statement; throws a PgException with SQLSTATE 42601 (or 0A000) and a 1-based position. */
    public static SqlNode parse(String sql) {
        PgSqlParserImpl parser = IDLE.poll();
        if (parser == null) {
            parser = (PgSqlParserImpl) PgSqlParserImpl.FACTORY.getParser(new StringReader(sql));
        } else {
            IDLE_COUNT.decrementAndGet();
            parser.ReInit(new StringReader(sql));
        }
        SqlNode node = parse(parser, sql);
        // only a parser that ended cleanly goes back (one that threw may hold half a statement's state)
        if (IDLE_COUNT.incrementAndGet() <= MAX_IDLE) {
            IDLE.offer(parser);
        } else {
            IDLE_COUNT.decrementAndGet();
        }
        return node;
    }

    private static SqlNode parse(PgSqlParserImpl parser, String sql) {
        parser.setOriginalSql(sql);
        parser.setTabSize(1);
        parser.setQuotedCasing(Casing.UNCHANGED);
        parser.setUnquotedCasing(Casing.TO_LOWER);
        parser.setIdentifierMaxLength(Integer.MAX_VALUE);
        parser.setConformance(PgConformance.INSTANCE);
        parser.switchTo(SqlAbstractParserImpl.LexicalState.DQID);
        try {
            return parser.PgStatementEof();
        } catch (PgParsing.UnsupportedSyntaxException e) {
            throw PgException.builder(
                            e.getMessage().startsWith("operator does not exist")
                                    ? SqlState.UNDEFINED_FUNCTION
                                    : SqlState.FEATURE_NOT_SUPPORTED,
                            e.getMessage())
                    .position(offset(sql, e.pos()))
                    .build();
        } catch (PgException e) {
            throw e;
        } catch (Throwable t) {
            throw syntaxError(sql, parser, t);
        }
    }

    private static PgException syntaxError(String sql, PgSqlParserImpl parser, Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof PgParsing.UnsupportedSyntaxException || root instanceof PgException) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof PgException pg) {
            return pg;
        }
        if (root instanceof PgParsing.UnsupportedSyntaxException u) {
            return PgException.builder(SqlState.FEATURE_NOT_SUPPORTED, u.getMessage())
                    .position(offset(sql, u.pos()))
                    .build();
        }
        if (t instanceof CalciteContextException cce && cce.getPosLine() > 0) {
            String why = cce.getCause() != null ? String.valueOf(cce.getCause().getMessage()) : "";
            if (why.startsWith("Non-query expression encountered in illegal context")
                    || why.startsWith("String literal continued on same line")) {
                int at = offset(sql, new SqlParserPos(cce.getPosLine(), cce.getPosColumn()));
                return PgException.builder(
                                SqlState.SYNTAX_ERROR,
                                "syntax error at or near \"" + PgTokens.tokenAt(sql, at - 1) + "\"")
                        .position(at)
                        .build();
            }
            return PgException.builder(
                            SqlState.SYNTAX_ERROR,
                            cce.getCause() != null ? cce.getCause().getMessage() : cce.getMessage())
                    .position(offset(sql, new SqlParserPos(cce.getPosLine(), cce.getPosColumn())))
                    .build();
        }
        String lexical = t.getClass().getSimpleName().equals("TokenMgrError") ? t.getMessage() : null;
        if (lexical != null && lexical.startsWith("unterminated")) {
            return new PgException(SqlState.SYNTAX_ERROR, lexical);
        }
        if (t instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
            Token next = pe.currentToken.next;
            if (next.kind == 0) {
                return PgException.builder(SqlState.SYNTAX_ERROR, "syntax error at end of input")
                        .position(sql.length() + 1)
                        .build();
            }
            int at = offset(sql, new SqlParserPos(next.beginLine, next.beginColumn));
            return PgException.builder(SqlState.SYNTAX_ERROR, "syntax error at or near \"" + next.image + "\"")
                    .position(at)
                    .build();
        }
        SqlParseException spe = parser.normalizeException(t);
        SqlParserPos pos = spe.getPos();
        if (pos == null) {
            return new PgException(SqlState.SYNTAX_ERROR, "syntax error at end of input");
        }
        int offset = offset(sql, pos);
        if (offset > sql.length()) {
            return PgException.builder(SqlState.SYNTAX_ERROR, "syntax error at end of input")
                    .position(sql.length() + 1)
                    .build();
        }
        String near = PgTokens.tokenAt(sql, offset - 1);
        if (near.isEmpty()) {
            return PgException.builder(SqlState.SYNTAX_ERROR, "syntax error at end of input")
                    .position(sql.length() + 1)
                    .build();
        }
        return PgException.builder(SqlState.SYNTAX_ERROR, "syntax error at or near \"" + near + "\"")
                .position(offset)
                .build();
    }

    /** The 1-based character offset of a parser position in the statement text (PostgreSQL's error position). */
    public static int offset(String sql, SqlParserPos pos) {
        int line = 1;
        int i = 0;
        while (line < pos.getLineNum() && i < sql.length()) {
            char c = sql.charAt(i++);
            if (c == '\n') {
                line++;
            }
        }
        return i + Math.max(pos.getColumnNum(), 1);
    }
}
