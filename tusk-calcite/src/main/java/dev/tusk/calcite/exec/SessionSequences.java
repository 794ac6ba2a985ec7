package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.SequenceDef;
import dev.tusk.calcite.func.SequenceAccess;
import dev.tusk.calcite.store.SequenceSession;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.List;
import java.util.function.Supplier;

/** A session's view of the sequences: names resolve through the transaction's catalog and search_path. */
final class SessionSequences implements SequenceAccess {
    private final SequenceSession state = new SequenceSession();
    private final SessionTransaction transaction;
    private final Supplier<List<String>> searchPath;

    SessionSequences(SessionTransaction transaction, Supplier<List<String>> searchPath) {
        this.transaction = transaction;
        this.searchPath = searchPath;
    }

    @Override
    public List<String> searchPath() {
        return searchPath.get();
    }

    @Override
    public long nextval(String name) {
        return state.nextval(resolve(name).sequence());
    }

    @Override
    public long currval(String name) {
        return state.currval(resolve(name).sequence());
    }

    @Override
    public long setval(String name, long value, boolean isCalled) {
        return state.setval(resolve(name).sequence(), value, isCalled);
    }

    @Override
    public long lastval() {
        return state.lastval();
    }

    /** DISCARD SEQUENCES. */
    void discard() {
        state.discard();
    }

    private SequenceDef resolve(String text) {
        if (text == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "sequence name must not be null");
        }
        List<String> parts = dev.tusk.types.sqlname.NameList.parse(text);
        CatalogState catalog = transaction.catalog();
        List<String> schemas = parts.size() > 1 ? List.of(parts.get(parts.size() - 2)) : searchPath.get();
        String name = parts.get(parts.size() - 1);
        for (String schema : schemas) {
            SequenceDef s = catalog.sequence(schema, name);
            if (s != null) {
                return s;
            }
            if (catalog.table(schema, name) != null) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + name + "\" is not a sequence");
            }
        }
        throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + text + "\" does not exist");
    }
}
