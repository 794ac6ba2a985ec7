package dev.tusk.types.sqlname;

import dev.tusk.types.PgTypeException;
import dev.tusk.types.sqlname.SqlKeywords.Category;
import dev.tusk.types.sqlname.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL 15's {@code typeStringToTypeName}: parses a string with the {@code Typename} rule of the SQL
 * grammar (generic and qualified names with modifiers, the SQL-standard spellings {@code integer},
 * {@code double precision}, {@code character varying(n)}, {@code timestamp(p) with time zone},
 * {@code interval day to second(p)}, {@code float(p)}, {@code bit varying}, ..., array bounds and
 * {@code ARRAY}), with PostgreSQL's syntax errors.
 */
public final class TypeNameParser {
    private static final String SYNTAX_ERROR = "42601";
    private static final String INVALID_PARAMETER_VALUE = "22023";

    private static final int MONTH = 1 << 1;
    private static final int YEAR = 1 << 2;
    private static final int DAY = 1 << 3;
    private static final int HOUR = 1 << 10;
    private static final int MINUTE = 1 << 11;
    private static final int SECOND = 1 << 12;
    private static final int FULL_RANGE = 0x7FFF;

    private final SqlLexer lex;

    private TypeNameParser(String input) {
        this.lex = new SqlLexer(input);
    }

    /** Parses {@code input} as a type name; 42601 for syntax errors and {@code SETOF}, 22023 for bad {@code float(p)}. */
    public static TypeNameSpec parse(String input) {
        boolean blank = true;
        for (int i = 0; i < input.length() && blank; i++) {
            blank = Identifiers.isSpace(input.charAt(i));
        }
        if (blank) {
            throw invalidTypeName(input);
        }
        TypeNameParser p = new TypeNameParser(input);
        boolean setof = false;
        if (p.lex.peek(0).isKeyword("setof")) {
            p.lex.next();
            setof = true;
        }
        TypeNameSpec t = p.typename();
        SqlToken end = p.lex.peek(0);
        if (end.kind() != Kind.EOF) {
            throw SqlLexer.syntaxError(end);
        }
        if (setof) {
            throw invalidTypeName(input);
        }
        return t;
    }

    private static PgTypeException invalidTypeName(String input) {
        return new PgTypeException(SYNTAX_ERROR, "invalid type name \"" + input + "\"");
    }

    private SqlToken expect(Kind kind) {
        SqlToken t = lex.peek(0);
        if (t.kind() != kind) {
            throw SqlLexer.syntaxError(t);
        }
        return lex.next();
    }

    private void expectKeyword(String word) {
        SqlToken t = lex.peek(0);
        if (!t.isKeyword(word)) {
            throw SqlLexer.syntaxError(t);
        }
        lex.next();
    }

    private boolean acceptKeyword(String word) {
        if (lex.peek(0).isKeyword(word)) {
            lex.next();
            return true;
        }
        return false;
    }

    /** {@code SimpleTypename} followed by {@code opt_array_bounds} or {@code ARRAY [ '[' Iconst ']' ]}. */
    private TypeNameSpec typename() {
        Simple st = simpleTypename();
        boolean array = false;
        if (acceptKeyword("array")) {
            array = true;
            if (lex.peek(0).kind() == Kind.LBRACKET) {
                lex.next();
                expect(Kind.ICONST);
                expect(Kind.RBRACKET);
            }
        } else {
            while (lex.peek(0).kind() == Kind.LBRACKET) {
                lex.next();
                if (lex.peek(0).kind() == Kind.ICONST) {
                    lex.next();
                }
                expect(Kind.RBRACKET);
                array = true;
            }
        }
        return new TypeNameSpec(st.names, st.modifiers, array);
    }

    private record Simple(List<String> names, List<TypeNameSpec.Modifier> modifiers) {}

    private static Simple system(String typname, TypeNameSpec.Modifier... modifiers) {
        return new Simple(List.of("pg_catalog", typname), List.of(modifiers));
    }

    private static TypeNameSpec.Modifier intModifier(long v) {
        return new TypeNameSpec.Modifier(Long.toString(v));
    }

