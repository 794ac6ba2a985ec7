-- ALTER TABLE on tables with rows (defaults filled in, NOT NULL/CHECK/UNIQUE/PRIMARY KEY/FOREIGN KEY
-- validated against them, type changes with and without USING, renames, several actions at once,
-- transactional rollback) and FOREIGN KEY enforcement: MATCH SIMPLE/FULL, NO ACTION vs RESTRICT, the
-- ON DELETE / ON UPDATE actions, self references, DROP TABLE and TRUNCATE of referenced tables.

CREATE TABLE acc (id int, label text, amount numeric(8,2));
INSERT INTO acc VALUES (1, 'a', 10), (2, 'b', NULL), (3, 'c', 30);

-- ADD COLUMN fills existing rows with the default, evaluated per row for serial
ALTER TABLE acc ADD COLUMN status text DEFAULT 'open';
ALTER TABLE acc ADD COLUMN seq serial;
ALTER TABLE acc ADD COLUMN note varchar(10);
SELECT * FROM acc ORDER BY id;
-- @error
ALTER TABLE acc ADD COLUMN must int NOT NULL;
ALTER TABLE acc ADD COLUMN must int NOT NULL DEFAULT 7;
-- @error
ALTER TABLE acc ADD COLUMN status int;
ALTER TABLE acc ADD COLUMN IF NOT EXISTS status int;
-- @error
ALTER TABLE acc ADD COLUMN k int, ADD COLUMN k int;

-- SET/DROP NOT NULL and DEFAULT
-- @error
ALTER TABLE acc ALTER COLUMN amount SET NOT NULL;
UPDATE acc SET amount = 0 WHERE amount IS NULL;
ALTER TABLE acc ALTER COLUMN amount SET NOT NULL;
-- @error
INSERT INTO acc (id, label) VALUES (4, 'd');
ALTER TABLE acc ALTER COLUMN amount SET DEFAULT 5, ALTER COLUMN amount DROP NOT NULL;
INSERT INTO acc (id, label) VALUES (4, 'd');
ALTER TABLE acc ALTER amount DROP DEFAULT;
INSERT INTO acc (id, label) VALUES (5, 'e');
SELECT id, amount, status, must FROM acc ORDER BY id;
-- @error
ALTER TABLE acc ALTER COLUMN nope SET DEFAULT 1;

-- constraints added over existing rows
-- @error
ALTER TABLE acc ADD CHECK (amount > 0);
ALTER TABLE acc ADD CHECK (id > 0);
-- @error
INSERT INTO acc (id, label) VALUES (-1, 'neg');
INSERT INTO acc (id, label) VALUES (5, 'dup');
-- @error
ALTER TABLE acc ADD PRIMARY KEY (id);
DELETE FROM acc WHERE label = 'dup';
ALTER TABLE acc ADD PRIMARY KEY (id);
-- @error
ALTER TABLE acc ADD PRIMARY KEY (label);
ALTER TABLE acc ADD UNIQUE (label);
-- @error
INSERT INTO acc (id, label) VALUES (6, 'a');
-- @error
INSERT INTO acc (id, label) VALUES (1, 'z');
-- @error
ALTER TABLE acc ADD CONSTRAINT acc_id_check CHECK (id < 100);
-- @error
ALTER TABLE acc ALTER COLUMN id DROP NOT NULL;

-- type changes
-- @error
ALTER TABLE acc ALTER COLUMN label TYPE int;
-- @error
ALTER TABLE acc ALTER COLUMN label TYPE date;
ALTER TABLE acc ALTER COLUMN amount TYPE int;
ALTER TABLE acc ALTER COLUMN status TYPE varchar(4) USING upper(status);
-- @error
ALTER TABLE acc ALTER COLUMN note TYPE varchar(1) USING 'too long';
ALTER TABLE acc ALTER COLUMN id TYPE bigint;
SELECT * FROM acc ORDER BY id;

