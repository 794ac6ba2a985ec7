package dev.tusk.types.codec;

import dev.tusk.types.CatalogNames;
import dev.tusk.types.ObjectName;
import dev.tusk.types.PgType;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.RegKind;
import dev.tusk.types.sqlname.TypeNameParser;
import dev.tusk.types.sqlname.TypeNameSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code regtypein}'s name path ({@code parseTypeString}): parse the SQL type name, look it up (schema first,
 * then the type, then its array type), then check its modifiers with the type's {@code typmodin}. Also
 * resolves the argument types of {@code regprocedure} and {@code regoperator}.
 */
final class TypeNameInput implements RegInput {
    static final TypeNameInput INSTANCE = new TypeNameInput();

    private static final String SYNTAX_ERROR = "42601";
    private static final String UNDEFINED_OBJECT = "42704";

    private TypeNameInput() {}

    @Override
    public long resolve(String input, CatalogNames catalog) {
        TypeNameSpec spec = TypeNameParser.parse(input);
        QualifiedNames.Parts parts = QualifiedNames.object(spec.names(), catalog);
        if (parts.schema() != null) {
            QualifiedNames.requireSchema(parts.schema(), input, catalog);
        }
        OptionalLong found = catalog.resolve(RegKind.TYPE, ObjectName.of(parts.schema(), parts.name(), input));
        if (found.isPresent() && spec.array()) {
            long array = catalog.type(found.getAsLong()).map(PgType::typarray).orElse(0);
            found = array == 0 ? OptionalLong.empty() : OptionalLong.of(array);
        }
        if (found.isEmpty()) {
            throw new PgTypeException(UNDEFINED_OBJECT, "type \"" + spec.display() + "\" does not exist");
        }
        long oid = found.getAsLong();
        if (!spec.modifiers().isEmpty()) {
            checkModifiers(spec, catalog.type(oid).orElse(null));
        }
        return oid;
    }

    /** {@code typenameTypeMod}: the type must take modifiers, and each must be a constant or an identifier. */
    private static void checkModifiers(TypeNameSpec spec, PgType type) {
        if (type == null || !type.acceptsTypmod()) {
            throw new PgTypeException(SYNTAX_ERROR, "type modifier is not allowed for type \"" + spec.display() + "\"");
        }
        List<String> values = new ArrayList<>();
        for (TypeNameSpec.Modifier m : spec.modifiers()) {
            if (!m.simple()) {
                throw new PgTypeException(SYNTAX_ERROR, "type modifiers must be simple constants or identifiers");
            }
            values.add(m.value());
        }
        // regtype keeps only the type: the typmod and any WARNING (timestamp(7)) are dropped; a typmodin
        // tusk-types does not implement accepts anything
        type.typmodInput().ifPresent(in -> in.parse(values));
    }
}
