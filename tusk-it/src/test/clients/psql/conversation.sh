#!/usr/bin/env bash
# Runs the shared client conversation with psql (postgresql-client): -v ON_ERROR_STOP=1 scripts, \copy in and
# out in text and CSV, the SQLSTATE of a failing statement, and, when TUSK_SSLROOTCERT is set, TLS connections
# with sslmode=require and sslmode=verify-full.
#
# Usage: PGHOST=... PGPORT=... PGUSER=... PGPASSWORD=... PGDATABASE=... conversation.sh
# psql 15 has no \bind, so $1, $2 ... in statements.sql are replaced here by quoted literals.
# Prints "ok <check>" per check; exits 1 on the first mismatch.
set -euo pipefail
export LC_ALL=C.UTF-8
here=$(cd "$(dirname "$0")" && pwd)
statements=${TUSK_STATEMENTS:-$here/../statements.sql}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PGSSLMODE=${PGSSLMODE:-disable}
PSQL=(psql -X -q -A -t -v ON_ERROR_STOP=1)

fail() { echo "FAIL $1: $2"; exit 1; }
ok() { echo "ok $1"; }

# stmt NAME [ARG...]: the statement NAME from statements.sql, with $N replaced by the quoted ARG N.
stmt() {
  local name=$1; shift
  local sql
  sql=$(awk -v want="$name" '
    /^--[ \t]*name:/ { sub(/^--[ \t]*name:[ \t]*/, ""); cur = $1; next }
    /^[ \t]*$/ || /^[ \t]*--/ { next }
    cur == want { gsub(/^[ \t]+|[ \t]+$/, ""); out = out (out == "" ? "" : " ") $0 }
    END { print out }' "$statements")
  [[ -n $sql ]] || fail "statements" "no statement named $name in $statements"
  local i=1 arg
  for arg in "$@"; do
    sql=${sql//\$$i/\'${arg//\'/\'\'}\'}
    i=$((i + 1))
  done
  printf '%s;\n' "$sql"
}

# copycmd NAME FILE: the COPY statement NAME as a psql \copy meta-command reading or writing FILE.
copycmd() {
  local sql
  sql=$(stmt "$1")
  sql=${sql%;}
  sql=${sql/#COPY /\\copy }
  sql=${sql/STDIN/\'$2\'}
  sql=${sql/STDOUT/\'$2\'}
  printf '%s\n' "$sql"
}

expect() {
  local check=$1 actual=$2 expected=$3
  [[ "$actual" == "$expected" ]] || fail "$check" "expected [$expected], got [$actual]"
  ok "$check"
}

run_script() { "${PSQL[@]}" -f "$1" 2>"$work/stderr" || fail "$2" "psql exited $?: $(cat "$work/stderr")"; }

command -v psql >/dev/null || fail "psql" "psql not found; install with: apt-get install -y postgresql-client"
ok "$(psql --version)"

expect "select_one" "$("${PSQL[@]}" -c "$(stmt select_one)")" "1"
expect "select_literals" "$("${PSQL[@]}" -c "$(stmt select_literals)")" "1|x"
expect "select_literals columns" "$("${PSQL[@]}" -P tuples_only=off -P footer=off -c "$(stmt select_literals)" | head -1)" "a|b"

nonascii=$'gr\u00fcn \u00e7ay \u0131\u0130'
{
  stmt create_items
  stmt insert_item 1 apple 3 1.5
  stmt insert_item 2 pear 0 0.25
  stmt insert_item 3 "$nonascii" 7 -2.5
  stmt select_item 3
} >"$work/setup.sql"
expect "create, insert and select_item 3 (non-ASCII text)" "$(run_script "$work/setup.sql" setup)" "3|$nonascii|7|-2.5"

{
  stmt begin
  stmt insert_item 4 tx 1 1.0
  stmt rollback
  echo '\echo after-rollback'
  stmt select_item 4
  stmt begin
  stmt insert_item 4 tx 1 1.0
  stmt commit
  echo '\echo after-commit'
  stmt select_item 4
  stmt delete_item 4
  echo '\echo after-delete'
  stmt select_item 4
} >"$work/tx.sql"
expect "rollback, commit and delete_item" "$(run_script "$work/tx.sql" transactions | tr '\n' ' ')" \
  "after-rollback after-commit 4|tx|1|1 after-delete "

{
  echo '\set VERBOSITY verbose'
  stmt select_missing
} >"$work/error.sql"
if "${PSQL[@]}" -f "$work/error.sql" >"$work/out" 2>"$work/err"; then
  fail "select_missing" "psql succeeded"
fi
grep -q '42P01' "$work/err" || fail "select_missing SQLSTATE" "no 42P01 in: $(cat "$work/err")"
ok "select_missing SQLSTATE 42P01 (and ON_ERROR_STOP exit)"
expect "connection usable after error" "$("${PSQL[@]}" -c "$(stmt select_one)")" "1"

for ((i = 1; i <= 2000; i++)); do printf '%d\titem-%d\t%d\t%d.25\n' "$i" "$i" $((i % 100)) "$i"; done >"$work/in.txt"
{
  stmt delete_all
  copycmd copy_in_text "$work/in.txt"
  copycmd copy_out_text "$work/out.txt"
  stmt select_all
} >"$work/copy.sql"
run_script "$work/copy.sql" "copy text" >"$work/all.txt"
expect "select_all returns 2000 rows" "$(wc -l <"$work/all.txt" | tr -d ' ')" "2000"
expect "select_all first row" "$(head -1 "$work/all.txt")" "1|item-1|1|1.25"
expect "select_all last row" "$(tail -1 "$work/all.txt")" "2000|item-2000|0|2000.25"
expect "\\copy out text" "$(sort "$work/out.txt" | sha256sum)" "$(sort "$work/in.txt" | sha256sum)"

printf '5,"comma, name",1,2.5\n6,"quote ""q""",2,3.5\n7,,3,4.5\n' >"$work/in.csv"
{
  stmt delete_all
  copycmd copy_in_csv "$work/in.csv"
  copycmd copy_out_csv "$work/out.csv"
  echo '\pset null NULL'
  stmt select_item 7
} >"$work/csv.sql"
expect "\\copy csv and NULL name" "$(run_script "$work/csv.sql" "copy csv")" "7|NULL|3|4.5"
expect "\\copy out csv" "$(sort "$work/out.csv")" "$(sort "$work/in.csv")"

if [[ -n ${TUSK_SSLROOTCERT:-} ]]; then
  info=$(PGSSLMODE=require "${PSQL[@]}" -c '\conninfo')
  [[ $info == *"SSL connection"* ]] || fail "sslmode=require" "no SSL in: $info"
  ok "sslmode=require"
  expect "sslmode=verify-full select_one" \
    "$(PGSSLMODE=verify-full PGSSLROOTCERT=$TUSK_SSLROOTCERT "${PSQL[@]}" -c "$(stmt select_one)")" "1"
fi
echo "all checks passed (psql)"
