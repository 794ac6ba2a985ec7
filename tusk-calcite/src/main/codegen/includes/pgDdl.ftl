<#--
  Tusk: PostgreSQL DDL: CREATE, DROP, ALTER TABLE, TRUNCATE and COMMENT.
-->

/** CREATE TABLE | [OR REPLACE] VIEW | SCHEMA | SEQUENCE | [UNIQUE] INDEX. */
SqlNode PgCreate() :
{
    final Span s;
    boolean replace = false;
    boolean temporary = false;
    boolean unique = false;
    final SqlNode stmt;
}
{
    <CREATE> { s = span(); }
    [ <OR> <REPLACE> { replace = true; } ]
    [ ( <TEMP> | <TEMPORARY> | <LOCAL> ( <TEMP> | <TEMPORARY> ) ) { temporary = true; } | <UNLOGGED> ]
    (
        stmt = PgCreateTable(s, temporary)
    |   stmt = PgCreateView(s, replace, temporary)
    |   stmt = PgCreateSchema(s)
    |   stmt = PgCreateSequence(s, temporary)
    |   [ <UNIQUE> { unique = true; } ] stmt = PgCreateIndex(s, unique)
    )
    { return stmt; }
}

boolean PgIfNotExists() :
{
}
{
    <IF> <NOT> <EXISTS> { return true; }
|
    { return false; }
}

boolean PgIfExists() :
{
}
{
    <IF> <EXISTS> { return true; }
|
    { return false; }
}

SqlNode PgCreateTable(Span s, boolean temporary) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    final List<PgColumnDef> columns = new ArrayList<PgColumnDef>();
    final List<PgConstraintDef> constraints = new ArrayList<PgConstraintDef>();
    final List<PgOption> options = new ArrayList<PgOption>();
    SqlNode query = null;
}
{
    <TABLE> ifNotExists = PgIfNotExists() name = CompoundIdentifier()
    (
        <LPAREN>
        [ PgTableElement(columns, constraints) ( <COMMA> PgTableElement(columns, constraints) )* ]
        <RPAREN>
        [ <INHERITS> { throw PgParsing.unsupported(getPos(), "INHERITS"); } ]
        [ <WITH> PgOptionList(options, true) ]
        [ PgOnCommitClause() ]
        [ <AS> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY) ]
    |
        <AS> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
        [ LOOKAHEAD(2) <WITH> <NO> <DATA> { throw PgParsing.unsupported(getPos(), "WITH NO DATA"); } | <WITH> <DATA> ]
    )
    {
        return new PgCreateTable(s.end(this), temporary, ifNotExists, name, columns, constraints, query, options);
    }
}

void PgOnCommitClause() :
{
}
{
    <ON> <COMMIT> ( <PRESERVE> <ROWS> | <DELETE> <ROWS> | <DROP> )
    { throw PgParsing.unsupported(getPos(), "ON COMMIT"); }
}

void PgTableElement(List<PgColumnDef> columns, List<PgConstraintDef> constraints) :
{
    PgConstraintDef c;
    PgColumnDef col;
}
{
    (
        c = PgTableConstraint() { constraints.add(c); }
    |
        LOOKAHEAD(2) <LIKE> { throw PgParsing.unsupported(getPos(), "CREATE TABLE ... (LIKE ...)"); }
    |
        col = PgColumnDefinition() { columns.add(col); }
    )
}

PgColumnDef PgColumnDefinition() :
{
    final Span s;
    final SqlIdentifier name;
    final SqlDataTypeSpec type;
    final List<PgConstraintDef> constraints = new ArrayList<PgConstraintDef>();
    PgConstraintDef c;
    String collation = null;
    SqlIdentifier id;
}
{
    name = SimpleIdentifier() { s = span(); }
    type = PgDataType()
    [ <COLLATE> id = PgCollationName() { collation = String.join(".", id.names); } ]
    ( c = PgColumnConstraint() { constraints.add(c); } )*
    {
        return new PgColumnDef(s.end(this), name, type, collation, constraints);
    }
}

