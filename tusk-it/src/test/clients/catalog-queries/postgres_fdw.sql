-- Every statement postgres_fdw of PostgreSQL 15 sends to the remote server, in order, for IMPORT FOREIGN SCHEMA shop
-- and the queries of PostgresFdwCatalogTest;
-- captured with log_statement = all on PostgreSQL 15.18 (OIDs in them are that server's). Parameters follow
-- their statement as a comment.

SET search_path = pg_catalog;

SET timezone = 'GMT';

SET datestyle = ISO;

SET intervalstyle = postgres;

SET extra_float_digits = 3;

START TRANSACTION ISOLATION LEVEL REPEATABLE READ;

SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = 'shop';

SELECT relname,   attname,   format_type(atttypid, atttypmod),   attnotnull,   pg_get_expr(adbin, adrelid),   attgenerated,   collname,   collnsp.nspname FROM pg_class c   JOIN pg_namespace n ON     relnamespace = n.oid   LEFT JOIN pg_attribute a ON     attrelid = c.oid AND attnum > 0       AND NOT attisdropped   LEFT JOIN pg_attrdef ad ON     adrelid = c.oid AND adnum = attnum   LEFT JOIN pg_collation coll ON     coll.oid = attcollation   LEFT JOIN pg_namespace collnsp ON     collnsp.oid = collnamespace WHERE c.relkind IN ('r','v','f','m','p')   AND n.nspname = 'shop' AND NOT c.relispartition  ORDER BY c.relname, a.attnum;

COMMIT TRANSACTION;

START TRANSACTION ISOLATION LEVEL REPEATABLE READ;

DECLARE c1 CURSOR FOR
SELECT id, email, name, score, active FROM shop.customers ORDER BY id ASC NULLS LAST;

FETCH 100 FROM c1;

CLOSE c1;

COMMIT TRANSACTION;

START TRANSACTION ISOLATION LEVEL REPEATABLE READ;

DECLARE c1 CURSOR FOR
SELECT sku, title, price, weight_kg, tags, attributes, added FROM shop.products ORDER BY sku ASC NULLS LAST;

FETCH 100 FROM c1;

CLOSE c1;

COMMIT TRANSACTION;

START TRANSACTION ISOLATION LEVEL REPEATABLE READ;

DECLARE c1 CURSOR FOR
SELECT order_id, status FROM shop.orders WHERE ((status = 'new'));

FETCH 100 FROM c1;

CLOSE c1;

COMMIT TRANSACTION;

START TRANSACTION ISOLATION LEVEL REPEATABLE READ;

DECLARE c1 CURSOR FOR
SELECT sku, title FROM shop.products WHERE ((price > 10::numeric)) ORDER BY sku ASC NULLS LAST;

FETCH 100 FROM c1;

CLOSE c1;

COMMIT TRANSACTION;

START TRANSACTION ISOLATION LEVEL REPEATABLE READ;

DECLARE c1 CURSOR FOR
SELECT order_id, customer_id, status FROM shop.orders;

FETCH 100 FROM c1;

DECLARE c2 CURSOR FOR
SELECT id, name FROM shop.customers;

FETCH 100 FROM c2;

CLOSE c2;

CLOSE c1;

COMMIT TRANSACTION;

START TRANSACTION ISOLATION LEVEL REPEATABLE READ;

DECLARE c1 CURSOR FOR
SELECT count(*), sum(quantity), max(unit_price) FROM shop.order_items;

FETCH 100 FROM c1;

CLOSE c1;

COMMIT TRANSACTION;

START TRANSACTION ISOLATION LEVEL REPEATABLE READ;

DECLARE c1 CURSOR FOR
SELECT order_id, customer_id, total FROM shop.big_orders ORDER BY order_id ASC NULLS LAST;

FETCH 100 FROM c1;

CLOSE c1;

COMMIT TRANSACTION;
