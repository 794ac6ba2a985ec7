-- Apache Superset with its PostgresEngineSpec over SQLAlchemy 1.4 and psycopg2, as it tests a connection, lists
-- catalogs, schemas and tables, and reads a table's metadata (SQL Lab's table browser, adding a dataset) over the
-- schema of catalog/schema.sql.
-- Sources: github.com/apache/superset at 007e4f5f4b4a4b08b24b1f2fc14bcf5abb16237d, superset/db_engine_specs/postgres.py
-- (get_catalog_names, get_table_names); the rest is SQLAlchemy's PostgreSQL dialect, which Superset's inspector
-- calls: github.com/sqlalchemy/sqlalchemy tag rel_1_4_54 (dfe401fd471323638ad3e1b1027d89e01fcbeef5),
-- lib/sqlalchemy/dialects/postgresql/base.py (and psycopg2's extras.HstoreAdapter.get_oids for the hstore probe).
-- SQLAlchemy sends its bound parameters through psycopg2, which inlines them as literals: :schema is 'shop',
-- :table_name 'orders', and the table OID (an integer the dialect read with get_table_oid) is a scalar subquery here.
-- Superset's setup.py and pyproject pin "sqlalchemy>=1.4, <2" (as in the releases seen), hence 1.4 here.

-- SQLAlchemy PGDialect_psycopg2 first connect: _get_server_version_info.
-- @ignore-values version
select pg_catalog.version();

-- first connect: _get_default_schema_name.
select current_schema();

-- first connect: get_isolation_level.
show transaction isolation level;

-- first connect: PGDialect.initialize, backslash escapes.
show standard_conforming_strings;

-- first connect: psycopg2 extras.HstoreAdapter.get_oids (use_native_hstore defaults to true).
SELECT t.oid, typarray
FROM pg_type t JOIN pg_namespace ns
    ON typnamespace = ns.oid
WHERE typname = 'hstore';

-- Superset test connection: the pool's ping (psycopg2 dialect do_ping).
SELECT 1;

-- superset/db_engine_specs/postgres.py PostgresEngineSpec.get_catalog_names: the databases (catalogs) offered.
SELECT datname FROM pg_database
WHERE datistemplate = false;

-- PGDialect.get_schema_names: the schema picker.
SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg_%' ORDER BY nspname;

-- PGDialect.get_table_names('shop') (PostgresEngineSpec.get_table_names).
SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'shop' AND c.relkind in ('r', 'p');

-- PGDialect._get_foreign_table_names('shop') (PostgresEngineSpec.get_table_names).
SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'shop' AND c.relkind = 'f';

-- PGDialect.get_view_names('shop'), plain and materialized.
SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'shop' AND c.relkind IN ('v', 'm');

-- PGDialect.get_table_oid('orders', 'shop'): the OID every following query binds.
SELECT c.oid
FROM pg_catalog.pg_class c
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE (n.nspname = 'shop')
AND c.relname = 'orders' AND c.relkind in
('r', 'v', 'm', 'f', 'p');

-- PGDialect.get_columns -> _load_domains.
SELECT t.typname as "name",
   pg_catalog.format_type(t.typbasetype, t.typtypmod) as "attype",
   not t.typnotnull as "nullable",
   t.typdefault as "default",
   pg_catalog.pg_type_is_visible(t.oid) as "visible",
   n.nspname as "schema"
FROM pg_catalog.pg_type t
   LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'd';

-- PGDialect.get_columns -> _load_enums(schema='*').
SELECT t.typname as "name",
   -- no enum defaults in 8.4 at least
   -- t.typdefault as "default",
   pg_catalog.pg_type_is_visible(t.oid) as "visible",
   n.nspname as "schema",
   e.enumlabel as "label"
FROM pg_catalog.pg_type t
     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
     LEFT JOIN pg_catalog.pg_enum e ON t.oid = e.enumtypid
WHERE t.typtype = 'e'
ORDER BY "schema", "name", e.oid;

-- PGDialect.get_columns('orders', 'shop'): names, types, defaults, nullability, comments, generated and identity.
SELECT a.attname,
  pg_catalog.format_type(a.atttypid, a.atttypmod),
  (
    SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid)
    FROM pg_catalog.pg_attrdef d
    WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum
    AND a.atthasdef
  ) AS DEFAULT,
  a.attnotnull,
  a.attrelid as table_oid,
  pgd.description as comment,
  a.attgenerated as generated,
  (SELECT json_build_object(
        'always', a.attidentity = 'a',
        'start', s.seqstart,
        'increment', s.seqincrement,
        'minvalue', s.seqmin,
        'maxvalue', s.seqmax,
        'cache', s.seqcache,
        'cycle', s.seqcycle)
    FROM pg_catalog.pg_sequence s
    JOIN pg_catalog.pg_class c on s.seqrelid = c."oid"
    WHERE c.relkind = 'S'
    AND a.attidentity != ''
    AND s.seqrelid = pg_catalog.pg_get_serial_sequence(
        a.attrelid::regclass::text, a.attname
    )::regclass::oid
    ) as identity_options
FROM pg_catalog.pg_attribute a
LEFT JOIN pg_catalog.pg_description pgd ON (
    pgd.objoid = a.attrelid AND pgd.objsubid = a.attnum)
WHERE a.attrelid = (SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'shop' AND c.relname = 'orders')
AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attnum;

