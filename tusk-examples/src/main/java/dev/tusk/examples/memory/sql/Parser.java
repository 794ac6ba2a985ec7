package dev.tusk.examples.memory.sql;

import dev.tusk.examples.memory.sql.Expr.LiteralKind;
import dev.tusk.examples.memory.sql.Statement.Assignment;
import dev.tusk.examples.memory.sql.Statement.ColumnSpec;
import dev.tusk.examples.memory.sql.Statement.CopyOptionsSpec;
import dev.tusk.examples.memory.sql.Statement.From;
import dev.tusk.examples.memory.sql.Statement.OrderItem;
import dev.tusk.examples.memory.sql.Statement.SelectItem;
import dev.tusk.examples.memory.sql.Statement.TableRef;
import dev.tusk.examples.memory.sql.Token.Kind;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A recursive-descent parser for the example backend's SQL subset. Syntax errors are PostgreSQL's 42601
 * {@code syntax error at or near "x"} with the token's position; statements PostgreSQL has but this backend
 * does not are 0A000 {@code feature not supported by the Tusk example backend: ...}.
 */
public final class Parser {

    /** Words that end an expression or select list and so cannot be a bare alias. */
    private static final Set<String> RESERVED = Set.of(
            "all",
            "and",
            "as",
            "asc",
            "between",
            "by",
            "case",
            "cast",
            "collate",
            "desc",
            "distinct",
            "else",
            "end",
            "except",
            "false",
            "fetch",
            "for",
            "from",
            "full",
            "group",
            "having",
            "ilike",
            "in",
            "inner",
            "intersect",
            "into",
            "is",
            "isnull",
            "join",
            "left",
            "like",
            "limit",
            "not",
            "notnull",
            "null",
            "nulls",
            "offset",
            "on",
            "or",
            "order",
            "returning",
            "right",
            "select",
            "set",
            "similar",
            "then",
            "true",
            "union",
            "using",
            "values",
            "when",
            "where",
            "window",
            "with",
            "cross",
            "natural",
            "lateral");

    /** First words of PostgreSQL statements this backend does not implement (answered with 0A000). */
    private static final Set<String> KNOWN_UNSUPPORTED = Set.of(
            "alter",
            "analyze",
            "call",
            "checkpoint",
            "close",
            "cluster",
            "comment",
            "commit",
            "create",
            "declare",
            "do",
            "execute",
            "explain",
            "fetch",
            "grant",
            "import",
            "load",
            "lock",
            "merge",
            "move",
            "prepare",
            "reassign",
            "refresh",
            "reindex",
            "release",
            "revoke",
            "rollback",
            "savepoint",
            "security",
            "table",
            "vacuum",
            "values",
            "with",
            "drop",
            "discard",
            "abort",
            "end",
            "start",
            "reset",
            "set");

    private final List<Token> tokens;
    private int p;

    private Parser(String sql) {
        this.tokens = Lexer.tokenize(sql);
    }

    /** Parses one statement (no trailing semicolon needed; one is tolerated). */
    public static Statement parse(String sql) {
        return new Parser(sql).statement();
    }

    // ---- token helpers