/** A column constraint: [CONSTRAINT name] NOT NULL | NULL | DEFAULT e | PRIMARY KEY | UNIQUE | CHECK | REFERENCES | GENERATED. */
PgConstraintDef PgColumnConstraint() :
{
    final Span s = Span.of();
    String name = null;
    final PgConstraintDef c;
}
{
    [ <CONSTRAINT> name = Identifier() ]
    (
        <NOT> <NULL> { c = PgConstraintDef.notNull(name, s.end(this)); }
    |
        <NULL> { c = PgConstraintDef.nullable(name, s.end(this)); }
    |
        c = PgDefaultClause(name)
    |
        <PRIMARY> <KEY> { c = PgConstraintDef.primaryKey(name, null, s.end(this)); }
    |
        <UNIQUE> [ PgNullsDistinct() ] { c = PgConstraintDef.unique(name, null, s.end(this)); }
    |
        c = PgCheckClause(name)
    |
        c = PgReferencesClause(name, null)
    |
        c = PgGeneratedClause(name)
    )
    [ PgConstraintAttributes(c) ]
    { return c; }
}

PgConstraintDef PgDefaultClause(String name) :
{
    final SqlNode e;
}
{
    <DEFAULT_> e = Expression3(ExprContext.ACCEPT_NON_QUERY) {
        return PgConstraintDef.defaultValue(name, e, getPos());
    }
}

PgConstraintDef PgCheckClause(String name) :
{
    final SqlNode e;
    final Span s;
}
{
    <CHECK> { s = span(); } <LPAREN> e = Expression(ExprContext.ACCEPT_NON_QUERY) <RPAREN>
    [ <NO> <INHERIT> ]
    {
        return PgConstraintDef.check(name, e, s.end(this));
    }
}

PgConstraintDef PgReferencesClause(String name, SqlNodeList columns) :
{
    final Span s;
    final SqlIdentifier table;
    SqlNodeList refColumns = null;
    PgConstraintDef.Action onDelete = PgConstraintDef.Action.NO_ACTION;
    PgConstraintDef.Action onUpdate = PgConstraintDef.Action.NO_ACTION;
    PgConstraintDef.Action a;
    boolean matchFull = false;
}
{
    <REFERENCES> { s = span(); } table = CompoundIdentifier()
    [ refColumns = ParenthesizedSimpleIdentifierList() ]
    [ <MATCH> ( <FULL> { matchFull = true; } | <SIMPLE> | <PARTIAL> { throw PgParsing.unsupported(getPos(), "MATCH PARTIAL"); } ) ]
    (
        LOOKAHEAD(2) <ON> <DELETE> onDelete = PgReferentialAction()
    |
        LOOKAHEAD(2) <ON> <UPDATE> onUpdate = PgReferentialAction()
    )*
    {
        return PgConstraintDef.foreignKey(name, columns, table, refColumns, onDelete, onUpdate, matchFull, s.end(this));
    }
}

PgConstraintDef.Action PgReferentialAction() :
{
}
{
    <CASCADE> { return PgConstraintDef.Action.CASCADE; }
|   <RESTRICT> { return PgConstraintDef.Action.RESTRICT; }
|   LOOKAHEAD(2) <NO> <ACTION> { return PgConstraintDef.Action.NO_ACTION; }
|   LOOKAHEAD(2) <SET> <NULL> { return PgConstraintDef.Action.SET_NULL; }
|   <SET> <DEFAULT_> { return PgConstraintDef.Action.SET_DEFAULT; }
}

PgConstraintDef PgGeneratedClause(String name) :
{
    final Span s;
    boolean always = false;
    SqlNode e = null;
    final Map<String, Long> options = new LinkedHashMap<String, Long>();
}
{
    <GENERATED> { s = span(); }
    (
        <ALWAYS> { always = true; }
    |
        <BY> <DEFAULT_>
    )
    <AS>
    (
        <IDENTITY> [ <LPAREN> PgSequenceOptions(options) <RPAREN> ] {
            return PgConstraintDef.identity(name, always, options, s.end(this));
        }
    |
        <LPAREN> e = Expression(ExprContext.ACCEPT_NON_QUERY) <RPAREN> <STORED> {
            return PgConstraintDef.generated(name, e, s.end(this));
        }
    )
}