-- renames, drops
ALTER TABLE acc RENAME COLUMN label TO name;
ALTER TABLE acc RENAME CONSTRAINT acc_label_key TO acc_name_uq;
-- @error
INSERT INTO acc (id, name) VALUES (9, 'a');
-- @error
ALTER TABLE acc RENAME CONSTRAINT nope TO other;
-- @error
ALTER TABLE acc RENAME COLUMN name TO status;
ALTER TABLE acc DROP COLUMN seq;
ALTER TABLE acc DROP COLUMN IF EXISTS seq;
ALTER TABLE acc DROP CONSTRAINT acc_id_check;
INSERT INTO acc (id, name) VALUES (-5, 'neg');
ALTER TABLE acc DROP CONSTRAINT IF EXISTS acc_id_check;
-- @error
ALTER TABLE acc DROP CONSTRAINT acc_id_check;
ALTER TABLE acc RENAME TO ledger;
SELECT * FROM ledger ORDER BY id;
-- @error
SELECT * FROM acc;
ALTER TABLE IF EXISTS acc ADD COLUMN x int;
-- @error
ALTER TABLE acc ADD COLUMN x int;
-- @error
ALTER TABLE ledger OWNER TO nobody_here;
-- @error
ALTER TABLE ledger SET TABLESPACE nowhere;
ALTER TABLE ledger SET TABLESPACE pg_default;

-- ALTER TABLE is transactional
BEGIN;
ALTER TABLE ledger ADD COLUMN extra int DEFAULT 1, DROP COLUMN status;
UPDATE ledger SET extra = 2 WHERE id = 1;
SELECT * FROM ledger ORDER BY id;
ROLLBACK;
SELECT * FROM ledger ORDER BY id;
BEGIN;
ALTER TABLE ledger RENAME TO ledger2;
SAVEPOINT s;
ALTER TABLE ledger2 ADD COLUMN y int DEFAULT 3;
ROLLBACK TO SAVEPOINT s;
SELECT * FROM ledger2 ORDER BY id;
COMMIT;
SELECT * FROM ledger2 ORDER BY id;
-- an error in one action undoes the others
-- @error
ALTER TABLE ledger2 ADD COLUMN z int DEFAULT 0, ALTER COLUMN name SET NOT NULL, ADD CHECK (id > 0);
SELECT * FROM ledger2 ORDER BY id;

-- foreign keys
CREATE TABLE parent (id int PRIMARY KEY, code text UNIQUE, grp int);
INSERT INTO parent VALUES (1, 'one', 10), (2, 'two', 10), (3, 'three', 20);
CREATE TABLE child (id int PRIMARY KEY, pid int REFERENCES parent, pcode text REFERENCES parent (code) ON UPDATE CASCADE);
INSERT INTO child VALUES (1, 1, 'one'), (2, NULL, 'two'), (3, 2, NULL);
-- @error
INSERT INTO child VALUES (4, 5, NULL);
-- @error
INSERT INTO child VALUES (4, 1, 'five');
-- @error
UPDATE child SET pid = 9 WHERE id = 1;
UPDATE child SET pid = 3 WHERE id = 1;
-- @error
DELETE FROM parent WHERE id = 3;
-- @error
UPDATE parent SET id = 30 WHERE id = 3;
UPDATE parent SET code = 'TWO' WHERE id = 2;
SELECT * FROM child ORDER BY id;
-- @error
DELETE FROM parent WHERE id = 1;
UPDATE child SET pcode = NULL WHERE id = 1;
DELETE FROM parent WHERE id = 1;
-- @error
UPDATE parent SET id = id + 1 WHERE id IN (2, 3) RETURNING id;
SELECT * FROM child ORDER BY id;
-- @error
CREATE TABLE bad1 (p text REFERENCES parent (id));
-- @error
CREATE TABLE bad2 (p int REFERENCES parent (grp));
-- @error
CREATE TABLE bad3 (p int REFERENCES nothere);
-- @error
CREATE TABLE bad4 (p int REFERENCES parent (nope));
-- @error
CREATE TABLE bad5 (a int, b int, FOREIGN KEY (a, b) REFERENCES parent (id));
-- @error
CREATE TABLE bad6 (p numeric REFERENCES parent);
CREATE TABLE okbig (p bigint REFERENCES parent);
INSERT INTO okbig VALUES (3);
-- @error
INSERT INTO okbig VALUES (5000000000);

