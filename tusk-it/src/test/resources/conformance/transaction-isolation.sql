-- Two sessions of the same database: uncommitted rows and tables are invisible to the other
-- session, read committed sees each new commit, repeatable read keeps its snapshot; settings
-- made in a transaction end with it. Nothing here waits for a lock.

CREATE TABLE acct (id int PRIMARY KEY, owner text, balance int);
INSERT INTO acct VALUES (1, 'ann', 70), (2, 'bob', 80), (3, 'cy', 0);

-- Read committed.
BEGIN;
INSERT INTO acct VALUES (8, 'hal', 5);
UPDATE acct SET balance = 0 WHERE id = 1;
-- @session 2
SELECT id, balance FROM acct WHERE id IN (1, 8) ORDER BY id;
BEGIN;
SELECT count(*) FROM acct;
-- @session 1
COMMIT;
-- @session 2
SELECT count(*) FROM acct;
SELECT id, balance FROM acct WHERE id IN (1, 8) ORDER BY id;
COMMIT;
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT count(*) FROM acct;
-- @session 1
DELETE FROM acct WHERE id = 8;
INSERT INTO acct VALUES (9, 'ivy', 1);
-- @session 2
SELECT count(*) FROM acct;
COMMIT;
SELECT count(*) FROM acct;
-- @session 1
BEGIN;
CREATE TABLE tx_table (a int);
-- @session 2
-- @error
SELECT * FROM tx_table;
-- @session 1
ROLLBACK;
-- @error
SELECT * FROM tx_table;

-- Committed updates and deletes become visible to the other session's next statement.
UPDATE acct SET owner = upper(owner) WHERE id = 2;
-- @session 2
SELECT owner FROM acct WHERE id = 2;
BEGIN;
UPDATE acct SET balance = balance + 1 WHERE id = 3;
SAVEPOINT sp;
DELETE FROM acct WHERE id = 3;
ROLLBACK TO sp;
-- @session 1
SELECT balance FROM acct WHERE id = 3;
-- @session 2
COMMIT;
-- @session 1
SELECT balance FROM acct WHERE id = 3;

-- Sequences are shared at once and not transactional; currval belongs to the session.
CREATE SEQUENCE shared_seq;
BEGIN;
SELECT nextval('shared_seq');
-- @session 2
-- @error
SELECT currval('shared_seq');
SELECT nextval('shared_seq'), lastval();
-- @session 1
ROLLBACK;
SELECT currval('shared_seq');
-- @session 2
SELECT nextval('shared_seq');

-- Temporary tables and settings belong to one session.
CREATE TEMP TABLE scratch (v int);
INSERT INTO scratch VALUES (1);
SET application_name = 'second';
-- @session 1
-- @error
SELECT * FROM scratch;
CREATE TEMP TABLE scratch (v text);
INSERT INTO scratch VALUES ('one'), ('two');
SELECT count(*) FROM scratch;
SHOW application_name;
-- @session 2
SELECT v FROM scratch;
SHOW application_name;
-- @session 1

-- Settings made with SET LOCAL last until the end of the transaction; SET inside a rolled back
-- transaction is undone.
SET search_path = public;
BEGIN;
SET LOCAL search_path = pg_catalog;
SHOW search_path;
COMMIT;
SHOW search_path;
BEGIN;
SET extra_float_digits = 1;
ROLLBACK;
SHOW extra_float_digits;
