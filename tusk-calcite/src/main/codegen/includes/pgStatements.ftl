<#--
  Tusk: PostgreSQL statements. PgStatementEof is the parser's entry point: PostgreSQL's own statements
  first, then Calcite's queries (SELECT, VALUES, WITH, TABLE).
-->

/** Parses one PostgreSQL statement followed by the end of input. */
SqlNode PgStatementEof() :
{
    final SqlNode stmt;
}
{
    (
        stmt = PgTransactionStatement()
    |   stmt = PgSetStatement()
    |   stmt = PgShowStatement()
    |   stmt = PgResetStatement()
    |   stmt = PgDiscardStatement()
    |   stmt = PgInsert()
    |   stmt = PgUpdate()
    |   stmt = PgDelete()
    |   stmt = PgExplain()
    |   stmt = PgPrepare()
    |   stmt = PgExecute()
    |   stmt = PgDeallocate()
    |   stmt = PgDeclareCursor()
    |   stmt = PgFetch()
    |   stmt = PgClose()
    |   stmt = PgCopy()
    |   stmt = PgNotification()
    |   stmt = PgCreate()
    |   stmt = PgDrop()
    |   stmt = PgAlter()
    |   stmt = PgTruncate()
    |   stmt = PgComment()
    |   stmt = PgVacuum()
    |   stmt = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    )
    [ <SEMICOLON> ]
    <EOF>
    {
        return stmt;
    }
}

/** BEGIN, START TRANSACTION, COMMIT, END, ROLLBACK, ABORT, SAVEPOINT, RELEASE, ROLLBACK TO. */
SqlNode PgTransactionStatement() :
{
    final Span s;
    final PgTransactionStatement.Kind kind;
    final List<PgTransactionStatement.Mode> modes = new ArrayList<PgTransactionStatement.Mode>();
    String name = null;
    boolean chain = false;
}
{
    (
        ( <BEGIN> { s = span(); } [ <WORK> | <TRANSACTION> ] PgTransactionModes(modes) ) {
            kind = PgTransactionStatement.Kind.BEGIN;
        }
    |
        ( <START> { s = span(); } <TRANSACTION> PgTransactionModes(modes) ) {
            kind = PgTransactionStatement.Kind.BEGIN;
        }
    |
        ( ( <COMMIT> | <END> ) { s = span(); } [ <WORK> | <TRANSACTION> ] [ chain = PgAndChain() ] ) {
            kind = PgTransactionStatement.Kind.COMMIT;
        }
    |
        ( <ROLLBACK> | <ABORT> ) { s = span(); }
        [ <WORK> | <TRANSACTION> ]
        (
            <TO> [ <SAVEPOINT> ] name = Identifier() { kind = PgTransactionStatement.Kind.ROLLBACK_TO; }
        |
            [ chain = PgAndChain() ] { kind = PgTransactionStatement.Kind.ROLLBACK; }
        )
    |
        <SAVEPOINT> { s = span(); } name = Identifier() { kind = PgTransactionStatement.Kind.SAVEPOINT; }
    |
        <RELEASE> { s = span(); } [ <SAVEPOINT> ] name = Identifier() {
            kind = PgTransactionStatement.Kind.RELEASE;
        }
    )
    {
        return new PgTransactionStatement(s.end(this), kind, modes, name, chain);
    }
}

/** AND [NO] CHAIN after COMMIT or ROLLBACK. */
boolean PgAndChain() :
{
    boolean chain = true;
}
{
    <AND> [ <NO> { chain = false; } ] <CHAIN> { return chain; }
}

/** Transaction modes: ISOLATION LEVEL ..., READ ONLY / READ WRITE, [NOT] DEFERRABLE. */
void PgTransactionModes(List<PgTransactionStatement.Mode> modes) :
{
    PgTransactionStatement.Mode mode;
}
{
    [
        mode = PgTransactionMode() { modes.add(mode); }
        ( [ <COMMA> ] mode = PgTransactionMode() { modes.add(mode); } )*
    ]
}

