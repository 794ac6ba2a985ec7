#!/usr/bin/env bash
# CRUD, types, transactions and errors with psql scripts as people write them: variables (\set, :'var'), \gset of
# RETURNING and SELECT results, \if, ROW_COUNT and LAST_ERROR_SQLSTATE, ON_ERROR_STOP, \copy, \dt and \d.
#
# Usage: PGHOST=... PGPORT=... PGUSER=... PGPASSWORD=... PGDATABASE=... crud.sh
# Each check is one psql run of a small script; prints "ok <check>" or "FAIL <check>: ..." per check, runs every
# check, ends with a line starting "done:" and exits 1 if any check failed.
set -uo pipefail
export LC_ALL=C.UTF-8
export PGSSLMODE=${PGSSLMODE:-disable}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PSQL=(psql -X -q -A -t -v ON_ERROR_STOP=1)
failures=0

ok() { echo "ok $1"; }
failed() { echo "FAIL $1: $2"; failures=$((failures + 1)); }

# check NAME EXPECTED: runs the script on stdin with psql and compares its output (stdout and stderr) with EXPECTED.
check() {
  local name=$1 expected=$2 actual
  actual=$("${PSQL[@]}" 2>&1)
  if [[ "$actual" == "$expected" ]]; then ok "$name"; else failed "$name" "expected [$expected], got [$actual]"; fi
}

# check_stdout NAME EXPECTED: as check, comparing only stdout (the script's errors are expected).
check_stdout() {
  local name=$1 expected=$2 actual
  actual=$("${PSQL[@]}" 2>"$work/stderr")
  if [[ "$actual" == "$expected" ]]; then ok "$name"; else failed "$name" "expected [$expected], got [$actual] $(cat "$work/stderr")"; fi
}

command -v psql >/dev/null || { failed "psql" "psql not found; install with: apt-get install -y postgresql-client"; echo "done: psql missing"; exit 1; }
ok "$(psql --version)"

check "server_version_num is 15" "15" <<'EOF'
SELECT current_setting('server_version_num')::int / 10000;
EOF

check "create tables" "" <<'EOF'
CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL UNIQUE, name text);
CREATE TABLE things (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer_id int, i int, b bigint,
  n numeric(12,2), t text, flag boolean, d date, ts timestamptz, u uuid, bin bytea, j json, jb jsonb,
  ia int[], ta text[]);
EOF

check "insert with variables and RETURNING \\gset" "1 2 grün çay ıİ" <<'EOF'
\set email 'ann@example.com'
\set name 'Ann'
INSERT INTO customers (email, name) VALUES (:'email', :'name') RETURNING id AS ann \gset
\set name 'grün çay ıİ'
INSERT INTO customers (email, name) VALUES ('bob@example.com', :'name') RETURNING id AS bob \gset
SELECT name AS bob_name FROM customers WHERE id = :bob \gset
\echo :ann :bob :bob_name
EOF

check "insert typed row" "1" <<'EOF'
INSERT INTO things (customer_id, i, b, n, t, flag, d, ts, u)
VALUES (1, 42, 9000000000, 12.34, 'grün', true, DATE '2024-02-29', TIMESTAMPTZ '2024-02-29 12:34:56.123456+00',
        'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')
RETURNING id;
EOF

check "bytea hex literal" "\\xdeadbeef00" <<'EOF'
UPDATE things SET bin = '\xdeadbeef00' WHERE id = 1;
SELECT bin FROM things WHERE id = 1;
EOF

check "json, jsonb and arrays" '{"a": [1, 2]}|{"b": {"c": null}, "n": 1}|{1,2,NULL}|{x,"y z",NULL}' <<'EOF'
UPDATE things SET j = '{"a": [1, 2]}', jb = '{"n":1, "b": {"c": null}}', ia = ARRAY[1, 2, NULL],
  ta = ARRAY['x', 'y z', NULL] WHERE id = 1;
SELECT j, jb, ia, ta FROM things WHERE id = 1;
EOF

check "read back with \\gset" "42 9000000000 12.34 t 2024-02-29 2024-02-29 12:34:56.123456+00 a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11" <<'EOF'
SET TimeZone = 'UTC';
SELECT i, b, n, flag, d, ts, u FROM things WHERE id = 1 \gset r_
\echo :r_i :r_b :r_n :r_flag :r_d :r_ts :r_u
EOF

check "UPDATE and ROW_COUNT" "1 updated 13.00" <<'EOF'
\set delta 0.66
UPDATE things SET t = 'updated', n = n + :delta WHERE id = 1;
\set updated :ROW_COUNT
SELECT t, n FROM things WHERE id = 1 \gset
\echo :updated :t :n
EOF

check "\\if on a \\gset result" "two customers" <<'EOF'
SELECT count(*) = 2 AS two FROM customers \gset
\if :two
\echo two customers
\else
\echo not two
\endif
EOF

check "transaction with a savepoint" "kept@example.com" <<'EOF'
BEGIN;
INSERT INTO customers (email) VALUES ('kept@example.com');
SAVEPOINT sp1;
INSERT INTO customers (email) VALUES ('undone@example.com');
ROLLBACK TO SAVEPOINT sp1;
COMMIT;
SELECT email FROM customers WHERE id > 2 ORDER BY id;
EOF

check "rollback" "3" <<'EOF'
BEGIN;
INSERT INTO customers (email) VALUES ('gone@example.com');
ROLLBACK;
SELECT count(*) FROM customers;
EOF

check_stdout "errors: LAST_ERROR_SQLSTATE and the session goes on" "23505 42P01 1" <<'EOF'
\set ON_ERROR_STOP 0
\set QUIET 1
INSERT INTO customers (email) VALUES ('ann@example.com');
\set first :LAST_ERROR_SQLSTATE
SELECT * FROM no_such_table;
\set second :LAST_ERROR_SQLSTATE
SELECT 1 AS one \gset
\echo :first :second :one
EOF

check "ON_ERROR_STOP stops the script with the error" "ERROR:  relation \"no_such_table\" does not exist
LINE 1: SELECT * FROM no_such_table;
                      ^" <<'EOF'
SELECT * FROM no_such_table;
SELECT 'not reached';
EOF

printf '10\tfrom copy\n11\t\\N\n' > "$work/in.tsv"
check "\\copy from a file" "2" <<EOF
\\copy things (i, t) from '$work/in.tsv'
SELECT count(*) FROM things WHERE i IN (10, 11);
EOF

check "\\dt lists the tables" "public|customers|table|$PGUSER
public|things|table|$PGUSER" <<'EOF'
\dt
EOF

check "DELETE and ROW_COUNT" "1" <<'EOF'
DELETE FROM things WHERE id = 1;
\echo :ROW_COUNT
EOF

if [[ $failures -gt 0 ]]; then echo "done: $failures checks failed (psql)"; exit 1; fi
echo "done: all checks passed (psql)"
