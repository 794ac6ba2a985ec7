-- Equality lookups on PRIMARY KEY, UNIQUE and CREATE INDEX columns (the Calcite engine reads these through its
-- hash indexes): literals of other types, NULL keys, composite keys, keys changed and rows deleted inside
-- transactions and savepoints, a second session's uncommitted changes, CREATE/DROP INDEX and their errors, and
-- statements that differ only in integer literals (the simple protocol's plan cache lifts those).

CREATE TABLE acct (aid int PRIMARY KEY, bid int, abalance int, note text UNIQUE, small smallint UNIQUE, amount numeric(10, 2));
INSERT INTO acct SELECT g, g % 5, g * 10, 'n' || g, g, g / 4.0 FROM generate_series(1, 40) AS g;
CREATE TABLE pair (a bigint, b text, v int, PRIMARY KEY (a, b));
INSERT INTO pair VALUES (1, 'x', 1), (1, 'y', 2), (2, 'x', 3);

SELECT abalance FROM acct WHERE aid = 7;
SELECT abalance FROM acct WHERE aid = 8;
SELECT abalance FROM acct WHERE 9 = aid;
SELECT abalance FROM acct WHERE aid = '10';
SELECT abalance FROM acct WHERE aid = 10.0;
SELECT abalance FROM acct WHERE aid = 10.5;
SELECT abalance FROM acct WHERE aid = 11::bigint;
SELECT abalance FROM acct WHERE aid = 4294967296;
SELECT abalance FROM acct WHERE aid = -2147483648;
SELECT abalance FROM acct WHERE aid = 2147483647;
SELECT abalance FROM acct WHERE aid = NULL;
SELECT abalance FROM acct WHERE aid = 12 AND bid = 2;
SELECT abalance FROM acct WHERE aid = 12 AND bid = 3;
SELECT abalance FROM acct WHERE aid = 6 + 7;
SELECT abalance FROM acct WHERE aid = 14 OR aid = 15 ORDER BY 1;
SELECT aid FROM acct WHERE note = 'n16';
SELECT aid FROM acct WHERE note = 'N16';
SELECT aid FROM acct WHERE small = 17;
SELECT aid FROM acct WHERE small = 70000;
SELECT aid, amount FROM acct WHERE amount = 4.5;
SELECT aid, amount FROM acct WHERE amount = 4.50000;
SELECT v FROM pair WHERE a = 1 AND b = 'y';
SELECT v FROM pair WHERE b = 'x' AND a = 2;
SELECT v FROM pair WHERE a = 1 ORDER BY v;
SELECT a.aid, b.abalance FROM acct a JOIN acct b ON b.aid = a.bid WHERE a.aid = 18;
SELECT count(*) FROM acct WHERE aid > 35;

-- writes through the key, and what later statements of the transaction see
UPDATE acct SET abalance = abalance + -5 WHERE aid = 20;
UPDATE acct SET abalance = abalance + 5 WHERE aid = 21;
SELECT aid, abalance FROM acct WHERE aid = 20;
SELECT aid, abalance FROM acct WHERE aid = 21;
BEGIN;
UPDATE acct SET aid = 100 WHERE aid = 22;
SELECT aid FROM acct WHERE aid = 22;
SELECT aid FROM acct WHERE aid = 100;
SAVEPOINT s1;
DELETE FROM acct WHERE aid = 100;
SELECT aid FROM acct WHERE aid = 100;
ROLLBACK TO SAVEPOINT s1;
SELECT aid FROM acct WHERE aid = 100;
INSERT INTO acct (aid, note, small) VALUES (22, 'again', 222);
SELECT aid, note FROM acct WHERE aid = 22;
-- @session 2
SELECT aid, note FROM acct WHERE aid = 22;
SELECT aid FROM acct WHERE aid = 100;
-- @session 1
ROLLBACK;
SELECT aid, note FROM acct WHERE aid = 22;
SELECT aid FROM acct WHERE aid = 100;
DELETE FROM acct WHERE aid = 23;
DELETE FROM acct WHERE aid = 23;
SELECT aid FROM acct WHERE aid = 23;
INSERT INTO acct (aid, note, small) VALUES (23, 'back', 223);
SELECT aid, note FROM acct WHERE aid = 23;
-- @error
INSERT INTO acct (aid, note, small) VALUES (124, 'n25', 224);

-- CREATE INDEX and DROP INDEX
CREATE INDEX ON acct (bid);
CREATE INDEX ON acct (bid);
CREATE INDEX acct_bid_note ON acct (bid, note);
SELECT count(*) FROM acct WHERE bid = 3;
SELECT aid FROM acct WHERE bid = 3 AND note = 'n13';
CREATE UNIQUE INDEX acct_ab ON acct (abalance);
-- @error
UPDATE acct SET abalance = 10 WHERE aid = 2;
-- @error
CREATE INDEX acct_bid_idx ON acct (note);
CREATE INDEX IF NOT EXISTS acct_bid_idx ON acct (note);
-- @error
CREATE INDEX acct ON acct (note);
-- @error
CREATE INDEX acct_x ON nosuch (a);
-- @error
CREATE INDEX acct_x ON acct (nosuch);
-- @error
CREATE INDEX acct_x ON acct USING nosuch (bid);
-- @error
CREATE INDEX acct_x ON acct USING hash (bid, note);
-- @error
CREATE UNIQUE INDEX acct_x ON acct USING hash (bid);
-- @error
CREATE TABLE acct_pkey (a int);
-- @error
DROP INDEX acct_pkey;
-- @error
DROP INDEX acct;
-- @error
DROP INDEX nosuch;
DROP INDEX IF EXISTS nosuch;
DROP INDEX acct_bid_idx, acct_bid_idx1;
SELECT count(*) FROM acct WHERE bid = 3;
BEGIN;
DROP INDEX acct_ab;
ROLLBACK;
-- @error
UPDATE acct SET abalance = 10 WHERE aid = 2;
DROP INDEX acct_ab;
UPDATE acct SET abalance = 10 WHERE aid = 2;
SELECT count(*) FROM acct WHERE abalance = 10;
CREATE INDEX ON acct USING hash (note);
SELECT aid FROM acct WHERE note = 'n30';
DROP TABLE acct, pair;