PgTransactionStatement.Mode PgTransactionMode() :
{
}
{
    <ISOLATION> <LEVEL>
    (
        <SERIALIZABLE> { return PgTransactionStatement.Mode.SERIALIZABLE; }
    |
        <REPEATABLE> <READ> { return PgTransactionStatement.Mode.REPEATABLE_READ; }
    |
        LOOKAHEAD(2) <READ> <COMMITTED> { return PgTransactionStatement.Mode.READ_COMMITTED; }
    |
        <READ> <UNCOMMITTED> { return PgTransactionStatement.Mode.READ_UNCOMMITTED; }
    )
|
    LOOKAHEAD(2) <READ> <ONLY> { return PgTransactionStatement.Mode.READ_ONLY; }
|
    <READ> <WRITE> { return PgTransactionStatement.Mode.READ_WRITE; }
|
    <DEFERRABLE> { return PgTransactionStatement.Mode.DEFERRABLE; }
|
    <NOT> <DEFERRABLE> { return PgTransactionStatement.Mode.NOT_DEFERRABLE; }
}

/** SET [SESSION | LOCAL] name {TO | =} value [, ...] | DEFAULT; SET TIME ZONE; SET TRANSACTION. */
SqlNode PgSetStatement() :
{
    final Span s;
    boolean local = false;
    final String name;
    final List<SqlNode> values = new ArrayList<SqlNode>();
    final List<PgTransactionStatement.Mode> modes = new ArrayList<PgTransactionStatement.Mode>();
    boolean sessionCharacteristics = false;
}
{
    <SET> { s = span(); }
    [ <SESSION> { local = false; } | <LOCAL> { local = true; } ]
    (
        LOOKAHEAD(2) <TIME> <ZONE> { name = "timezone"; }
        (
            <LOCAL> { values.add(null); }
        |
            LOOKAHEAD(1) <DEFAULT_> { values.add(null); }
        |
            PgSetValue(values)
        )
    |
        <TRANSACTION> PgTransactionModes(modes) {
            return new PgSetTransactionStatement(s.end(this), false, modes);
        }
    |
        <CHARACTERISTICS> <AS> <TRANSACTION> PgTransactionModes(modes) {
            return new PgSetTransactionStatement(s.end(this), true, modes);
        }
    |
        name = PgSettingName()
        ( <TO> | <EQ> )
        (
            LOOKAHEAD(1) <DEFAULT_> { values.add(null); }
        |
            PgSetValue(values) ( <COMMA> PgSetValue(values) )*
        )
    )
    {
        return new PgSetStatement(s.end(this), local, name, values);
    }
}

/** A configuration parameter name: an identifier, possibly dotted (custom.option). */
String PgSettingName() :
{
    final StringBuilder sb = new StringBuilder();
    String part;
}
{
    part = Identifier() { sb.append(part); }
    ( <DOT> part = Identifier() { sb.append('.').append(part); } )*
    { return sb.toString(); }
}

/** One value of SET: a string, a number, a word, ON, TRUE/FALSE. */
void PgSetValue(List<SqlNode> values) :
{
    final SqlNode e;
    final String id;
}
{
    (
        e = StringLiteral()
    |
        e = NumericLiteral()
    |
        <ON> { e = SqlLiteral.createCharString("on", getPos()); }
    |
        <TRUE> { e = SqlLiteral.createCharString("true", getPos()); }
    |
        <FALSE> { e = SqlLiteral.createCharString("false", getPos()); }
    |
        <NULL> { e = SqlLiteral.createCharString("null", getPos()); }
    |
        LOOKAHEAD(2) <INTERVAL> e = StringLiteral()
    |
        id = Identifier() { e = SqlLiteral.createCharString(id, getPos()); }
    )
    { values.add(e); }
}

/** SHOW name | SHOW ALL | SHOW TIME ZONE | SHOW TRANSACTION ISOLATION LEVEL. */
SqlNode PgShowStatement() :
{
    final Span s;
    final String name;
}
{
    <SHOW> { s = span(); }
    (
        <ALL> { name = null; }
    |
        LOOKAHEAD(2) <TIME> <ZONE> { name = "timezone"; }
    |
        LOOKAHEAD(2) <TRANSACTION> <ISOLATION> <LEVEL> { name = "transaction_isolation"; }
    |
        name = PgSettingName()
    )
    {
        return new PgShowStatement(s.end(this), name);
    }
}

/** RESET name | RESET ALL | RESET TIME ZONE. */
SqlNode PgResetStatement() :
{
    final Span s;
    final String name;
}
{
    <RESET> { s = span(); }
    (
        <ALL> { name = null; }
    |
        LOOKAHEAD(2) <TIME> <ZONE> { name = "timezone"; }
    |
        LOOKAHEAD(2) <SESSION> <AUTHORIZATION> { name = "session_authorization"; }
    |
        name = PgSettingName()
    )
    {
        return new PgResetStatement(s.end(this), name);
    }
}

