package dev.tusk.calcite.pgcatalog;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.func.QueryContext;
import dev.tusk.server.api.SessionContext;

/**
 * What system relations compute their rows from: the catalog version the statement was planned against and, for
 * relations whose rows depend on it ({@link SystemRelation#perSession()}), the running statement's context.
 *
 * @param state the catalog version
 * @param query the running statement, or null when rows are computed once for the catalog version
 */
public record CatalogSource(CatalogState state, QueryContext query) {
    /** The session of the running statement; only for {@link SystemRelation#perSession()} relations. */
    public SessionContext session() {
        if (query == null) {
            throw new IllegalStateException("rows computed once per catalog version cannot depend on the session");
        }
        return query.session();
    }

    /** Every relation pg_class lists in this catalog version. */
    public CatalogRelations relations() {
        return CatalogRelations.of(state);
    }
}
