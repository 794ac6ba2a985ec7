-- INSERT, UPDATE and DELETE with their command tags and RETURNING lists: multi-row, DEFAULT and
-- DEFAULT VALUES, INSERT ... SELECT, UPDATE ... FROM, DELETE ... USING, ON CONFLICT DO NOTHING and
-- DO UPDATE with EXCLUDED and WHERE.

CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL, qty int DEFAULT 0, note text DEFAULT 'n/a', updated boolean DEFAULT false);

INSERT INTO item VALUES (1, 'apple', 5);
INSERT INTO item (id, name) VALUES (2, 'pear');
INSERT INTO item (name, id, qty) VALUES ('fig', 3, 7), ('kiwi', 4, 2);
INSERT INTO item VALUES (5, 'lime', DEFAULT, DEFAULT, true) RETURNING *;
INSERT INTO item (id, name) VALUES (6, 'plum'), (7, 'date') RETURNING id, qty, note;
INSERT INTO item (id, name, qty) VALUES (8, 'nut', 1) RETURNING id * 10 AS ten, upper(name) AS shout, qty + 1;
INSERT INTO item (id, name) SELECT g + 100, 'gen' || g FROM generate_series(1, 3) g;
INSERT INTO item (id, name) SELECT g + 200, 'ret' || g FROM generate_series(1, 2) g RETURNING id, name;
INSERT INTO item (id, name) SELECT 1, 'x' WHERE false;
INSERT INTO item (id, name) SELECT 1, 'x' WHERE false RETURNING id;
SELECT * FROM item ORDER BY id;

UPDATE item SET qty = qty + 1 WHERE id = 1;
UPDATE item SET qty = qty * 2, note = 'doubled' WHERE qty > 1;
UPDATE item SET qty = 0 WHERE id = 999;
UPDATE item SET updated = true WHERE id > 100 RETURNING id, updated;
UPDATE item SET (qty, note) = (10, 'pair') WHERE id = 2 RETURNING *;
UPDATE item SET (qty, note) = (SELECT 20, 'sub') WHERE id = 3 RETURNING qty, note;
UPDATE item SET note = DEFAULT, qty = DEFAULT WHERE id = 4 RETURNING note, qty;
UPDATE item SET name = name || '!' WHERE id IN (6, 7) RETURNING name;
UPDATE item i SET qty = i.qty + 100 WHERE i.id = 8 RETURNING i.id, i.qty;
SELECT id, name, qty, note, updated FROM item ORDER BY id;

CREATE TABLE price (item_id int PRIMARY KEY, cents int);
INSERT INTO price VALUES (1, 120), (2, 90), (3, 300), (99, 1);
UPDATE item SET note = 'priced ' || p.cents FROM price p WHERE p.item_id = item.id RETURNING item.id, item.note, p.cents;
DELETE FROM price USING item WHERE price.item_id = item.id AND item.qty > 10 RETURNING price.*;
SELECT * FROM price ORDER BY item_id;

DELETE FROM item WHERE id = 999;
DELETE FROM item WHERE id > 200 RETURNING id;
DELETE FROM item WHERE id BETWEEN 101 AND 102 RETURNING *;
DELETE FROM item WHERE name LIKE 'gen%';
SELECT count(*) FROM item;

-- DEFAULT VALUES.
CREATE TABLE log (id serial PRIMARY KEY, msg text DEFAULT 'hello', level int DEFAULT 1, at_start boolean DEFAULT true);
INSERT INTO log DEFAULT VALUES;
INSERT INTO log DEFAULT VALUES RETURNING *;
INSERT INTO log (msg) VALUES ('custom'), (DEFAULT) RETURNING id, msg;
SELECT * FROM log ORDER BY id;

-- ON CONFLICT.
CREATE TABLE kv (k text PRIMARY KEY, v int NOT NULL, hits int DEFAULT 1);
INSERT INTO kv VALUES ('a', 1), ('b', 2);
INSERT INTO kv VALUES ('a', 10) ON CONFLICT DO NOTHING;
INSERT INTO kv VALUES ('a', 10), ('c', 3) ON CONFLICT (k) DO NOTHING RETURNING k, v;
INSERT INTO kv VALUES ('a', 100) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v, hits = kv.hits + 1 RETURNING *;
INSERT INTO kv VALUES ('b', 5), ('d', 4) ON CONFLICT (k) DO UPDATE SET v = kv.v + EXCLUDED.v RETURNING k, v, hits;
INSERT INTO kv VALUES ('b', 1) ON CONFLICT (k) DO UPDATE SET v = 0 WHERE kv.v > 100;
INSERT INTO kv AS t VALUES ('c', 30) ON CONFLICT (k) DO UPDATE SET v = t.v + EXCLUDED.v WHERE t.k = 'c' RETURNING t.v;
INSERT INTO kv VALUES ('e', 5) ON CONFLICT ON CONSTRAINT kv_pkey DO NOTHING;
SELECT * FROM kv ORDER BY k;
CREATE TABLE uq (id int PRIMARY KEY, email text UNIQUE, name text);
INSERT INTO uq VALUES (1, 'a@x', 'A');
INSERT INTO uq VALUES (2, 'a@x', 'B') ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id, name;
INSERT INTO uq VALUES (1, 'z@x', 'C') ON CONFLICT DO NOTHING RETURNING *;
SELECT * FROM uq;

-- Errors.
-- @error
INSERT INTO kv VALUES ('x', 1), ('x', 2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v;
-- @error
INSERT INTO kv VALUES ('y', 1) ON CONFLICT (v) DO NOTHING;
-- @error
INSERT INTO item (id, name, nope) VALUES (50, 'x', 1);
-- @error
INSERT INTO item (id, name) VALUES (50, 'x', 1);
-- @error
INSERT INTO item (id) VALUES (50) RETURNING nope;
-- @error
UPDATE item SET nope = 1;
-- @error
UPDATE item SET qty = 'many' WHERE id = 1;
-- @error
DELETE FROM item WHERE nope = 1;
-- @error
INSERT INTO item VALUES (60, 'x', 1, 'n', 'notbool');
