-- Transaction blocks: BEGIN/COMMIT/ROLLBACK (and their synonyms), savepoints, the aborted state
-- (25P02) after an error and warnings for misplaced commands. Two sessions: transaction-isolation.sql.

CREATE TABLE acct (id int PRIMARY KEY, owner text, balance int);
INSERT INTO acct VALUES (1, 'ann', 100), (2, 'bob', 50);

BEGIN;
UPDATE acct SET balance = balance - 30 WHERE id = 1;
UPDATE acct SET balance = balance + 30 WHERE id = 2;
COMMIT;
SELECT * FROM acct ORDER BY id;
BEGIN;
DELETE FROM acct;
SELECT count(*) FROM acct;
ROLLBACK;
SELECT count(*) FROM acct;
START TRANSACTION;
INSERT INTO acct VALUES (3, 'cy', 0);
END;
BEGIN WORK;
UPDATE acct SET owner = 'CY' WHERE id = 3;
ABORT;
SELECT owner FROM acct WHERE id = 3;
BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ;
SHOW transaction_isolation;
COMMIT;
BEGIN;
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;
SELECT current_setting('transaction_isolation');
COMMIT AND NO CHAIN;
BEGIN READ ONLY;
-- @error
INSERT INTO acct VALUES (9, 'x', 0);
ROLLBACK;

-- Commands out of place: warnings, not errors.
COMMIT;
ROLLBACK;
BEGIN;
BEGIN;
COMMIT;

-- An error aborts the block; everything is ignored until its end, and COMMIT then rolls back.
BEGIN;
INSERT INTO acct VALUES (4, 'di', 10);
-- @error
INSERT INTO acct VALUES (1, 'dup', 0);
-- @error
SELECT 1;
-- @error
INSERT INTO acct VALUES (5, 'ed', 0);
COMMIT;
SELECT id FROM acct ORDER BY id;
BEGIN;
-- @error
SELECT 1 / 0;
ROLLBACK;
SELECT 1;

-- Savepoints.
BEGIN;
INSERT INTO acct VALUES (4, 'di', 10);
SAVEPOINT a;
INSERT INTO acct VALUES (5, 'ed', 20);
SAVEPOINT b;
INSERT INTO acct VALUES (6, 'fay', 30);
ROLLBACK TO SAVEPOINT b;
SELECT id FROM acct WHERE id >= 4 ORDER BY id;
ROLLBACK TO a;
SELECT id FROM acct WHERE id >= 4 ORDER BY id;
SAVEPOINT c;
-- @error
INSERT INTO acct VALUES (4, 'dup', 0);
-- @error
SELECT 1;
ROLLBACK TO SAVEPOINT c;
SELECT count(*) FROM acct;
RELEASE SAVEPOINT c;
-- @error
ROLLBACK TO SAVEPOINT c;
ROLLBACK;
BEGIN;
INSERT INTO acct VALUES (7, 'gus', 1);
SAVEPOINT s1;
UPDATE acct SET balance = 99 WHERE id = 7;
RELEASE s1;
COMMIT;
SELECT * FROM acct WHERE id = 7;
-- @error
SAVEPOINT outside;
