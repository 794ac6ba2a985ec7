-- DISTINCT and DISTINCT ON: first row per group by ORDER BY, expressions as keys, NULLs as
-- equal, and the errors when ORDER BY does not start with the DISTINCT ON keys.

CREATE TABLE reading (id int PRIMARY KEY, sensor text, at int, value numeric(5,1));
INSERT INTO reading VALUES
    (1, 's1', 10, 1.5), (2, 's1', 20, 2.5), (3, 's1', 30, 2.0),
    (4, 's2', 10, 7.0), (5, 's2', 15, 6.5),
    (6, 's3', 5, NULL), (7, NULL, 1, 0.5), (8, NULL, 2, 0.7);

SELECT DISTINCT sensor FROM reading;
SELECT DISTINCT sensor FROM reading ORDER BY sensor NULLS FIRST;
SELECT DISTINCT sensor, value > 2 AS high FROM reading ORDER BY 1, 2;
SELECT DISTINCT ON (sensor) sensor, at, value FROM reading ORDER BY sensor, at DESC;
SELECT DISTINCT ON (sensor) sensor, at, value FROM reading ORDER BY sensor, at;
SELECT DISTINCT ON (sensor) sensor, value FROM reading ORDER BY sensor, value DESC NULLS LAST;
SELECT DISTINCT ON (sensor) id, sensor FROM reading ORDER BY sensor NULLS FIRST, id;
SELECT DISTINCT ON (sensor) sensor, id FROM reading WHERE value IS NOT NULL ORDER BY sensor, value, id;
SELECT DISTINCT ON (at / 10) at / 10 AS bucket, id FROM reading ORDER BY at / 10, id DESC;
SELECT DISTINCT ON (1) sensor, id FROM reading ORDER BY 1, 2;
SELECT DISTINCT ON (sensor, at > 10) sensor, at > 10 AS late, id FROM reading ORDER BY sensor, at > 10, id;
SELECT count(*) FROM (SELECT DISTINCT ON (sensor) * FROM reading ORDER BY sensor, id) t;
SELECT * FROM (SELECT DISTINCT ON (sensor) sensor, value FROM reading ORDER BY sensor, at DESC) latest ORDER BY value DESC NULLS LAST;
SELECT DISTINCT ON (sensor) sensor, id FROM reading ORDER BY sensor, id LIMIT 2;
SELECT DISTINCT ON (sensor) sensor, first_value(id) OVER (PARTITION BY sensor ORDER BY at DESC) FROM reading ORDER BY sensor;
SELECT DISTINCT value FROM reading WHERE value < 3 ORDER BY value;
SELECT DISTINCT 1 FROM reading;
SELECT DISTINCT sensor IS NULL FROM reading;
SELECT count(DISTINCT sensor), count(DISTINCT value) FROM reading;
SELECT DISTINCT x FROM (VALUES (1), (1), (NULL), (NULL), (2)) AS v (x);
SELECT DISTINCT x, y FROM (VALUES (1, 'a'), (1, 'a'), (1, 'b')) AS v (x, y);
SELECT DISTINCT ON (x) x, y FROM (VALUES (1, 'b'), (1, 'a'), (2, 'c')) AS v (x, y) ORDER BY x, y;
SELECT DISTINCT lower(s) FROM (VALUES ('A'), ('a'), ('B')) AS v (s);
SELECT DISTINCT ARRAY[x % 2] FROM generate_series(1, 5) AS x;
SELECT DISTINCT ON (sensor) sensor FROM reading ORDER BY sensor;

-- Errors.
-- @error
SELECT DISTINCT ON (sensor) sensor, at FROM reading ORDER BY at;
-- @error
SELECT DISTINCT sensor FROM reading ORDER BY at;
-- @error
SELECT DISTINCT ON (nope) sensor FROM reading;
