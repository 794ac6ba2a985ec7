# Set-returning functions: generate_series, generate_subscripts and unnest in FROM (lateral, aliases naming
# their column, WITH ORDINALITY) and alone in a select list.
SELECT * FROM generate_series(1, 3)
SELECT * FROM generate_series(1, 3) AS s
SELECT * FROM generate_series(1, 3) AS s(i)
SELECT i FROM generate_series(1, 10, 3) AS s(i)
SELECT * FROM generate_series(5, 1, -2)
SELECT * FROM generate_series(1, 10, 0)
SELECT * FROM generate_series(1.5, 3)
SELECT * FROM generate_series(1, 3, 0.5)
SELECT * FROM generate_series(NULL::int, 3)
SELECT * FROM generate_series(3, 1)
SELECT * FROM generate_series(2147483646, 2147483647)
SELECT * FROM generate_series(1::int8, 3)
SELECT * FROM generate_subscripts(ARRAY['a','b'], 1)
SELECT * FROM generate_subscripts(ARRAY['a','b'], 1, true)
SELECT * FROM generate_subscripts(ARRAY['a','b'], 2)
SELECT * FROM unnest(ARRAY[1,2,3])
SELECT * FROM unnest(ARRAY[1,2]) AS u
SELECT * FROM unnest(ARRAY[1,2,3]) AS u(x)
SELECT * FROM unnest(ARRAY['a','b']) WITH ORDINALITY AS u(x, n)
SELECT * FROM unnest(ARRAY['a','b']) WITH ORDINALITY
SELECT u.* FROM unnest(ARRAY[1,2]) WITH ORDINALITY AS u
SELECT * FROM unnest(NULL::int[])
SELECT * FROM unnest(ARRAY[1,NULL])
SELECT generate_series(1, 3)
SELECT generate_series(1, 3) AS g
SELECT 1 + generate_series(1, 2)
SELECT x, generate_series(1, x) FROM (VALUES (1), (2)) v(x)
SELECT x, g FROM (VALUES (1), (2)) v(x), generate_series(1, x) AS g ORDER BY x, g
SELECT count(*) FROM generate_series(1, 1000)
SELECT sum(i) FROM generate_series(1, 100) AS s(i)
SELECT unnest(ARRAY[1,2])
SELECT unnest(ARRAY['a','b']), 1
SELECT unnest(NULL::int[])
SELECT x FROM (VALUES (ARRAY[1,2]), (ARRAY[3])) v(a), unnest(a) AS x
SELECT * FROM generate_series('a', 3)
SELECT * FROM generate_series(1, 3, 'x')
SELECT * FROM nosuch_srf(1)
