<#--
  Tusk: PostgreSQL expression syntax: the :: cast and OPERATOR(schema.op).
-->

/** Parses the infix cast {@code expr::type}. */
void PgInfixCast(List<Object> list, ExprContext exprContext, Span s) :
{
    final SqlDataTypeSpec type;
}
{
    <INFIX_CAST> {
        checkNonQueryExpression(exprContext);
    }
    type = PgDataType() {
        list.add(new SqlParserUtil.ToTreeListItem(SqlLibraryOperators.INFIX_CAST, s.pos()));
        list.add(type);
    }
}

/** Parses {@code OPERATOR(pg_catalog.~) expr}: an explicitly qualified binary operator. */
void PgInfixOperator(List<Object> list, ExprContext exprContext, Span s) :
{
    final String op;
}
{
    <OPERATOR> <LPAREN> {
        checkNonQueryExpression(exprContext);
    }
    [ LOOKAHEAD(2) Identifier() <DOT> ]
    op = PgOperatorSymbol()
    <RPAREN> {
        list.add(new SqlParserUtil.ToTreeListItem(PgParsing.binaryOperator(op, getPos()), getPos()));
    }
    AddExpression2b(list, ExprContext.ACCEPT_SUB_QUERY)
}

/** Parses the symbol inside OPERATOR(...). */
String PgOperatorSymbol() :
{
    final StringBuilder sb = new StringBuilder();
}
{
    (
        (
            <EQ> | <NE> | <NE2> | <LT> | <LE> | <GT> | <GE> | <PLUS> | <MINUS> | <STAR> | <SLASH>
        |   <PERCENT_REMAINDER> | <CONCAT> | <TILDE> | <NEGATE> | <CARET> | <AMPERSAND> | <VERTICAL_BAR>
        |   <LEFTSHIFT>
        )
        { sb.append(token.image); }
    )+
    { return sb.toString(); }
}

/** Parses {@code expr COLLATE name}. */
void PgCollate(List<Object> list, ExprContext exprContext, Span s) :
{
    final SqlIdentifier name;
}
{
    <COLLATE> {
        checkNonQueryExpression(exprContext);
    }
    name = PgCollationName() {
        list.add(new SqlParserUtil.ToTreeListItem(new PgCollateOperator(name.names), getPos()));
    }
}

/** Parses a bit-string constant, B'0101', as a cast of its digits to bit(n). */
SqlNode PgBitStringLiteral() :
{
}
{
    <PG_BIT_STRING> {
        return PgParsing.bitString(token.image, getPos());
    }
}

/** A collation name, possibly qualified; {@code pg_catalog.default} uses a reserved word. */
SqlIdentifier PgCollationName() :
{
    final List<String> names = new ArrayList<String>();
    String n;
    final Span s;
}
{
    n = Identifier() { s = span(); names.add(n); }
    [
        <DOT>
        ( n = Identifier() { names.add(n); } | <DEFAULT_> { names.add("default"); } )
    ]
    {
        return new SqlIdentifier(names, s.end(this));
    }
}

/**
 * Parses PostgreSQL's typed constant {@code typename 'text'} (e.g. {@code int4 '12'}, {@code boolean 't'}): seen as
 * a string right after an identifier or a one-word type keyword, it turns that word into a cast of the string.
 */
void PgTypedLiteral(List<Object> list, ExprContext exprContext, Span s) :
{
    final SqlNode text;
    final boolean keyword;
}
{
    LOOKAHEAD({ getToken(1).kind == QUOTED_STRING && (getToken(0).kind == IDENTIFIER || PgParsing.isTypeKeyword(getToken(0).kind)) })
    { keyword = getToken(0).kind != IDENTIFIER; }
    text = StringLiteral() {
        final Object last = list.isEmpty() ? null : list.get(list.size() - 1);
        if (!(last instanceof SqlIdentifier) || !((SqlIdentifier) last).isSimple()) {
            throw SqlUtil.newContextException(getPos(), RESOURCE.charLiteralAliasNotValid());
        }
        list.remove(list.size() - 1);
        list.add(keyword
            ? PgParsing.keywordTypedLiteral((SqlIdentifier) last, text)
            : PgParsing.typedLiteral((SqlIdentifier) last, text));
    }
}

