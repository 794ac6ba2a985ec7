-- Tables: CREATE/DROP/ALTER TABLE, IF [NOT] EXISTS notices, CREATE TABLE AS, SELECT INTO and
-- LIKE, and the matching errors. Views, schemas and indexes: ddl-objects.sql.

CREATE TABLE t (a int, b text);
-- @error
CREATE TABLE t (a int);
CREATE TABLE IF NOT EXISTS t (a int);
INSERT INTO t VALUES (1, 'x'), (2, 'y');
ALTER TABLE t ADD COLUMN c numeric(5,2) DEFAULT 1.5;
ALTER TABLE t ADD COLUMN IF NOT EXISTS c int;
SELECT * FROM t ORDER BY a;
ALTER TABLE t RENAME COLUMN b TO label;
ALTER TABLE t ALTER COLUMN label SET NOT NULL;
ALTER TABLE t ALTER COLUMN a TYPE bigint;
ALTER TABLE t ALTER COLUMN c TYPE int USING (c * 2)::int;
SELECT a, label, c, pg_typeof(a), pg_typeof(c) FROM t ORDER BY a;
ALTER TABLE t DROP COLUMN c;
ALTER TABLE t DROP COLUMN IF EXISTS c;
-- @error
ALTER TABLE t DROP COLUMN c;
-- @error
ALTER TABLE t ADD COLUMN a int;
-- @error
ALTER TABLE t RENAME COLUMN nope TO other;
-- @error
ALTER TABLE t ALTER COLUMN label TYPE int;
ALTER TABLE t RENAME TO t2;
-- @error
SELECT * FROM t;
SELECT * FROM t2 ORDER BY a;
ALTER TABLE IF EXISTS nope RENAME TO nope2;
-- @error
ALTER TABLE nope ADD COLUMN x int;
DROP TABLE t2;
DROP TABLE IF EXISTS t2;
-- @error
DROP TABLE t2;
DROP TABLE IF EXISTS x1, x2;

-- CREATE TABLE AS, SELECT INTO and LIKE.
CREATE TABLE src (id int PRIMARY KEY, name text DEFAULT 'anon', score real);
INSERT INTO src VALUES (1, 'a', 1.5), (2, 'b', 2.5), (3, DEFAULT, NULL);
CREATE TABLE copy1 AS SELECT id, name FROM src WHERE id < 3;
SELECT * FROM copy1 ORDER BY id;
CREATE TABLE copy2 (num, label) AS SELECT id * 10, upper(name) FROM src;
SELECT * FROM copy2 ORDER BY num;
CREATE TABLE copy3 AS SELECT * FROM src WITH NO DATA;
SELECT count(*) FROM copy3;
SELECT id INTO copy4 FROM src WHERE score IS NULL;
SELECT * FROM copy4;
CREATE TABLE copy5 (LIKE src INCLUDING DEFAULTS);
INSERT INTO copy5 (id) VALUES (1);
SELECT * FROM copy5;
CREATE TABLE IF NOT EXISTS copy1 AS SELECT 1;

-- Errors in DDL syntax and types.
-- @error
CREATE TABLE bad (a nosuchtype);
-- @error
CREATE TABLE bad (a int, a int);
-- @error
CREATE TABLE bad (a int PRIMARY KEY, b int PRIMARY KEY);
-- @error
CREATE TABLE bad (a int DEFAULT 'x');
-- @error
CREATE TABLE (a int);
