-- VALUES lists as queries and tables, column aliases and type resolution; generate_series over
-- integers, numerics and timestamps; set-returning functions in SELECT and FROM.

VALUES (1);
VALUES (1, 'a'), (2, 'b'), (3, NULL);
VALUES (1, 'a'), (2, 'b') ORDER BY 1 DESC;
VALUES (3), (1), (2) ORDER BY 1 LIMIT 2;
SELECT * FROM (VALUES (1, 'one'), (2, 'two')) AS t (num, word);
SELECT * FROM (VALUES (1, 'one'), (2, 'two')) AS t;
SELECT num * 2, upper(word) FROM (VALUES (1, 'one'), (2, 'two')) AS t (num, word) WHERE num > 1;
SELECT column1, column2 FROM (VALUES (1, 2.5)) AS v;
SELECT pg_typeof(column1) FROM (VALUES (1), (2.5)) AS v;
SELECT pg_typeof(column1) FROM (VALUES (1), (3000000000)) AS v;
SELECT pg_typeof(column1), pg_typeof(column2) FROM (VALUES (NULL, 'x'), (1, NULL)) AS v;
SELECT * FROM (VALUES ('2024-01-01'::date), ('2024-02-29')) AS d (day) ORDER BY day;
SELECT a.x, b.y FROM (VALUES (1), (2)) a (x) CROSS JOIN (VALUES ('p'), ('q')) b (y) ORDER BY 1, 2;
SELECT x FROM (VALUES (1), (2), (3)) v (x) WHERE x IN (VALUES (2), (3));
SELECT (VALUES (42));
SELECT * FROM (VALUES (1, ARRAY[1, 2]), (2, ARRAY[3])) AS v (id, arr);
SELECT count(*), sum(x) FROM (VALUES (1), (NULL), (3)) v (x);
CREATE TABLE t (id int, label text DEFAULT 'none');
INSERT INTO t VALUES (1, 'a'), (2, DEFAULT), (3, NULL);
INSERT INTO t (id) VALUES (4), (5);
SELECT * FROM t ORDER BY id;
INSERT INTO t SELECT * FROM (VALUES (6, 'six'), (7, 'seven')) v;
SELECT count(*) FROM t;

-- generate_series.
SELECT * FROM generate_series(1, 5);
SELECT generate_series(1, 3);
SELECT * FROM generate_series(10, 1, -3);
SELECT * FROM generate_series(1, 0);
SELECT * FROM generate_series(0, 1, 0.25);
SELECT g FROM generate_series(-2, 2) AS g WHERE g <> 0 ORDER BY g DESC;
SELECT s.i, s.i * s.i AS sq FROM generate_series(1, 4) AS s (i);
SELECT sum(g), count(*), min(g), max(g) FROM generate_series(1, 1000) g;
SELECT pg_typeof(g) FROM generate_series(1::int8, 2) g LIMIT 1;
SELECT * FROM generate_series('2024-01-30'::timestamp, '2024-02-02', '1 day');
SELECT * FROM generate_series('2024-01-31'::date, '2024-05-01'::date, '1 month');
SELECT g::date FROM generate_series('2024-02-27'::date, '2024-03-01'::date, interval '1 day') g;
SELECT * FROM generate_series(1, 3) a, generate_series(1, 2) b ORDER BY a, b;
SELECT a, generate_series(1, a) FROM (VALUES (1), (2), (3)) v (a) ORDER BY 1, 2;
SELECT generate_series(1, 2), generate_series(1, 3);
SELECT * FROM generate_series(1, 3) WITH ORDINALITY AS t (v, n);
SELECT v, n FROM unnest(ARRAY['x', 'y', 'z']) WITH ORDINALITY AS t (v, n) ORDER BY n DESC;
SELECT * FROM ROWS FROM (generate_series(1, 3), generate_series(1, 2)) AS t (a, b);
SELECT string_agg(g::text, '' ORDER BY g) FROM generate_series(0, 9) g;
SELECT count(*) FROM generate_series(1, 10) g WHERE g % 2 = 0;
SELECT * FROM generate_subscripts(ARRAY[10, 20, 30], 1);
SELECT * FROM regexp_split_to_table('a,b,,c', ',');
SELECT * FROM string_to_table('1|2|3', '|');
SELECT * FROM json_each_text('{"a": 1, "b": "x"}');
SELECT * FROM generate_series(1, 3) AS g CROSS JOIN LATERAL (SELECT g * 10 AS ten) t ORDER BY g;

-- Errors.
-- @error
VALUES (1), (1, 2);
-- @error
VALUES (1), ('a');
-- @error
SELECT * FROM generate_series(1, 10, 0);
-- @error
SELECT * FROM (VALUES (1, 2)) AS v (a, b, c);
-- @error
SELECT * FROM generate_series('a', 'b');
