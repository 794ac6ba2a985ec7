-- Schemas, search_path, views with their dependencies, COMMENT, storage parameters, VACUUM and
-- ANALYZE: tags, notices, the DETAIL and HINT of 2BP01, and transactional DDL seen from two sessions.

-- Schemas and qualified names.
CREATE SCHEMA app;
CREATE SCHEMA IF NOT EXISTS app;
-- @error
CREATE SCHEMA app;
-- @error
CREATE SCHEMA pg_mine;
-- @error
CREATE SCHEMA AUTHORIZATION no_such_role;
CREATE TABLE app.item (id serial PRIMARY KEY, label text NOT NULL);
INSERT INTO app.item (label) VALUES ('one'), ('two') RETURNING id, label;
SELECT app.item.label FROM app.item ORDER BY app.item.id;
SELECT nextval('app.item_id_seq');
UPDATE app.item SET label = upper(label) WHERE id = 2;
DELETE FROM app.item WHERE id = 1;
SELECT * FROM app.item;
-- @error
SELECT * FROM item;
CREATE SEQUENCE app.counter;
SELECT nextval('app.counter');
-- @error
CREATE TABLE nowhere.t (a int);
-- @error
SELECT * FROM nowhere.t;

-- search_path: lookup and creation in its first existing schema.
SET search_path = app, public;
SELECT label FROM item;
CREATE TABLE made_here (a int);
SELECT count(*) FROM app.made_here;
SET search_path = missing_schema;
-- @error
CREATE TABLE lost (a int);
RESET search_path;
-- @error
SELECT * FROM made_here;

-- DROP SCHEMA: RESTRICT lists the dependents, CASCADE drops them.
CREATE SCHEMA empty_one;
DROP SCHEMA empty_one;
-- @error
DROP SCHEMA app;
-- @error
DROP SCHEMA app RESTRICT;
-- @error
DROP SCHEMA missing_schema;
DROP SCHEMA IF EXISTS missing_schema, other_missing;
-- @error
DROP SCHEMA pg_catalog;
BEGIN;
DROP SCHEMA app CASCADE;
-- @error
SELECT * FROM app.item;
ROLLBACK;
SELECT * FROM app.item;
-- @error
ALTER SCHEMA empty_missing RENAME TO x;
CREATE SCHEMA plain;
CREATE TABLE plain.t (a int);
INSERT INTO plain.t VALUES (1);
ALTER SCHEMA plain RENAME TO renamed;
SELECT a FROM renamed.t;
-- @error
SELECT a FROM plain.t;
-- @error
ALTER SCHEMA renamed RENAME TO pg_renamed;
-- @error
ALTER SCHEMA renamed RENAME TO app;
DROP SCHEMA renamed CASCADE;

-- Views.
CREATE TABLE base (id int PRIMARY KEY, name text, score numeric(6,2));
INSERT INTO base VALUES (1, 'a', 1.5), (2, 'b', 2.5), (3, 'c', NULL);
CREATE VIEW high AS SELECT id, name FROM base WHERE score > 2;
SELECT * FROM high;
CREATE OR REPLACE VIEW high AS SELECT id, name, score FROM base WHERE score > 1;
SELECT * FROM high ORDER BY id;
SELECT h.name, b.score FROM high h JOIN base b USING (id) ORDER BY h.id;
CREATE VIEW high_count AS SELECT count(*) AS n, max(score) AS top FROM high;
SELECT n, top FROM high_count;
CREATE VIEW labels (x, y) AS SELECT 1, 'one';
SELECT x, y FROM labels;
CREATE VIEW app.in_app AS SELECT label FROM app.item;
SELECT * FROM app.in_app;
-- @error
CREATE VIEW high AS SELECT 1;
-- @error
CREATE OR REPLACE VIEW high AS SELECT id FROM base;
-- @error
CREATE OR REPLACE VIEW high AS SELECT id, name AS label, score FROM base;
-- @error
CREATE OR REPLACE VIEW high AS SELECT id, name, score::text FROM base;
-- @error
CREATE OR REPLACE VIEW base AS SELECT 1;
-- @error
CREATE VIEW too_many (a, b) AS SELECT 1;
-- @error
CREATE VIEW broken AS SELECT no_such_column FROM base;
-- @error
DROP TABLE base;
-- @error
DROP VIEW high;
-- @error
DROP TABLE high;
-- @error
DROP VIEW base;
-- @error
DROP VIEW no_such_view;
DROP VIEW IF EXISTS no_such_view;
-- @error
DROP SCHEMA app;
BEGIN;
DROP TABLE base CASCADE;
-- @error
SELECT * FROM high;
ROLLBACK;
SELECT count(*) FROM high_count;
DROP VIEW high CASCADE;
-- @error
SELECT * FROM high_count;
DROP VIEW labels, app.in_app;