-- RESTRICT fires even when the key comes back in the same statement
CREATE TABLE r_parent (id int PRIMARY KEY);
INSERT INTO r_parent VALUES (1), (2);
CREATE TABLE r_child (pid int REFERENCES r_parent ON UPDATE RESTRICT);
INSERT INTO r_child VALUES (2);
-- @error
UPDATE r_parent SET id = id + 1;
UPDATE r_parent SET id = 5 WHERE id = 1;

-- ON DELETE actions, cascading through two levels
CREATE TABLE a1 (id int PRIMARY KEY);
CREATE TABLE a2 (id int PRIMARY KEY, a1 int REFERENCES a1 ON DELETE CASCADE);
CREATE TABLE a3 (id int PRIMARY KEY, a2 int DEFAULT 20 REFERENCES a2 ON DELETE SET DEFAULT);
CREATE TABLE a4 (id int PRIMARY KEY, a2 int REFERENCES a2 ON DELETE SET NULL);
INSERT INTO a1 VALUES (1), (2);
INSERT INTO a2 VALUES (10, 1), (20, 2), (11, 1);
INSERT INTO a3 VALUES (100, 10), (101, 20);
INSERT INTO a4 VALUES (200, 11), (201, 20);
DELETE FROM a1 WHERE id = 1;
SELECT * FROM a2 ORDER BY id;
SELECT * FROM a3 ORDER BY id;
SELECT * FROM a4 ORDER BY id;
-- @error
DELETE FROM a1 WHERE id = 2;
CREATE TABLE a5 (id int PRIMARY KEY, a1 int NOT NULL REFERENCES a1 ON DELETE SET NULL);
INSERT INTO a5 VALUES (1, 2);
-- @error
DELETE FROM a2 WHERE id = 20;

-- composite keys and MATCH FULL
CREATE TABLE cp (a int, b int, PRIMARY KEY (a, b));
INSERT INTO cp VALUES (1, 1), (1, 2);
CREATE TABLE cs (x int, y int, FOREIGN KEY (x, y) REFERENCES cp (a, b));
CREATE TABLE cf (x int, y int, CONSTRAINT cf_full FOREIGN KEY (y, x) REFERENCES cp (b, a) MATCH FULL);
INSERT INTO cs VALUES (1, 2), (9, NULL), (NULL, NULL);
-- @error
INSERT INTO cs VALUES (2, 1);
-- @error
INSERT INTO cf VALUES (2, 1), (NULL, NULL);
INSERT INTO cf VALUES (1, 2), (NULL, NULL);
-- @error
INSERT INTO cf VALUES (NULL, 1);
-- @error
INSERT INTO cf VALUES (1, 3);
-- @error
DELETE FROM cp WHERE b = 2;

-- self reference
CREATE TABLE tree (id int PRIMARY KEY, parent int REFERENCES tree ON DELETE CASCADE);
INSERT INTO tree VALUES (1, NULL), (2, 1), (3, 2), (4, 1);
INSERT INTO tree VALUES (5, 6), (6, 5);
-- @error
INSERT INTO tree VALUES (7, 8);
DELETE FROM tree WHERE id = 1;
SELECT * FROM tree ORDER BY id;

