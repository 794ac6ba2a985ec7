-- DBeaver (Community) with its PostgreSQL driver, as it connects and browses the schema of catalog/schema.sql.
-- Source: github.com/dbeaver/dbeaver at 2428359b748778a5a345432906ab3da69289c20c (2024-10-24, 21 commits after tag 24.2.3),
-- plugins/org.jkiss.dbeaver.ext.postgresql/src/org/jkiss/dbeaver/ext/postgresql/model/ (files named per query).
-- The SQL text is DBeaver's, built as it builds it for a PostgreSQL 15 server with the default connection
-- settings ("show all databases" off, "read all data types" off). Bind parameters are replaced: an OID of one of
-- our objects by a scalar subquery naming it (OIDs differ between servers), the connected database's name by
-- current_database(). Comments name the file and what DBeaver does with the answer.

-- PostgreDataSource.initialize: the server version, shown in the connection info and used for feature checks.
-- @ignore-values version
SELECT version();

-- PostgreDataSource.initialize -> PostgreUtils.isMetaObjectExists("pg_enum", "*"): does pg_enum exist?
SELECT * FROM pg_catalog.pg_enum WHERE 1<>1 LIMIT 1;

-- PostgreDataSource.initialize -> PostgreUtils.isMetaObjectExists("pg_class", "reltype")
SELECT reltype FROM pg_catalog.pg_class WHERE 1<>1 LIMIT 1;

-- PostgreDataSource.SettingCache (preloads standard_conforming_strings at connect)
select * from pg_catalog.pg_settings where name='standard_conforming_strings';

-- PostgreExecutionContext.refreshDefaults: the active schema and user of the connection.
SELECT current_schema(),session_user;

-- PostgreExecutionContext.refreshDefaults: the search path it resolves unqualified names with.
SHOW search_path;

