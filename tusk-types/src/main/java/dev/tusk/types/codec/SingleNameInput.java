package dev.tusk.types.codec;

import dev.tusk.types.CatalogNames;
import dev.tusk.types.ObjectName;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.RegKind;
import dev.tusk.types.sqlname.NameList;
import java.util.List;

/**
 * The name path of {@code regnamespace} and {@code regrole}: exactly one identifier (42602 otherwise), looked
 * up as is.
 */
final class SingleNameInput implements RegInput {
    private final RegKind kind;
    private final String notFoundState;
    private final String notFoundNoun;

    SingleNameInput(RegKind kind, String notFoundState, String notFoundNoun) {
        this.kind = kind;
        this.notFoundState = notFoundState;
        this.notFoundNoun = notFoundNoun;
    }

    @Override
    public long resolve(String input, CatalogNames catalog) {
        List<String> names = NameList.parse(input);
        if (names.size() != 1) {
            throw new PgTypeException(NameList.INVALID_NAME, "invalid name syntax");
        }
        String name = names.get(0);
        return catalog.resolve(kind, ObjectName.of(null, name, input))
                .orElseThrow(
                        () -> new PgTypeException(notFoundState, notFoundNoun + " \"" + name + "\" does not exist"));
    }
}
