package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import dev.tusk.types.TypeRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the overload a call means by PostgreSQL's rules for function calls (the "Type Conversion: Functions"
 * chapter of its manual): an exact match, else the candidates every argument can be coerced to implicitly, narrowed
 * by exact matches, then by preferred types where a conversion is needed, then by the categories unknown literals
 * can take; then resolves polymorphic parameters.
 */
public final class OverloadResolver {
    private static final PgType UNKNOWN = BuiltinTypes.UNKNOWN;

    private OverloadResolver() {}

    /**
     * A chosen overload and the concrete types of its call.
     *
     * @param signature the overload
     * @param actualTypes the type of each argument as written ({@code unknown} for an untyped literal)
     * @param argTypes the type each argument is coerced to ({@code "any"} positions keep the argument's own type)
     * @param result the concrete result type
     */
    public record Resolution(PgSignature signature, List<PgType> actualTypes, List<PgType> argTypes, PgType result) {
        /** Validates the components. */
        public Resolution {
            actualTypes = List.copyOf(actualTypes);
            argTypes = List.copyOf(argTypes);
        }
    }

    /** The overload of {@code name} to call with arguments of {@code argTypes} (UNKNOWN for an untyped literal). */
    public static Resolution resolve(String name, List<PgSignature> overloads, List<PgType> argTypes) {
        return resolve(name, overloads, argTypes, false);
    }

    /**
     * As {@link #resolve(String, List, List)}; for an operator ({@code operator}), an untyped operand of a binary
     * operator is first assumed to have the other operand's type, and errors name the operator.
     */
    public static Resolution resolve(
            String name, List<PgSignature> overloads, List<PgType> argTypes, boolean operator) {
        int n = argTypes.size();
        List<PgSignature> byCount = new ArrayList<>();
        List<List<PgParamType>> declared = new ArrayList<>();
        for (PgSignature s : overloads) {
            List<PgParamType> d = s.expand(n);
            if (d != null) {
                byCount.add(s);
                declared.add(d);
            }
        }
        // an exact match
        for (int c = 0; c < byCount.size(); c++) {
            if (exact(declared.get(c), argTypes)) {
                return finish(name, byCount.get(c), declared.get(c), argTypes);
            }
        }
        // an operator with one untyped operand: the exact match assuming both have the other's type
        if (operator && argTypes.size() == 2 && unknown(argTypes.get(0)) != unknown(argTypes.get(1))) {
            PgType known = unknown(argTypes.get(0)) ? argTypes.get(1) : argTypes.get(0);
            for (int c = 0; c < byCount.size(); c++) {
                if (exact(declared.get(c), List.of(known, known))) {
                    return finish(name, byCount.get(c), declared.get(c), argTypes);
                }
            }
        }
        // the candidates every argument coerces to
        List<Integer> coercible = new ArrayList<>();
        for (int c = 0; c < byCount.size(); c++) {
            if (canCoerce(argTypes, declared.get(c))) {
                coercible.add(c);
            }
        }
        if (coercible.isEmpty()) {
            throw operator ? operatorNotFound(name, argTypes) : notFound(name, argTypes);
        }
        if (coercible.size() > 1) {
            coercible = selectCandidate(argTypes, declared, coercible);
            if (coercible.size() != 1) {
                if (operator) {
                    throw PgException.builder(
                                    SqlState.AMBIGUOUS_FUNCTION,
                                    "operator is not unique: " + operatorCall(name, argTypes))
                            .hint("Could not choose a best candidate operator. You might need to add explicit type"
                                    + " casts.")
                            .build();
                }
                throw PgException.builder(
                                SqlState.AMBIGUOUS_FUNCTION,
                                "function " + name + "(" + typeList(argTypes) + ") is not unique")
                        .hint("Could not choose a best candidate function. You might need to add explicit type casts.")
                        .build();
            }
        }
        int c = coercible.get(0);
        return finish(name, byCount.get(c), declared.get(c), argTypes);
    }

    /** The error PostgreSQL reports when no overload takes these arguments. */
    public static PgException notFound(String name, List<PgType> argTypes) {
        return PgException.builder(
                        SqlState.UNDEFINED_FUNCTION, "function " + name + "(" + typeList(argTypes) + ") does not exist")
                .hint("No function matches the given name and argument types. You might need to add explicit type"
                        + " casts.")
                .build();
    }

    /** The error PostgreSQL reports when no operator of this name takes these operands. */
    public static PgException operatorNotFound(String name, List<PgType> argTypes) {
        return PgException.builder(
                        SqlState.UNDEFINED_FUNCTION, "operator does not exist: " + operatorCall(name, argTypes))
                .hint("No operator matches the given name and argument types. You might need to add explicit type"
                        + " casts.")
                .build();
    }