/** DISCARD ALL | PLANS | SEQUENCES | TEMP | TEMPORARY. */
SqlNode PgDiscardStatement() :
{
    final Span s;
    final PgDiscardStatement.Target target;
}
{
    <DISCARD> { s = span(); }
    (
        <ALL> { target = PgDiscardStatement.Target.ALL; }
    |
        <PLANS> { target = PgDiscardStatement.Target.PLANS; }
    |
        <SEQUENCES> { target = PgDiscardStatement.Target.SEQUENCES; }
    |
        ( <TEMP> | <TEMPORARY> ) { target = PgDiscardStatement.Target.TEMP; }
    )
    {
        return new PgDiscardStatement(s.end(this), target);
    }
}

/** INSERT INTO t [AS a] [(cols)] {VALUES ... | query | DEFAULT VALUES} [ON CONFLICT ...] [RETURNING ...]. */
SqlNode PgInsert() :
{
    final Span s;
    final SqlIdentifier table;
    SqlIdentifier alias = null;
    SqlNodeList columns = null;
    final SqlNode source;
    PgOnConflict onConflict = null;
    SqlNodeList returning = null;
}
{
    <INSERT> { s = span(); } <INTO>
    table = CompoundTableIdentifier()
    [ <AS> alias = SimpleIdentifier() ]
    [ LOOKAHEAD(3) columns = ParenthesizedSimpleIdentifierList() ]
    (
        LOOKAHEAD(2) <DEFAULT_> <VALUES> { source = null; }
    |
        source = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    )
    [ onConflict = PgOnConflict() ]
    [ returning = PgReturning() ]
    {
        return new PgInsert(s.end(this), table, alias, columns, source, onConflict, returning);
    }
}

/** ON CONFLICT [(cols) | ON CONSTRAINT name] DO NOTHING | DO UPDATE SET ... [WHERE ...]. */
PgOnConflict PgOnConflict() :
{
    final Span s;
    SqlNodeList target = null;
    String constraint = null;
    SqlNode targetWhere = null;
    final SqlNodeList targetColumns = new SqlNodeList(SqlParserPos.ZERO);
    final SqlNodeList values = new SqlNodeList(SqlParserPos.ZERO);
    SqlNode where = null;
    boolean update = false;
}
{
    <ON> { s = span(); } <CONFLICT>
    [
        target = ParenthesizedSimpleIdentifierList() [ <WHERE> targetWhere = Expression(ExprContext.ACCEPT_NON_QUERY) ]
    |
        <ON> <CONSTRAINT> constraint = Identifier()
    ]
    <DO>
    (
        <NOTHING>
    |
        <UPDATE> <SET> { update = true; }
        PgSetClause(targetColumns, values)
        ( <COMMA> PgSetClause(targetColumns, values) )*
        [ <WHERE> where = Expression(ExprContext.ACCEPT_SUB_QUERY) ]
    )
    {
        return new PgOnConflict(s.end(this), target, constraint, targetWhere, update, targetColumns, values, where);
    }
}

/** One assignment of UPDATE ... SET: col = expr | col = DEFAULT | (a, b) = (x, y). */
void PgSetClause(SqlNodeList targetColumns, SqlNodeList values) :
{
    final SqlIdentifier column;
    final SqlNodeList columns;
    final SqlNode value;
    final SqlNodeList rowValues;
}
{
    (
        column = SimpleIdentifier() <EQ>
        (
            LOOKAHEAD(1) <DEFAULT_> { value = PgParsing.defaultMarker(getPos()); }
        |
            value = Expression(ExprContext.ACCEPT_SUB_QUERY)
        )
        {
            targetColumns.add(column);
            values.add(value);
        }
    |
        columns = ParenthesizedSimpleIdentifierList() <EQ>
        [ <ROW> ]
        rowValues = ParenthesizedQueryOrCommaList(ExprContext.ACCEPT_SUB_QUERY) {
            PgParsing.addMultiAssignment(columns, rowValues, targetColumns, values);
        }
    )
}

/** RETURNING expr [AS name], ... */
SqlNodeList PgReturning() :
{
    final Span s;
    final List<SqlNode> list = new ArrayList<SqlNode>();
}
{
    <RETURNING> { s = span(); }
    AddSelectItem(list)
    ( <COMMA> AddSelectItem(list) )*
    {
        return new SqlNodeList(list, s.end(this));
    }
}

