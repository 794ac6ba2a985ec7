package dev.tusk.calcite.engine;

import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.schema.SchemaPlus;

/**
 * What one execution of generated code can read: parameters, the statement's timestamp, the cancel flag. Made
 * for every execution, so it holds its inputs as they are and answers {@link #get} by name without a map.
 */
public final class QueryDataContext implements DataContext {
    private final SchemaPlus root;
    private final JavaTypeFactory types;
    private final Object[] parameters;
    private final long nowMillis;
    private final TimeZone zone;
    private final AtomicBoolean cancel;
    private final String user;
    private final Map<String, Object> extra;

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
        this.parameters = parameters;
        this.nowMillis = nowMillis;
        this.zone = zone;
        this.cancel = cancel;
        this.user = user;
        this.extra = extra;
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
        if (name.length() > 1 && name.charAt(0) == '?') {
            int i = parameterIndex(name);
            return i >= 0 && i < parameters.length ? parameters[i] : null;
        }
        Object v = extra.get(name);
        if (v != null) {
            return v;
        }
        if (name.equals(Variable.UTC_TIMESTAMP.camelName) || name.equals(Variable.SYS_TIMESTAMP.camelName)) {
            return nowMillis;
        }
        if (name.equals(Variable.CURRENT_TIMESTAMP.camelName) || name.equals(Variable.LOCAL_TIMESTAMP.camelName)) {
            return nowMillis + zone.getOffset(nowMillis);
        }
        if (name.equals(Variable.TIME_ZONE.camelName)) {
            return zone;
        }
        if (name.equals(Variable.LOCALE.camelName)) {
            return Locale.ROOT;
        }
        if (name.equals(Variable.CANCEL_FLAG.camelName)) {
            return cancel;
        }
        if (name.equals(Variable.USER.camelName) || name.equals(Variable.SYSTEM_USER.camelName)) {
            return user;
        }
        return null;
    }

    private static final java.util.concurrent.ConcurrentHashMap<java.time.ZoneId, TimeZone> ZONES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The TimeZone of a zone, made once (TimeZone.getTimeZone builds a new one at every call); never modify it. */
    public static TimeZone timeZone(java.time.ZoneId zone) {
        TimeZone tz = ZONES.get(zone);
        if (tz == null) {
            if (ZONES.size() > 1000) {
                return TimeZone.getTimeZone(zone);
            }
            tz = ZONES.computeIfAbsent(zone, TimeZone::getTimeZone);
        }
        return tz;
    }

    /** The index in "?12", or -1. */
    private static int parameterIndex(String name) {
        int i = 0;
        for (int k = 1; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c < '0' || c > '9' || k > 9) {
                return -1;
            }
            i = i * 10 + (c - '0');
        }
        return i;
    }
}