-- constraints added by ALTER TABLE are checked against the rows
CREATE TABLE orders (id int, cust int);
INSERT INTO orders VALUES (1, 2), (2, 9);
-- @error
ALTER TABLE orders ADD FOREIGN KEY (cust) REFERENCES parent;
DELETE FROM orders WHERE cust = 9;
ALTER TABLE orders ADD FOREIGN KEY (cust) REFERENCES parent ON DELETE CASCADE;
-- @error
INSERT INTO orders VALUES (3, 9);
-- @error
ALTER TABLE orders ADD CONSTRAINT orders_self FOREIGN KEY (id) REFERENCES orders (id);
ALTER TABLE orders ADD PRIMARY KEY (id), ADD CONSTRAINT orders_self FOREIGN KEY (id) REFERENCES orders (id);
-- @error
ALTER TABLE orders ADD CONSTRAINT orders_cust_fkey FOREIGN KEY (cust) REFERENCES parent;
-- @error
ALTER TABLE orders ADD FOREIGN KEY (cust) REFERENCES parent (grp);
-- @error
ALTER TABLE parent DROP COLUMN id;
-- @error
ALTER TABLE parent DROP CONSTRAINT parent_pkey;
-- @error
ALTER TABLE orders ALTER COLUMN cust TYPE text;
ALTER TABLE orders ALTER COLUMN cust TYPE bigint;
ALTER TABLE parent DROP CONSTRAINT parent_code_key CASCADE;
INSERT INTO child VALUES (10, NULL, 'anything');
ALTER TABLE parent ADD COLUMN extra int DEFAULT 0;
ALTER TABLE parent DROP COLUMN grp;
-- @error
INSERT INTO orders VALUES (4, 1);
INSERT INTO orders VALUES (4, 3);
ALTER TABLE orders DROP CONSTRAINT orders_cust_fkey;
INSERT INTO orders VALUES (5, 99);

-- DROP TABLE and TRUNCATE of referenced tables
-- @error
DROP TABLE parent;
-- @error
TRUNCATE parent;
TRUNCATE parent, child, okbig;
-- @error
TRUNCATE a1;
TRUNCATE a1 CASCADE;
SELECT count(*) FROM a2;
DROP TABLE parent CASCADE;
INSERT INTO child VALUES (20, 77, NULL);
DROP TABLE a1, a2 CASCADE;
INSERT INTO a3 VALUES (300, 999);

-- what pgbench -i runs (primary keys added after loading, then foreign keys with -I f)
CREATE TABLE pgbench_branches (bid int NOT NULL, bbalance int, filler char(88));
CREATE TABLE pgbench_tellers (tid int NOT NULL, bid int, tbalance int, filler char(84));
CREATE TABLE pgbench_accounts (aid int NOT NULL, bid int, abalance int, filler char(84));
CREATE TABLE pgbench_history (tid int, bid int, aid int, delta int, mtime timestamp, filler char(22));
INSERT INTO pgbench_branches (bid, bbalance) SELECT i, 0 FROM generate_series(1, 2) AS i;
INSERT INTO pgbench_tellers (tid, bid, tbalance) SELECT i, (i - 1) / 10 + 1, 0 FROM generate_series(1, 20) AS i;
INSERT INTO pgbench_accounts (aid, bid, abalance, filler) SELECT i, (i - 1) / 100 + 1, 0, '' FROM generate_series(1, 200) AS i;
alter table pgbench_branches add primary key (bid);
alter table pgbench_tellers add primary key (tid);
alter table pgbench_accounts add primary key (aid);
alter table pgbench_tellers add constraint pgbench_tellers_bid_fkey foreign key (bid) references pgbench_branches;
alter table pgbench_accounts add constraint pgbench_accounts_bid_fkey foreign key (bid) references pgbench_branches;
alter table pgbench_history add constraint pgbench_history_bid_fkey foreign key (bid) references pgbench_branches;
alter table pgbench_history add constraint pgbench_history_tid_fkey foreign key (tid) references pgbench_tellers;
alter table pgbench_history add constraint pgbench_history_aid_fkey foreign key (aid) references pgbench_accounts;
UPDATE pgbench_accounts SET abalance = abalance + 5 WHERE aid = 7;
UPDATE pgbench_branches SET bbalance = bbalance + 5 WHERE bid = 1;
INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (3, 1, 7, 5, '2024-01-01 10:00:00');
-- @error
INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (3, 1, 700, 5, '2024-01-01 10:00:00');
-- @error
DELETE FROM pgbench_accounts WHERE aid = 7;

