-- One TPC-B-like transaction on the tables of setup.sql: pgbench variables, a read, an update, an insert.
\set aid random(1, 1000)
\set delta random(-5000, 5000)
BEGIN;
UPDATE bench_accounts SET abalance = abalance + :delta WHERE aid = :aid;
SELECT abalance FROM bench_accounts WHERE aid = :aid;
INSERT INTO bench_history (aid, delta, mtime) VALUES (:aid, :delta, CURRENT_TIMESTAMP);
END;