/** Constraint timing: only the default (NOT DEFERRABLE, INITIALLY IMMEDIATE) is supported. */
void PgConstraintAttributes(PgConstraintDef c) :
{
}
{
    (
        <DEFERRABLE> { throw PgParsing.unsupported(getPos(), "DEFERRABLE constraints"); }
    |   <NOT> <DEFERRABLE>
    |   LOOKAHEAD(2) <INITIALLY> <DEFERRED> { throw PgParsing.unsupported(getPos(), "INITIALLY DEFERRED constraints"); }
    |   <INITIALLY> <IMMEDIATE>
    )+
}

/** NULLS DISTINCT (the default) or NULLS NOT DISTINCT, which is not supported yet. */
void PgNullsDistinct() :
{
}
{
    <NULLS>
    (
        <DISTINCT>
    |   <NOT> <DISTINCT> { throw PgParsing.unsupported(getPos(), "UNIQUE NULLS NOT DISTINCT"); }
    )
}

/** A table constraint: [CONSTRAINT name] PRIMARY KEY (...) | UNIQUE (...) | CHECK (...) | FOREIGN KEY (...) REFERENCES. */
PgConstraintDef PgTableConstraint() :
{
    final Span s = Span.of();
    String name = null;
    SqlNodeList columns;
    PgConstraintDef c;
}
{
    [ <CONSTRAINT> name = Identifier() ]
    (
        <PRIMARY> <KEY> columns = ParenthesizedSimpleIdentifierList() {
            c = PgConstraintDef.primaryKey(name, columns, s.end(this));
        }
    |
        <UNIQUE> [ PgNullsDistinct() ] columns = ParenthesizedSimpleIdentifierList() {
            c = PgConstraintDef.unique(name, columns, s.end(this));
        }
    |
        c = PgCheckClause(name)
    |
        <FOREIGN> <KEY> columns = ParenthesizedSimpleIdentifierList()
        c = PgReferencesClause(name, columns)
    )
    [ PgConstraintAttributes(c) ]
    { return c; }
}

SqlNode PgCreateView(Span s, boolean replace, boolean temporary) :
{
    boolean materialized = false;
    final SqlIdentifier name;
    SqlNodeList columns = null;
    final SqlNode query;
    final SqlParserPos as;
}
{
    [ <MATERIALIZED> { throw PgParsing.unsupported(getPos(), "CREATE MATERIALIZED VIEW"); } ]
    <VIEW> name = CompoundIdentifier()
    [ columns = ParenthesizedSimpleIdentifierList() ]
    <AS> { as = getPos(); } query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    {
        return new PgCreateView(s.end(this), replace, temporary, name, columns, query, as);
    }
}

SqlNode PgCreateSchema(Span s) :
{
    final boolean ifNotExists;
    String name = null;
    String owner = null;
}
{
    <SCHEMA> ifNotExists = PgIfNotExists()
    (
        <AUTHORIZATION> owner = Identifier()
    |
        name = Identifier() [ <AUTHORIZATION> owner = Identifier() ]
    )
    {
        return new PgCreateSchema(s.end(this), ifNotExists, name != null ? name : owner, owner);
    }
}

SqlNode PgCreateSequence(Span s, boolean temporary) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    final Map<String, Long> options = new LinkedHashMap<String, Long>();
}
{
    <SEQUENCE> ifNotExists = PgIfNotExists() name = CompoundIdentifier()
    PgSequenceOptions(options)
    {
        return new PgCreateSequence(s.end(this), temporary, ifNotExists, name, options);
    }
}

