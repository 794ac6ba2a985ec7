-- JetBrains DataGrip (and the database tools of IntelliJ IDEA and the other JetBrains IDEs) on PostgreSQL.
-- DataGrip is closed source and JetBrains does not document its introspector's queries. The statements below are
-- the ones quoted in full in public issue threads, from PostgreSQL logs of DataGrip connecting:
--  * github.com/datafusion-contrib/datafusion-postgres/issues/165 ("Jetbrains datagrip startup queries",
--    2025-09-14, DataGrip 2025.2.3): the connection's first statements. The log excerpt that could be read ends
--    after them; the introspection queries that follow in that log were not readable here.
--  * github.com/yugabyte/yugabyte-db/issues/3168 ("DataGrip failed to connect to YB cluster", 2019-12-18, DataGrip
--    version not given) and github.com/risingwavelabs/risingwave/issues/14224 (2023-12-27, the same query without
--    its WHERE and ORDER BY): the schema list of the introspector.
-- Not found: DataGrip's queries for tables, columns, keys, indexes and views (its introspector reads pg_class,
-- pg_attribute, pg_constraint, pg_index ... with xmin as a state number, per the issues above and
-- github.com/MaterializeInc/materialize/issues/9720, but their text was not published in the threads found).
-- pgjdbc's own statements (SET extra_float_digits, SET application_name) are left out.

-- Connect (2025.2.3): the server version.
-- @ignore-values version
select version();

-- Connect (2025.2.3): the database and the schemas on the search path.
select current_database() as a, current_schemas(false) as b;

-- Connect (2025.2.3).
SHOW TRANSACTION ISOLATION LEVEL;

-- Connect (2025.2.3), the second (introspection) connection.
select current_database(), current_schema(), current_user;

-- Introspector, the schema list (yugabyte-db#3168). id is a schema's OID cast to bigint (normalised as an OID),
-- state_number its xmin (type xid, normalised as every xid column).
-- @oid-columns id
select N.oid::bigint as id,
       N.xmin as state_number,
       nspname as name,
       D.description,
       pg_catalog.pg_get_userbyid(N.nspowner) as "owner"
from pg_catalog.pg_namespace N
  left join pg_catalog.pg_description D on N.oid = D.objoid
/* */where N.nspname not like 'pg_toast%' and N.nspname not like 'pg_temp%' 
order by case when nspname = current_schema then -1::bigint else N.oid::bigint end;
