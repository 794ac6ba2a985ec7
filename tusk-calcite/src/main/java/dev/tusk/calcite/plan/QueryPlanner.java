package dev.tusk.calcite.plan;

import dev.tusk.calcite.datetime.DatetimeCheck;
import dev.tusk.calcite.datetime.DatetimeConvertlets;
import dev.tusk.calcite.datetime.DatetimeLowering;
import dev.tusk.calcite.datetime.DatetimeRewriter;
import dev.tusk.calcite.func.ArithmeticRewriter;
import dev.tusk.calcite.func.NumericCast;
import dev.tusk.calcite.parser.PgConformance;
import dev.tusk.calcite.parser.PgTypeNameSpec;
import dev.tusk.calcite.sql.PgOperatorTable;
import dev.tusk.calcite.sql.PgRewriter;
import dev.tusk.calcite.sql.PgValidator;
import dev.tusk.calcite.sql.SessionVariables;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.calcite.type.PgTypeResolution;
import dev.tusk.calcite.type.PgTypes;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.TypeRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableInterpretable;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.plan.ConventionTraitDef;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.plan.volcano.VolcanoPlanner;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelCollationTraitDef;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.runtime.Bindable;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.apache.calcite.tools.Program;
import org.apache.calcite.tools.Programs;

/**
 * Plans PostgreSQL queries with Calcite's own APIs (validate, convert to relational algebra, optimise with the
 * Volcano planner to the Enumerable convention, generate code), not through Calcite's JDBC driver.
 */
public final class QueryPlanner {
    /**
     * Whether RowDescription names the table and column a result column comes from. pgjdbc answers
     * ResultSetMetaData calls for such columns by querying pg_class and pg_attribute, which come with the catalog
     * (issue 5); until then the origins stay 0, as for computed columns.
     */
    static final boolean REPORT_TABLE_ORIGINS = false;

    private final JavaTypeFactory types;
    private final PgOperatorTable operators;
    private final CalciteConnectionConfigImpl config;