/** Sequence options; values are longs, flags are 1/0, absent bounds (NO MINVALUE) are null. */
void PgSequenceOptions(Map<String, Long> options) :
{
    long v;
    SqlDataTypeSpec type;
    SqlIdentifier owner;
}
{
    (
        <AS> type = PgDataType() { options.put("as:" + PgParsing.typeName(type), 0L); }
    |   <INCREMENT> [ <BY> ] v = PgSignedCount() { options.put("increment", v); }
    |   <MINVALUE> v = PgSignedCount() { options.put("minvalue", v); }
    |   <MAXVALUE> v = PgSignedCount() { options.put("maxvalue", v); }
    |   LOOKAHEAD(2) <NO> <MINVALUE> { options.put("minvalue", null); }
    |   LOOKAHEAD(2) <NO> <MAXVALUE> { options.put("maxvalue", null); }
    |   LOOKAHEAD(2) <NO> <CYCLE> { options.put("cycle", 0L); }
    |   <START> [ <WITH> ] v = PgSignedCount() { options.put("start", v); }
    |   <RESTART> { options.put("restart", null); } [ [ <WITH> ] v = PgSignedCount() { options.put("restart", v); } ]
    |   <CACHE> v = PgSignedCount() { options.put("cache", v); }
    |   <CYCLE> { options.put("cycle", 1L); }
    |   <OWNED> <BY> owner = CompoundIdentifier() { options.put("owned:" + String.join(".", owner.names), 0L); }
    )*
}

SqlNode PgCreateIndex(Span s, boolean unique) :
{
    boolean concurrently = false;
    boolean ifNotExists = false;
    String name = null;
    final SqlIdentifier table;
    String method = null;
    final List<SqlNode> keys = new ArrayList<SqlNode>();
    SqlNode e;
    SqlNode where = null;
}
{
    <INDEX> [ <CONCURRENTLY> { concurrently = true; } ]
    [
        LOOKAHEAD(3) <IF> <NOT> <EXISTS> { ifNotExists = true; } name = Identifier()
    |
        LOOKAHEAD(1, Identifier() <ON>) name = Identifier()
    ]
    <ON> [ <ONLY> ] table = CompoundIdentifier()
    [ <USING> method = Identifier() ]
    <LPAREN> e = PgIndexKey() { keys.add(e); } ( <COMMA> e = PgIndexKey() { keys.add(e); } )* <RPAREN>
    [ <WHERE> where = Expression(ExprContext.ACCEPT_NON_QUERY) ]
    {
        return new PgCreateIndex(s.end(this), unique, ifNotExists, name, table, method, keys, where, concurrently);
    }
}

/** An index key: a column or a parenthesized expression, with ASC/DESC and NULLS FIRST/LAST. */
SqlNode PgIndexKey() :
{
    SqlNode e;
}
{
    (
        e = SimpleIdentifier()
    |
        <LPAREN> e = Expression(ExprContext.ACCEPT_NON_QUERY) <RPAREN>
    )
    [ <ASC> | <DESC> { e = SqlStdOperatorTable.DESC.createCall(getPos(), e); } ]
    [ LOOKAHEAD(2) <NULLS> <FIRST> { e = SqlStdOperatorTable.NULLS_FIRST.createCall(getPos(), e); }
    | <NULLS> <LAST> { e = SqlStdOperatorTable.NULLS_LAST.createCall(getPos(), e); } ]
    { return e; }
}

