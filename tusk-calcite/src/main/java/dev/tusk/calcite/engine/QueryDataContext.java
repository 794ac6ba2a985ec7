package dev.tusk.calcite.engine;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.schema.SchemaPlus;

/** What one execution of generated code can read: parameters, the statement's timestamp, the cancel flag. */
public final class QueryDataContext implements DataContext {
    private final SchemaPlus root;
    private final JavaTypeFactory types;
    private final Map<String, Object> values = new HashMap<>();

    /** Creates the context of one execution; {@code extra} adds Tusk's own variables (the snapshot). */
    public QueryDataContext(
            SchemaPlus root,
            JavaTypeFactory types,
            Object[] parameters,
            long nowMillis,
            TimeZone zone,
            AtomicBoolean cancel,
            String user,
            Map<String, Object> extra) {
        this.root = root;
        this.types = types;
        for (int i = 0; i < parameters.length; i++) {
            values.put("?" + i, parameters[i]);
        }
        long local = nowMillis + zone.getOffset(nowMillis);
        values.put(Variable.UTC_TIMESTAMP.camelName, nowMillis);
        values.put(Variable.CURRENT_TIMESTAMP.camelName, local);
        values.put(Variable.LOCAL_TIMESTAMP.camelName, local);
        values.put(Variable.SYS_TIMESTAMP.camelName, nowMillis);
        values.put(Variable.TIME_ZONE.camelName, zone);
        values.put(Variable.LOCALE.camelName, Locale.ROOT);
        values.put(Variable.CANCEL_FLAG.camelName, cancel);
        values.put(Variable.USER.camelName, user);
        values.put(Variable.SYSTEM_USER.camelName, user);
        values.putAll(extra);
    }

    @Override
    public SchemaPlus getRootSchema() {
        return root;
    }

    @Override
    public JavaTypeFactory getTypeFactory() {
        return types;
    }

    @Override
    public QueryProvider getQueryProvider() {
        return null;
    }

    @Override
    public Object get(String name) {
        return values.get(name);
    }
}
