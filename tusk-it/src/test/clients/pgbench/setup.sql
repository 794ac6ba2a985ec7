-- Tables for pgbench's custom script (pgbench -i needs COPY and ALTER TABLE, which Tusk on Calcite lacks so far).
CREATE TABLE bench_accounts (aid int PRIMARY KEY, bid int NOT NULL, abalance int NOT NULL, filler char(84));
CREATE TABLE bench_history (hid bigserial PRIMARY KEY, aid int, delta int, mtime timestamptz);
INSERT INTO bench_accounts (aid, bid, abalance, filler) SELECT g, 1 + g / 100, 0, '' FROM generate_series(1, 1000) g;