/** {@code current_schema} and {@code current_schema()}: PostgreSQL's function, not Calcite's niladic keyword. */
SqlNode PgCurrentSchema() :
{
    final Span s;
}
{
    <CURRENT_SCHEMA> { s = span(); }
    [ LOOKAHEAD(2) <LPAREN> <RPAREN> ]
    {
        return PgParsing.functionCall("current_schema", new ArrayList<SqlNode>(), s.end(this));
    }
}

/** Parses {@code unnest(array, ...)} in an expression, as a call of the set-returning function unnest. */
SqlNode PgUnnestCall() :
{
    final Span s;
    final List<SqlNode> args = new ArrayList<SqlNode>();
    SqlNode e;
}
{
    <UNNEST> { s = span(); }
    <LPAREN>
    e = Expression(ExprContext.ACCEPT_SUB_QUERY) { args.add(e); }
    (
        <COMMA> e = Expression(ExprContext.ACCEPT_SUB_QUERY) { args.add(e); }
    )*
    <RPAREN> {
        return PgParsing.unnestCall(args, s.end(this));
    }
}

<#-- noparse: FreeMarker would read <@ as a directive -->
<#noparse>
<DEFAULT, DQID, BTID, BQID> TOKEN :
{
    < PG_HASH_ARROW_TEXT: "#>>" >
|   < PG_HASH_ARROW: "#>" >
|   < PG_HASH_MINUS: "#-" >
|   < PG_HASH: "#" >
|   < PG_ARROW_TEXT: "->>" >
|   < PG_SHIFT_RIGHT: ">>" >
|   < PG_CONTAINS: "@>" >
|   < PG_CONTAINED_BY: "<@" >
|   < PG_OVERLAPS: "&&" >
|   < PG_EXISTS_ANY: "?|" >
|   < PG_EXISTS_ALL: "?&" >
}

/**
 * Parses PostgreSQL's binary operators that Calcite lacks or ranks differently: {@code ^} (power, above
 * {@code *}), {@code ||}, the bit operators {@code & | # << >>}, the JSON operators {@code -> ->> #> #>> #-} and
 * containment and overlap {@code @> <@ &&}, jsonb key existence {@code ? ?| ?&}, with PostgreSQL's precedence (below {@code + -}, above comparisons).
 */
void PgBinaryOperator(List<Object> list, ExprContext exprContext, Span s) :
{
    final String op;
}
{
    (
        <CARET> { op = "^"; }
    |   <CONCAT> { op = "||"; }
    |   <AMPERSAND> { op = "&"; }
    |   <VERTICAL_BAR> { op = "|"; }
    |   <PG_HASH> { op = "#"; }
    |   <LEFTSHIFT> { op = "<<"; }
    |   <PG_SHIFT_RIGHT> { op = ">>"; }
    |   <LAMBDA> { op = "->"; }
    |   <PG_ARROW_TEXT> { op = "->>"; }
    |   <PG_HASH_ARROW> { op = "#>"; }
    |   <PG_HASH_ARROW_TEXT> { op = "#>>"; }
    |   <PG_HASH_MINUS> { op = "#-"; }
    |   <PG_CONTAINS> { op = "@>"; }
    |   <PG_CONTAINED_BY> { op = "<@"; }
    |   <PG_OVERLAPS> { op = "&&"; }
    |   <HOOK> { op = "?"; }
    |   <PG_EXISTS_ANY> { op = "?|"; }
    |   <PG_EXISTS_ALL> { op = "?&"; }
    )
    {
        checkNonQueryExpression(exprContext);
        list.add(new SqlParserUtil.ToTreeListItem(PgParsing.pgOperator(op), getPos()));
    }
    AddExpression2b(list, ExprContext.ACCEPT_SUB_QUERY)
}
</#noparse>