-- PGDialect.get_columns('customers', 'shop'): a serial column, a comment, a CHECKed numeric.
SELECT a.attname,
  pg_catalog.format_type(a.atttypid, a.atttypmod),
  (
    SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid)
    FROM pg_catalog.pg_attrdef d
    WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum
    AND a.atthasdef
  ) AS DEFAULT,
  a.attnotnull,
  a.attrelid as table_oid,
  pgd.description as comment,
  a.attgenerated as generated,
  (SELECT json_build_object(
        'always', a.attidentity = 'a',
        'start', s.seqstart,
        'increment', s.seqincrement,
        'minvalue', s.seqmin,
        'maxvalue', s.seqmax,
        'cache', s.seqcache,
        'cycle', s.seqcycle)
    FROM pg_catalog.pg_sequence s
    JOIN pg_catalog.pg_class c on s.seqrelid = c."oid"
    WHERE c.relkind = 'S'
    AND a.attidentity != ''
    AND s.seqrelid = pg_catalog.pg_get_serial_sequence(
        a.attrelid::regclass::text, a.attname
    )::regclass::oid
    ) as identity_options
FROM pg_catalog.pg_attribute a
LEFT JOIN pg_catalog.pg_description pgd ON (
    pgd.objoid = a.attrelid AND pgd.objsubid = a.attnum)
WHERE a.attrelid = (SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'shop' AND c.relname = 'customers')
AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attnum;

-- PGDialect.get_pk_constraint('order_items', 'shop'): the key columns in key order.
SELECT a.attname
FROM pg_attribute a JOIN (
    SELECT unnest(ix.indkey) attnum,
           generate_subscripts(ix.indkey, 1) ord
    FROM pg_index ix
    WHERE ix.indrelid = (SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'shop' AND c.relname = 'order_items') AND ix.indisprimary
    ) k ON a.attnum=k.attnum
WHERE a.attrelid = (SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'shop' AND c.relname = 'order_items')
ORDER BY k.ord;

-- PGDialect.get_pk_constraint('order_items', 'shop'): the constraint's name.
SELECT conname
   FROM  pg_catalog.pg_constraint r
   WHERE r.conrelid = (SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'shop' AND c.relname = 'order_items') AND r.contype = 'p'
   ORDER BY 1;

-- PGDialect.get_foreign_keys('order_items', 'shop').
SELECT r.conname,
      pg_catalog.pg_get_constraintdef(r.oid, true) as condef,
      n.nspname as conschema
FROM  pg_catalog.pg_constraint r,
      pg_namespace n,
      pg_class c

WHERE r.conrelid = (SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'shop' AND c.relname = 'order_items') AND
      r.contype = 'f' AND
      c.oid = confrelid AND
      n.oid = c.relnamespace
ORDER BY 1;

-- PGDialect.get_indexes('order_items', 'shop'). Its ORDER BY (table, index) leaves the column rows of one index
-- unordered: compared as a multiset.
-- @unordered
SELECT
    i.relname as relname,
    ix.indisunique, ix.indexprs,
    a.attname, a.attnum, c.conrelid, ix.indkey::varchar,
    ix.indoption::varchar, i.reloptions, am.amname,
    pg_get_expr(ix.indpred, ix.indrelid),
    ix.indnkeyatts as indnkeyatts
FROM
    pg_class t
          join pg_index ix on t.oid = ix.indrelid
          join pg_class i on i.oid = ix.indexrelid
          left outer join
              pg_attribute a
              on t.oid = a.attrelid and a.attnum = ANY(ix.indkey)
          left outer join
              pg_constraint c
              on (ix.indrelid = c.conrelid and
                  ix.indexrelid = c.conindid and
                  c.contype in ('p', 'u', 'x'))
          left outer join
              pg_am am
              on i.relam = am.oid
WHERE
    t.relkind IN ('r', 'v', 'f', 'm', 'p')
    and t.oid = (SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'shop' AND c.relname = 'order_items')
    and ix.indisprimary = 'f'
ORDER BY
    t.relname,
    i.relname;

-- PGDialect.get_indexes('orders', 'shop').
-- @unordered
SELECT
    i.relname as relname,
    ix.indisunique, ix.indexprs,
    a.attname, a.attnum, c.conrelid, ix.indkey::varchar,
    ix.indoption::varchar, i.reloptions, am.amname,
    pg_get_expr(ix.indpred, ix.indrelid),
    ix.indnkeyatts as indnkeyatts
FROM
    pg_class t
          join pg_index ix on t.oid = ix.indrelid
          join pg_class i on i.oid = ix.indexrelid
          left outer join
              pg_attribute a
              on t.oid = a.attrelid and a.attnum = ANY(ix.indkey)
          left outer join
              pg_constraint c
              on (ix.indrelid = c.conrelid and
                  ix.indexrelid = c.conindid and
                  c.contype in ('p', 'u', 'x'))
          left outer join
              pg_am am
              on i.relam = am.oid
WHERE
    t.relkind IN ('r', 'v', 'f', 'm', 'p')
    and t.oid = (SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'shop' AND c.relname = 'orders')
    and ix.indisprimary = 'f'
ORDER BY
    t.relname,
    i.relname;

-- PGDialect.get_table_comment('customers', 'shop').
SELECT
    pgd.description as table_comment
FROM
    pg_catalog.pg_description pgd
WHERE
    pgd.objsubid = 0 AND
    pgd.objoid = (SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'shop' AND c.relname = 'customers');