/** DROP {TABLE | VIEW | SCHEMA | SEQUENCE | INDEX} [IF EXISTS] name, ... [CASCADE | RESTRICT]. */
SqlNode PgDrop() :
{
    final Span s;
    final PgDrop.Kind kind;
    final boolean ifExists;
    final List<SqlIdentifier> names = new ArrayList<SqlIdentifier>();
    SqlIdentifier id;
    boolean cascade = false;
}
{
    <DROP> { s = span(); }
    (
        <TABLE> { kind = PgDrop.Kind.TABLE; }
    |   <VIEW> { kind = PgDrop.Kind.VIEW; }
    |   <MATERIALIZED> <VIEW> { kind = PgDrop.Kind.MATERIALIZED_VIEW; }
    |   <SCHEMA> { kind = PgDrop.Kind.SCHEMA; }
    |   <SEQUENCE> { kind = PgDrop.Kind.SEQUENCE; }
    |   <INDEX> [ <CONCURRENTLY> ] { kind = PgDrop.Kind.INDEX; }
    |   <TYPE> { kind = PgDrop.Kind.TYPE; }
    |   <FUNCTION> { kind = PgDrop.Kind.FUNCTION; }
    |   <EXTENSION> { kind = PgDrop.Kind.EXTENSION; }
    )
    ifExists = PgIfExists()
    id = CompoundIdentifier() { names.add(id); }
    ( <COMMA> id = CompoundIdentifier() { names.add(id); } )*
    [ <CASCADE> { cascade = true; } | <RESTRICT> ]
    {
        return new PgDrop(s.end(this), kind, ifExists, names, cascade);
    }
}

/** TRUNCATE [TABLE] [ONLY] name, ... [RESTART | CONTINUE IDENTITY] [CASCADE | RESTRICT]. */
SqlNode PgTruncate() :
{
    final Span s;
    final List<SqlIdentifier> names = new ArrayList<SqlIdentifier>();
    SqlIdentifier id;
    boolean restartIdentity = false;
    boolean cascade = false;
}
{
    <TRUNCATE> { s = span(); } [ <TABLE> ]
    [ <ONLY> ] id = CompoundIdentifier() { names.add(id); }
    ( <COMMA> [ <ONLY> ] id = CompoundIdentifier() { names.add(id); } )*
    [ <RESTART> <IDENTITY> { restartIdentity = true; } | <CONTINUE> <IDENTITY> ]
    [ <CASCADE> { cascade = true; } | <RESTRICT> ]
    {
        return new PgTruncate(s.end(this), names, restartIdentity, cascade);
    }
}

/** ALTER TABLE [IF EXISTS] t action, ...; ALTER SEQUENCE s options. */
SqlNode PgAlter() :
{
    final Span s;
    final boolean ifExists;
    final SqlIdentifier name;
    final List<PgAlterTable.Action> actions = new ArrayList<PgAlterTable.Action>();
    PgAlterTable.Action a;
    final Map<String, Long> options = new LinkedHashMap<String, Long>();
    String schema;
    String newName;
}
{
    <ALTER> { s = span(); }
    (
        <TABLE> ifExists = PgIfExists() [ <ONLY> ] name = CompoundIdentifier()
        a = PgAlterTableAction() { actions.add(a); }
        ( <COMMA> a = PgAlterTableAction() { actions.add(a); } )*
        {
            return new PgAlterTable(s.end(this), ifExists, name, actions);
        }
    |
        <SEQUENCE> ifExists = PgIfExists() name = CompoundIdentifier()
        PgSequenceOptions(options)
        {
            return new PgAlterSequence(s.end(this), ifExists, name, options);
        }
    |
        <SCHEMA> schema = Identifier()
        (
            <RENAME> <TO> newName = Identifier() { return new PgAlterSchema(s.end(this), schema, newName, null); }
        |
            <OWNER> <TO> newName = Identifier() { return new PgAlterSchema(s.end(this), schema, null, newName); }
        )
    )
}

