-- Errors as PostgreSQL reports them: SQLSTATE, message, DETAIL, HINT and cursor position, for
-- unknown objects (42P01, 42703, 42883, 42704, 3F000), syntax (42601), types (42804, 42846,
-- 22P02, 22003, 22001, 22007, 22008), arithmetic (22012, 2201E, 2201F), ambiguity (42702),
-- unsupported features (0A000) and others (21000, 22011, 2201W, 2201X, 25P02, 54000). The session
-- stays usable after each of them.

CREATE TABLE t (id int PRIMARY KEY, name varchar(5), qty smallint, at date);
INSERT INTO t VALUES (1, 'ab', 1, '2024-01-01');
CREATE TABLE u (id int, name text);

-- Undefined objects.
-- @error
SELECT * FROM missing;
-- @error
SELECT * FROM public.missing;
-- @error
SELECT * FROM missing_schema.t;
-- @error
SELECT nope FROM t;
-- @error
SELECT t.nope FROM t;
-- @error
SELECT x.id FROM t;
-- @error
SELECT nam FROM t;
-- @error
SELECT no_such_function(1);
-- @error
SELECT length(1, 2, 3);
-- @error
SELECT 1::no_such_type;
-- @error
CREATE TABLE missing_schema.t (a int);
-- @error
SELECT 'a' + 1;
-- @error
SELECT 1 + true;
-- @error
SELECT -'abc'::text;
-- @error
SELECT * FROM t WHERE id = 'x';
-- @error
SELECT id FROM t, u;
-- @error
SELECT * FROM t JOIN u USING (id) WHERE name = 'x';

-- Syntax errors.
-- @error
SELEC 1;
-- @error
SELECT 1 +;
-- @error
SELECT * FROM;
-- @error
SELECT (1;
-- @error
SELECT 'a' 'b';
-- @error
INSERT INTO t VALUES 1;
-- @error
SELECT 1 FROM t WHERE;
-- @error
CREATE TABLE select (a int);

-- Type and value errors.
-- @error
SELECT 'abc'::int;
-- @error
SELECT ''::int;
-- @error
SELECT '1.5'::int;
-- @error
SELECT '2024-13-01'::date;
-- @error
SELECT 'maybe'::boolean;
-- @error
SELECT 40000::smallint;
-- @error
SELECT 2147483647 + 1;
-- @error
SELECT (-9223372036854775807 - 1) * -1;
-- @error
SELECT 1e400::float8;
-- @error
SELECT 12345.678::numeric(5,2);
-- @error
INSERT INTO t VALUES (2, 'toolong', 1, NULL);
-- @error
INSERT INTO t VALUES (2, 'ok', 100000, NULL);
-- @error
INSERT INTO t (id, at) VALUES (2, 'yesterday-ish');
-- @error
UPDATE t SET qty = 'many';
-- @error
INSERT INTO t (id, at) VALUES (3, 5);
-- @error
SELECT CASE WHEN true THEN 1 ELSE 'x' END;
-- @error
SELECT CASE WHEN true THEN 1 ELSE false END;
-- @error
SELECT * FROM t WHERE 1;
-- @error
SELECT NULLIF(1, 'a');
-- @error
SELECT 1::int::point;
-- @error
SELECT '2024-01-01'::date::int;

-- Arithmetic.
-- @error
SELECT 1 / 0;
-- @error
SELECT 1.0 / 0;
-- @error
SELECT 1 % 0;
-- @error
SELECT 1::float8 / 0;
-- @error
SELECT sqrt(-1);
-- @error
SELECT ln(0);
-- @error
SELECT log(-1);
-- @error
SELECT 0 ^ -1.0;

-- Other classes.
-- @error
SELECT (SELECT g FROM generate_series(1, 2) g);
-- @error
SELECT substr('abc', 1, -1);
-- @error
SELECT repeat('x', -1) || chr(0);
-- @error
SELECT 'abc' LIMIT -1;
-- @error
SELECT 'abc' OFFSET -1;
-- @error
SELECT * FROM t FOR UPDATE OF u;
-- @error
SELECT random() GROUP BY 1 HAVING sum(1);
-- @error
LISTEN;

-- Features PostgreSQL does not implement in these forms.
-- @error
SELECT count(*) FROM t FOR UPDATE;
-- @error
SELECT * FROM otherdb.public.t;
-- @error
SELECT DISTINCT id FROM t FOR SHARE;

-- After an error the session works, and inside a transaction block everything fails with 25P02.
SELECT 1 AS still_fine;
BEGIN;
-- @error
SELECT * FROM missing;
-- @error
SELECT 1;
-- @error
SHOW search_path;
ROLLBACK;
SELECT count(*) FROM t;
