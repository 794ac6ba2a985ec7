package dev.tusk.server.internal;

import dev.tusk.protocol.SqlState;
import dev.tusk.protocol.backend.BindComplete;
import dev.tusk.protocol.backend.CloseComplete;
import dev.tusk.protocol.backend.CommandComplete;
import dev.tusk.protocol.backend.EmptyQueryResponse;
import dev.tusk.protocol.backend.NoData;
import dev.tusk.protocol.backend.ParameterDescription;
import dev.tusk.protocol.backend.ParseComplete;
import dev.tusk.protocol.backend.PortalSuspended;
import dev.tusk.protocol.frontend.Bind;
import dev.tusk.protocol.frontend.Close;
import dev.tusk.protocol.frontend.Describe;
import dev.tusk.protocol.frontend.Execute;
import dev.tusk.protocol.frontend.Parse;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.QuerySession;
import dev.tusk.server.api.TransactionStatus;
import dev.tusk.server.internal.encode.ParametersImpl;
import dev.tusk.server.internal.encode.RowEncoder;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.TypeRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The extended query protocol: named and unnamed prepared statements and portals, Parse, Bind, Describe,
 * Execute (with row limits, PortalSuspended and resumption), Close, and what Sync ends.
 */
final class ExtendedQueryProcessor implements Session.StatementNamespace {
    private static final TypeRegistry TYPES = TypeRegistry.builtins();

    private final QueryDispatcher dispatcher;
    private final Session session;
    private final QuerySession querySession;
    private final StatementRunner runner;
    private final ResultSender results;
    private final CopyInProcessor copyIn;
    private final Outbound outbound;
    private final Map<String, StatementEntry> statements = new HashMap<>();
    private final Map<String, Portal> portals = new HashMap<>();

    ExtendedQueryProcessor(
            QueryDispatcher dispatcher,
            Session session,
            QuerySession querySession,
            StatementRunner runner,
            ResultSender results,
            CopyInProcessor copyIn,
            Outbound outbound) {
        this.dispatcher = dispatcher;
        this.session = session;
        this.querySession = querySession;
        this.runner = runner;
        this.results = results;
        this.copyIn = copyIn;
        this.outbound = outbound;
    }

    void parse(Parse m) {
        String name = m.statementName();
        if (!name.isEmpty() && statements.containsKey(name)) {
            throw new PgException(SqlState.DUPLICATE_PSTATEMENT, "prepared statement \"" + name + "\" already exists");
        }
        List<String> parts = querySession.splitStatements(m.query());
        if (parts.size() > 1) {
            throw new PgException(SqlState.SYNTAX_ERROR, "cannot insert multiple commands into a prepared statement");
        }
        if (name.isEmpty()) {
            closeStatement("");
        }
        PreparedQuery prepared =
                parts.isEmpty() ? EmptyPreparedQuery.INSTANCE : querySession.prepare(parts.get(0), m.parameterTypes());
        statements.put(name, new StatementEntry(name, prepared));
        dispatcher.send(ParseComplete.INSTANCE);
    }

    void bind(Bind m) {
        StatementEntry statement = statement(m.statementName());
        String portalName = m.portalName();
        if (!portalName.isEmpty() && portals.containsKey(portalName)) {
            throw new PgException(SqlState.DUPLICATE_CURSOR, "portal \"" + portalName + "\" already exists");
        }
        ParametersImpl parameters = ParametersImpl.create(
                portalName,
                statement.name,
                m.parameterValues(),
                m.parameterFormats(),
                statement.query.parameterTypes(),
                oid -> TYPES.byOid(oid).orElse(null),
                session.formatSettings());
        short[] resultFormats = m.resultFormats();
        // validates the formats; kept for the portal's rows when they have the statement's columns
        RowEncoder encoder = RowEncoder.create(statement.query.columns(), resultFormats, session.formatSettings());
        if (portalName.isEmpty()) {
            closePortal("");
        }
        Portal portal =
                new Portal(portalName, statement, parameters, resultFormats, new StatementExecution(session, outbound));
        portal.encoder = encoder;
        portal.encoderSettings = session.formatSettings();
        portal.encoderColumns = statement.query.columns();
        portals.put(portalName, portal);
        dispatcher.send(BindComplete.INSTANCE);
    }

    void describe(Describe m) {
        if (m.kind() == 'S') {
            StatementEntry statement = statement(m.name());
            dispatcher.send(new ParameterDescription(statement.query.parameterTypes()));
            describeColumns(statement.query.columns(), new short[0]);
        } else {
            Portal portal = portal(m.name());
            List<Column> columns = portal.columns != null ? portal.columns : portal.statement.query.columns();
            if (columns.isEmpty()) {
                dispatcher.send(NoData.INSTANCE);
            } else {
                results.describe(encoderFor(portal, columns));
            }
        }
    }

    private void describeColumns(List<Column> columns, short[] formats) {
        if (columns.isEmpty()) {
            dispatcher.send(NoData.INSTANCE);
        } else {
            results.describe(RowEncoder.create(columns, formats, session.formatSettings()));
        }
    }

    void execute(Execute m) {
        Portal portal = portal(m.portalName());
        if (portal.state == Portal.State.DONE) {
            throw new PgException(
                    SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "portal \"" + portal.name + "\" cannot be run");
        }
        long maxRows = m.maxRows() <= 0 ? 0 : m.maxRows();
        try {
            runner.run(portal.execution, () -> executePortal(portal, maxRows));
        } catch (RuntimeException e) {
            // a failed portal is dropped, as PostgreSQL marks it failed
            portals.remove(portal.name, portal);
            portal.close();
            throw e;
        }
        if (portals.get(portal.name) != portal) {
            portal.close(); // a transient portal over an SQL cursor
        }
    }

