package dev.tusk.types;

import dev.tusk.types.typmod.ArrayTypmod;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One PostgreSQL data type: everything {@code pg_type} says about it, its codec and its
 * {@code format_type()} display name; immutable and shared.
 */
public final class PgType {
    private final int oid;
    private final String typname;
    private final String namespace;
    private final int typlen;
    private final boolean typbyval;
    private final char typtype;
    private final char typcategory;
    private final boolean typispreferred;
    private final char typdelim;
    private final int typelem;
    private final int typarray;
    private final String typinput;
    private final String typoutput;
    private final String typreceive;
    private final String typsend;
    private final String typmodin;
    private final String typmodout;
    private final char typalign;
    private final char typstorage;
    private final TypeCodec<?> codec;
    private final String sqlName;
    private final String noTypmodName;
    private final TypmodFormatter typmodFormatter;
    private final TypmodCoercion typmodCoercion;
    private final TypmodInput typmodInput;
    private final PgType element;

    private PgType(Builder b) {
        this.oid = b.oid;
        this.typname = Objects.requireNonNull(b.typname, "typname");
        this.namespace = b.namespace;
        this.typlen = b.typlen;
        this.typbyval = b.typbyval;
        this.typtype = b.typtype;
        this.typcategory = b.typcategory;
        this.typispreferred = b.typispreferred;
        this.typdelim = b.typdelim;
        this.typelem = b.element != null ? b.element.oid : b.typelem;
        this.typarray = b.typarray;
        this.typinput = Objects.requireNonNull(b.typinput, "typinput");
        this.typoutput = Objects.requireNonNull(b.typoutput, "typoutput");
        this.typreceive = b.typreceive;
        this.typsend = b.typsend;
        this.typmodin = b.typmodin;
        this.typmodout = b.typmodout;
        this.typalign = b.typalign;
        this.typstorage = b.typstorage;
        this.codec = Objects.requireNonNull(b.codec, "codec");
        this.element = b.element;
        this.sqlName = b.sqlName != null ? b.sqlName : typname;
        this.noTypmodName = b.noTypmodName != null ? b.noTypmodName : this.sqlName;
        this.typmodFormatter = b.typmodFormatter;
        this.typmodCoercion = b.typmodCoercion != null ? b.typmodCoercion : TypmodCoercion.NONE;
        this.typmodInput = b.typmodInput;
    }

    /** Starts a builder for a base type with the usual defaults (namespace pg_catalog, typtype 'b'). */
    public static Builder builder(int oid, String typname) {
        return new Builder(oid, typname);
    }

    /**
     * The array type over {@code element}, with PostgreSQL's metadata for array types ({@code _name},
     * category 'A', {@code array_in}/{@code array_out}/..., the element's typmod functions).
     */
    public static PgType arrayOf(PgType element, int arrayOid, TypeCodec<?> arrayCodec) {
        return builder(arrayOid, "_" + element.typname)
                .namespace(element.namespace)
                .typlen(-1)
                .typbyval(false)
                .typcategory('A')
                .typdelim(',')
                .element(element)
                .io("array_in", "array_out", "array_recv", "array_send")
                .typmod(element.typmodin, element.typmodout)
                .typmodRules(
                        element.typmodCoercion == TypmodCoercion.NONE
                                ? TypmodCoercion.NONE
                                : new ArrayTypmod(element.typmodCoercion, arrayCodec),
                        element.typmodInput)
                .typalign(element.typalign == 'd' ? 'd' : 'i')
                .typstorage('x')
                .codec(arrayCodec)
                .build();
    }

    /** {@code pg_type.oid}. */
    public int oid() {
        return oid;
    }

    /** {@code typname}, e.g. {@code int4}. */
    public String typname() {
        return typname;
    }

    /** The schema name, e.g. {@code pg_catalog}. */
    public String namespace() {
        return namespace;
    }

    /** {@code typlen}: fixed size, -1 for varlena, -2 for C strings. */
    public int typlen() {
        return typlen;
    }

    /** {@code typbyval}. */
    public boolean typbyval() {
        return typbyval;
    }

    /** {@code typtype}: b, c, d, e, p, r or m. */
    public char typtype() {
        return typtype;
    }

    /** {@code typcategory}, e.g. N for numeric types, A for arrays. */
    public char typcategory() {
        return typcategory;
    }