/** UPDATE [ONLY] t [[AS] a] SET ... [FROM ...] [WHERE ...] [RETURNING ...]. */
SqlNode PgUpdate() :
{
    final Span s;
    final SqlIdentifier table;
    SqlIdentifier alias = null;
    final SqlNodeList targetColumns = new SqlNodeList(SqlParserPos.ZERO);
    final SqlNodeList values = new SqlNodeList(SqlParserPos.ZERO);
    SqlNode from = null;
    SqlNode where = null;
    SqlNodeList returning = null;
}
{
    <UPDATE> { s = span(); }
    [ <ONLY> ]
    table = CompoundTableIdentifier()
    [ [ <AS> ] alias = SimpleIdentifier() ]
    <SET>
    PgSetClause(targetColumns, values)
    ( <COMMA> PgSetClause(targetColumns, values) )*
    [ <FROM> from = FromClause() ]
    [ <WHERE> where = PgWhereOrCurrentOf() ]
    [ returning = PgReturning() ]
    {
        return new PgUpdate(s.end(this), table, alias, targetColumns, values, from, where, returning);
    }
}

/** DELETE FROM [ONLY] t [[AS] a] [USING ...] [WHERE ...] [RETURNING ...]. */
SqlNode PgDelete() :
{
    final Span s;
    final SqlIdentifier table;
    SqlIdentifier alias = null;
    SqlNode using = null;
    SqlNode where = null;
    SqlNodeList returning = null;
}
{
    <DELETE> { s = span(); } <FROM>
    [ <ONLY> ]
    table = CompoundTableIdentifier()
    [ [ <AS> ] alias = SimpleIdentifier() ]
    [ <USING> using = FromClause() ]
    [ <WHERE> where = PgWhereOrCurrentOf() ]
    [ returning = PgReturning() ]
    {
        return new PgDelete(s.end(this), table, alias, using, where, returning);
    }
}

/** A WHERE condition, or WHERE CURRENT OF cursor. */
SqlNode PgWhereOrCurrentOf() :
{
    final SqlNode e;
}
{
    (
        LOOKAHEAD(2) <CURRENT> <OF> {
            throw PgParsing.unsupported(getPos(), "WHERE CURRENT OF");
        }
    |
        e = Expression(ExprContext.ACCEPT_SUB_QUERY)
    )
    { return e; }
}

/** EXPLAIN [ANALYZE] [VERBOSE] [(option [value], ...)] statement. */
SqlNode PgExplain() :
{
    final Span s;
    final Map<String, String> options = new LinkedHashMap<String, String>();
    String name;
    String value;
    final SqlNode stmt;
}
{
    <EXPLAIN> { s = span(); }
    (
        LOOKAHEAD(2)
        <LPAREN>
        name = PgOptionName() { value = null; } [ value = PgOptionValue() ] { options.put(name, value); }
        (
            <COMMA> name = PgOptionName() { value = null; } [ value = PgOptionValue() ] { options.put(name, value); }
        )*
        <RPAREN>
    |
        [ <ANALYZE> { options.put("analyze", null); } ]
        [ <VERBOSE> { options.put("verbose", null); } ]
    )
    (
        stmt = PgInsert()
    |   stmt = PgUpdate()
    |   stmt = PgDelete()
    |   stmt = PgExecute()
    |   stmt = PgDeclareCursor()
    |   stmt = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    )
    {
        return new PgExplain(s.end(this), options, stmt);
    }
}

/** An option name in a parenthesized option list (EXPLAIN, COPY): any word, lower-cased. */
String PgOptionName() :
{
    final String name;
}
{
    (
        name = Identifier()
    |   <NULL> { name = "null"; }
    |   <ESCAPE> { name = "escape"; }
    )
    { return name.toLowerCase(java.util.Locale.ROOT); }
}

/** An option value: a word, a string, a number, ON/OFF/TRUE/FALSE, or a parenthesized column list. */
String PgOptionValue() :
{
    final String v;
    final SqlNode n;
    final SqlNodeList list;
}
{
    (
        n = StringLiteral() { v = SqlLiteral.unchain(n).getValueAs(String.class); }
    |   n = NumericLiteral() { v = n.toString(); }
    |   <ON> { v = "on"; }
    |   <TRUE> { v = "true"; }
    |   <FALSE> { v = "false"; }
    |   <STAR> { v = "*"; }
    |   <BINARY> { v = "binary"; }
    |   list = ParenthesizedSimpleIdentifierList() { v = PgParsing.joinNames(list); }
    |   v = Identifier()
    )
    { return v; }
}

