-- Keywords as names: PostgreSQL lets type names (date, time, timestamp, interval, uuid, boolean, numeric, ...)
-- and its unreserved and column-name keywords (type, position, value, year, name, ...) name columns, tables and
-- aliases without quotes, in DDL, DML, select lists, WHERE, ORDER BY, GROUP BY, qualified references and
-- RETURNING, while date '...', interval '...', x::date and CAST(x AS date) keep their meaning. Reserved words
-- (user, select, order, ...) stay syntax errors. E'' and U&'' strings are ordinary text; bytea reads hex input.

SET TimeZone = 'UTC';
CREATE TABLE zz (n numeric, uuid uuid, date date, time time, timestamp timestamp, interval interval, boolean boolean, text text, name name, json json, year int, month int, value int, type text, position int, language text, role text, user_id int);
INSERT INTO zz (n, uuid, date, time, timestamp, interval, boolean, text, name, year, month, value, type, position, language, role, user_id) VALUES (1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '2020-01-02', '10:00', '2020-01-02 10:00', '1 day', true, 'one', 'n1', 2020, 1, 10, 'a', 2, 'en', 'admin', 7);
INSERT INTO zz (n, date, time, timestamp, interval, boolean, text, year, month, value, type, position) VALUES (2, date '2020-01-01', time '11:30', timestamp '2020-01-01 11:30', interval '2 days', false, 'two', 2021, 2, 20, 'b', 1), (3, NULL, NULL, NULL, NULL, NULL, 'three', 2020, 3, 30, 'a', 3) RETURNING n, date, type;
SELECT date, uuid FROM zz ORDER BY n;
SELECT n, date, time, timestamp, interval, boolean, text, name, year, month, value, type, position, language, role, user_id FROM zz ORDER BY n;
SELECT t.date, t.time, t.interval, t.uuid FROM zz t ORDER BY t.n;
SELECT zz.date, zz.type, zz.position FROM zz ORDER BY zz.position;
SELECT date FROM zz WHERE date IS NOT NULL ORDER BY date;
SELECT type, count(*), sum(value), max(date) FROM zz GROUP BY type ORDER BY type;
SELECT year, month FROM zz WHERE date = date '2020-01-01' OR time > time '10:30';
SELECT n, interval FROM zz WHERE interval < interval '36 hours' AND boolean ORDER BY n;
SELECT n FROM zz WHERE timestamp >= timestamp '2020-01-02' ORDER BY n;
SELECT n, interval + interval '1 hour', interval - interval '1 hour', interval * 2, -interval, date - 1, time + interval FROM zz ORDER BY n;
SELECT date::timestamp, time::text, interval::text, CAST(date AS text), CAST(position AS numeric) FROM zz ORDER BY n;
SELECT date + 1 AS date, date - date '2019-12-31' AS interval, timestamp + interval AS time FROM zz ORDER BY n;
SELECT n AS date, type AS time, value AS year, position AS month, n uuid, n boolean FROM zz ORDER BY n;
SELECT Date, DATE, "date", Interval FROM zz ORDER BY n;
SELECT upper(type), length(text), extract(year FROM date) FROM zz ORDER BY n;
SELECT * FROM zz interval WHERE interval.n = 2;
SELECT count(*) FROM zz AS date WHERE date.date IS NULL;
UPDATE zz SET date = date + 1, position = position * 10, type = 'c' WHERE type = 'b' RETURNING n, date, position, type;
UPDATE zz AS t SET time = t.time + interval '1 hour' WHERE t.time IS NOT NULL RETURNING t.n, t.type;
DELETE FROM zz WHERE date IS NULL RETURNING n, date, type, position;
SELECT n, date, position, type FROM zz ORDER BY date;

-- Type names as table names.
CREATE TABLE date (int int, integer integer, bigint bigint, smallint smallint, real real, float float, decimal decimal(5,2), dec dec, varchar varchar(3), char char(2), character character varying(4), precision double precision, bit int, national int, nchar int, varying int);
INSERT INTO date VALUES (1, 2, 3, 4, 5.5, 6.5, 7.25, 8, 'abc', 'x', 'wxyz', 9.5, 13, 10, 11, 12);
SELECT * FROM date;
SELECT date.int + date.integer, bigint, smallint, real, float, decimal, dec, varchar, char, character, precision, bit, national, nchar, varying FROM date;
SELECT d.int FROM date d WHERE d.int = 1;
CREATE TABLE interval (timestamp timestamp, time time);
INSERT INTO interval VALUES ('2020-01-01 00:00', '01:00');
SELECT interval.timestamp, interval.time FROM interval;
DROP TABLE interval;
DROP TABLE date;

-- Function names as column names: the same words still call the functions.
CREATE TABLE stats (count int, min int, max int, sum int, avg numeric, rank int, lag int, lower text, upper text, abs int);
INSERT INTO stats VALUES (1, 2, 3, 4, 5.5, 6, 7, 'a', 'B', -8), (10, 20, 30, 40, 50.5, 60, 70, 'c', 'D', -80);
SELECT count, min, max, sum, avg, rank, lag, lower, upper, abs FROM stats ORDER BY count;
SELECT count(*), count(count), min(min), max(max), sum(sum), upper(lower), lower(upper), abs(abs) FROM stats GROUP BY lower, upper, abs ORDER BY abs;
SELECT s.count, rank() OVER (ORDER BY s.rank DESC), lag(s.lag) OVER (ORDER BY s.count) FROM stats s ORDER BY s.count;
UPDATE stats SET count = count + 1, max = max * 2 WHERE min = 2 RETURNING count, max;
DROP TABLE stats;

-- Type keywords before a string are typed constants.
SELECT int '5' + 1, integer '7', bigint '3', smallint '2', boolean 't', numeric '1.50', real '1.5', float '2.5', varchar 'x';
SELECT date '2020-02-29', time '12:34:56', timestamp '2020-01-01 01:02:03', interval '1 day 02:00', pg_typeof(int '1'), pg_typeof(float '1');

-- Words PostgreSQL reserves stay syntax errors.
-- @error
CREATE TABLE bad (user int);
-- @error
CREATE TABLE bad (order int);
-- @error
CREATE TABLE select (a int);
-- @error
SELECT n FROM zz AS from;

-- E'' and U&'' strings are ordinary text.
SELECT E'a' = 'a'::text, 'a'::text = E'a', E'a\tb' || 'c', length(E'a\nb'), 'abc' LIKE E'a%', E'a\\b', E'it''s';
SELECT U&'d\0061ta' = 'data', U&'d\0061ta' || '!', upper(E'x\ty'), replace(E'a-b', '-', E'\\');
SELECT type FROM zz WHERE type = E'a' AND text LIKE E'o%';
INSERT INTO zz (n, text, type) VALUES (4, E'x\\y', E'q''r') RETURNING text, type;
SELECT n FROM zz WHERE text = E'x\\y';

-- bytea reads hex input.
SELECT '\xdeadbeef'::bytea, length('\xdeadbeef'::bytea), E'\\x41'::bytea, length(E'\\x41'::bytea);
CREATE TABLE bin (b bytea);
INSERT INTO bin VALUES ('\xdeadbeef'), (E'\\x41'), ('\x');
SELECT b, length(b) FROM bin ORDER BY b;