    private Token peek() {
        return tokens.get(p);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(p + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(p);
        if (t.kind() != Kind.EOF) {
            p++;
        }
        return t;
    }

    private boolean accept(String keyword) {
        if (peek().is(keyword)) {
            p++;
            return true;
        }
        return false;
    }

    private boolean acceptOp(String op) {
        if (peek().isOp(op)) {
            p++;
            return true;
        }
        return false;
    }

    private Token expect(String keyword) {
        if (!peek().is(keyword)) {
            throw syntaxError(peek());
        }
        return next();
    }

    private Token expectOp(String op) {
        if (!peek().isOp(op)) {
            throw syntaxError(peek());
        }
        return next();
    }

    /** 42601 at the given token, worded as PostgreSQL does. */
    public static PgException syntaxError(Token t) {
        String message = t.kind() == Kind.EOF
                ? "syntax error at end of input"
                : "syntax error at or near \"" + t.display() + "\"";
        return PgException.builder(SqlState.SYNTAX_ERROR, message)
                .position(t.position())
                .build();
    }

    private PgException unsupported(String what, Token at) {
        return PgException.builder(
                        SqlState.FEATURE_NOT_SUPPORTED, "feature not supported by the Tusk example backend: " + what)
                .position(at.position())
                .build();
    }

    /** The statement's words from the given token for an unsupported-feature message, e.g. "CREATE INDEX". */
    private String words(Token from, int count) {
        StringBuilder b = new StringBuilder();
        int idx = tokens.indexOf(from);
        for (int k = idx; k < tokens.size() && k < idx + count; k++) {
            Token t = tokens.get(k);
            if (t.kind() != Kind.IDENT) {
                break;
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(t.text().toUpperCase(Locale.ROOT));
        }
        return b.toString();
    }

    private String identifier() {
        Token t = peek();
        if (t.kind() == Kind.IDENT || t.kind() == Kind.QUOTED_IDENT) {
            p++;
            return t.text();
        }
        throw syntaxError(t);
    }

    /** A possibly schema-qualified name; the schema is accepted when it is public or pg_catalog. */
    private TableRef tableName() {
        Token start = peek();
        String name = identifier();
        if (acceptOp(".")) {
            String schema = name;
            name = identifier();
            if (!schema.equals("public") && !schema.equals("pg_catalog")) {
                throw PgException.builder(SqlState.INVALID_SCHEMA_NAME, "schema \"" + schema + "\" does not exist")
                        .position(start.position())
                        .build();
            }
        }
        return new TableRef(name, null, start.position());
    }

    private void end() {
        acceptOp(";");
        if (peek().kind() != Kind.EOF) {
            throw syntaxError(peek());
        }
    }

    // ---- statements

    private Statement statement() {
        Token first = peek();
        if (first.kind() == Kind.EOF || first.isOp(";")) {
            return new Statement.Empty();
        }
        if (first.isOp("(")) {
            throw unsupported("parenthesized queries", first);
        }
        if (first.kind() != Kind.IDENT) {
            throw syntaxError(first);
        }
        Statement s =
                switch (first.text()) {
                    case "select" -> select();
                    case "create" -> create();
                    case "drop" -> drop();
                    case "truncate" -> truncate();
                    case "insert" -> insert();
                    case "update" -> update();
                    case "delete" -> delete();
                    case "begin", "start" -> begin();
                    case "commit", "end" -> transactionEnd(Statement.TxKind.COMMIT);
                    case "rollback", "abort" -> transactionEnd(Statement.TxKind.ROLLBACK);
                    case "set" -> set();
                    case "reset" -> reset();
                    case "show" -> show();
                    case "copy" -> copy();
                    case "listen" -> listen();
                    case "unlisten" -> unlisten();
                    case "notify" -> notifyStatement();
                    case "discard" -> discard();
                    case "deallocate" -> deallocate();
                    default -> {
                        if (KNOWN_UNSUPPORTED.contains(first.text())) {
                            throw unsupported(words(first, 2), first);
                        }
                        throw syntaxError(first);
                    }
                };
        end();
        return s;
    }

    private Statement.Select select() {
        expect("select");
        if (peek().is("distinct") || peek().is("all")) {
            throw unsupported("SELECT " + peek().text().toUpperCase(Locale.ROOT), peek());
        }
        List<SelectItem> items = selectList();
        From from = null;
        if (accept("from")) {
            from = fromItem();
            if (peek().isOp(",")
                    || peek().is("join")
                    || peek().is("inner")
                    || peek().is("left")
                    || peek().is("cross")
                    || peek().is("right")
                    || peek().is("full")
                    || peek().is("natural")) {
                throw unsupported("joins", peek());
            }
        }
        Expr where = accept("where") ? expr() : null;
        if (peek().is("group") || peek().is("having") || peek().is("window")) {
            throw unsupported(words(peek(), 2), peek());
        }
        if (peek().is("union") || peek().is("intersect") || peek().is("except")) {
            throw unsupported(words(peek(), 1), peek());
        }
        List<OrderItem> orderBy = new ArrayList<>();
        if (accept("order")) {
            expect("by");
            do {
                orderBy.add(orderItem());
            } while (acceptOp(","));
        }
        Expr limit = null;
        Expr offset = null;
        while (true) {
            if (limit == null && accept("limit")) {
                limit = accept("all") ? new Expr.Literal(LiteralKind.NULL, null, peek().position()) : expr();
            } else if (offset == null && accept("offset")) {
                offset = expr();
                if (!accept("rows")) {
                    accept("row");
                }
            } else {
                break;
            }
        }
        if (peek().is("for") || peek().is("fetch")) {
            throw unsupported(words(peek(), 2), peek());
        }
        return new Statement.Select(items, from, where, orderBy, limit, offset);
    }

    private List<SelectItem> selectList() {
        List<SelectItem> items = new ArrayList<>();
        do {
            Token start = peek();
            if (acceptOp("*")) {
                items.add(new SelectItem(null, null, true, start.position()));
                continue;
            }
            Expr e = expr();
            String alias = null;
            if (accept("as")) {
                alias = identifier();
            } else if (peek().kind() == Kind.QUOTED_IDENT
                    || (peek().kind() == Kind.IDENT && !RESERVED.contains(peek().text()))) {
                alias = identifier();
            }
            items.add(new SelectItem(e, alias, false, start.position()));
        } while (acceptOp(","));
        return items;
    }

    private From fromItem() {
        Token start = peek();
        if (start.isOp("(")) {
            throw unsupported("subqueries in FROM", start);
        }
        TableRef table = tableName();
        if (peek().isOp("(")) {
            Expr.FuncCall call = functionArgs(table.name(), start.position());
            return new Statement.FunctionRef(call, alias());
        }
        return new TableRef(table.name(), alias(), table.position());
    }

    private String alias() {
        if (accept("as")) {
            return identifier();
        }
        if (peek().kind() == Kind.QUOTED_IDENT || (peek().kind() == Kind.IDENT && !RESERVED.contains(peek().text()))) {
            return identifier();
        }
        return null;
    }

    private OrderItem orderItem() {
        Expr e = expr();
        boolean desc = false;
        if (accept("desc")) {
            desc = true;
        } else {
            accept("asc");
        }
        Boolean nullsFirst = null;
        if (accept("nulls")) {
            if (accept("first")) {
                nullsFirst = true;
            } else {
                expect("last");
                nullsFirst = false;
            }
        }
        return new OrderItem(e, desc, nullsFirst);
    }

    private Statement create() {
        Token first = expect("create");
        if (accept("temp") || accept("temporary")) {
            throw unsupported("CREATE TEMPORARY TABLE", first);
        }
        if (!peek().is("table")) {
            throw unsupported(words(first, 2), first);
        }
        next();
        boolean ifNotExists = false;
        if (accept("if")) {
            expect("not");
            expect("exists");
            ifNotExists = true;
        }
        TableRef name = tableName();
        expectOp("(");
        List<ColumnSpec> columns = new ArrayList<>();
        List<String> primaryKey = new ArrayList<>();
        do {
            if (peek().is("primary")) {
                next();
                expect("key");
                expectOp("(");
                do {
                    primaryKey.add(identifier());
                } while (acceptOp(","));
                expectOp(")");
            } else if (peek().is("constraint") || peek().is("unique") || peek().is("check") || peek().is("foreign")) {
                throw unsupported("table constraints other than PRIMARY KEY", peek());
            } else {
                ColumnSpec c = columnSpec();
                if (c.primaryKey()) {
                    primaryKey.add(c.name());
                }
                columns.add(c);
            }
        } while (acceptOp(","));
        expectOp(")");
        return new Statement.CreateTable(name.name(), ifNotExists, columns, primaryKey, name.position());
    }

    private ColumnSpec columnSpec() {
        String name = identifier();
        TypeName type = typeName();
        boolean notNull = false;
        boolean primaryKey = false;
        while (true) {
            if (accept("not")) {
                expect("null");
                notNull = true;
            } else if (accept("null")) {
                // explicit NULL: the default
            } else if (peek().is("primary")) {
                next();
                expect("key");
                primaryKey = true;
                notNull = true;
            } else if (peek().is("default")
                    || peek().is("unique")
                    || peek().is("references")
                    || peek().is("check")
                    || peek().is("generated")
                    || peek().is("collate")
                    || peek().is("constraint")) {
                throw unsupported("column option " + peek().text().toUpperCase(Locale.ROOT), peek());
            } else {
                break;
            }
        }
        return new ColumnSpec(name, type, notNull, primaryKey);
    }

    /** A type name with PostgreSQL's aliases resolved; unknown names are kept for the analyser to reject. */
    TypeName typeName() {
        Token start = peek();
        String word = identifier();
        String name =
                switch (word) {
                    case "int", "integer" -> "int4";
                    case "smallint" -> "int2";
                    case "bigint" -> "int8";
                    case "real" -> "float4";
                    case "boolean" -> "bool";
                    case "decimal" -> "numeric";
                    case "float" -> "float8";
                    case "character" -> accept("varying") ? "varchar" : "bpchar";
                    case "char" -> "bpchar";
                    case "double" -> {
                        expect("precision");
                        yield "float8";
                    }
                    case "timestamp", "time" -> {
                        String base = word;
                        if (peek().isOp("(")) {
                            throw unsupported("precision for " + word, peek());
                        }
                        if (accept("with")) {
                            expect("time");
                            expect("zone");
                            yield word.equals("timestamp") ? "timestamptz" : "timetz";
                        }
                        if (accept("without")) {
                            expect("time");
                            expect("zone");
                        }
                        yield base;
                    }
                    default -> word;
                };
        int length = -1;
        int precision = -1;
        int scale = -1;
        if (acceptOp("(")) {
            int first = integerConstant();
            if (name.equals("numeric")) {
                precision = first;
                scale = acceptOp(",") ? integerConstant() : 0;
            } else {
                length = first;
            }
            expectOp(")");
        }
        if (peek().isOp("[")) {
            throw unsupported("array types", peek());
        }
        return new TypeName(name, length, precision, scale, start.position());
    }

    private int integerConstant() {
        Token t = peek();
        if (t.kind() != Kind.INTEGER) {
            throw syntaxError(t);
        }
        next();
        try {
            return Integer.parseInt(t.text());
        } catch (NumberFormatException e) {
            throw syntaxError(t);
        }
    }

    private Statement drop() {
        Token first = expect("drop");
        if (!peek().is("table")) {
            throw unsupported(words(first, 2), first);
        }
        next();
        boolean ifExists = false;
        if (accept("if")) {
            expect("exists");
            ifExists = true;
        }
        List<TableRef> tables = new ArrayList<>();
        do {
            tables.add(tableName());
        } while (acceptOp(","));
        if (accept("cascade")) {
            throw unsupported("DROP TABLE ... CASCADE", tokens.get(p - 1));
        }
        accept("restrict");
        return new Statement.DropTable(tables, ifExists);
    }

    private Statement truncate() {
        expect("truncate");
        accept("table");
        List<TableRef> tables = new ArrayList<>();
        do {
            tables.add(tableName());
        } while (acceptOp(","));
        return new Statement.Truncate(tables);
    }

    private Statement insert() {
        expect("insert");
        expect("into");
        TableRef table = tableName();
        List<String> columns = null;
        if (acceptOp("(")) {
            columns = new ArrayList<>();
            do {
                columns.add(identifier());
            } while (acceptOp(","));
            expectOp(")");
        }
        if (peek().is("select") || peek().is("default")) {
            throw unsupported("INSERT ... " + peek().text().toUpperCase(Locale.ROOT), peek());
        }
        expect("values");
        List<List<Expr>> rows = new ArrayList<>();
        do {
            expectOp("(");
            List<Expr> row = new ArrayList<>();
            do {
                if (peek().is("default")) {
                    throw unsupported("DEFAULT in VALUES", peek());
                }
                row.add(expr());
            } while (acceptOp(","));
            expectOp(")");
            rows.add(row);
        } while (acceptOp(","));
        if (peek().is("on")) {
            throw unsupported("INSERT ... ON CONFLICT", peek());
        }
        return new Statement.Insert(table, columns, rows, returning());
    }

    private List<SelectItem> returning() {
        return accept("returning") ? selectList() : null;
    }

    private Statement update() {
        expect("update");
        TableRef table = tableName();
        expect("set");
        List<Assignment> assignments = new ArrayList<>();
        do {
            Token col = peek();
            String name = identifier();
            expectOp("=");
            assignments.add(new Assignment(name, expr(), col.position()));
        } while (acceptOp(","));
        if (peek().is("from")) {
            throw unsupported("UPDATE ... FROM", peek());
        }
        Expr where = accept("where") ? expr() : null;
        return new Statement.Update(table, assignments, where, returning());
    }

    private Statement delete() {
        expect("delete");
        expect("from");
        TableRef table = tableName();
        if (peek().is("using")) {
            throw unsupported("DELETE ... USING", peek());
        }
        Expr where = accept("where") ? expr() : null;
        return new Statement.Delete(table, where, returning());
    }

    private Statement begin() {
        String tag = "BEGIN";
        if (accept("start")) {
            expect("transaction");
            tag = "START TRANSACTION";
        } else {
            expect("begin");
            if (!accept("work")) {
                accept("transaction");
            }
        }
        transactionModes();
        return new Statement.Transaction(Statement.TxKind.BEGIN, tag);
    }

    /** ISOLATION LEVEL ..., READ WRITE, READ ONLY, [NOT] DEFERRABLE: accepted, all behave alike here. */
    private void transactionModes() {
        while (peek().kind() == Kind.IDENT) {
            if (accept("isolation")) {
                expect("level");
                if (accept("read")) {
                    if (!accept("committed")) {
                        expect("uncommitted");
                    }
                } else if (!accept("serializable")) {
                    expect("repeatable");
                    expect("read");
                }
            } else if (accept("read")) {
                if (peek().is("only")) {
                    throw unsupported("READ ONLY transactions", peek());
                }
                expect("write");
            } else if (accept("not")) {
                expect("deferrable");
            } else if (!accept("deferrable")) {
                throw syntaxError(peek());
            }
            acceptOp(",");
        }
    }

    private Statement transactionEnd(Statement.TxKind kind) {
        Token first = next();
        if (!accept("work")) {
            accept("transaction");
        }
        if (peek().is("and")) {
            throw unsupported("AND CHAIN", peek());
        }
        if (first.is("rollback") && peek().is("to")) {
            throw unsupported("savepoints", peek());
        }
        if (first.is("commit") && peek().is("prepared") || first.is("rollback") && peek().is("prepared")) {
            throw unsupported("two-phase commit", peek());
        }
        return new Statement.Transaction(kind, kind == Statement.TxKind.COMMIT ? "COMMIT" : "ROLLBACK");
    }

    private Statement set() {
        Token first = expect("set");
        boolean local = false;
        if (accept("local")) {
            local = true;
        } else {
            accept("session");
        }
        if (peek().is("characteristics")
                || peek().is("transaction")
                || peek().is("role")
                || peek().is("constraints")
                || peek().is("authorization")) {
            throw unsupported("SET " + words(peek(), 2), first);
        }
        if (peek().is("time") && peek(1).is("zone")) {
            next();
            next();
            return new Statement.Set("timezone", settingValue(), local);
        }
        if (accept("names")) {
            return new Statement.Set("client_encoding", settingValue(), local);
        }
        String name = settingName();
        if (!acceptOp("=")) {
            expect("to");
        }
        return new Statement.Set(name, settingValue(), local);
    }

    private String settingName() {
        StringBuilder name = new StringBuilder(identifier());
        while (acceptOp(".")) {
            name.append('.').append(identifier());
        }
        return name.toString();
    }

    /** A SET value: a list of words, strings and numbers joined by ", ", or null for DEFAULT/LOCAL. */
    private String settingValue() {
        if (accept("default") || (peek().is("local") && peek(1).kind() == Kind.EOF && accept("local"))) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        do {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            Token t = next();
            switch (t.kind()) {
                case IDENT, QUOTED_IDENT, STRING, INTEGER, DECIMAL -> out.append(t.text());
                case OP -> {
                    if ((t.isOp("-") || t.isOp("+"))
                            && (peek().kind() == Kind.INTEGER || peek().kind() == Kind.DECIMAL)) {
                        out.append(t.text().equals("-") ? "-" : "").append(next().text());
                    } else {
                        throw syntaxError(t);
                    }
                }
                default -> throw syntaxError(t);
            }
        } while (acceptOp(","));
        return out.toString();
    }

    private Statement reset() {
        expect("reset");
        if (accept("all")) {
            return new Statement.Reset(null);
        }
        if (peek().is("time") && peek(1).is("zone")) {
            next();
            next();
            return new Statement.Reset("timezone");
        }
        return new Statement.Reset(settingName());
    }

    private Statement show() {
        expect("show");
        if (peek().is("time") && peek(1).is("zone")) {
            next();
            next();
            return new Statement.Show("timezone");
        }
        if (peek().is("transaction") && peek(1).is("isolation")) {
            next();
            next();
            expect("level");
            return new Statement.Show("transaction_isolation");
        }
        return new Statement.Show(settingName());
    }

    private Statement copy() {
        Token first = expect("copy");
        TableRef table = null;
        List<String> columns = null;
        Statement.Select query = null;
        boolean oldBinary = accept("binary");
        if (acceptOp("(")) {
            if (!peek().is("select")) {
                throw unsupported("COPY (" + words(peek(), 1) + " ...)", peek());
            }
            query = select();
            expectOp(")");
        } else {
            table = tableName();
            if (acceptOp("(")) {
                columns = new ArrayList<>();
                do {
                    columns.add(identifier());
                } while (acceptOp(","));
                expectOp(")");
            }
        }
        boolean from;
        if (accept("from")) {
            from = true;
        } else {
            expect("to");
            from = false;
        }
        if (query != null && from) {
            throw syntaxError(tokens.get(p - 1));
        }
        Token target = peek();
        if (from ? !(target.is("stdin")) : !(target.is("stdout"))) {
            if (target.kind() == Kind.STRING || target.is("program")) {
                throw PgException.builder(
                                SqlState.INSUFFICIENT_PRIVILEGE,
                                "COPY to or from a file or program is not supported by the Tusk example backend")
                        .hint("Use COPY ... FROM STDIN or COPY ... TO STDOUT.")
                        .position(target.position())
                        .build();
            }
            throw syntaxError(target);
        }
        next();
        CopyOptionsSpec options = copyOptions(first.position());
        if (oldBinary) {
            options = new CopyOptionsSpec(
                    "binary",
                    options.delimiter(),
                    options.nullString(),
                    options.header(),
                    options.quote(),
                    options.escape(),
                    options.position());
        }
        return new Statement.Copy(table, columns, query, from, options);
    }

    /** Both the parenthesised option list (9.0+) and the old {@code WITH CSV HEADER ...} syntax. */
    private CopyOptionsSpec copyOptions(int position) {
        String format = null;
        String delimiter = null;
        String nullString = null;
        Boolean header = null;
        String quote = null;
        String escape = null;
        accept("with");
        if (acceptOp("(")) {
            do {
                Token opt = peek();
                String name = identifier();
                switch (name) {
                    case "format" -> format = optionWord();
                    case "delimiter" -> delimiter = stringConstant();
                    case "null" -> nullString = stringConstant();
                    case "header" -> header = booleanOption();
                    case "quote" -> quote = stringConstant();
                    case "escape" -> escape = stringConstant();
                    case "encoding" -> {
                        String enc = stringConstant()
                                .toLowerCase(Locale.ROOT)
                                .replace("-", "")
                                .replace("_", "");
                        if (!enc.equals("utf8")) {
                            throw unsupported("COPY ENCODING other than UTF8", opt);
                        }
                    }
                    case "freeze", "force_quote", "force_not_null", "force_null", "default" ->
                        throw unsupported("COPY option " + name, opt);
                    default ->
                        throw PgException.builder(SqlState.SYNTAX_ERROR, "option \"" + name + "\" not recognized")
                                .position(opt.position())
                                .build();
                }
            } while (acceptOp(","));
            expectOp(")");
        } else {
            while (peek().kind() == Kind.IDENT) {
                Token opt = next();
                switch (opt.text()) {
                    case "binary" -> format = "binary";
                    case "csv" -> format = "csv";
                    case "header" -> header = true;
                    case "delimiter" -> {
                        accept("as");
                        delimiter = stringConstant();
                    }
                    case "null" -> {
                        accept("as");
                        nullString = stringConstant();
                    }
                    case "quote" -> {
                        accept("as");
                        quote = stringConstant();
                    }
                    case "escape" -> {
                        accept("as");
                        escape = stringConstant();
                    }
                    case "force", "freeze", "encoding" -> throw unsupported("COPY option " + opt.text(), opt);
                    default -> throw syntaxError(opt);
                }
            }
        }
        return new CopyOptionsSpec(format, delimiter, nullString, header, quote, escape, position);
    }

    private String optionWord() {
        Token t = next();
        if (t.kind() == Kind.IDENT || t.kind() == Kind.QUOTED_IDENT || t.kind() == Kind.STRING) {
            return t.text().toLowerCase(Locale.ROOT);
        }
        throw syntaxError(t);
    }

    private String stringConstant() {
        Token t = peek();
        if (t.kind() != Kind.STRING) {
            throw syntaxError(t);
        }
        next();
        return t.text();
    }

    private Boolean booleanOption() {
        Token t = peek();
        if (t.isOp(",") || t.isOp(")")) {
            return true;
        }
        next();
        String v = t.text().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "on", "1" -> true;
            case "false", "off", "0" -> false;
            case "match" -> throw unsupported("HEADER MATCH", t);
            default ->
                throw PgException.builder(SqlState.INVALID_PARAMETER_VALUE, "header requires a Boolean value")
                        .position(t.position())
                        .build();
        };
    }

    private Statement listen() {
        expect("listen");
        return new Statement.Listen(identifier());
    }

    private Statement unlisten() {
        expect("unlisten");
        if (acceptOp("*")) {
            return new Statement.Unlisten(null);
        }
        return new Statement.Unlisten(identifier());
    }

    private Statement notifyStatement() {
        expect("notify");
        String channel = identifier();
        String payload = acceptOp(",") ? stringConstant() : "";
        return new Statement.Notify(channel, payload);
    }

    private Statement deallocate() {
        expect("deallocate");
        accept("prepare");
        if (accept("all")) {
            return new Statement.Deallocate(null);
        }
        return new Statement.Deallocate(identifier());
    }

    private Statement discard() {
        Token first = expect("discard");
        if (accept("all")) {
            return new Statement.DiscardAll();
        }
        throw unsupported(words(first, 2), first);
    }

    // ---- expressions, lowest precedence first

    /** Parses one expression. */
    Expr expr() {
        return or();
    }

    private Expr or() {
        Expr left = and();
        while (peek().is("or")) {
            Token op = next();
            left = new Expr.Binary("or", left, and(), op.position());
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (peek().is("and")) {
            Token op = next();
            left = new Expr.Binary("and", left, not(), op.position());
        }
        return left;
    }

    private Expr not() {
        if (peek().is("not")) {
            Token op = next();
            return new Expr.Unary("not", not(), op.position());
        }
        return isNull();
    }

    private Expr isNull() {
        Expr left = comparison();
        while (true) {
            if (peek().is("is")) {
                Token is = next();
                boolean negated = accept("not");
                if (accept("null")) {
                    left = new Expr.IsNull(left, negated, is.position());
                } else if (peek().is("true") || peek().is("false") || peek().is("distinct") || peek().is("unknown")) {
                    throw unsupported("IS " + (negated ? "NOT " : "") + words(peek(), 1), peek());
                } else {
                    throw syntaxError(peek());
                }
            } else if (peek().is("isnull") || peek().is("notnull")) {
                Token t = next();
                left = new Expr.IsNull(left, t.is("notnull"), t.position());
            } else {
                return left;
            }
        }
    }

    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");

    private Expr comparison() {
        Expr left = concat();
        Token t = peek();
        if (t.kind() == Kind.OP && COMPARISONS.contains(t.text())) {
            next();
            String op = t.text().equals("!=") ? "<>" : t.text();
            Expr right = concat();
            if (peek().kind() == Kind.OP && COMPARISONS.contains(peek().text())) {
                throw syntaxError(peek());
            }
            return new Expr.Binary(op, left, right, t.position());
        }
        if (t.is("like")
                || t.is("ilike")
                || t.is("in")
                || t.is("between")
                || t.is("similar")
                || (t.is("not")
                        && (peek(1).is("like") || peek(1).is("in") || peek(1).is("between") || peek(1).is("ilike")))) {
            throw unsupported(words(t, t.is("not") ? 2 : 1), t);
        }
        return left;
    }

    private Expr concat() {
        Expr left = additive();
        while (peek().isOp("||")) {
            Token op = next();
            left = new Expr.Binary("||", left, additive(), op.position());
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peek().isOp("+") || peek().isOp("-")) {
            Token op = next();
            left = new Expr.Binary(op.text(), left, multiplicative(), op.position());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (peek().isOp("*") || peek().isOp("/") || peek().isOp("%")) {
            Token op = next();
            left = new Expr.Binary(op.text(), left, unary(), op.position());
        }
        return left;
    }

    private Expr unary() {
        Token t = peek();
        if (t.isOp("-") || t.isOp("+")) {
            next();
            Expr operand = unary();
            if (t.isOp("-")
                    && operand instanceof Expr.Literal lit
                    && (lit.kind() == LiteralKind.INTEGER || lit.kind() == LiteralKind.DECIMAL)
                    && !lit.text().startsWith("-")) {
                return new Expr.Literal(lit.kind(), "-" + lit.text(), t.position());
            }
            return new Expr.Unary(t.text(), operand, t.position());
        }
        return postfix();
    }

    private Expr postfix() {
        Expr e = primary();
        while (peek().isOp("::") || peek().isOp("[")) {
            if (peek().isOp("[")) {
                throw unsupported("array subscripts", peek());
            }
            Token op = next();
            e = new Expr.Cast(e, typeName(), op.position());
        }
        return e;
    }

    private Expr primary() {
        Token t = peek();
        switch (t.kind()) {
            case INTEGER -> {
                next();
                return new Expr.Literal(LiteralKind.INTEGER, t.text(), t.position());
            }
            case DECIMAL -> {
                next();
                return new Expr.Literal(LiteralKind.DECIMAL, t.text(), t.position());
            }
            case STRING -> {
                next();
                return new Expr.Literal(LiteralKind.STRING, t.text(), t.position());
            }
            case PARAM -> {
                next();
                int number;
                try {
                    number = Integer.parseInt(t.text());
                } catch (NumberFormatException e) {
                    number = Integer.MAX_VALUE;
                }
                if (number < 1 || number > 65535) {
                    throw PgException.builder(SqlState.UNDEFINED_PARAMETER, "there is no parameter $" + t.text())
                            .position(t.position())
                            .build();
                }
                return new Expr.Param(number, t.position());
            }
            case OP -> {
                if (t.isOp("(")) {
                    next();
                    if (peek().is("select")) {
                        throw unsupported("subqueries", peek());
                    }
                    Expr inner = expr();
                    if (peek().isOp(",")) {
                        throw unsupported("row constructors", peek());
                    }
                    expectOp(")");
                    return inner;
                }
                throw syntaxError(t);
            }
            case QUOTED_IDENT -> {
                return columnOrFunction();
            }
            case IDENT -> {
                return keywordOrName(t);
            }
            default -> throw syntaxError(t);
        }
    }

    private Expr keywordOrName(Token t) {
        switch (t.text()) {
            case "true", "false" -> {
                next();
                return new Expr.Literal(LiteralKind.BOOLEAN, t.text(), t.position());
            }
            case "null" -> {
                next();
                return new Expr.Literal(LiteralKind.NULL, null, t.position());
            }
            case "cast" -> {
                next();
                expectOp("(");
                Expr inner = expr();
                expect("as");
                TypeName type = typeName();
                expectOp(")");
                return new Expr.Cast(inner, type, t.position());
            }
            case "case", "exists", "array", "row", "interval" -> throw unsupported(words(t, 1), t);
            case "current_timestamp", "current_date", "localtimestamp", "now" -> {
                if (!peek(1).isOp("(")) {
                    next();
                    return new Expr.FuncCall(t.text(), List.of(), false, t.position());
                }
                return columnOrFunction();
            }
            case "current_user", "session_user", "user", "current_catalog", "current_schema" -> {
                if (!peek(1).isOp("(")) {
                    next();
                    return new Expr.FuncCall(t.text(), List.of(), false, t.position());
                }
                return columnOrFunction();
            }
            default -> {
                if (RESERVED.contains(t.text())) {
                    throw syntaxError(t);
                }
                // a type name followed by a string is a typed literal: int4 '1', date '2020-01-01'
                if (peek(1).kind() == Kind.STRING) {
                    next();
                    Token lit = next();
                    return new Expr.Cast(
                            new Expr.Literal(LiteralKind.STRING, lit.text(), lit.position()),
                            typedLiteralType(t),
                            t.position());
                }
                return columnOrFunction();
            }
        }
    }

    private TypeName typedLiteralType(Token t) {
        int save = p;
        p = tokens.indexOf(t);
        TypeName type = typeName();
        p = save;
        return type;
    }

    private Expr columnOrFunction() {
        Token start = peek();
        String name = identifier();
        if (peek().isOp("(")) {
            return functionArgs(name, start.position());
        }
        if (acceptOp(".")) {
            if (acceptOp("*")) {
                throw unsupported("table.* in expressions", tokens.get(p - 1));
            }
            String second = identifier();
            if (peek().isOp("(")) {
                if (!name.equals("pg_catalog")) {
                    throw PgException.builder(SqlState.INVALID_SCHEMA_NAME, "schema \"" + name + "\" does not exist")
                            .position(start.position())
                            .build();
                }
                return functionArgs(second, start.position());
            }
            return new Expr.ColumnRef(name, second, start.position());
        }
        return new Expr.ColumnRef(null, name, start.position());
    }

    private Expr.FuncCall functionArgs(String name, int position) {
        expectOp("(");
        if (acceptOp("*")) {
            expectOp(")");
            return new Expr.FuncCall(name, List.of(), true, position);
        }
        List<Expr> args = new ArrayList<>();
        if (peek().is("distinct")) {
            throw unsupported("DISTINCT in function calls", peek());
        }
        if (!peek().isOp(")")) {
            do {
                args.add(expr());
            } while (acceptOp(","));
        }
        expectOp(")");
        if (peek().is("over") || peek().is("filter") || peek().is("within")) {
            throw unsupported(words(peek(), 1) + " clauses", peek());
        }
        return new Expr.FuncCall(name, args, false, position);
    }
}