    private static String operatorCall(String name, List<PgType> argTypes) {
        return argTypes.size() == 1
                ? name + " " + argTypes.get(0).formatType()
                : argTypes.get(0).formatType() + " " + name + " "
                        + argTypes.get(1).formatType();
    }

    /** Argument types as PostgreSQL lists them in messages: {@code integer, unknown, text[]}. */
    public static String typeList(List<PgType> types) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < types.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(types.get(i).formatType());
        }
        return sb.toString();
    }

    private static boolean exact(List<PgParamType> declared, List<PgType> args) {
        for (int i = 0; i < args.size(); i++) {
            if (!(declared.get(i) instanceof PgParamType.Concrete c)
                    || c.type().oid() != args.get(i).oid()) {
                return false;
            }
        }
        return true;
    }

    private static boolean canCoerce(List<PgType> args, List<PgParamType> declared) {
        for (int i = 0; i < args.size(); i++) {
            PgType a = args.get(i);
            PgParamType d = declared.get(i);
            if (d instanceof PgParamType.Concrete c) {
                if (!ImplicitCasts.canCoerce(a, c.type())) {
                    return false;
                }
            } else if (d instanceof PgParamType.Pseudo p && p.isArray() && !unknown(a) && !a.isArray()) {
                return false;
            }
        }
        return polymorphicElement(args, declared, false) != null;
    }

    /** func_select_candidate: narrows several coercible candidates to the best, or to none when ambiguous. */
    private static List<Integer> selectCandidate(
            List<PgType> args, List<List<PgParamType>> declared, List<Integer> candidates) {
        int n = args.size();
        // most exact matches
        List<Integer> best = keepMax(candidates, c -> {
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (!unknown(args.get(i)) && same(concrete(declared.get(c).get(i)), args.get(i))) {
                    m++;
                }
            }
            return m;
        });
        if (best.size() == 1) {
            return best;
        }
        // most positions taking a preferred type where a conversion is needed
        best = keepMax(best, c -> {
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (unknown(args.get(i))) {
                    continue;
                }
                PgType d = concrete(declared.get(c).get(i));
                if (same(d, args.get(i)) || (d != null && d.typispreferred())) {
                    m++;
                }
            }
            return m;
        });
        if (best.size() == 1) {
            return best;
        }
        boolean anyUnknown = args.stream().anyMatch(OverloadResolver::unknown);
        if (!anyUnknown) {
            return List.of();
        }
        // the categories unknown arguments can take
        List<Integer> remaining = new ArrayList<>(best);
        for (int i = 0; i < n; i++) {
            if (!unknown(args.get(i))) {
                continue;
            }
            char slotCategory = 0;
            boolean slotPreferred = false;
            boolean conflict = false;
            for (int c : remaining) {
                PgParamType d = declared.get(c).get(i);
                char category = category(d);
                boolean preferred = preferred(d);
                if (slotCategory == 0) {
                    slotCategory = category;
                    slotPreferred = preferred;
                } else if (category == slotCategory) {
                    slotPreferred |= preferred;
                } else if (category == 'S') {
                    slotCategory = 'S'; // the string category wins over the others
                    slotPreferred = preferred;
                } else if (slotCategory != 'S') {
                    conflict = true;
                }
            }
            if (conflict) {
                remaining = null;
                break;
            }
            final int pos = i;
            final char cat = slotCategory;
            final boolean pref = slotPreferred;
            remaining = remaining.stream()
                    .filter(c -> {
                        PgParamType d = declared.get(c).get(pos);
                        return category(d) == cat && (!pref || preferred(d));
                    })
                    .toList();
        }
        if (remaining != null && remaining.size() == 1) {
            return remaining;
        }
        // with known arguments all of one type, assume the unknown ones have it too
        PgType known = null;
        for (PgType a : args) {
            if (unknown(a)) {
                continue;
            }
            if (known == null) {
                known = a;
            } else if (!same(known, a)) {
                return List.of();
            }
        }
        if (known == null) {
            return List.of();
        }
        List<PgType> assumed = new ArrayList<>(args);
        for (int i = 0; i < n; i++) {
            if (unknown(assumed.get(i))) {
                assumed.set(i, known);
            }
        }
        List<Integer> fit = new ArrayList<>();
        for (int c : best) {
            if (canCoerce(assumed, declared.get(c))) {
                fit.add(c);
            }
        }
        return fit.size() == 1 ? fit : List.of();
    }

    private interface Score {
        int of(int candidate);
    }

    private static List<Integer> keepMax(List<Integer> candidates, Score score) {
        int max = -1;
        List<Integer> out = new ArrayList<>();
        for (int c : candidates) {
            int s = score.of(c);
            if (s > max) {
                max = s;
                out.clear();
            }
            if (s == max) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean unknown(PgType t) {
        return t.oid() == UNKNOWN.oid();
    }

    private static boolean same(PgType a, PgType b) {
        return a != null && b != null && a.oid() == b.oid();
    }

    private static PgType concrete(PgParamType d) {
        return d instanceof PgParamType.Concrete c ? c.type() : null;
    }

    private static char category(PgParamType d) {
        return d instanceof PgParamType.Concrete c ? c.type().typcategory() : 'P';
    }

    private static boolean preferred(PgParamType d) {
        return d instanceof PgParamType.Concrete c && c.type().typispreferred();
    }

    /**
     * The element type the polymorphic parameters resolve to: UNKNOWN when there are none (or every argument
     * bound to one is an untyped literal), null when the arguments are inconsistent.
     */
    private static PgType polymorphicElement(List<PgType> args, List<PgParamType> declared, boolean compatible) {
        PgType element = null;
        List<PgType> compatibleTypes = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (!(declared.get(i) instanceof PgParamType.Pseudo p) || p == PgParamType.Pseudo.ANY) {
                continue;
            }
            PgType a = args.get(i);
            if (unknown(a)) {
                continue;
            }
            PgType e = p.isArray() ? (a.isArray() ? a.elementType() : null) : a;
            if (e == null) {
                return null;
            }
            if (p.isCompatibleFamily()) {
                compatibleTypes.add(e);
                continue;
            }
            if (p == PgParamType.Pseudo.ANYNONARRAY && e.isArray()) {
                return null;
            }
            if (element == null) {
                element = e;
            } else if (element.oid() != e.oid()) {
                return null;
            }
        }
        if (!compatibleTypes.isEmpty()) {
            PgType common = commonType(compatibleTypes);
            if (common == null) {
                return null;
            }
            if (compatible || element == null) {
                return common;
            }
        }
        return element == null ? UNKNOWN : element;
    }

    /** select_common_type over known types: the one all others coerce to implicitly, preferring preferred types. */
    static PgType commonType(List<PgType> types) {
        PgType common = types.get(0);
        for (PgType t : types.subList(1, types.size())) {
            if (t.oid() == common.oid()) {
                continue;
            }
            if (t.typcategory() != common.typcategory()) {
                return null;
            }
            if (!common.typispreferred() && ImplicitCasts.canCoerce(common, t) && !ImplicitCasts.canCoerce(t, common)) {
                common = t;
            }
        }
        for (PgType t : types) {
            if (!ImplicitCasts.canCoerce(t, common)) {
                return null;
            }
        }
        return common;
    }

    private static Resolution finish(
            String name, PgSignature signature, List<PgParamType> declared, List<PgType> argTypes) {
        boolean polymorphic =
                declared.stream().anyMatch(d -> d instanceof PgParamType.Pseudo p && p != PgParamType.Pseudo.ANY)
                        || (signature.result() instanceof PgParamType.Pseudo r && r != PgParamType.Pseudo.ANY);
        PgType element = polymorphic ? polymorphicElement(argTypes, declared, true) : null;
        if (polymorphic && unknown(element)) {
            boolean compatibleFamily =
                    declared.stream().anyMatch(d -> d instanceof PgParamType.Pseudo p && p.isCompatibleFamily());
            if (!compatibleFamily) {
                throw new PgException(
                        SqlState.DATATYPE_MISMATCH,
                        "could not determine polymorphic type because input has type unknown");
            }
            element = BuiltinTypes.TEXT; // anycompatible of untyped literals only is text
        }
        List<PgType> out = new ArrayList<>(argTypes.size());
        for (int i = 0; i < argTypes.size(); i++) {
            PgParamType d = declared.get(i);
            if (d instanceof PgParamType.Concrete c) {
                out.add(c.type());
            } else if (d == PgParamType.Pseudo.ANY) {
                out.add(argTypes.get(i));
            } else if (((PgParamType.Pseudo) d).isArray()) {
                out.add(arrayOf(element));
            } else {
                out.add(element);
            }
        }
        PgType result;
        if (signature.result() instanceof PgParamType.Concrete c) {
            result = c.type();
        } else if (signature.result() == PgParamType.Pseudo.ANY) {
            result = UNKNOWN; // a set-returning function with several columns: see its columnTypes
        } else {
            result = ((PgParamType.Pseudo) signature.result()).isArray() ? arrayOf(element) : element;
        }
        return new Resolution(signature, argTypes, out, result);
    }

    private static PgType arrayOf(PgType element) {
        if (element.isArray()) {
            return element;
        }
        return TypeRegistry.builtins()
                .arrayOf(element)
                .orElseThrow(() -> new PgException(
                        SqlState.UNDEFINED_OBJECT, "could not find array type for data type " + element.formatType()));
    }
}