    private Simple simpleTypename() {
        SqlToken t = lex.peek(0);
        if (t.kind() != Kind.IDENT) {
            throw SqlLexer.syntaxError(t);
        }
        Category k = t.keyword();
        if (k == null || k == Category.TYPE_FUNC_NAME) {
            return genericType();
        }
        if (k == Category.UNRESERVED) {
            if (t.value().equals("double") && lex.peek(1).isKeyword("precision")) {
                lex.next();
                lex.next();
                return system("float8");
            }
            return genericType();
        }
        if (k == Category.RESERVED) {
            throw SqlLexer.syntaxError(t);
        }
        return switch (t.value()) {
            case "int", "integer" -> keywordType("int4");
            case "smallint" -> keywordType("int2");
            case "bigint" -> keywordType("int8");
            case "real" -> keywordType("float4");
            case "boolean" -> keywordType("bool");
            case "float" -> floatType();
            case "decimal", "dec", "numeric" -> {
                lex.next();
                yield new Simple(List.of("pg_catalog", "numeric"), optModifiers());
            }
            case "bit" -> bitType();
            case "character", "char", "varchar", "national", "nchar" -> characterType();
            case "timestamp", "time" -> datetimeType();
            case "interval" -> intervalType();
            default -> throw SqlLexer.syntaxError(t);
        };
    }

    private Simple keywordType(String typname) {
        lex.next();
        return system(typname);
    }

    /** {@code type_function_name [attrs] [opt_type_modifiers]}. */
    private Simple genericType() {
        List<String> names = new ArrayList<>();
        names.add(lex.next().value());
        while (lex.peek(0).kind() == Kind.DOT) {
            lex.next();
            SqlToken attr = lex.peek(0);
            if (attr.kind() != Kind.IDENT) {
                throw SqlLexer.syntaxError(attr);
            }
            names.add(lex.next().value());
        }
        return new Simple(names, optModifiers());
    }

    /** {@code FLOAT [ '(' Iconst ')' ]}: float4 up to 24 bits of precision, float8 up to 53. */
    private Simple floatType() {
        lex.next();
        if (lex.peek(0).kind() != Kind.LPAREN) {
            return system("float8");
        }
        lex.next();
        long p = Long.parseLong(expect(Kind.ICONST).value());
        expect(Kind.RPAREN);
        if (p < 1) {
            throw new PgTypeException(INVALID_PARAMETER_VALUE, "precision for type float must be at least 1 bit");
        }
        if (p <= 24) {
            return system("float4");
        }
        if (p <= 53) {
            return system("float8");
        }
        throw new PgTypeException(INVALID_PARAMETER_VALUE, "precision for type float must be less than 54 bits");
    }

    /** {@code BIT [VARYING] [ '(' expr_list ')' ]}; plain {@code bit} means {@code bit(1)}. */
    private Simple bitType() {
        lex.next();
        boolean varying = acceptKeyword("varying");
        String typname = varying ? "varbit" : "bit";
        if (lex.peek(0).kind() == Kind.LPAREN) {
            return new Simple(List.of("pg_catalog", typname), modifierList());
        }
        return varying ? system(typname) : system(typname, intModifier(1));
    }

    /** The SQL character types; {@code character} without a length means {@code character(1)}. */
    private Simple characterType() {
        SqlToken t = lex.next();
        boolean varying;
        switch (t.value()) {
            case "varchar" -> varying = true;
            case "national" -> {
                SqlToken c = lex.peek(0);
                if (!c.isKeyword("character") && !c.isKeyword("char")) {
                    throw SqlLexer.syntaxError(c);
                }
                lex.next();
                varying = acceptKeyword("varying");
            }
            default -> varying = acceptKeyword("varying");
        }
        String typname = varying ? "varchar" : "bpchar";
        if (lex.peek(0).kind() == Kind.LPAREN) {
            lex.next();
            long n = Long.parseLong(expect(Kind.ICONST).value());
            expect(Kind.RPAREN);
            return system(typname, intModifier(n));
        }
        return varying ? system(typname) : system(typname, intModifier(1));
    }