    /** {@code typispreferred}. */
    public boolean typispreferred() {
        return typispreferred;
    }

    /** {@code typdelim}, the array element delimiter. */
    public char typdelim() {
        return typdelim;
    }

    /** {@code typelem}, the element type OID, or 0. */
    public int typelem() {
        return typelem;
    }

    /** {@code typarray}, the OID of the array type over this type, or 0. */
    public int typarray() {
        return typarray;
    }

    /** {@code typinput}, e.g. {@code int4in}. */
    public String typinput() {
        return typinput;
    }

    /** {@code typoutput}. */
    public String typoutput() {
        return typoutput;
    }

    /** {@code typreceive}, or {@code -} if none. */
    public String typreceive() {
        return typreceive;
    }

    /** {@code typsend}, or {@code -} if none. */
    public String typsend() {
        return typsend;
    }

    /** {@code typmodin}, or {@code -} if none. */
    public String typmodin() {
        return typmodin;
    }

    /** {@code typmodout}, or {@code -} if none. */
    public String typmodout() {
        return typmodout;
    }

    /** {@code typalign}: c, s, i or d. */
    public char typalign() {
        return typalign;
    }

    /** {@code typstorage}: p, e, m or x. */
    public char typstorage() {
        return typstorage;
    }

    /** The codec for values of this type. */
    public TypeCodec<?> codec() {
        return codec;
    }

    /** True for true array types (category A with an element type). */
    public boolean isArray() {
        return element != null;
    }

    /** The element type of an array type, or null. */
    public PgType elementType() {
        return element;
    }

    /** {@code format_type(oid, NULL)}: the SQL name without typmod, e.g. {@code character}. */
    public String formatType() {
        return element != null ? element.formatType() + "[]" : sqlName;
    }

    /**
     * {@code format_type(oid, typmod)}: e.g. {@code integer}, {@code character varying(10)},
     * {@code numeric(10,2)}, {@code timestamp(3) without time zone}; -1 means no typmod.
     */
    public String formatType(int typmod) {
        if (element != null) {
            return element.formatType(typmod) + "[]";
        }
        if (typmod < 0 || typmodFormatter == null) {
            return noTypmodName;
        }
        return typmodFormatter.format(typmod);
    }

    /**
     * How a type modifier applies to values of this type, as PostgreSQL's length-coercion function does
     * (element by element for arrays); {@link TypmodCoercion#NONE} for types without modifiers.
     */
    public TypmodCoercion typmodCoercion() {
        return typmodCoercion;
    }

    /**
     * Coerces {@code value} to this type with modifier {@code typmod}: {@code explicitCast} for
     * {@code CAST(x AS varchar(3))} (truncates silently), false for assignment to a typed column (errors).
     */
    public Object applyTypmod(Object value, int typmod, boolean explicitCast) {
        return typmodCoercion.apply(value, typmod, explicitCast);
    }

    /** True if this type takes modifiers ({@code typmodin} is set). */
    public boolean acceptsTypmod() {
        return !typmodin.equals("-");
    }

    /**
     * How this type computes a typmod from its SQL arguments, if tusk-types implements its {@code typmodin}
     * (every built-in type with one); empty for types without modifiers and for user types whose
     * {@code typmodin} has no implementation here.
     */
    public Optional<TypmodInput> typmodInput() {
        return Optional.ofNullable(typmodInput);
    }

    /**
     * The typmod written as {@code name(modifiers)}, as PostgreSQL's parser computes it: no modifiers is -1;
     * otherwise the type's {@code *typmodin} function decides (see {@link TypmodInput#parse}). A type without
     * modifiers fails with 42601 {@code type modifier is not allowed for type "int4"} (PostgreSQL names the
     * type as written; this names it by typname, {@code int4[]} for arrays).
     */
    public ParsedTypmod parseTypmod(List<String> modifiers) {
        if (modifiers.isEmpty()) {
            return ParsedTypmod.NONE;
        }
        if (!acceptsTypmod()) {
            String written = element != null ? element.typname + "[]" : typname;
            throw new PgTypeException(
                    PgTypeException.SYNTAX_ERROR, "type modifier is not allowed for type \"" + written + "\"");
        }
        if (typmodInput == null) {
            throw new PgTypeException(
                    PgTypeException.FEATURE_NOT_SUPPORTED,
                    "type modifiers of type " + typname + " (" + typmodin + ") are not implemented");
        }
        return typmodInput.parse(modifiers);
    }

