#!/usr/bin/env bash
# pgbench with a custom script (pgbench -n -f transfer.sql) on tables made by setup.sql, in each query mode
# (-M simple, extended, prepared) with 2 clients; then check.sql verifies that every transaction left its row and
# the balances add up. pgbench -i is left out: its initialisation needs COPY and ALTER TABLE.
#
# Usage: PGHOST=... PGPORT=... PGUSER=... PGPASSWORD=... PGDATABASE=... crud.sh
# Prints "ok <check>" or "FAIL <check>: ..." per check, ends with a line starting "done:"; exit 1 if any failed.
set -uo pipefail
export LC_ALL=C.UTF-8
export PGSSLMODE=${PGSSLMODE:-disable}
here=$(cd "$(dirname "$0")" && pwd)
pgbench=/usr/lib/postgresql/15/bin/pgbench
[[ -x $pgbench ]] || pgbench=$(command -v pgbench)
failures=0
ok() { echo "ok $1"; }
failed() { echo "FAIL $1: $2"; failures=$((failures + 1)); }

if out=$(psql -X -q -v ON_ERROR_STOP=1 -f "$here/setup.sql" 2>&1); then ok "setup.sql"; else failed "setup.sql" "$out"; fi
total=0
for mode in simple extended prepared; do
  out=$("$pgbench" -n -f "$here/transfer.sql" -t 20 -c 2 -M "$mode" 2>&1)
  if [[ $? -eq 0 && "$out" == *"number of transactions actually processed: 40/40"* ]]; then
    ok "pgbench -M $mode"
    total=$((total + 40))
  else
    failed "pgbench -M $mode" "$(echo "$out" | tr '\n' ' ')"
  fi
done
out=$(psql -X -q -A -t -F ' ' -f "$here/check.sql" 2>&1)
if [[ "$out" == "$total t" ]]; then ok "history rows and balances"; else failed "history rows and balances" "expected [$total t], got [$out]"; fi
if [[ $failures -gt 0 ]]; then echo "done: $failures checks failed (pgbench)"; exit 1; fi
echo "done: all checks passed (pgbench)"