    /** {@code TIMESTAMP|TIME [ '(' Iconst ')' ] [ WITH TIME ZONE | WITHOUT TIME ZONE ]}. */
    private Simple datetimeType() {
        String base = lex.next().value();
        List<TypeNameSpec.Modifier> mods = List.of();
        if (lex.peek(0).kind() == Kind.LPAREN) {
            lex.next();
            mods = List.of(intModifier(Long.parseLong(expect(Kind.ICONST).value())));
            expect(Kind.RPAREN);
        }
        boolean tz = false;
        SqlToken t = lex.peek(0);
        if (t.isKeyword("with") && lex.peek(1).isKeyword("time")) {
            lex.next();
            lex.next();
            expectKeyword("zone");
            tz = true;
        } else if (t.isKeyword("without")) {
            lex.next();
            expectKeyword("time");
            expectKeyword("zone");
        }
        String typname = base.equals("timestamp") ? (tz ? "timestamptz" : "timestamp") : (tz ? "timetz" : "time");
        return new Simple(List.of("pg_catalog", typname), mods);
    }

    /** {@code INTERVAL [opt_interval]} or {@code INTERVAL '(' Iconst ')'}. */
    private Simple intervalType() {
        lex.next();
        if (lex.peek(0).kind() == Kind.LPAREN) {
            lex.next();
            long p = Long.parseLong(expect(Kind.ICONST).value());
            expect(Kind.RPAREN);
            return system("interval", intModifier(FULL_RANGE), intModifier(p));
        }
        SqlToken t = lex.peek(0);
        if (t.kind() != Kind.IDENT || t.keyword() == null) {
            return system("interval");
        }
        return switch (t.value()) {
            case "year" -> {
                lex.next();
                if (acceptKeyword("to")) {
                    expectKeyword("month");
                    yield system("interval", intModifier(YEAR | MONTH));
                }
                yield system("interval", intModifier(YEAR));
            }
            case "month" -> {
                lex.next();
                yield system("interval", intModifier(MONTH));
            }
            case "day" -> {
                lex.next();
                if (acceptKeyword("to")) {
                    SqlToken u = lex.peek(0);
                    if (u.isKeyword("hour")) {
                        lex.next();
                        yield system("interval", intModifier(DAY | HOUR));
                    }
                    if (u.isKeyword("minute")) {
                        lex.next();
                        yield system("interval", intModifier(DAY | HOUR | MINUTE));
                    }
                    yield intervalSecond(DAY | HOUR | MINUTE | SECOND);
                }
                yield system("interval", intModifier(DAY));
            }
            case "hour" -> {
                lex.next();
                if (acceptKeyword("to")) {
                    if (acceptKeyword("minute")) {
                        yield system("interval", intModifier(HOUR | MINUTE));
                    }
                    yield intervalSecond(HOUR | MINUTE | SECOND);
                }
                yield system("interval", intModifier(HOUR));
            }
            case "minute" -> {
                lex.next();
                if (acceptKeyword("to")) {
                    yield intervalSecond(MINUTE | SECOND);
                }
                yield system("interval", intModifier(MINUTE));
            }
            case "second" -> intervalSecond(SECOND);
            default -> system("interval");
        };
    }

    /** {@code SECOND [ '(' Iconst ')' ]} with the field mask of the whole range. */
    private Simple intervalSecond(int mask) {
        expectKeyword("second");
        if (lex.peek(0).kind() == Kind.LPAREN) {
            lex.next();
            long p = Long.parseLong(expect(Kind.ICONST).value());
            expect(Kind.RPAREN);
            return system("interval", intModifier(mask), intModifier(p));
        }
        return system("interval", intModifier(mask));
    }

    private List<TypeNameSpec.Modifier> optModifiers() {
        return lex.peek(0).kind() == Kind.LPAREN ? modifierList() : List.of();
    }

    /** {@code '(' expr_list ')'} of type modifiers. */
    private List<TypeNameSpec.Modifier> modifierList() {
        expect(Kind.LPAREN);
        List<TypeNameSpec.Modifier> mods = new ArrayList<>();
        while (true) {
            mods.add(new ModifierExpression(lex).parse());
            SqlToken t = lex.next();
            if (t.kind() == Kind.RPAREN) {
                return mods;
            }
            if (t.kind() != Kind.COMMA) {
                throw SqlLexer.syntaxError(t);
            }
        }
    }
}
