-- SQL-level PREPARE/EXECUTE/DEALLOCATE, cursors (DECLARE/FETCH/MOVE/CLOSE) and LISTEN/UNLISTEN/NOTIFY/pg_notify:
-- tags, results and errors. EXPLAIN is tested separately (its plan text cannot match PostgreSQL's); COPY needs
-- the COPY sub-protocol and is tested with pgjdbc's CopyManager.

CREATE TABLE pt (a int PRIMARY KEY, b varchar(3));

-- PREPARE and EXECUTE
PREPARE ins(int, text) AS INSERT INTO pt VALUES ($1, $2);
EXECUTE ins(1, 'x');
EXECUTE ins('2', 'y');
-- @error
EXECUTE ins(3, 'yyyy');
PREPARE sel(int) AS SELECT a, b FROM pt WHERE a = $1;
EXECUTE sel(1);
EXECUTE sel('2');
EXECUTE sel(3);
PREPARE two AS SELECT $1 + 1 AS n;
EXECUTE two(41);
PREPARE untyped AS SELECT $1 AS v;
EXECUTE untyped('hello');
PREPARE upd(int, text) AS UPDATE pt SET b = $2 WHERE a = $1 RETURNING a, b;
EXECUTE upd(1, 'z');
PREPARE del(int) AS DELETE FROM pt WHERE a = $1;
EXECUTE del(2);
SELECT * FROM pt ORDER BY a;
-- @error
EXECUTE sel(1, 2);
-- @error
EXECUTE sel;
-- @error
EXECUTE sel('abc');
-- @error
PREPARE sel AS SELECT 1;
-- @error
EXECUTE nope;
-- @error
DEALLOCATE nope;
PREPARE pd AS SELECT $1::date AS d;
-- @error
EXECUTE pd('2020-01-01'::text);
EXECUTE pd('2020-01-02');
DEALLOCATE sel;
-- @error
EXECUTE sel(1);
DEALLOCATE PREPARE ins;
DEALLOCATE ALL;
-- @error
EXECUTE two(1);
-- PREPARE is not transactional
BEGIN;
PREPARE inx AS SELECT 7 AS seven;
ROLLBACK;
EXECUTE inx;
-- an error inside a block aborts it
BEGIN;
-- @error
EXECUTE nope;
-- @error
EXECUTE inx;
ROLLBACK;

-- Cursors
-- @error
DECLARE c CURSOR FOR SELECT 1;
BEGIN;
DECLARE c SCROLL CURSOR FOR SELECT g FROM generate_series(1, 5) g;
FETCH 2 FROM c;
FETCH NEXT c;
FETCH PRIOR c;
FETCH LAST c;
FETCH c;
FETCH BACKWARD 2 c;
FETCH ABSOLUTE 2 c;
FETCH ABSOLUTE -2 c;
FETCH RELATIVE -1 c;
FETCH RELATIVE 0 c;
FETCH FIRST IN c;
FETCH FORWARD 3 c;
FETCH ALL IN c;
FETCH BACKWARD ALL c;
MOVE LAST IN c;
MOVE ABSOLUTE 0 IN c;
MOVE ALL IN c;
MOVE BACKWARD 2 IN c;
FETCH c;
FETCH ABSOLUTE 9 c;
FETCH PRIOR c;
-- @error
DECLARE c CURSOR FOR SELECT 1;
ROLLBACK;
BEGIN;
DECLARE n NO SCROLL CURSOR FOR SELECT g FROM generate_series(1, 5) g;
FETCH FORWARD 2 n;
MOVE FORWARD 1 n;
FETCH ABSOLUTE 5 n;
-- @error
FETCH PRIOR n;
ROLLBACK;
BEGIN;
DECLARE n NO SCROLL CURSOR FOR SELECT g FROM generate_series(1, 5) g;
FETCH 2 n;
-- @error
FETCH ABSOLUTE 1 n;
ROLLBACK;
BEGIN;
DECLARE n NO SCROLL CURSOR FOR SELECT g FROM generate_series(1, 5) g;
-- @error
FETCH LAST n;
ROLLBACK;
BEGIN;
DECLARE t CURSOR FOR SELECT a, b FROM pt ORDER BY a;
INSERT INTO pt VALUES (5, 'new');
FETCH ALL t;
CLOSE t;
-- @error
FETCH t;
ROLLBACK;
BEGIN;
DECLARE h CURSOR WITH HOLD FOR SELECT g, g * 2 AS twice FROM generate_series(1, 3) g;
DECLARE w CURSOR FOR SELECT 1;
COMMIT;
FETCH h;
-- @error
FETCH w;
FETCH ALL h;
CLOSE h;
-- @error
CLOSE h;
BEGIN;
DECLARE a CURSOR FOR SELECT 1;
DECLARE b CURSOR FOR SELECT 2;
CLOSE ALL;
-- @error
FETCH a;
ROLLBACK;
BEGIN;
DECLARE r CURSOR WITH HOLD FOR SELECT 1;
ROLLBACK;
-- @error
FETCH r;
DECLARE r2 CURSOR WITH HOLD FOR SELECT 3 AS three;
FETCH r2;
CLOSE r2;
-- @error
CLOSE nope;

-- LISTEN / NOTIFY (delivery is tested with two pgjdbc sessions; here the tags and errors)
LISTEN ch;
LISTEN ch;
NOTIFY ch;
NOTIFY ch, 'payload';
SELECT pg_notify('ch', 'via function');
SELECT pg_notify('ch', NULL);
BEGIN;
NOTIFY ch, 'a';
NOTIFY ch, 'a';
COMMIT;
UNLISTEN ch;
UNLISTEN nothere;
UNLISTEN *;
-- @error
SELECT pg_notify('', 'x');
-- @error
SELECT pg_notify(NULL, 'x');
-- @error
SELECT pg_notify('ch', repeat('x', 8000));
SELECT pg_notify('ch', repeat('x', 7999));
