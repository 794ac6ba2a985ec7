package dev.tusk.examples.memory.exec;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import dev.tusk.types.TypeRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The types of a statement's {@code $n} parameters: those the client declared in Parse, the rest inferred
 * from where each parameter is used (compared with or assigned to a column, cast, ...), text otherwise.
 */
public final class ParamTypes {

    private final List<PgType> types = new ArrayList<>();

    /** Starts from the declared type OIDs (0 = unspecified). Unknown OIDs are treated as unspecified. */
    public ParamTypes(int[] declared) {
        if (declared != null) {
            for (int oid : declared) {
                types.add(oid == 0 ? null : TypeRegistry.builtins().byOid(oid).orElse(null));
            }
        }
    }

    /** The type of parameter {@code number} (1-based) so far, or null when still unknown. */
    public PgType get(int number) {
        return number <= types.size() ? types.get(number - 1) : null;
    }

    /** Records the type of a parameter if it has none yet; returns the parameter's type. */
    public PgType infer(int number, PgType type) {
        while (types.size() < number) {
            types.add(null);
        }
        PgType current = types.get(number - 1);
        if (current == null && type != null && !Types.isUnknown(type)) {
            types.set(number - 1, type);
            return type;
        }
        return current;
    }

    /** Notes that a parameter exists (so the count is right) without giving it a type. */
    public void touch(int number) {
        while (types.size() < number) {
            types.add(null);
        }
    }

    /** The final OIDs: unknown ones become text, as PostgreSQL reports unresolved parameters. */
    public int[] oids() {
        int[] out = new int[types.size()];
        for (int i = 0; i < out.length; i++) {
            PgType t = types.get(i);
            out[i] = t == null ? BuiltinTypes.TEXT.oid() : t.oid();
        }
        return out;
    }

    /** The final type of parameter {@code number}: its inferred type, or text. */
    public PgType resolved(int number) {
        PgType t = get(number);
        return t == null ? BuiltinTypes.TEXT : t;
    }
}