-- Views and a second session: uncommitted views are invisible, ROLLBACK removes them.
BEGIN;
CREATE VIEW pending AS SELECT id FROM base;
SELECT count(*) FROM pending;
-- @session 2
-- @error
SELECT * FROM pending;
-- @session 1
COMMIT;
-- @session 2
SELECT count(*) FROM pending;
-- @session 1
BEGIN;
DROP VIEW pending;
ROLLBACK;
SELECT count(*) FROM pending;

-- COMMENT.
COMMENT ON TABLE base IS 'the base rows';
COMMENT ON COLUMN base.name IS 'a name';
COMMENT ON COLUMN base.name IS NULL;
COMMENT ON VIEW pending IS 'ids';
COMMENT ON SCHEMA app IS 'application';
COMMENT ON SEQUENCE app.counter IS 'a counter';
COMMENT ON INDEX base_pkey IS 'the key';
-- @error
COMMENT ON TABLE pending IS 'x';
-- @error
COMMENT ON VIEW base IS 'x';
-- @error
COMMENT ON COLUMN base.nope IS 'x';
-- @error
COMMENT ON COLUMN nope IS 'x';
-- @error
COMMENT ON TABLE nope IS 'x';
-- @error
COMMENT ON SCHEMA nope IS 'x';
-- @error
COMMENT ON SEQUENCE base IS 'x';
-- @error
COMMENT ON INDEX base IS 'x';

-- Storage parameters.
CREATE TABLE tellers (tid int NOT NULL, bid int, tbalance int, filler char(84)) WITH (fillfactor=100);
CREATE TABLE tuned (a int) WITH (fillfactor=70, autovacuum_enabled=false, toast.autovacuum_enabled=off);
CREATE TABLE tuned2 (a int) WITH (FillFactor=50, autovacuum_vacuum_scale_factor=0.5, oids=false);
-- @error
CREATE TABLE bad (a int) WITH (fillfactor=5);
-- @error
CREATE TABLE bad (a int) WITH (fillfactor='x');
-- @error
CREATE TABLE bad (a int) WITH (fillfactor);
-- @error
CREATE TABLE bad (a int) WITH (no_such_parameter=1);
-- @error
CREATE TABLE bad (a int) WITH (fillfactor=10, fillfactor=20);
-- @error
CREATE TABLE bad (a int) WITH (autovacuum_enabled=maybe);
-- @error
CREATE TABLE bad (a int) WITH (autovacuum_vacuum_scale_factor=200);
-- @error
CREATE TABLE bad (a int) WITH (vacuum_index_cleanup=sometimes);
-- @error
CREATE TABLE bad (a int) WITH (toast.fillfactor=50);
-- @error
CREATE TABLE bad (a int) WITH (other.fillfactor=50);
-- @error
CREATE TABLE bad (a int) WITH (oids=true);
-- @error
CREATE TABLE bad (a int) WITH (parallel_workers=5000);
ALTER TABLE tuned SET (fillfactor=80, parallel_workers=2);
ALTER TABLE tuned RESET (fillfactor, no_such_parameter);
-- @error
ALTER TABLE tuned SET (fillfactor=101);
-- @error
ALTER TABLE tuned RESET (fillfactor=1);
-- @error
ALTER TABLE no_such_table SET (fillfactor=50);
ALTER TABLE IF EXISTS no_such_table SET (fillfactor=50);

-- VACUUM and ANALYZE.
VACUUM tellers;
VACUUM;
VACUUM ANALYZE tellers;
VACUUM FULL tellers, tuned;
VACUUM (ANALYZE, FREEZE) tuned;
VACUUM ANALYZE tellers (tid, bid);
ANALYZE;
ANALYZE tellers;
ANALYZE tuned (a);
VACUUM pending;
ANALYZE pending;
-- @error
VACUUM tellers (tid);
-- @error
ANALYZE tellers (no_such_column);
-- @error
VACUUM no_such_table;
-- @error
VACUUM (no_such_option) tellers;
-- @error
ANALYZE (no_such_option) tellers;
BEGIN;
-- @error
VACUUM tellers;
ROLLBACK;
BEGIN;
ANALYZE tellers;
COMMIT;