-- PostgreDatabase.readDatabaseInfo: the connected database's row (owner, encoding, collation, ACL, ...).
-- (parameter: the connected database's name)
SELECT db.oid,db.* FROM pg_catalog.pg_database db WHERE datname=current_database();

-- PostgreDatabase.SchemaCache: the schemas shown under the database, with their comments.
SELECT n.oid,n.*,d.description FROM pg_catalog.pg_namespace n
LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=n.oid AND d.objsubid=0 AND d.classoid='pg_namespace'::regclass
 ORDER BY nspname;

-- pgjdbc 42.7 TypeInfoCache, on DBeaver's behalf, when it reads the schema list above: the name of a column type it
-- has no static entry for (nspacl's aclitem[], OID 1034), as in the PostgreSQL log of DBeaver 25.1.5 connecting in
-- github.com/datafusion-contrib/datafusion-postgres/issues/135 (the text is pgjdbc 42.7.8's TypeInfoCache query by OID).
SELECT n.nspname = ANY(current_schemas(true)), n.nspname, t.typname FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON t.typnamespace = n.oid WHERE t.oid = 1034;

-- PostgreDatabase.RoleCache: the roles under "Roles", with their comments.
SELECT a.oid,a.*,pd.description FROM pg_catalog.pg_roles a 
left join pg_catalog.pg_shdescription pd on a.oid = pd.objoid
ORDER BY a.rolname;

-- PostgreDatabase.AccessMethodCache: the access methods (index types offered in the index editor).
SELECT am.oid,am.* FROM pg_catalog.pg_am am 
ORDER BY am.oid;

-- PostgreDatabase.ExtensionCache: installed extensions with their configuration tables.
SELECT 
 e.oid,
 cfg.tbls,
  n.nspname as schema_name,
 e.* 
FROM 
 pg_catalog.pg_extension e 
 join pg_namespace n on n.oid =e.extnamespace
 left join  (
         select
            ARRAY_AGG(ns.nspname || '.' ||  cls.relname) tbls, oid_ext
          from
            (
            select
                unnest(e1.extconfig) oid , e1.oid oid_ext
            from
                pg_catalog.pg_extension e1 ) c 
                join    pg_class cls on cls.oid = c.oid 
                join pg_namespace ns on ns.oid = cls.relnamespace
            group by oid_ext        
         ) cfg on cfg.oid_ext = e.oid
ORDER BY e.oid;

-- PostgreDataTypeCache.prepareObjectsStatement: the data types of schema pg_catalog (OID 11), read at connect
-- (PostgreDataSource.initialize -> cacheDataTypes) for the column type lists and value handlers.
SELECT t.oid,t.*,c.relkind,format_type(nullif(t.typbasetype, 0), t.typtypmod) as base_type_name, d.description
FROM pg_catalog.pg_type t
LEFT OUTER JOIN pg_catalog.pg_type et ON et.oid=t.typelem 
LEFT OUTER JOIN pg_catalog.pg_class c ON c.oid=t.typrelid
LEFT OUTER JOIN pg_catalog.pg_description d ON t.oid=d.objoid
WHERE t.typname IS NOT NULL
AND (c.relkind IS NULL OR c.relkind = 'c') AND (et.typcategory IS NULL OR et.typcategory <> 'C')
AND t.typnamespace=11 ;

-- PostgreDataTypeCache.prepareObjectsStatement: the data types of schema shop (its table row types are excluded).
-- (parameter: the OID of schema shop)
SELECT t.oid,t.*,c.relkind,format_type(nullif(t.typbasetype, 0), t.typtypmod) as base_type_name, d.description
FROM pg_catalog.pg_type t
LEFT OUTER JOIN pg_catalog.pg_type et ON et.oid=t.typelem 
LEFT OUTER JOIN pg_catalog.pg_class c ON c.oid=t.typrelid
LEFT OUTER JOIN pg_catalog.pg_description d ON t.oid=d.objoid
WHERE t.typname IS NOT NULL
AND (c.relkind IS NULL OR c.relkind = 'c') AND (et.typcategory IS NULL OR et.typcategory <> 'C')
AND t.typnamespace=(SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = 'shop') ;

-- PostgreSchema.TableCache.prepareLookupStatement: the tables, views and sequences of schema shop (navigator).
-- (parameter: the OID of schema shop)
SELECT c.oid,c.*,d.description,pg_catalog.pg_get_expr(c.relpartbound, c.oid) as partition_expr,  pg_catalog.pg_get_partkeydef(c.oid) as partition_key 
FROM pg_catalog.pg_class c
LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=c.oid AND d.objsubid=0 AND d.classoid='pg_class'::regclass
WHERE c.relnamespace=(SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = 'shop') AND c.relkind not in ('i','I','c');

-- PostgreSchema.TableCache.prepareLookupStatement: the same for schema public.
SELECT c.oid,c.*,d.description,pg_catalog.pg_get_expr(c.relpartbound, c.oid) as partition_expr,  pg_catalog.pg_get_partkeydef(c.oid) as partition_key 
FROM pg_catalog.pg_class c
LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=c.oid AND d.objsubid=0 AND d.classoid='pg_class'::regclass
WHERE c.relnamespace=(SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = 'public') AND c.relkind not in ('i','I','c');

-- PostgreSchema.TableCache.prepareChildrenStatement: every column of every table and view of schema shop, with
-- defaults, comments and the sequence an identity column owns (expanding a table in the navigator). Its ORDER BY
-- a.attnum leaves ties between tables, so rows are compared as a multiset.
-- (parameter: the OID of schema shop)
-- @unordered
SELECT c.relname,a.*,pg_catalog.pg_get_expr(ad.adbin, ad.adrelid, true) as def_value,dsc.description,dep.objid
FROM pg_catalog.pg_attribute a
INNER JOIN pg_catalog.pg_class c ON (a.attrelid=c.oid)
LEFT OUTER JOIN pg_catalog.pg_attrdef ad ON (a.attrelid=ad.adrelid AND a.attnum = ad.adnum)
LEFT OUTER JOIN pg_catalog.pg_description dsc ON (c.oid=dsc.objoid AND a.attnum = dsc.objsubid)
LEFT OUTER JOIN pg_depend dep on dep.refobjid = a.attrelid AND dep.deptype = 'i' and dep.refobjsubid = a.attnum and dep.classid = dep.refclassid
WHERE NOT a.attisdropped AND c.relkind not in ('i','I','c') AND c.relnamespace=(SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = 'shop')
ORDER BY a.attnum;

-- PostgreSchema.TableCache.prepareChildrenStatement for one table (opening public.measurements).
-- (parameter: the OID of table public.measurements)
SELECT c.relname,a.*,pg_catalog.pg_get_expr(ad.adbin, ad.adrelid, true) as def_value,dsc.description,dep.objid
FROM pg_catalog.pg_attribute a
INNER JOIN pg_catalog.pg_class c ON (a.attrelid=c.oid)
LEFT OUTER JOIN pg_catalog.pg_attrdef ad ON (a.attrelid=ad.adrelid AND a.attnum = ad.adnum)
LEFT OUTER JOIN pg_catalog.pg_description dsc ON (c.oid=dsc.objoid AND a.attnum = dsc.objsubid)
LEFT OUTER JOIN pg_depend dep on dep.refobjid = a.attrelid AND dep.deptype = 'i' and dep.refobjsubid = a.attnum and dep.classid = dep.refclassid
WHERE NOT a.attisdropped AND c.relkind not in ('i','I','c') AND c.oid=(SELECT oid FROM pg_catalog.pg_class WHERE relname = 'measurements' AND relnamespace = (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = 'public'))
ORDER BY a.attnum;

-- PostgreSchema.ConstraintCache.prepareObjectsStatement: primary, unique, check and foreign keys of schema shop
-- ("Constraints" and "Foreign Keys" folders). Ordered by OID: compared as a multiset, since servers may number
-- the constraints in another order.
-- (parameter: the OID of schema shop)
-- @unordered
SELECT c.oid,c.*,t.relname as tabrelname,rt.relnamespace as refnamespace,d.description, case when c.contype='c' then "substring"(pg_get_constraintdef(c.oid), 7) else null end consrc_copy
FROM pg_catalog.pg_constraint c
INNER JOIN pg_catalog.pg_class t ON t.oid=c.conrelid
LEFT OUTER JOIN pg_catalog.pg_class rt ON rt.oid=c.confrelid
LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=c.oid AND d.objsubid=0 AND d.classoid='pg_constraint'::regclass
WHERE t.relnamespace=(SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = 'shop')
ORDER BY c.oid;

-- PostgreSchema.IndexCache.prepareObjectsStatement: the indexes of schema shop ("Indexes" folder). The on-disk
-- size and the scan counter are statistics of the storage, not metadata: their values are not compared.
-- (parameter: the OID of schema shop)
-- @ignore-values index_rel_size, index_num_scans
SELECT i.*,i.indkey as keys,c.relname,c.relnamespace,c.relam,c.reltablespace,tc.relname as tabrelname,dsc.description,pg_catalog.pg_get_expr(i.indpred, i.indrelid) as pred_expr,pg_catalog.pg_get_expr(i.indexprs, i.indrelid, true) as expr,pg_catalog.pg_relation_size(i.indexrelid) as index_rel_size,pg_catalog.pg_stat_get_numscans(i.indexrelid) as index_num_scans
FROM pg_catalog.pg_index i
INNER JOIN pg_catalog.pg_class c ON c.oid=i.indexrelid
INNER JOIN pg_catalog.pg_class tc ON tc.oid=i.indrelid
LEFT OUTER JOIN pg_catalog.pg_description dsc ON i.indexrelid=dsc.objoid
WHERE  c.relnamespace=(SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = 'shop') ORDER BY c.relname;

-- PostgreViewBase.readDefinition: the source of view shop.big_orders ("Source" tab).
-- (parameter: the view's OID, concatenated into the text)
SELECT pg_get_viewdef((SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'shop' AND c.relname = 'big_orders'), true);

-- PostgreSequence.loadAdditionalInfo: the properties of sequence shop.invoice_no.
-- (parameters: the schema and sequence names)
SELECT * from pg_catalog.pg_sequences WHERE schemaname='shop' AND sequencename='invoice_no';
