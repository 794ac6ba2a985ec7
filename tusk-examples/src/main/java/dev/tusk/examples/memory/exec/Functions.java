package dev.tusk.examples.memory.exec;

import dev.tusk.examples.memory.sql.Expr;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The scalar functions the example backend offers: version, current_setting, pg_sleep, pg_notify, now,
 * current_user and friends, lower, upper, length, abs, coalesce. Aggregates and generate_series are
 * handled by the SELECT planner; anywhere else they are rejected.
 */
public final class Functions {

    /** The aggregate functions, allowed only as whole select-list items. */
    public static final Set<String> AGGREGATES = Set.of("count", "sum", "min", "max", "avg");

    /** The text pg_sleep and pg_notify return: void, whose text form is empty (not NULL). */
    public static final String VOID = "";

    private Functions() {}

    /** Compiles a call; 42883 when there is no such function for these argument types. */
    static Compiled compile(Expr.FuncCall f, ExprCompiler c) {
        String name = f.name();
        if (AGGREGATES.contains(name)) {
            throw PgException.builder(
                            SqlState.FEATURE_NOT_SUPPORTED,
                            "feature not supported by the Tusk example backend: aggregate " + name
                                    + "() inside an expression or clause")
                    .position(f.position())
                    .build();
        }
        if (name.equals("generate_series")) {
            throw PgException.builder(
                            SqlState.FEATURE_NOT_SUPPORTED,
                            "feature not supported by the Tusk example backend: generate_series() inside an"
                                    + " expression")
                    .position(f.position())
                    .build();
        }
        List<Compiled> args = new ArrayList<>();
        List<PgType> hints = hints(name, f.args().size());
        for (int i = 0; i < f.args().size(); i++) {
            args.add(c.compile(f.args().get(i), hints.get(i)));
        }
        return switch (name + "/" + args.size()) {
            case "version/0" -> new Compiled(BuiltinTypes.TEXT, -1, (row, cx) -> version(cx));
            case "current_setting/1", "current_setting/2" -> currentSetting(args);
            case "pg_sleep/1" -> sleep(cast(args.get(0), BuiltinTypes.FLOAT8));
            case "pg_notify/2" -> notify(cast(args.get(0), BuiltinTypes.TEXT), cast(args.get(1), BuiltinTypes.TEXT));
            case "now/0", "current_timestamp/0", "transaction_timestamp/0", "statement_timestamp/0" ->
                new Compiled(BuiltinTypes.TIMESTAMPTZ, -1, (row, cx) -> OffsetDateTime.now(Clock.systemUTC()));
            case "current_user/0", "session_user/0", "user/0" ->
                new Compiled(BuiltinTypes.NAME, -1, (row, cx) -> cx.session().user());
            case "current_database/0", "current_catalog/0" ->
                new Compiled(BuiltinTypes.NAME, -1, (row, cx) -> cx.session().database());
            case "current_schema/0" -> Compiled.constant(BuiltinTypes.NAME, "public");
            case "pg_backend_pid/0" ->
                new Compiled(BuiltinTypes.INT4, -1, (row, cx) -> cx.session().processId());
            case "lower/1", "upper/1" -> caseFunction(name, cast(args.get(0), BuiltinTypes.TEXT));
            case "length/1", "char_length/1" -> length(cast(args.get(0), BuiltinTypes.TEXT));
            case "abs/1" -> abs(args.get(0), f);
            default -> {
                if (name.equals("coalesce") && !args.isEmpty()) {
                    yield coalesce(args, f);
                }
                throw noFunction(f, args);
            }
        };
    }

