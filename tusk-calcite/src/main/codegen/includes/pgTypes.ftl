<#--
  Tusk: PostgreSQL type names. Every spelling PostgreSQL accepts is parsed here, before Calcite's own
  type names, and becomes a PgTypeNameSpec that is resolved through tusk-types during validation.
-->

/** Parses a PostgreSQL type name with its modifiers and array bounds. */
SqlTypeNameSpec PgTypeName() :
{
    final Span s = Span.of();
    final List<String> names = new ArrayList<String>();
    final List<Integer> args = new ArrayList<Integer>();
    boolean keyword = true;
    Boolean withTimeZone = null;
    SqlIntervalQualifier fields = null;
    int dims = 0;
    SqlIdentifier id;
}
{
    (
        <DOUBLE> [ <PRECISION> ] { names.add("float8"); }
    |
        <REAL> { names.add("float4"); }
    |
        <FLOAT> { names.add("float"); } [ PgTypeArgs(args) ]
    |
        ( <INTEGER> | <INT> ) { names.add("int4"); }
    |
        <SMALLINT> { names.add("int2"); }
    |
        <BIGINT> { names.add("int8"); }
    |
        <BOOLEAN> { names.add("bool"); }
    |
        ( <DECIMAL> | <DEC> | <NUMERIC> ) { names.add("numeric"); } [ PgTypeArgs(args) ]
    |
        ( <CHARACTER> | <CHAR> | <NATIONAL> ( <CHARACTER> | <CHAR> ) | <NCHAR> )
        (
            <VARYING> { names.add("varchar"); }
        |
            { names.add("bpchar"); }
        )
        [ PgTypeArgs(args) ]
    |
        <VARCHAR> { names.add("varchar"); } [ PgTypeArgs(args) ]
    |
        <BIT>
        (
            <VARYING> { names.add("varbit"); }
        |
            { names.add("bit"); }
        )
        [ PgTypeArgs(args) ]
    |
        <DATE> { names.add("date"); }
    |
        <TIME> { names.add("time"); } [ PgTypeArgs(args) ] [ withTimeZone = PgTimeZoneClause() ]
    |
        <TIMESTAMP> { names.add("timestamp"); } [ PgTypeArgs(args) ] [ withTimeZone = PgTimeZoneClause() ]
    |
        <UUID> { names.add("uuid"); }
    |
        id = CompoundIdentifier() {
            keyword = false;
            names.addAll(id.names);
            s.add(id);
        }
        [ PgTypeArgs(args) ]
    )
    (
        <LBRACKET> [ <UNSIGNED_INTEGER_LITERAL> ] <RBRACKET> { dims++; }
    |
        <ARRAY> [ LOOKAHEAD(1) <LBRACKET> <UNSIGNED_INTEGER_LITERAL> <RBRACKET> ] { dims++; }
    )*
    {
        return new PgTypeNameSpec(names, keyword, args, withTimeZone, fields, dims, s.end(this));
    }
}

/** Parses type modifiers: a parenthesized list of integer constants. */
void PgTypeArgs(List<Integer> args) :
{
    int n;
}
{
    <LPAREN>
    n = IntLiteral() { args.add(n); }
    ( <COMMA> n = IntLiteral() { args.add(n); } )*
    <RPAREN>
}

/** Parses WITH TIME ZONE or WITHOUT TIME ZONE. */
Boolean PgTimeZoneClause() :
{
}
{
    <WITH> <TIME> <ZONE> { return Boolean.TRUE; }
|
    <WITHOUT> <TIME> <ZONE> { return Boolean.FALSE; }
}

/**
 * Parses a type where PostgreSQL allows any type: like DataType(), plus {@code interval} with optional fields,
 * which Calcite's own CAST and CONVERT productions claim and so cannot be part of PgTypeName.
 */
SqlDataTypeSpec PgDataType() :
{
    final Span s;
    SqlIntervalQualifier fields = null;
    final List<Integer> args = new ArrayList<Integer>();
    int dims = 0;
    final SqlDataTypeSpec type;
}
{
    (
        <INTERVAL> { s = span(); }
        [ LOOKAHEAD(1) fields = IntervalQualifier() ]
        [ PgTypeArgs(args) ]
        (
            <LBRACKET> [ <UNSIGNED_INTEGER_LITERAL> ] <RBRACKET> { dims++; }
        |
            <ARRAY> [ LOOKAHEAD(1) <LBRACKET> <UNSIGNED_INTEGER_LITERAL> <RBRACKET> ] { dims++; }
        )*
        {
            return new SqlDataTypeSpec(
                new PgTypeNameSpec(java.util.Collections.singletonList("interval"), true, args, null, fields, dims, s.end(this)),
                s.end(this));
        }
    |
        type = DataType() { return type; }
    )
}
