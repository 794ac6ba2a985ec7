-- Views, schemas and qualified names, indexes, TRUNCATE and COMMENT, with IF [NOT] EXISTS
-- notices and the matching errors.

CREATE TABLE src (id int PRIMARY KEY, name text DEFAULT 'anon', score real);
INSERT INTO src VALUES (1, 'a', 1.5), (2, 'b', 2.5), (3, DEFAULT, NULL);
CREATE TABLE copy1 AS SELECT id, name FROM src WHERE id < 3;
CREATE TABLE copy2 (id serial, v text);
INSERT INTO copy2 (v) VALUES ('x'), ('y');

-- Views.
CREATE VIEW good AS SELECT id, name FROM src WHERE score > 2;
SELECT * FROM good;
CREATE OR REPLACE VIEW good AS SELECT id, name, score FROM src WHERE score > 1;
SELECT * FROM good ORDER BY id;
INSERT INTO src VALUES (4, 'd', 9);
SELECT count(*) FROM good;
INSERT INTO good VALUES (5, 'e', 5);
SELECT id FROM src ORDER BY id;
CREATE VIEW named (x, y) AS SELECT 1, 'one';
SELECT x, y FROM named;
-- @error
CREATE VIEW good AS SELECT 1;
-- @error
CREATE OR REPLACE VIEW good AS SELECT id FROM src;
-- @error
DROP TABLE src;
-- @error
DROP TABLE good;
DROP VIEW good;
DROP VIEW IF EXISTS good;

-- Schemas and qualified names.
CREATE SCHEMA app;
CREATE SCHEMA IF NOT EXISTS app;
CREATE TABLE app.thing (id int);
INSERT INTO app.thing VALUES (7);
SELECT * FROM app.thing;
SELECT app.thing.id FROM app.thing;
-- @error
SELECT * FROM thing;
-- @error
CREATE SCHEMA app;
-- @error
DROP SCHEMA app;
DROP SCHEMA app CASCADE;
-- @error
SELECT * FROM app.thing;
-- @error
CREATE TABLE nope.thing (id int);

-- Indexes.
CREATE INDEX src_name_idx ON src (name);
CREATE UNIQUE INDEX src_score_uq ON src (score);
CREATE INDEX IF NOT EXISTS src_name_idx ON src (name);
-- @error
INSERT INTO src VALUES (6, 'f', 9);
CREATE INDEX ON src (lower(name));
DROP INDEX src_score_uq;
INSERT INTO src VALUES (6, 'f', 9);
DROP INDEX IF EXISTS src_score_uq;
-- @error
DROP INDEX src_score_uq;
-- @error
CREATE INDEX src_name_idx ON src (id);

-- TRUNCATE and COMMENT.
TRUNCATE src;
SELECT count(*) FROM src;
TRUNCATE TABLE copy1, copy2 RESTART IDENTITY;
SELECT (SELECT count(*) FROM copy1) + (SELECT count(*) FROM copy2) AS n;
INSERT INTO copy2 (v) VALUES ('z') RETURNING id;
TRUNCATE copy2 CONTINUE IDENTITY;
INSERT INTO copy2 (v) VALUES ('w') RETURNING id;
-- @error
TRUNCATE nope;
COMMENT ON TABLE src IS 'source rows';
SELECT obj_description('src'::regclass, 'pg_class');
COMMENT ON COLUMN src.name IS NULL;

-- A view over a join with an aggregate, and dropping what depends on a table.
CREATE TABLE grp (id int PRIMARY KEY, label text);
INSERT INTO grp VALUES (1, 'one'), (2, 'two');
CREATE VIEW grp_counts AS SELECT g.label, count(c.id) AS n FROM grp g LEFT JOIN copy1 c ON c.id = g.id GROUP BY g.label;
INSERT INTO copy1 VALUES (1, 'again');
SELECT * FROM grp_counts ORDER BY label;
DROP TABLE grp CASCADE;
-- @error
SELECT * FROM grp_counts;