/** PREPARE name [(type, ...)] AS statement. */
SqlNode PgPrepare() :
{
    final Span s;
    final String name;
    final List<SqlDataTypeSpec> types = new ArrayList<SqlDataTypeSpec>();
    SqlDataTypeSpec type;
    final SqlNode stmt;
}
{
    <PREPARE> { s = span(); } name = Identifier()
    [
        <LPAREN> type = PgDataType() { types.add(type); }
        ( <COMMA> type = PgDataType() { types.add(type); } )*
        <RPAREN>
    ]
    <AS>
    (
        stmt = PgInsert()
    |   stmt = PgUpdate()
    |   stmt = PgDelete()
    |   stmt = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    )
    {
        return new PgPrepare(s.end(this), name, types, stmt);
    }
}

/** EXECUTE name [(arg, ...)]. */
SqlNode PgExecute() :
{
    final Span s;
    final String name;
    SqlNodeList args = SqlNodeList.EMPTY;
}
{
    <EXECUTE> { s = span(); } name = Identifier()
    [ args = ParenthesizedQueryOrCommaList(ExprContext.ACCEPT_NON_QUERY) ]
    {
        return new PgExecute(s.end(this), name, args);
    }
}

/** DEALLOCATE [PREPARE] name | ALL. */
SqlNode PgDeallocate() :
{
    final Span s;
    String name = null;
}
{
    <DEALLOCATE> { s = span(); } [ <PREPARE> ]
    ( <ALL> | name = Identifier() )
    {
        return new PgDeallocate(s.end(this), name);
    }
}

/** DECLARE name [BINARY] [ASENSITIVE | INSENSITIVE] [[NO] SCROLL] CURSOR [WITH[OUT] HOLD] FOR query. */
SqlNode PgDeclareCursor() :
{
    final Span s;
    final String name;
    boolean binary = false;
    Boolean scroll = null;
    boolean hold = false;
    final SqlNode query;
}
{
    <DECLARE> { s = span(); } name = Identifier()
    (
        <BINARY> { binary = true; }
    |   <ASENSITIVE>
    |   <INSENSITIVE>
    |   <NO> <SCROLL> { scroll = Boolean.FALSE; }
    |   <SCROLL> { scroll = Boolean.TRUE; }
    )*
    <CURSOR>
    [ <WITH> <HOLD> { hold = true; } | <WITHOUT> <HOLD> ]
    <FOR>
    query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    {
        return new PgDeclareCursor(s.end(this), name, binary, scroll, hold, query);
    }
}

/** FETCH or MOVE [direction] [FROM | IN] cursor. */
SqlNode PgFetch() :
{
    final Span s;
    final boolean move;
    PgFetch.Direction direction = PgFetch.Direction.FORWARD;
    long count = 1;
    final String cursor;
}
{
    ( <FETCH> { move = false; } | <MOVE> { move = true; } ) { s = span(); }
    [
        <NEXT> { direction = PgFetch.Direction.FORWARD; count = 1; }
    |   <PRIOR> { direction = PgFetch.Direction.BACKWARD; count = 1; }
    |   <FIRST> { direction = PgFetch.Direction.ABSOLUTE; count = 1; }
    |   <LAST> { direction = PgFetch.Direction.ABSOLUTE; count = -1; }
    |   <ABSOLUTE> count = PgSignedCount() { direction = PgFetch.Direction.ABSOLUTE; }
    |   <RELATIVE> count = PgSignedCount() { direction = PgFetch.Direction.RELATIVE; }
    |   count = PgSignedCount() { direction = PgFetch.Direction.FORWARD; }
    |   <ALL> { direction = PgFetch.Direction.FORWARD; count = Long.MAX_VALUE; }
    |   <FORWARD> { direction = PgFetch.Direction.FORWARD; count = 1; }
        [ count = PgSignedCount() | <ALL> { count = Long.MAX_VALUE; } ]
    |   <BACKWARD> { direction = PgFetch.Direction.BACKWARD; count = 1; }
        [ count = PgSignedCount() | <ALL> { count = Long.MAX_VALUE; } ]
    ]
    [ <FROM> | <IN> ]
    cursor = Identifier()
    {
        return new PgFetch(s.end(this), move, direction, count, cursor);
    }
}

