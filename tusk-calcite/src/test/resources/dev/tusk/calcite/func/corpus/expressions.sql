# Functions and operators inside queries: WHERE, GROUP BY, HAVING, ORDER BY (also of expressions not selected),
# window aggregates, scalar subqueries (named after their column), lateral set-returning functions.
SELECT upper(x), count(*) FROM (VALUES ('a'), ('b'), ('a')) v(x) GROUP BY upper(x) ORDER BY upper(x)
SELECT x FROM (VALUES ('abc'), ('xyz')) v(x) WHERE length(x) > 2 AND x LIKE 'a%' ORDER BY lower(x)
SELECT length(x) AS n, count(*) FROM (VALUES ('a'), ('bb')) v(x) GROUP BY 1 HAVING sum(length(x)) > 1 ORDER BY n
SELECT x, sum(x) OVER (ORDER BY x) FROM (VALUES (1), (2), (3)) v(x) ORDER BY x
SELECT x, avg(x) OVER () FROM (VALUES (1), (2)) v(x) ORDER BY x
SELECT (SELECT max(length(y)) FROM (VALUES ('aa')) w(y)), CASE WHEN length('x') = 1 THEN upper('y') END
SELECT x || '!' FROM (VALUES ('a'), (NULL)) v(x) ORDER BY 1
SELECT count(*) FROM (VALUES (1), (2)) v(x) WHERE x + 1 > 2
SELECT x / 2, x % 2, -x FROM (VALUES (5), (-5)) v(x) ORDER BY 1
! Calcite's validator refuses FILTER on a windowed aggregate
SELECT sum(x) FILTER (WHERE x > 1) OVER () FROM (VALUES (1), (2)) v(x)
SELECT string_agg(upper(x), '-' ORDER BY x) FROM (VALUES ('b'), ('a')) v(x)
SELECT array_agg(x * 2 ORDER BY x DESC) FROM (VALUES (1), (2)) v(x)
SELECT x FROM (VALUES (1), (2), (3)) v(x) WHERE x = ANY(ARRAY[1, 3]) ORDER BY x
SELECT DISTINCT abs(x) FROM (VALUES (1), (-1)) v(x)
SELECT coalesce(upper(NULL), 'd'), nullif(length('a'), 1)
SELECT x::text || 'a', substr(x::text, 1, 1) FROM (VALUES (12)) v(x)
SELECT 1 WHERE 'abc' ~ '^a'
! the parser has no CROSS JOIN LATERAL before a function (a comma join of it works)
SELECT a.x, g FROM (VALUES (2)) a(x) CROSS JOIN LATERAL generate_series(1, a.x) AS g
SELECT a.x, g FROM (VALUES (2)) a(x), generate_series(1, a.x) AS g
SELECT x FROM (VALUES (2), (1), (3)) v(x) ORDER BY -x
SELECT x FROM (VALUES ('abc'), ('xyz'), ('Abd')) v(x) WHERE length(x) > 2 ORDER BY lower(x)
SELECT x FROM (VALUES (2), (1)) v(x) ORDER BY x + 0 DESC LIMIT 1
SELECT x, y FROM (VALUES (1, 'b'), (2, 'a')) v(x, y) ORDER BY upper(y), x
SELECT (SELECT max(length(y)) FROM (VALUES ('aa')) w(y)), (SELECT 1 AS a), (SELECT y FROM (VALUES (1)) w(y)), (SELECT 1 + 1)
