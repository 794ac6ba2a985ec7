package dev.tusk.calcite.pgcatalog;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The system relations' shape and the skeleton catalogs (pg_namespace, pg_class, pg_attribute) compared with
 * PostgreSQL 15 for the same schema. OIDs of user objects differ between the two servers, so rows name objects
 * instead of numbering them.
 */
class SystemRelationsDifferentialTest {
    private static CatalogFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = CatalogFixture.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (fx != null) {
            fx.close();
        }
    }

    /** Every pg_catalog relation Tusk has exists in PostgreSQL with the same OID, kind and columns. */
    @Test
    void systemRelationsHavePostgresShape() throws Exception {
        String relations = "SELECT c.oid, c.relname, c.relkind, c.relnatts FROM pg_catalog.pg_class c"
                + " WHERE c.relnamespace = 11 AND c.relkind IN ('r', 'v') AND c.relname IN (%s) ORDER BY c.relname";
        List<String> names = CatalogFixture.rows(
                fx.tusk(), "SELECT relname FROM pg_catalog.pg_class WHERE relnamespace = 11 ORDER BY relname");
        assertFalse(names.isEmpty());
        String in = String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
        fx.assertSameRows(relations.replace("%s", in));
        String columns = "SELECT c.relname, a.attnum, a.attname, a.atttypid, a.atttypmod, a.attnotnull, a.attlen,"
                + " a.attndims, a.attcollation FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON"
                + " c.oid = a.attrelid WHERE c.relnamespace = 11 AND a.attnum > 0 AND c.relname IN (%s)"
                // attmissingval is anyarray in PostgreSQL; Tusk has no pseudo-types yet
                + " AND a.attname <> 'attmissingval' ORDER BY c.relname, a.attnum";
        fx.assertSameRows(columns.replace("%s", in));
    }

    @Test
    void namespaces() throws Exception {
        String sql = "SELECT oid < 16384, nspname, nspowner = 10, nspowner, nspacl IS NULL FROM pg_catalog.pg_namespace"
                + " WHERE nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast_temp%' ORDER BY nspname";
        fx.assertSameRows(sql);
    }

    @Test
    void userRelations() throws Exception {
        // relfilenode, reltype, reltoastrelid, relfrozenxid and relminmxid differ by design (see PgClassTable)
        String sql = "SELECT n.nspname, c.relname, c.relkind, c.relam, c.relowner, c.relnatts, c.relchecks,"
                + " c.relhasindex, c.relhasrules, c.relhastriggers, c.relpersistence, c.relreplident, c.reltuples,"
                + " c.relpages, c.relispopulated, c.relispartition, c.relacl, c.reloptions"
                + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname IN ('shop', 'public') AND c.relkind <> 't' ORDER BY n.nspname, c.relname";
        fx.assertSameRows(sql);
    }

    @Test
    void userAttributes() throws Exception {
        String sql = "SELECT c.relname, a.attnum, a.attname, a.atttypid, a.atttypmod, a.attnotnull, a.atthasdef,"
                + " a.attidentity, a.attgenerated, a.attlen, a.attbyval, a.attalign, a.attstorage, a.attndims,"
                + " a.attcollation, a.attisdropped, a.attislocal, a.attinhcount, a.attstattarget"
                + " FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname IN ('shop', 'public') AND a.attnum > 0 ORDER BY c.relname, a.attnum";
        fx.assertSameRows(sql);
    }
}