    private void executePortal(Portal portal, long maxRows) throws Exception {
        switch (portal.state) {
            case NEW -> {
                QueryResult result = portal.statement.query.execute(portal.parameters, portal.execution);
                switch (result) {
                    case QueryResult.Rows rows -> {
                        portal.rows = rows;
                        portal.tagPrefix = rows.tagPrefix();
                        portal.counted = rows.counted();
                        portal.columns = rows.columns();
                        portal.state = Portal.State.OPEN;
                        streamPortal(portal, maxRows);
                    }
                    case QueryResult.Command c -> {
                        portal.state = Portal.State.DONE;
                        dispatcher.send(new CommandComplete(c.tag()));
                    }
                    case QueryResult.Empty e -> {
                        portal.state = Portal.State.DONE;
                        dispatcher.send(EmptyQueryResponse.INSTANCE);
                    }
                    case QueryResult.CopyIn c -> {
                        portal.state = Portal.State.DONE;
                        long n = copyIn.run(c, portal.execution);
                        dispatcher.send(new CommandComplete("COPY " + n));
                    }
                    case QueryResult.CopyOut c -> {
                        portal.state = Portal.State.DONE;
                        results.copyOut(c, portal.execution);
                    }
                }
            }
            case OPEN -> streamPortal(portal, maxRows);
            case EXHAUSTED ->
                dispatcher.send(new CommandComplete(portal.counted ? portal.tagPrefix + " 0" : portal.tagPrefix));
            case DONE -> throw new IllegalStateException("checked before");
        }
    }

    private void streamPortal(Portal portal, long maxRows) throws Exception {
        QueryResult.Rows rows = portal.rows;
        RowEncoder encoder = encoderFor(portal, rows.columns());
        ResultSender.Outcome outcome = results.streamRows(rows.rows(), encoder, maxRows, portal.execution);
        if (outcome.exhausted()) {
            portal.state = Portal.State.EXHAUSTED;
            portal.closeRows();
            dispatcher.send(new CommandComplete(rows.commandTag(outcome.rows())));
        } else {
            dispatcher.send(PortalSuspended.INSTANCE);
        }
    }

    /** The portal's encoder for these columns: the one made at Bind while the columns and settings match. */
    private RowEncoder encoderFor(Portal portal, List<Column> columns) {
        FormatSettings settings = session.formatSettings();
        if (portal.encoder == null
                || portal.encoderSettings != settings
                || (portal.encoderColumns != columns && !portal.encoderColumns.equals(columns))) {
            portal.encoder = RowEncoder.create(columns, portal.resultFormatCodes, settings);
            portal.encoderSettings = settings;
            portal.encoderColumns = columns;
        }
        return portal.encoder;
    }

    void close(Close m) {
        if (m.kind() == 'S') {
            closeStatement(m.name());
        } else {
            closePortal(m.name());
        }
        dispatcher.send(CloseComplete.INSTANCE);
    }

    /** Sync: outside a transaction block the implicit transaction ends and takes every portal with it. */
    void sync() {
        if (session.transactionStatus() == TransactionStatus.IDLE) {
            closeAllPortals();
        }
    }

    /** A simple Query replaces the unnamed statement and portal. */
    void dropUnnamed() {
        closePortal("");
        closeStatement("");
    }

    @Override
    public boolean deallocate(String name) {
        if (name.isEmpty() || !statements.containsKey(name)) {
            return false; // the unnamed statement is not in PostgreSQL's namespace of prepared statements
        }
        closeStatement(name);
        return true;
    }

    @Override
    public void deallocateAll() {
        for (String name : new ArrayList<>(statements.keySet())) {
            if (!name.isEmpty()) {
                closeStatement(name);
            }
        }
    }

    void closeStatement(String name) {
        StatementEntry s = statements.remove(name);
        if (s != null) {
            s.close();
        }
    }

    void closePortal(String name) {
        Portal p = portals.remove(name);
        if (p != null) {
            p.close();
        }
    }

    void closeAllPortals() {
        if (portals.isEmpty()) {
            return;
        }
        if (portals.size() == 1) {
            Portal p = portals.values().iterator().next();
            portals.clear();
            p.close();
            return;
        }
        for (Portal p : new ArrayList<>(portals.values())) {
            p.close();
        }
        portals.clear();
    }

    /** The connection ended. */
    void release() {
        closeAllPortals();
        for (StatementEntry s : new ArrayList<>(statements.values())) {
            s.close();
        }
        statements.clear();
    }

    private StatementEntry statement(String name) {
        StatementEntry s = statements.get(name);
        if (s == null) {
            throw new PgException(
                    SqlState.INVALID_SQL_STATEMENT_NAME, "prepared statement \"" + name + "\" does not exist");
        }
        return s;
    }

    private Portal portal(String name) {
        Portal p = portals.get(name);
        if (p == null && !name.isEmpty()) {
            PreparedQuery cursor = querySession.cursor(name);
            if (cursor != null) {
                // an SQL cursor used as a portal: a transient portal over it; the engine keeps its position
                return new Portal(
                        name,
                        new StatementEntry(name, cursor),
                        dev.tusk.server.api.Parameters.NONE,
                        new short[0],
                        new StatementExecution(session, outbound));
            }
        }
        if (p == null) {
            throw new PgException(SqlState.INVALID_CURSOR_NAME, "portal \"" + name + "\" does not exist");
        }
        return p;
    }
}
