package dev.tusk.types.codec;

import dev.tusk.types.CatalogNames;
import dev.tusk.types.ObjectName;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.RegKind;
import dev.tusk.types.sqlname.Signature;
import java.util.OptionalLong;

/**
 * The name path of {@code regprocedure} ({@code name(type, ...)}) and {@code regoperator}
 * ({@code name(left, right)} with {@code NONE} for a missing side).
 */
final class SignatureInput implements RegInput {
    private static final String UNDEFINED_FUNCTION = "42883";
    private static final String UNDEFINED_PARAMETER = "42P02";
    private static final String TOO_MANY_ARGUMENTS = "54023";

    private final RegKind kind;

    SignatureInput(RegKind kind) {
        this.kind = kind;
    }

    @Override
    public long resolve(String input, CatalogNames catalog) {
        boolean operator = kind == RegKind.OPERATOR;
        Signature sig = Signature.parse(input, operator, t -> TypeNameInput.INSTANCE.resolve(t, catalog));
        if (operator) {
            if (sig.argTypes().size() == 1) {
                throw new PgTypeException(
                        UNDEFINED_PARAMETER,
                        "missing argument",
                        null,
                        "Use NONE to denote the missing argument of a unary operator.");
            }
            if (sig.argTypes().size() != 2) {
                throw new PgTypeException(
                        TOO_MANY_ARGUMENTS, "too many arguments", null, "Provide two argument types for operator.");
            }
        }
        QualifiedNames.Parts parts = QualifiedNames.object(sig.names(), catalog);
        OptionalLong found;
        if (parts.schema() != null && operator && !QualifiedNames.schemaExists(parts.schema(), input, catalog)) {
            found = OptionalLong.empty(); // OpernameGetOprid looks the schema up with missing_ok
        } else {
            if (parts.schema() != null) {
                QualifiedNames.requireSchema(parts.schema(), input, catalog);
            }
            found = catalog.resolve(kind, new ObjectName(parts.schema(), parts.name(), sig.argTypes(), input));
        }
        return found.orElseThrow(() -> operator
                ? new PgTypeException(UNDEFINED_FUNCTION, "operator does not exist: " + input)
                : new PgTypeException(UNDEFINED_FUNCTION, "function \"" + input + "\" does not exist"));
    }
}