long PgSignedCount() :
{
    boolean negative = false;
}
{
    [ <MINUS> { negative = true; } | <PLUS> ]
    <UNSIGNED_INTEGER_LITERAL> {
        final long v = Long.parseLong(token.image);
        return negative ? -v : v;
    }
}

/** CLOSE name | ALL. */
SqlNode PgClose() :
{
    final Span s;
    String name = null;
}
{
    <CLOSE> { s = span(); }
    ( <ALL> | name = Identifier() )
    {
        return new PgClose(s.end(this), name);
    }
}

/** COPY t [(cols)] FROM STDIN | TO STDOUT [WITH] [(options)]; COPY (query) TO STDOUT. */
SqlNode PgCopy() :
{
    final Span s;
    SqlIdentifier table = null;
    SqlNodeList columns = null;
    SqlNode query = null;
    final boolean from;
    final Map<String, String> options = new LinkedHashMap<String, String>();
    String name;
    String value;
    final String target;
}
{
    <COPY> { s = span(); }
    (
        <LPAREN>
        (
            query = PgInsert()
        |   query = PgUpdate()
        |   query = PgDelete()
        |   query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
        )
        <RPAREN>
    |
        table = CompoundTableIdentifier()
        [ columns = ParenthesizedSimpleIdentifierList() ]
    )
    ( <FROM> { from = true; } | <TO> { from = false; } )
    (
        <STDIN> { target = "stdin"; }
    |   <STDOUT> { target = "stdout"; }
    |   <PROGRAM> { throw PgParsing.copyFileForbidden(from, true); }
    |   <QUOTED_STRING> { throw PgParsing.copyFileForbidden(from, false); }
    )
    [ <WITH> ]
    (
        LOOKAHEAD(2)
        <LPAREN>
        name = PgOptionName() { value = null; } [ value = PgOptionValue() ] { options.put(name, value); }
        (
            <COMMA> name = PgOptionName() { value = null; } [ value = PgOptionValue() ] { options.put(name, value); }
        )*
        <RPAREN>
    |
        PgLegacyCopyOptions(options)
    )
    {
        return new PgCopy(s.end(this), table, columns, query, from, options);
    }
}

/** The pre-9.0 COPY options: BINARY, CSV, HEADER, DELIMITER [AS] 'x', NULL [AS] 'x', QUOTE, ESCAPE. */
void PgLegacyCopyOptions(Map<String, String> options) :
{
    SqlNode n;
}
{
    (
        <BINARY> { options.put("format", "binary"); }
    |   <CSV> { options.put("format", "csv"); }
    |   <HEADER> { options.put("header", "true"); }
    |   <DELIMITER> [ <AS> ] n = StringLiteral() { options.put("delimiter", SqlLiteral.unchain(n).getValueAs(String.class)); }
    |   <NULL> [ <AS> ] n = StringLiteral() { options.put("null", SqlLiteral.unchain(n).getValueAs(String.class)); }
    |   LOOKAHEAD({ PgParsing.isWord(getToken(1), "quote") }) <IDENTIFIER> [ <AS> ] n = StringLiteral() {
            options.put("quote", SqlLiteral.unchain(n).getValueAs(String.class));
        }
    |   <ESCAPE> [ <AS> ] n = StringLiteral() { options.put("escape", SqlLiteral.unchain(n).getValueAs(String.class)); }
    )*
}

/** LISTEN channel | UNLISTEN channel | * | NOTIFY channel [, 'payload']. */
SqlNode PgNotification() :
{
    final Span s;
    final PgNotification.Kind kind;
    String channel = null;
    String payload = null;
    SqlNode n;
}
{
    (
        <LISTEN> { s = span(); kind = PgNotification.Kind.LISTEN; } channel = Identifier()
    |
        <UNLISTEN> { s = span(); kind = PgNotification.Kind.UNLISTEN; }
        ( <STAR> | channel = Identifier() )
    |
        <NOTIFY> { s = span(); kind = PgNotification.Kind.NOTIFY; } channel = Identifier()
        [ <COMMA> n = StringLiteral() { payload = SqlLiteral.unchain(n).getValueAs(String.class); } ]
    )
    {
        return new PgNotification(s.end(this), kind, channel, payload);
    }
}