-- columns added with constraints, over existing rows
CREATE TABLE items (name text);
INSERT INTO items VALUES ('x'), ('y');
-- @error
ALTER TABLE items ADD COLUMN id int PRIMARY KEY;
ALTER TABLE items ADD COLUMN id serial PRIMARY KEY;
ALTER TABLE items ADD COLUMN n int GENERATED ALWAYS AS IDENTITY;
ALTER TABLE items ADD COLUMN ref int REFERENCES pgbench_branches;
-- @error
UPDATE items SET ref = 3;
UPDATE items SET ref = 2 WHERE id = 1;
-- @error
ALTER TABLE items ADD COLUMN code text UNIQUE DEFAULT 'same';
ALTER TABLE items ADD COLUMN code text UNIQUE;
SELECT * FROM items ORDER BY id;
-- @error
ALTER TABLE items ADD COLUMN pos int CHECK (pos > 0) DEFAULT 0;

-- dropping a column drops the indexes and checks on it; renaming keeps checks working
CREATE TABLE multi (a int, b int, c int CHECK (c > 0), UNIQUE (a, b), CHECK (a < b));
INSERT INTO multi VALUES (1, 2, 3);
ALTER TABLE multi RENAME COLUMN c TO cc;
-- @error
INSERT INTO multi VALUES (5, 6, -1);
-- @error
INSERT INTO multi VALUES (1, 2, 3);
ALTER TABLE multi DROP COLUMN b;
INSERT INTO multi VALUES (1, 3), (9, 4);
SELECT * FROM multi ORDER BY a, cc;

-- ON UPDATE CASCADE through two levels, a referenced UNIQUE column, type change of a referenced key
CREATE TABLE u1 (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE u2 (id int PRIMARY KEY, u1code text REFERENCES u1 (code) ON UPDATE CASCADE ON DELETE CASCADE);
CREATE TABLE u3 (id int PRIMARY KEY, u2 int REFERENCES u2 ON UPDATE CASCADE);
INSERT INTO u1 VALUES (1, 'a'), (2, 'b');
INSERT INTO u2 VALUES (10, 'a'), (20, 'b');
INSERT INTO u3 VALUES (100, 10);
UPDATE u1 SET code = 'A' WHERE id = 1;
UPDATE u2 SET id = 11 WHERE id = 10;
SELECT * FROM u2 ORDER BY id;
SELECT * FROM u3 ORDER BY id;
ALTER TABLE u2 ALTER COLUMN id TYPE bigint;
-- @error
ALTER TABLE u2 ALTER COLUMN id TYPE text;
INSERT INTO u3 VALUES (101, 20);
-- @error
DELETE FROM u1 WHERE id = 2;
DROP TABLE u3;
DELETE FROM u1 WHERE id = 2;
SELECT * FROM u2 ORDER BY id;

-- a type change re-checks the CHECK constraints on the column
CREATE TABLE typed (a int CHECK (a > 0), b numeric(6,2) CHECK (b < 100));
INSERT INTO typed VALUES (1, 99.5);
-- @error
ALTER TABLE typed ALTER COLUMN a TYPE bigint USING a - 5;
-- @error
ALTER TABLE typed ALTER COLUMN b TYPE int;
ALTER TABLE typed ALTER COLUMN b TYPE numeric(8,3);
SELECT * FROM typed;

-- names already taken: indexes are relations, other constraints are not
CREATE TABLE q1 (a int PRIMARY KEY, CONSTRAINT q1c CHECK (a > 0));
-- @error
ALTER TABLE q1 ADD CONSTRAINT q1c UNIQUE (a);
-- @error
ALTER TABLE q1 ADD CONSTRAINT q1_pkey UNIQUE (a);
-- @error
ALTER TABLE q1 ADD CONSTRAINT q1 UNIQUE (a);
-- @error
ALTER TABLE q1 ADD CONSTRAINT q1_pkey CHECK (a > 1);
ALTER TABLE q1 ADD UNIQUE (a), ADD UNIQUE (a);
ALTER TABLE q1 ADD CHECK (a > 0), ADD CHECK (a < 1000);
-- @error
INSERT INTO q1 VALUES (1000);
