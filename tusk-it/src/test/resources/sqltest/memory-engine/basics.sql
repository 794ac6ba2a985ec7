-- What the example MemoryEngine supports fully, compared with PostgreSQL 15 by the sqltest harness.

CREATE TABLE items (id int8 PRIMARY KEY, name text NOT NULL, qty int4, price float8);
INSERT INTO items VALUES (1, 'apple', 3, 1.5), (2, 'pear', 0, 0.25);
INSERT INTO items (id, name, qty, price) VALUES (3, 'grün çay ıİ', 7, -2.5);
INSERT INTO items VALUES (4, 'fig', NULL, NULL) RETURNING *;
SELECT * FROM items ORDER BY id;
SELECT id, name FROM items WHERE qty > 0;
SELECT name, price FROM items WHERE price < 1 ORDER BY price DESC;
SELECT * FROM items ORDER BY id DESC LIMIT 2;
SELECT id FROM items ORDER BY id LIMIT 2 OFFSET 1;
SELECT id FROM items WHERE qty IS NULL;
SELECT count(*) FROM items;
SELECT count(*) FROM items WHERE qty > 0;
SELECT 1 AS a, 'x' AS b, 3000000000 AS c, 1.50 AS d, true AS e;
SELECT 7 / 2, 'a' || 'b', 1 < 2 AND NOT false;
SELECT g FROM generate_series(1, 10) AS g WHERE g > 5 ORDER BY g DESC LIMIT 2;

UPDATE items SET qty = qty + 10 WHERE id = 1;
UPDATE items SET name = 'x' WHERE qty >= 7 RETURNING id, name;
DELETE FROM items WHERE id = 2 RETURNING id, name;
DELETE FROM items WHERE id = 99;
SELECT * FROM items ORDER BY id;

BEGIN;
INSERT INTO items VALUES (5, 'kiwi', 1, 1.0);
SELECT count(*) FROM items;
ROLLBACK;
SELECT count(*) FROM items;
BEGIN;
INSERT INTO items VALUES (5, 'kiwi', 1, 1.0);
COMMIT;
SELECT id, name FROM items WHERE id = 5;

-- @error
INSERT INTO items VALUES (1, 'again', 0, 0);
-- @error
INSERT INTO items (id) VALUES (6);
-- @error
SELECT * FROM missing_table;
-- @error
SELECT no_such_column FROM items;
-- @error
-- @skip-tusk MemoryEngine gives no HINT "Perhaps you meant to reference the column ..." for a near miss
SELECT nam FROM items;
-- @error
SELECT 1 / 0;
-- @error
-- @skip-tusk MemoryEngine gives no error position for a bad literal in a cast
SELECT 'abc'::int4;
-- @error
SELECT 2147483647 + 1;

-- An error inside a transaction block aborts it until ROLLBACK.
BEGIN;
-- @error
INSERT INTO items VALUES (1, 'dup', 0, 0);
-- @error
SELECT 1;
ROLLBACK;

-- Two sessions: uncommitted rows are invisible to the other session.
BEGIN;
INSERT INTO items VALUES (7, 'plum', 2, 2.0);
-- @session 2
SELECT count(*) FROM items WHERE id = 7;
-- @session 1
COMMIT;
-- @session 2
SELECT count(*) FROM items WHERE id = 7;
-- @session 1

SET application_name = 'sqltest';
-- @skip-tusk MemoryEngine ends SHOW with the tag SELECT 1; PostgreSQL sends SHOW
SHOW application_name;
SELECT current_setting('application_name');
RESET application_name;
TRUNCATE items;
SELECT count(*) FROM items;
DROP TABLE IF EXISTS nope;
DROP TABLE items;