    /** Encodes any accepted Java value as text (null is the caller's business: it is SQL NULL). */
    public void encodeText(Object value, FormatSettings settings, ByteSink out) {
        codec.encodeTextObject(value, settings, out);
    }

    /** Encodes any accepted Java value as binary. */
    public void encodeBinary(Object value, FormatSettings settings, ByteSink out) {
        codec.encodeBinaryObject(value, settings, out);
    }

    @Override
    public String toString() {
        return typname + "(" + oid + ")";
    }

    /** Builds {@link PgType} instances; defaults match a plain pg_catalog base type. */
    public static final class Builder {
        private final int oid;
        private final String typname;
        private String namespace = "pg_catalog";
        private int typlen = -1;
        private boolean typbyval;
        private char typtype = 'b';
        private char typcategory = 'U';
        private boolean typispreferred;
        private char typdelim = ',';
        private int typelem;
        private int typarray;
        private String typinput;
        private String typoutput;
        private String typreceive = "-";
        private String typsend = "-";
        private String typmodin = "-";
        private String typmodout = "-";
        private char typalign = 'i';
        private char typstorage = 'p';
        private TypeCodec<?> codec;
        private String sqlName;
        private String noTypmodName;
        private TypmodFormatter typmodFormatter;
        private TypmodCoercion typmodCoercion;
        private TypmodInput typmodInput;
        private PgType element;

        private Builder(int oid, String typname) {
            this.oid = oid;
            this.typname = typname;
        }

        /** Schema name. */
        public Builder namespace(String v) {
            namespace = v;
            return this;
        }

        /** typlen. */
        public Builder typlen(int v) {
            typlen = v;
            return this;
        }

        /** typbyval. */
        public Builder typbyval(boolean v) {
            typbyval = v;
            return this;
        }

        /** typtype. */
        public Builder typtype(char v) {
            typtype = v;
            return this;
        }

        /** typcategory. */
        public Builder typcategory(char v) {
            typcategory = v;
            return this;
        }

        /** typispreferred. */
        public Builder typispreferred(boolean v) {
            typispreferred = v;
            return this;
        }

        /** typdelim. */
        public Builder typdelim(char v) {
            typdelim = v;
            return this;
        }

        /** typelem as a bare OID (for non-array types such as name, whose typelem is "char"). */
        public Builder typelem(int v) {
            typelem = v;
            return this;
        }

        /** The element type of an array type. */
        public Builder element(PgType v) {
            element = v;
            return this;
        }

        /** typarray. */
        public Builder typarray(int v) {
            typarray = v;
            return this;
        }

        /** typinput, typoutput, typreceive, typsend. */
        public Builder io(String input, String output, String receive, String send) {
            typinput = input;
            typoutput = output;
            typreceive = receive;
            typsend = send;
            return this;
        }

        /** typmodin and typmodout. */
        public Builder typmod(String in, String out) {
            typmodin = in;
            typmodout = out;
            return this;
        }

        /** typalign. */
        public Builder typalign(char v) {
            typalign = v;
            return this;
        }

        /** typstorage. */
        public Builder typstorage(char v) {
            typstorage = v;
            return this;
        }

        /** The codec. */
        public Builder codec(TypeCodec<?> v) {
            codec = v;
            return this;
        }

        /** format_type name without typmod (defaults to typname). */
        public Builder sqlName(String v) {
            sqlName = v;
            return this;
        }

        /** format_type name for typmod -1 when it differs from {@link #sqlName} (bpchar). */
        public Builder noTypmodName(String v) {
            noTypmodName = v;
            return this;
        }

        /** Renders names with a typmod. */
        public Builder typmodFormatter(TypmodFormatter v) {
            typmodFormatter = v;
            return this;
        }

        /** How modifiers apply to values and how they are computed from their SQL spelling. */
        public Builder typmodRules(TypmodCoercion coercion, TypmodInput input) {
            typmodCoercion = coercion;
            typmodInput = input;
            return this;
        }

        /** Builds the type. */
        public PgType build() {
            return new PgType(this);
        }
    }
}