PgAlterTable.Action PgAlterTableAction() :
{
    final Span s = Span.of();
    PgColumnDef col;
    PgConstraintDef c;
    boolean ifExists = false;
    boolean ifNotExists = false;
    boolean cascade = false;
    String name;
    String newName;
    SqlIdentifier column;
    SqlIdentifier table;
    SqlDataTypeSpec type;
    SqlNode e;
    List<PgOption> options;
}
{
    <ADD>
    (
        LOOKAHEAD(1) c = PgTableConstraint() { return PgAlterTable.addConstraint(c); }
    |
        [ <COLUMN> ] ifNotExists = PgIfNotExists() col = PgColumnDefinition() {
            return PgAlterTable.addColumn(col, ifNotExists);
        }
    )
|
    <DROP>
    (
        <CONSTRAINT> ifExists = PgIfExists() name = Identifier() [ <CASCADE> { cascade = true; } | <RESTRICT> ] {
            return PgAlterTable.dropConstraint(name, ifExists, cascade);
        }
    |
        [ <COLUMN> ] ifExists = PgIfExists() name = Identifier() [ <CASCADE> { cascade = true; } | <RESTRICT> ] {
            return PgAlterTable.dropColumn(name, ifExists, cascade);
        }
    )
|
    <ALTER> [ <COLUMN> ] name = Identifier()
    (
        LOOKAHEAD(2) <SET> <DEFAULT_> e = Expression(ExprContext.ACCEPT_NON_QUERY) { return PgAlterTable.setDefault(name, e); }
    |   LOOKAHEAD(2) <DROP> <DEFAULT_> { return PgAlterTable.setDefault(name, null); }
    |   LOOKAHEAD(2) <SET> <NOT> <NULL> { return PgAlterTable.setNotNull(name, true); }
    |   <DROP> <NOT> <NULL> { return PgAlterTable.setNotNull(name, false); }
    |   [ <SET> <DATA> ] <TYPE> type = PgDataType() { e = null; } [ <USING> e = Expression(ExprContext.ACCEPT_NON_QUERY) ] {
            return PgAlterTable.setType(name, type, e);
        }
    )
|
    <RENAME>
    (
        <TO> newName = Identifier() { return PgAlterTable.renameTable(newName); }
    |
        <CONSTRAINT> name = Identifier() <TO> newName = Identifier() { return PgAlterTable.renameConstraint(name, newName); }
    |
        [ <COLUMN> ] name = Identifier() <TO> newName = Identifier() { return PgAlterTable.renameColumn(name, newName); }
    )
|
    <OWNER> <TO> name = Identifier() { return PgAlterTable.ownerTo(name); }
|
    LOOKAHEAD(2) <SET> <TABLESPACE> name = Identifier() { return PgAlterTable.setTablespace(name); }
|
    <INHERIT> table = CompoundIdentifier() { return PgAlterTable.inherit(table, false); }
|
    <NO> <INHERIT> table = CompoundIdentifier() { return PgAlterTable.inherit(table, true); }
|
    LOOKAHEAD(2) <SET> { options = new ArrayList<PgOption>(); } PgOptionList(options, true) {
        return PgAlterTable.setOptions(options);
    }
|
    <RESET> { options = new ArrayList<PgOption>(); } PgOptionList(options, false) {
        return PgAlterTable.resetOptions(options);
    }
}

/** COMMENT ON {TABLE | COLUMN | VIEW | SCHEMA | SEQUENCE | INDEX | CONSTRAINT c ON t} name IS 'text' | NULL. */
SqlNode PgComment() :
{
    final Span s;
    final PgComment.Kind kind;
    final SqlIdentifier name;
    SqlIdentifier table = null;
    String constraint = null;
    String text = null;
    SqlNode n;
}
{
    <COMMENT> { s = span(); } <ON>
    (
        <TABLE> { kind = PgComment.Kind.TABLE; } name = CompoundIdentifier()
    |   <COLUMN> { kind = PgComment.Kind.COLUMN; } name = CompoundIdentifier()
    |   <VIEW> { kind = PgComment.Kind.VIEW; } name = CompoundIdentifier()
    |   <SCHEMA> { kind = PgComment.Kind.SCHEMA; } name = CompoundIdentifier()
    |   <SEQUENCE> { kind = PgComment.Kind.SEQUENCE; } name = CompoundIdentifier()
    |   <INDEX> { kind = PgComment.Kind.INDEX; } name = CompoundIdentifier()
    |   <CONSTRAINT> { kind = PgComment.Kind.CONSTRAINT; } name = CompoundIdentifier() <ON> table = CompoundIdentifier()
    )
    <IS>
    ( n = StringLiteral() { text = SqlLiteral.unchain(n).getValueAs(String.class); } | <NULL> )
    {
        return new PgComment(s.end(this), kind, name, table, text);
    }
}