    private static List<PgType> hints(String name, int n) {
        List<PgType> hints = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hints.add(
                    switch (name) {
                        case "pg_sleep" -> BuiltinTypes.FLOAT8;
                        case "current_setting", "pg_notify", "lower", "upper", "length", "char_length" ->
                            i == 1 && name.equals("current_setting") ? BuiltinTypes.BOOL : BuiltinTypes.TEXT;
                        default -> null;
                    });
        }
        return hints;
    }

    private static Compiled cast(Compiled c, PgType to) {
        return ExprCompiler.castTo(c, to, -1);
    }

    /** 42883 {@code function foo(integer) does not exist}. */
    static PgException noFunction(Expr.FuncCall f, List<Compiled> args) {
        StringBuilder sig = new StringBuilder(f.name()).append('(');
        for (int i = 0; i < args.size(); i++) {
            sig.append(i == 0 ? "" : ", ").append(args.get(i).type().formatType());
        }
        sig.append(')');
        return PgException.builder(SqlState.UNDEFINED_FUNCTION, "function " + sig + " does not exist")
                .hint("No function matches the given name and argument types. You might need to add explicit type"
                        + " casts.")
                .position(f.position())
                .build();
    }

    private static String version(EvalContext cx) {
        String v = cx.session().setting("server_version");
        return "PostgreSQL " + (v == null ? "15.0" : v) + " (Tusk example in-memory backend) on "
                + System.getProperty("os.arch", "unknown") + ", compiled by Java";
    }

    private static Compiled currentSetting(List<Compiled> args) {
        Compiled name = cast(args.get(0), BuiltinTypes.TEXT);
        Compiled missingOk = args.size() > 1 ? cast(args.get(1), BuiltinTypes.BOOL) : null;
        return new Compiled(BuiltinTypes.TEXT, -1, (row, cx) -> {
            Object n = name.eval(row, cx);
            if (n == null) {
                return null;
            }
            String value = cx.state().setting((String) n);
            if (value == null) {
                if (missingOk != null && Boolean.TRUE.equals(missingOk.eval(row, cx))) {
                    return null;
                }
                throw new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + n + "\"");
            }
            return value;
        });
    }

    private static Compiled sleep(Compiled seconds) {
        return new Compiled(BuiltinTypes.VOID, -1, (row, cx) -> {
            Object s = seconds.eval(row, cx);
            if (s != null) {
                sleep((Double) s, cx);
            }
            return VOID;
        });
    }

    /** Sleeps, waking every 10 ms to honour a cancel request. */
    private static void sleep(double seconds, EvalContext cx) {
        long end = System.nanoTime() + (long) (Math.max(0, Math.min(seconds, 1e9)) * 1e9);
        while (true) {
            cx.execution().checkCancelled();
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                Thread.sleep(Math.min(10, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cx.execution().checkCancelled();
                throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request", e);
            }
        }
    }

    private static Compiled notify(Compiled channel, Compiled payload) {
        return new Compiled(BuiltinTypes.VOID, -1, (row, cx) -> {
            Object ch = channel.eval(row, cx);
            Object p = payload.eval(row, cx);
            if (ch == null || ((String) ch).isEmpty()) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "channel name cannot be empty");
            }
            cx.state().notify((String) ch, p == null ? "" : (String) p);
            return VOID;
        });
    }

    private static Compiled caseFunction(String name, Compiled arg) {
        boolean upper = name.equals("upper");
        return new Compiled(BuiltinTypes.TEXT, -1, (row, cx) -> {
            Object v = arg.eval(row, cx);
            if (v == null) {
                return null;
            }
            return upper ? ((String) v).toUpperCase(Locale.ROOT) : ((String) v).toLowerCase(Locale.ROOT);
        });
    }

    private static Compiled length(Compiled arg) {
        return new Compiled(BuiltinTypes.INT4, -1, (row, cx) -> {
            Object v = arg.eval(row, cx);
            return v == null ? null : ((String) v).codePointCount(0, ((String) v).length());
        });
    }

    private static Compiled abs(Compiled arg, Expr.FuncCall f) {
        Compiled x = Types.isUnknown(arg.type()) ? cast(arg, BuiltinTypes.FLOAT8) : arg;
        PgType t = x.type();
        if (Types.numericRank(t) < 0) {
            throw noFunction(f, List.of(arg));
        }
        return new Compiled(t, -1, (row, cx) -> {
            Object v = x.eval(row, cx);
            if (v == null) {
                return null;
            }
            if (v instanceof BigDecimal d) {
                return d.abs();
            }
            return Values.compare(v, 0) < 0 ? Operators.negate(v, t) : v;
        });
    }

    private static Compiled coalesce(List<Compiled> args, Expr.FuncCall f) {
        PgType t = null;
        for (Compiled a : args) {
            if (!Types.isUnknown(a.type())) {
                if (t == null || Types.numericRank(a.type()) > Types.numericRank(t)) {
                    t = a.type();
                }
            }
        }
        PgType type = t == null ? BuiltinTypes.TEXT : t;
        List<Compiled> cast = args.stream().map(a -> cast(a, type)).toList();
        return new Compiled(type, -1, (row, cx) -> {
            for (Compiled a : cast) {
                Object v = a.eval(row, cx);
                if (v != null) {
                    return v;
                }
            }
            return null;
        });
    }
}
