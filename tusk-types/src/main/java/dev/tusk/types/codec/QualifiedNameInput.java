package dev.tusk.types.codec;

import dev.tusk.types.CatalogNames;
import dev.tusk.types.ObjectName;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.RegKind;
import dev.tusk.types.sqlname.NameList;
import java.util.List;

/**
 * The name path of the types whose input is a possibly qualified name ({@code regproc}, {@code regoper},
 * {@code regclass}, {@code regconfig}, {@code regdictionary}, {@code regcollation}): split the name, check
 * the database and schema parts, look it up, and report a miss with the kind's own message.
 */
final class QualifiedNameInput implements RegInput {
    /** Builds the error for a name the catalog does not know. */
    @FunctionalInterface
    interface NotFound {
        PgTypeException error(String input, List<String> names, QualifiedNames.Parts parts);
    }

    private final RegKind kind;
    private final boolean relation;
    private final NotFound notFound;

    QualifiedNameInput(RegKind kind, boolean relation, NotFound notFound) {
        this.kind = kind;
        this.relation = relation;
        this.notFound = notFound;
    }

    @Override
    public long resolve(String input, CatalogNames catalog) {
        List<String> names = NameList.parse(input);
        QualifiedNames.Parts parts =
                relation ? QualifiedNames.relation(names, catalog) : QualifiedNames.object(names, catalog);
        if (parts.schema() != null) {
            QualifiedNames.requireSchema(parts.schema(), input, catalog);
        }
        return catalog.resolve(kind, ObjectName.of(parts.schema(), parts.name(), input))
                .orElseThrow(() -> notFound.error(input, names, parts));
    }
}