/** ( name [= value], ... ): storage parameters; names may be qualified (toast.x); values only when allowed. */
void PgOptionList(List<PgOption> options, boolean values) :
{
}
{
    <LPAREN> PgOptionItem(options, values) ( <COMMA> PgOptionItem(options, values) )* <RPAREN>
}

void PgOptionItem(List<PgOption> options, boolean values) :
{
    String name;
    String part;
    String value = null;
}
{
    name = Identifier() [ <DOT> part = Identifier() { name = name + "." + part; } ]
    [
        <EQ> value = PgStorageOptionValue() {
            if (!values) {
                throw new dev.tusk.server.api.PgException(dev.tusk.protocol.SqlState.SYNTAX_ERROR, "RESET must not include values for parameters");
            }
        }
    ]
    { options.add(new PgOption(name, value)); }
}

/** An option value as PostgreSQL keeps it in text: a number, a string, a word, TRUE/FALSE/ON. */
String PgStorageOptionValue() :
{
    SqlNode n;
    String id;
    final Token first = getToken(1);
}
{
    n = NumericLiteral() {
        // the number as written (PostgreSQL keeps ".5" and "1e2" as they are)
        StringBuilder b = new StringBuilder();
        for (Token t = first; t != null; t = t.next) {
            b.append(t.image);
            if (t == getToken(0)) {
                break;
            }
        }
        return b.toString();
    }
|   n = StringLiteral() { return SqlLiteral.unchain(n).getValueAs(String.class); }
|   <TRUE> { return "true"; }
|   <FALSE> { return "false"; }
|   <ON> { return "on"; }
|   id = Identifier() { return id; }
}

/**
 * VACUUM [FULL] [FREEZE] [VERBOSE] [ANALYZE] | VACUUM (option [value], ...), then [table [(columns)], ...];
 * ANALYZE [VERBOSE] | ANALYZE (option [value], ...), then [table [(columns)], ...].
 */
SqlNode PgVacuum() :
{
    final Span s;
    boolean vacuum = true;
    final List<PgOption> options = new ArrayList<PgOption>();
    final List<SqlIdentifier> tables = new ArrayList<SqlIdentifier>();
    final List<SqlNodeList> columns = new ArrayList<SqlNodeList>();
}
{
    (
        <VACUUM> { s = span(); }
        (
            PgVacuumOptionList(options)
        |
            [ <FULL> { options.add(new PgOption("full", null)); } ]
            [ <FREEZE> { options.add(new PgOption("freeze", null)); } ]
            [ <VERBOSE> { options.add(new PgOption("verbose", null)); } ]
            [ <ANALYZE> { options.add(new PgOption("analyze", null)); } ]
        )
    |
        <ANALYZE> { s = span(); vacuum = false; }
        (
            PgVacuumOptionList(options)
        |
            [ <VERBOSE> { options.add(new PgOption("verbose", null)); } ]
        )
    )
    [ PgVacuumTarget(tables, columns) ( <COMMA> PgVacuumTarget(tables, columns) )* ]
    {
        return new PgVacuum(s.end(this), vacuum, options, tables, columns);
    }
}

void PgVacuumOptionList(List<PgOption> options) :
{
}
{
    <LPAREN> PgVacuumOption(options) ( <COMMA> PgVacuumOption(options) )* <RPAREN>
}

void PgVacuumOption(List<PgOption> options) :
{
    String name;
    String value = null;
    final SqlParserPos pos;
}
{
    ( <FULL> { name = "full"; } | <ANALYZE> { name = "analyze"; } | name = Identifier() ) { pos = getPos(); }
    [ value = PgStorageOptionValue() ]
    { options.add(new PgOption(name, value, pos)); }
}

void PgVacuumTarget(List<SqlIdentifier> tables, List<SqlNodeList> columns) :
{
    final SqlIdentifier table;
    SqlNodeList cols = null;
}
{
    table = CompoundIdentifier() [ cols = ParenthesizedSimpleIdentifierList() ]
    {
        tables.add(table);
        columns.add(cols);
    }
}