    /** Creates a planner. */
    public QueryPlanner(JavaTypeFactory types, PgOperatorTable operators) {
        this.types = types;
        this.operators = operators;
        Properties p = new Properties();
        p.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "true");
        this.config = new CalciteConnectionConfigImpl(p);
    }

    /**
     * Compiles a parsed query.
     *
     * @param query the parse tree (SELECT, VALUES, WITH ...)
     * @param declaredTypes the parameter types the client declared in Parse (0 = unspecified)
     * @param searchPath the schemas unqualified names are looked up in, in order
     * @param root the schema tree of the catalog version the query runs against
     */
    public CompiledQuery compile(SqlNode query, int[] declaredTypes, List<String> searchPath, CalciteSchema root) {
        return compile(query, declaredTypes, searchPath, root, null);
    }

    /**
     * Compiles a parsed query, telling {@code used} about each table and view the query itself names (not those
     * inside the views it reads): CREATE VIEW records them as the view's dependencies.
     */
    public CompiledQuery compile(
            SqlNode query,
            int[] declaredTypes,
            List<String> searchPath,
            CalciteSchema root,
            java.util.function.Consumer<org.apache.calcite.schema.Table> used) {
        SqlNode rewritten = PgRewriter.rewrite(query);
        rewritten = SessionVariables.substitute(rewritten, searchPath);
        rewritten = castDeclaredParameters(rewritten, declaredTypes);
        // datetime step 1 of 3: typed literals, clock keywords, EXTRACT and arithmetic become Tusk's
        rewritten = DatetimeRewriter.rewrite(rewritten);
        PgCatalogReader catalog = catalogReader(root, searchPath, used);
        SqlValidator validator = validator(catalog);
        SqlNode validated = validator.validate(rewritten);
        List<PgTypeRef> parameterTypes = parameterTypes(validator, validated, declaredTypes);

        VolcanoPlanner planner = new VolcanoPlanner();
        planner.addRelTraitDef(ConventionTraitDef.INSTANCE);
        planner.addRelTraitDef(RelCollationTraitDef.INSTANCE);
        RelOptUtil.registerDefaultRules(planner, false, false);
        planner.addRule(IndexLookupRule.INSTANCE);
        RelOptCluster cluster = RelOptCluster.create(planner, new PgRexBuilder(types));
        SqlToRelConverter converter = converter(new ViewExpansion(this, root, cluster), validator, catalog, cluster);
        RelRoot relRoot = converter.convertQuery(validated, false, true);
        relRoot = relRoot.withRel(converter.decorrelate(validated, relRoot.rel));
        relRoot = relRoot.withRel(ArithmeticRewriter.rewrite(relRoot.rel));
        relRoot = relRoot.withRel(dev.tusk.calcite.func.VolatileCalls.apply(relRoot.rel));
        RelCollation collation = relRoot.collation;
        if (!relRoot.isRefTrivial() && !collation.getFieldCollations().isEmpty()) {
            // ORDER BY an expression the select list does not return (ORDER BY lower(x)): sort before the
            // projection drops the sort key, whose index the root collation would otherwise point past
            relRoot = relRoot.withRel(LogicalSort.create(relRoot.rel, collation, null, null));
            collation = RelCollations.EMPTY;
        }
        RelNode logical = relRoot.project();
        // datetime step 2 of 3: nothing Calcite would compute in milliseconds goes into optimisation
        logical = DatetimeLowering.apply(logical);
        Program program = Programs.standard();
        RelTraitSet traits = logical.getTraitSet()
                .replace(EnumerableConvention.INSTANCE)
                .replace(collation)
                .simplify();
        RelNode physical = program.run(planner, logical, traits, List.of(), List.of());
        // datetime step 3 of 3: nothing Calcite would compute in milliseconds came out of optimisation
        DatetimeCheck.verify(physical);
        Map<String, Object> internals = new HashMap<>();
        String planText = RelOptUtil.toString(physical);
        physical = CancelCheck.insert(physical);
        @SuppressWarnings("unchecked")
        Bindable<Object> bindable = (Bindable<Object>) (Bindable<?>) EnumerableInterpretable.toBindable(
                internals, null, (EnumerableRel) physical, EnumerableRel.Prefer.ARRAY);
        List<CompiledQuery.ResultColumn> columns = new ArrayList<>();
        RelDataType rowType = relRoot.validatedRowType;
        List<PgTypeRef> written = ResultTypes.writtenTypes(validated, rowType);
        org.apache.calcite.rel.metadata.RelMetadataQuery mq = cluster.getMetadataQuery();
        for (int i = 0; i < rowType.getFieldCount(); i++) {
            RelDataTypeField f = rowType.getFieldList().get(i);
            PgTypeRef type = written.get(i) != null ? written.get(i) : PgTypes.fromRelDataType(f.getType());
            int tableOid = 0;
            short attnum = 0;
            org.apache.calcite.rel.metadata.RelColumnOrigin origin = mq.getColumnOrigin(logical, i);
            if (origin != null && !origin.isDerived()) {
                dev.tusk.calcite.catalog.PgColumnTypes table =
                        origin.getOriginTable().unwrap(dev.tusk.calcite.catalog.PgColumnTypes.class);
                int ordinal = origin.getOriginColumnOrdinal();
                PgTypeRef columnType = table == null ? null : table.columnType(ordinal);
                if (columnType != null) {
                    if (REPORT_TABLE_ORIGINS) {
                        tableOid = table.relationOid();
                        attnum = (short) table.attnum(ordinal);
                    }
                    if (written.get(i) == null) {
                        type = columnType;
                    }
                }
            }
            columns.add(new CompiledQuery.ResultColumn(f.getName(), type, tableOid, attnum));
        }
        return new CompiledQuery(
                bindable, physical.getRowType(), parameterTypes, columns, internals, indexLookups(physical), planText);
    }

    /** The names of the indexes a physical plan reads through, in plan order. */
    private static List<String> indexLookups(RelNode physical) {
        List<String> out = new ArrayList<>();
        new org.apache.calcite.rel.RelVisitor() {
            @Override
            public void visit(RelNode node, int ordinal, RelNode parent) {
                if (node instanceof TuskIndexLookup l) {
                    out.add(l.index().name());
                }
                super.visit(node, ordinal, parent);
            }
        }.go(physical);
        return List.copyOf(out);
    }

    /** A catalog reader over {@code root} searching {@code searchPath}, reporting the tables it hands out. */
    PgCatalogReader catalogReader(
            CalciteSchema root,
            List<String> searchPath,
            java.util.function.Consumer<org.apache.calcite.schema.Table> used) {
        List<List<String>> paths = new ArrayList<>();
        for (String schema : searchPath) {
            paths.add(List.of(schema));
        }
        paths.add(List.of());
        return new PgCatalogReader(root, paths, types, config, used);
    }

    /** A validator with PostgreSQL's conformance and operators. */
    SqlValidator validator(PgCatalogReader catalog) {
        return new PgValidator(
                operators,
                catalog,
                types,
                SqlValidator.Config.DEFAULT
                        .withConformance(PgConformance.INSTANCE)
                        .withIdentifierExpansion(true)
                        .withCallRewrite(true)
                        .withDefaultNullCollation(org.apache.calcite.config.NullCollation.HIGH)
                        .withTypeCoercionFactory(dev.tusk.calcite.func.PgTypeCoercion::new));
    }

    /** A converter to relational algebra, with Tusk's datetime convertlets and view expansion. */
    SqlToRelConverter converter(
            ViewExpansion views, SqlValidator validator, PgCatalogReader catalog, RelOptCluster cluster) {
        return new SqlToRelConverter(
                views,
                validator,
                catalog,
                cluster,
                DatetimeConvertlets.INSTANCE,
                SqlToRelConverter.config().withTrimUnusedFields(true).withExpand(false));
    }

    /** Types declared in Parse win: {@code $n} becomes {@code CAST($n AS declared)} before validation. */
    private static SqlNode castDeclaredParameters(SqlNode node, int[] declaredTypes) {
        if (declaredTypes == null || declaredTypes.length == 0) {
            return node;
        }
        SqlNode out = node.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlDynamicParam param) {
                int i = param.getIndex();
                if (i >= declaredTypes.length || declaredTypes[i] == 0) {
                    return param;
                }
                var type = TypeRegistry.builtins()
                        .byOid(declaredTypes[i])
                        .orElseThrow(() -> new PgException(
                                SqlState.UNDEFINED_OBJECT,
                                "type with OID " + Integer.toUnsignedString(declaredTypes[i]) + " does not exist"));
                if (type.oid() == BuiltinTypes.NUMERIC.oid()) {
                    // PostgreSQL keeps a numeric's own scale; a CAST would rescale it to the type's (500 digits)
                    return NumericCast.OPERATOR.createCall(param.getParserPosition(), param);
                }
                String name = type.isArray() ? type.elementType().typname() : type.typname();
                PgTypeNameSpec spec = new PgTypeNameSpec(
                        List.of(name), false, List.of(), null, null, type.isArray() ? 1 : 0, param.getParserPosition());
                return SqlStdOperatorTable.CAST.createCall(
                        param.getParserPosition(), param, new SqlDataTypeSpec(spec, param.getParserPosition()));
            }
        });
        return out == null ? node : out;
    }

    private static List<PgTypeRef> parameterTypes(SqlValidator validator, SqlNode validated, int[] declared) {
        Map<Integer, PgTypeRef> byIndex = new HashMap<>();
        java.util.Set<SqlNode> castOperands = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<Integer, PgTypeRef> castTo = new HashMap<>();
        validated.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlDynamicParam param) {
                RelDataType t = validator.getValidatedNodeTypeIfKnown(param);
                if (t != null) {
                    PgTypeRef ref = PgTypes.fromRelDataType(t);
                    org.apache.calcite.sql.type.SqlTypeName name = t.getSqlTypeName();
                    // a parameter cast to varchar(n) (assigned to such a column) is varchar, as in PostgreSQL
                    boolean sized =
                            castOperands.contains(param) && t.getPrecision() != RelDataType.PRECISION_NOT_SPECIFIED;
                    if (name == org.apache.calcite.sql.type.SqlTypeName.VARCHAR && sized) {
                        ref = PgTypeRef.of(BuiltinTypes.VARCHAR); // assigned to a varchar(n) column
                    } else if (name == org.apache.calcite.sql.type.SqlTypeName.CHAR && sized) {
                        ref = PgTypeRef.of(BuiltinTypes.BPCHAR);
                    } else if (ref.type() == BuiltinTypes.VARCHAR || ref.type() == BuiltinTypes.BPCHAR) {
                        ref = PgTypeRef.of(BuiltinTypes.TEXT); // an unconstrained parameter is text, as in PostgreSQL
                    }
                    byIndex.putIfAbsent(param.getIndex(), ref);
                }
                return null;
            }

            @Override
            public Void visit(SqlCall call) {
                if (call.getKind() == org.apache.calcite.sql.SqlKind.CAST && call.operandCount() > 0) {
                    castOperands.add(call.operand(0));
                }
                // CAST($n AS json): the parameter has the type the cast names, which Calcite's type may not tell
                // (json, jsonb and other types Calcite holds as strings), as a parameter of x::type has in PostgreSQL
                if (call.getKind() == SqlKind.CAST
                        && call.operandCount() == 2
                        && call.operand(0) instanceof SqlDynamicParam param
                        && call.operand(1) instanceof SqlDataTypeSpec spec
                        && spec.getTypeNameSpec() instanceof PgTypeNameSpec pg) {
                    try {
                        castTo.putIfAbsent(
                                param.getIndex(),
                                PgTypeRef.of(PgTypeResolution.resolve(pg).type()));
                    } catch (RuntimeException e) {
                        // an unknown type name fails validation before this; keep Calcite's type
                    }
                }
                return super.visit(call);
            }
        });
        byIndex.putAll(castTo);
        int n = declared == null ? 0 : declared.length;
        for (int i : byIndex.keySet()) {
            n = Math.max(n, i + 1);
        }
        List<PgTypeRef> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (declared != null && i < declared.length && declared[i] != 0) {
                int oid = declared[i];
                out.add(PgTypeRef.of(TypeRegistry.builtins().byOid(oid).orElseThrow()));
            } else if (byIndex.containsKey(i)) {
                out.add(byIndex.get(i));
            } else {
                throw new PgException(
                        SqlState.INDETERMINATE_DATATYPE, "could not determine data type of parameter $" + (i + 1));
            }
        }
        return out;
    }
}
