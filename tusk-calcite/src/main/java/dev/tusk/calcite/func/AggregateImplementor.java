package dev.tusk.calcite.func;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.AggAddContext;
import org.apache.calcite.adapter.enumerable.AggContext;
import org.apache.calcite.adapter.enumerable.AggImplementor;
import org.apache.calcite.adapter.enumerable.AggResetContext;
import org.apache.calcite.adapter.enumerable.AggResultContext;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.adapter.enumerable.RexToLixTranslator;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rex.RexNode;

/**
 * Generates an aggregate's code around its {@link Accumulator}: a new one per group, {@code add} with each row's
 * arguments (NULLs included; the FILTER clause applied), {@code result} converted to the call's type.
 */
final class AggregateImplementor implements AggImplementor {
    private static final JavaTypeFactory TYPES = new dev.tusk.calcite.type.PgJavaTypeFactory();

    private final OverloadResolver.Resolution resolution;

    AggregateImplementor(OverloadResolver.Resolution resolution) {
        this.resolution = resolution;
    }

    @Override
    public List<Type> getStateType(AggContext info) {
        return List.of(Accumulator.class);
    }

    @Override
    public void implementReset(AggContext info, AggResetContext reset) {
        java.lang.reflect.Method factory = resolution.signature().method();
        Expression create;
        if (factory.getParameterCount() == 1) {
            // the factory wants the arguments' PostgreSQL types (json_agg formats by type)
            List<Expression> oids = new ArrayList<>();
            resolution.argTypes().forEach(t -> oids.add(Expressions.constant(t.oid())));
            create = Expressions.call(factory, Expressions.newArrayInit(int.class, oids));
        } else {
            create = Expressions.call(factory);
        }
        reset.currentBlock()
                .add(Expressions.statement(
                        Expressions.assign(reset.accumulator().get(0), create)));
    }

    @Override
    public void implementAdd(AggContext info, AggAddContext add) {
        List<Expression> args = new ArrayList<>();
        for (int i = 0; i < add.arguments().size(); i++) {
            args.add(FunctionImplementor.argument(
                    resolution, i, add.rexArguments().get(i), add.arguments().get(i), Object.class));
        }
        Expression call =
                Expressions.call(add.accumulator().get(0), "add", Expressions.newArrayInit(Object.class, args));
        RexNode filter = add.rexFilterArgument();
        if (filter == null) {
            add.currentBlock().add(Expressions.statement(call));
            return;
        }
        RexToLixTranslator translator = add.rowTranslator();
        Expression condition = translator
                .translateList(List.of(filter), RexImpTable.NullAs.FALSE)
                .get(0);
        BlockBuilder then = new BlockBuilder(true, add.currentBlock());
        then.add(Expressions.statement(call));
        add.currentBlock().add(Expressions.ifThen(condition, then.toBlock()));
    }

    @Override
    public Expression implementResult(AggContext info, AggResultContext result) {
        Type javaType = TYPES.getJavaClass(info.returnRelType());
        return EnumUtils.convert(Expressions.call(result.accumulator().get(0), "result"), javaType);
    }
}
