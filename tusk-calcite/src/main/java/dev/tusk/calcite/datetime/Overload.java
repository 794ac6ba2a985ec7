package dev.tusk.calcite.datetime;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/**
 * One signature of a Tusk-owned datetime operator and the public static method implementing it.
 *
 * @param params the PostgreSQL kinds of the operands
 * @param result the PostgreSQL kind of the result
 * @param method the implementation; its parameters are the operands' Java classes
 * @param mayReturnNull whether it may return NULL for operands that are not NULL
 */
public record Overload(List<ArgKind> params, ArgKind result, Method method, boolean mayReturnNull) {
    /** Validates the method's shape against the signature. */
    public Overload {
        params = List.copyOf(params);
        if (!Modifier.isStatic(method.getModifiers()) || !Modifier.isPublic(method.getModifiers())) {
            throw new IllegalArgumentException(method + " must be public static");
        }
    }

    /** The overload implemented by {@code owner.name(params' Java classes)}, NULL only for a NULL operand. */
    public static Overload of(Class<?> owner, String name, ArgKind result, ArgKind... params) {
        return create(owner, name, result, false, params);
    }

    /** An overload whose method returns NULL for some operands that are not NULL. */
    public static Overload nullable(Class<?> owner, String name, ArgKind result, ArgKind... params) {
        return create(owner, name, result, true, params);
    }

    private static Overload create(Class<?> owner, String name, ArgKind result, boolean nullable, ArgKind... params) {
        Class<?>[] classes = Arrays.stream(params).map(ArgKind::javaClass).toArray(Class<?>[]::new);
        Method m;
        try {
            m = owner.getMethod(name, classes);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("no method " + owner.getSimpleName() + "." + name, e);
        }
        if (!nullable && !m.getReturnType().isPrimitive() && !result.javaClass().equals(m.getReturnType())) {
            throw new IllegalArgumentException(m + " returns a boxed value: declare the overload nullable");
        }
        return new Overload(List.of(params), result, m, nullable);
    }
}
