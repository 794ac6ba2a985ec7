-- GROUP BY, HAVING and aggregate functions: count, sum, avg, min, max, string_agg, array_agg,
-- bool_and/bool_or, FILTER, DISTINCT aggregates, GROUPING SETS, ROLLUP and CUBE.

CREATE TABLE sales (id int PRIMARY KEY, region text, product text, qty int, price numeric(6,2), paid boolean);
INSERT INTO sales VALUES
    (1, 'north', 'apple', 10, 1.20, true),
    (2, 'north', 'pear', 5, 2.00, false),
    (3, 'south', 'apple', 7, 1.10, true),
    (4, 'south', 'apple', 3, 1.30, true),
    (5, 'south', 'fig', NULL, 4.00, NULL),
    (6, 'east', 'pear', 8, 1.90, false),
    (7, NULL, 'fig', 2, 3.50, true);

SELECT count(*), count(qty), count(region), count(DISTINCT region), count(DISTINCT product) FROM sales;
SELECT sum(qty), avg(qty), min(qty), max(qty), sum(price), avg(price) FROM sales;
SELECT sum(qty)::float8 / count(qty) AS mean, avg(qty::float8) AS favg, avg(price)::numeric(10,3) AS pavg FROM sales;
SELECT min(product), max(product), min(paid::int), bool_and(paid), bool_or(paid), every(qty > 1) FROM sales;
SELECT region, count(*) FROM sales GROUP BY region;
SELECT region, count(*) AS n, sum(qty) AS qty FROM sales GROUP BY region ORDER BY region NULLS FIRST;
SELECT region, product, sum(qty) FROM sales GROUP BY region, product ORDER BY region, product;
SELECT product, sum(qty * price) AS revenue FROM sales GROUP BY product ORDER BY revenue DESC;
SELECT region, sum(qty) FROM sales GROUP BY 1 HAVING sum(qty) > 10;
SELECT region, count(*) FROM sales GROUP BY region HAVING count(*) > 1 ORDER BY region;
SELECT product FROM sales GROUP BY product HAVING min(price) < 2 AND max(price) >= 1.3;
SELECT count(*) FROM sales HAVING count(*) > 100;
SELECT count(*) FROM sales WHERE false;
SELECT sum(qty), avg(qty), max(region), bool_and(paid), string_agg(product, ',') FROM sales WHERE false;
SELECT region, count(*) FROM sales WHERE false GROUP BY region;
SELECT upper(region) AS r, count(*) FROM sales GROUP BY upper(region) ORDER BY r NULLS LAST;
SELECT qty > 5 AS big, count(*) FROM sales GROUP BY qty > 5;
SELECT count(*) FILTER (WHERE paid), count(*) FILTER (WHERE NOT paid), sum(qty) FILTER (WHERE product = 'apple') FROM sales;
SELECT region, count(*) FILTER (WHERE qty >= 5) AS big_orders FROM sales GROUP BY region;
SELECT string_agg(product, ', ' ORDER BY id) FROM sales;
SELECT string_agg(DISTINCT product, '|' ORDER BY product) FROM sales;
SELECT region, string_agg(product || ':' || qty, ' ' ORDER BY product, qty) FROM sales GROUP BY region;
SELECT array_agg(id ORDER BY id DESC), array_agg(qty ORDER BY id) FROM sales;
SELECT region, array_agg(DISTINCT product ORDER BY product) FROM sales GROUP BY region;
SELECT sum(DISTINCT qty), count(DISTINCT (region, product)), avg(DISTINCT price) FROM sales;
SELECT sum(qty)::int8 AS total, pg_typeof(sum(qty)) AS sum_int, pg_typeof(sum(qty::int8)) AS sum_bigint, pg_typeof(avg(qty)) AS avg_int FROM sales;
SELECT pg_typeof(sum(price)), pg_typeof(sum(1.5::float4)), pg_typeof(count(*)), pg_typeof(max(region)) FROM sales;
SELECT stddev(qty)::numeric(10,4), variance(qty)::numeric(10,4), stddev_pop(qty)::numeric(10,4), var_samp(qty::float8)::numeric(10,4) FROM sales;
SELECT corr(qty, price)::numeric(10,6), regr_slope(price, qty)::numeric(10,6) FROM sales;
SELECT bit_and(qty), bit_or(qty), max(price) - min(price) AS spread FROM sales;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY qty), percentile_disc(0.5) WITHIN GROUP (ORDER BY qty), mode() WITHIN GROUP (ORDER BY product) FROM sales;
SELECT json_agg(product ORDER BY id), jsonb_object_agg(product, qty ORDER BY id) FILTER (WHERE qty IS NOT NULL) FROM sales WHERE region = 'south';

-- Grouping sets.
SELECT region, product, sum(qty) FROM sales WHERE region IS NOT NULL GROUP BY ROLLUP (region, product) ORDER BY region NULLS LAST, product NULLS LAST;
SELECT region, product, count(*) FROM sales WHERE region IN ('north', 'east') GROUP BY CUBE (region, product) ORDER BY 1 NULLS LAST, 2 NULLS LAST;
SELECT region, product, sum(qty), GROUPING(region, product) FROM sales WHERE region IS NOT NULL GROUP BY GROUPING SETS ((region), (product), ()) ORDER BY 4, 1, 2;

-- Aggregates over expressions and in subqueries.
SELECT max(qty) - min(qty) AS range, sum(CASE WHEN paid THEN qty ELSE 0 END) AS paid_qty FROM sales;
SELECT region, max(qty) FROM sales GROUP BY region HAVING max(qty) = (SELECT max(qty) FROM sales);
SELECT avg(n) FROM (SELECT region, count(*) AS n FROM sales GROUP BY region) t;
SELECT product, count(*) FROM sales GROUP BY product ORDER BY count(*) DESC, product LIMIT 2;
SELECT count(*) AS n FROM (SELECT DISTINCT region FROM sales) d;
SELECT DISTINCT count(*) OVER () FROM sales;

-- Errors.
-- @error
SELECT region, product FROM sales GROUP BY region;
-- @error
SELECT id, count(*) FROM sales;
-- @error
SELECT region FROM sales WHERE count(*) > 1 GROUP BY region;
-- @error
SELECT sum(product) FROM sales;
-- @error
SELECT count(sum(qty)) FROM sales;
-- @error
SELECT region, sum(qty) FROM sales GROUP BY 5;
-- @error
SELECT avg('x') FROM sales;
