-- Common table expressions: plain, several, referenced twice, in DML, data-modifying, recursive
-- (counters, trees, graphs with cycle guards), SEARCH and CYCLE clauses, MATERIALIZED hints.

CREATE TABLE node (id int PRIMARY KEY, parent int, name text);
INSERT INTO node VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1'), (5, 2, 'a2'), (6, 4, 'a1x'), (7, 3, 'b1');

WITH t AS (SELECT 1 AS v) SELECT v FROM t;
WITH t (n) AS (SELECT 1 UNION ALL SELECT 2) SELECT n * 10 FROM t;
WITH x AS (SELECT id, name FROM node WHERE parent = 1), y AS (SELECT count(*) AS c FROM x) SELECT x.name, y.c FROM x, y ORDER BY x.name;
WITH leaves AS (SELECT id FROM node n WHERE NOT EXISTS (SELECT 1 FROM node c WHERE c.parent = n.id)) SELECT count(*) FROM leaves;
WITH t AS (SELECT id FROM node) SELECT a.id, b.id FROM t a JOIN t b ON b.id = a.id + 5;
WITH t AS MATERIALIZED (SELECT id FROM node WHERE id < 3) SELECT * FROM t;
WITH t AS NOT MATERIALIZED (SELECT id FROM node WHERE id > 5) SELECT * FROM t ORDER BY id;
WITH outer_cte AS (WITH inner_cte AS (SELECT 2 AS v) SELECT v * 3 AS w FROM inner_cte) SELECT w FROM outer_cte;
SELECT (WITH t AS (SELECT 5 AS v) SELECT v FROM t) AS scalar;
SELECT * FROM node WHERE id IN (WITH k AS (SELECT 2 UNION SELECT 3) SELECT * FROM k);

-- Recursive CTEs.
WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) SELECT i FROM n;
WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) SELECT sum(i), count(*) FROM n;
WITH RECURSIVE fib (a, b) AS (SELECT 0::int8, 1::int8 UNION ALL SELECT b, a + b FROM fib WHERE b < 1000) SELECT a FROM fib ORDER BY a;
WITH RECURSIVE fact (n, f) AS (SELECT 1, 1::numeric UNION ALL SELECT n + 1, f * (n + 1) FROM fact WHERE n < 25) SELECT n, f FROM fact WHERE n IN (20, 25) ORDER BY n;
WITH RECURSIVE sub (id, name, depth) AS (
    SELECT id, name, 0 FROM node WHERE parent IS NULL
    UNION ALL
    SELECT c.id, c.name, s.depth + 1 FROM node c JOIN sub s ON c.parent = s.id
) SELECT id, name, depth FROM sub ORDER BY id;
WITH RECURSIVE path (id, path) AS (
    SELECT id, name FROM node WHERE parent IS NULL
    UNION ALL
    SELECT c.id, p.path || '/' || c.name FROM node c JOIN path p ON c.parent = p.id
) SELECT path FROM path ORDER BY path;
WITH RECURSIVE up (id, parent, name) AS (
    SELECT id, parent, name FROM node WHERE id = 6
    UNION ALL
    SELECT n.id, n.parent, n.name FROM node n JOIN up u ON n.id = u.parent
) SELECT string_agg(name, ' <- ' ORDER BY id DESC) FROM up;
WITH RECURSIVE d (n) AS (SELECT 1 UNION SELECT n % 3 + 1 FROM d) SELECT n FROM d ORDER BY n;
WITH RECURSIVE t (n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT n FROM t ORDER BY n DESC;

-- A graph with a cycle: the UNION (not ALL) and an explicit path check stop it.
CREATE TABLE edge (src int, dst int);
INSERT INTO edge VALUES (1, 2), (2, 3), (3, 1), (3, 4), (4, 5);
WITH RECURSIVE reach (n) AS (SELECT 1 UNION SELECT e.dst FROM edge e JOIN reach r ON e.src = r.n) SELECT n FROM reach ORDER BY n;
WITH RECURSIVE walk (n, path, cyc) AS (
    SELECT 1, ARRAY[1], false
    UNION ALL
    SELECT e.dst, w.path || e.dst, e.dst = ANY (w.path) FROM edge e JOIN walk w ON e.src = w.n WHERE NOT w.cyc
) SELECT path, cyc FROM walk ORDER BY array_length(path, 1), path;
WITH RECURSIVE walk (n) AS (SELECT 1 UNION ALL SELECT e.dst FROM edge e JOIN walk w ON e.src = w.n)
    CYCLE n SET is_cycle USING route
    SELECT n, is_cycle, route FROM walk ORDER BY route;
WITH RECURSIVE sub (id, name) AS (
    SELECT id, name FROM node WHERE parent IS NULL
    UNION ALL
    SELECT c.id, c.name FROM node c JOIN sub s ON c.parent = s.id
) SEARCH DEPTH FIRST BY id SET ord
SELECT name FROM sub ORDER BY ord;
WITH RECURSIVE sub (id, name) AS (
    SELECT id, name FROM node WHERE parent IS NULL
    UNION ALL
    SELECT c.id, c.name FROM node c JOIN sub s ON c.parent = s.id
) SEARCH BREADTH FIRST BY id SET ord
SELECT name FROM sub ORDER BY ord;

-- CTEs with DML.
CREATE TABLE archive (id int, name text);
WITH gone AS (DELETE FROM node WHERE id >= 6 RETURNING id, name) INSERT INTO archive SELECT id, name FROM gone;
SELECT * FROM archive ORDER BY id;
SELECT count(*) FROM node;
WITH moved AS (UPDATE node SET parent = 1 WHERE parent = 2 RETURNING id) SELECT count(*) FROM moved;
WITH ins AS (INSERT INTO node VALUES (8, 1, 'c') RETURNING *) SELECT id, name FROM ins;
WITH src AS (SELECT id + 100 AS id, name FROM node WHERE parent = 1) INSERT INTO archive SELECT * FROM src;
SELECT count(*) FROM archive;
UPDATE node SET name = upper(name) WHERE id IN (WITH t AS (SELECT 2 AS v UNION SELECT 3) SELECT v FROM t);
SELECT id, parent, name FROM node ORDER BY id;

-- Errors.
-- @error
WITH RECURSIVE t (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t ORDER BY 1) SELECT * FROM t;
-- @error
WITH t AS (SELECT 1) SELECT * FROM t, t;
-- @error
WITH t (a, b) AS (SELECT 1) SELECT * FROM t;
-- @error
WITH RECURSIVE t (n) AS (SELECT n FROM t) SELECT * FROM t;
-- @error
WITH t AS (SELECT 1 AS v), t AS (SELECT 2 AS v) SELECT * FROM t;
