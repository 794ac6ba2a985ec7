// Command pgxclient runs the shared client conversation with pgx v4.
//
// Build offline against Debian's packaged sources (golang-go, golang-github-jackc-pgx-v4-dev), which live in
// the GOPATH tree /usr/share/gocode/src, in GOPATH mode and without any module download:
//
//	GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE=$(mktemp -d) go build -o /tmp/pgxclient .
//
// GO111MODULE=off makes go resolve imports from GOPATH/src (no go.mod, no module proxy); a throwaway
// GOCACHE keeps it from writing elsewhere. The JUnit driver GoClientTest does exactly this into a temporary
// directory, then runs the binary from this directory. Connection settings come from PGHOST,
// PGPORT, PGUSER, PGPASSWORD, PGDATABASE and, for TLS, TUSK_SSLROOTCERT; the SQL from ../../statements.sql
// or TUSK_STATEMENTS. Prints "ok <check>" per check; exits 1 on the first mismatch.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgconn"
	"github.com/jackc/pgx/v4"
)

const copyRows = 2000
const csvIn = "5,\"comma, name\",1,2.5\n6,\"quote \"\"q\"\"\",2,3.5\n7,,3,4.5\n"
const nonASCII = "gr\u00fcn \u00e7ay \u0131\u0130"

type item struct {
	ID    int64
	Name  *string
	Qty   int32
	Price float64
}

func str(s string) *string { return &s }

func (i item) String() string {
	name := "NULL"
	if i.Name != nil {
		name = fmt.Sprintf("%q", *i.Name)
	}
	return fmt.Sprintf("(%d, %s, %d, %g)", i.ID, name, i.Qty, i.Price)
}

var sqlText map[string]string

func loadStatements() map[string]string {
	file := os.Getenv("TUSK_STATEMENTS")
	if file == "" {
		wd, _ := os.Getwd()
		file = filepath.Join(wd, "..", "..", "statements.sql")
	}
	f, err := os.Open(file)
	if err != nil {
		fail("load statements", err.Error())
	}
	defer f.Close()
	out := map[string]string{}
	re := regexp.MustCompile(`^--\s*name:\s*(\S+)`)
	name := ""
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if m := re.FindStringSubmatch(line); m != nil {
			if name != "" {
				out[name] = strings.Join(lines, " ")
			}
			name, lines = m[1], nil
		} else if line != "" && !strings.HasPrefix(line, "--") && name != "" {
			lines = append(lines, line)
		}
	}
	if name != "" {
		out[name] = strings.Join(lines, " ")
	}
	return out
}

func ok(check string) { fmt.Println("ok " + check) }

func fail(check, msg string) {
	fmt.Printf("FAIL %s: %s\n", check, msg)
	os.Exit(1)
}

func must(check string, err error) {
	if err != nil {
		fail(check, err.Error())
	}
}

func expect(check string, actual, expected interface{}) {
	if !reflect.DeepEqual(actual, expected) {
		fail(check, fmt.Sprintf("expected %v, got %v", expected, actual))
	}
	ok(check)
}

func items(ctx context.Context, conn *pgx.Conn, name string, args ...interface{}) []item {
	rows, err := conn.Query(ctx, sqlText[name], args...)
	must(name, err)
	defer rows.Close()
	var out []item
	for rows.Next() {
		var it item
		must(name, rows.Scan(&it.ID, &it.Name, &it.Qty, &it.Price))
		out = append(out, it)
	}
	must(name, rows.Err())
	return out
}

func sortedLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

func main() {
	sqlText = loadStatements()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if root := os.Getenv("TUSK_SSLROOTCERT"); root != "" {
		os.Setenv("PGSSLMODE", "verify-full")
		os.Setenv("PGSSLROOTCERT", root)
	} else {
		os.Setenv("PGSSLMODE", "disable")
	}
	cfg, err := pgx.ParseConfig("")
	must("parse config from PG* environment", err)
	conn, err := pgx.ConnectConfig(ctx, cfg)
	must("connect", err)
	ok("connect with pgx v4")
	if os.Getenv("TUSK_SSLROOTCERT") != "" {
		ok("connected with sslmode=verify-full")
	}

	var one int32
	must("select_one", conn.QueryRow(ctx, sqlText["select_one"]).Scan(&one))
	expect("select_one", one, int32(1))
	rows, err := conn.Query(ctx, sqlText["select_literals"])
	must("select_literals", err)
	var names []string
	for _, fd := range rows.FieldDescriptions() {
		names = append(names, string(fd.Name))
	}
	var a int32
	var b string
	if rows.Next() {
		must("select_literals", rows.Scan(&a, &b))
	}
	rows.Close()
	must("select_literals", rows.Err())
	expect("select_literals columns", names, []string{"a", "b"})
	expect("select_literals row", []interface{}{a, b}, []interface{}{int32(1), "x"})

	_, err = conn.Exec(ctx, sqlText["create_items"])
	must("create_items", err)
	ok("create_items")
	seed := []item{{1, str("apple"), 3, 1.5}, {2, str("pear"), 0, 0.25}, {3, str(nonASCII), 7, -2.5}}
	for _, it := range seed {
		tag, err := conn.Exec(ctx, sqlText["insert_item"], it.ID, *it.Name, it.Qty, it.Price)
		must("insert_item", err)
		expect(fmt.Sprintf("insert_item %d rows affected", it.ID), tag.RowsAffected(), int64(1))
	}
	expect("select_item 3 (non-ASCII text)", items(ctx, conn, "select_item", int64(3)), []item{seed[2]})

	for _, s := range []string{"begin"} {
		_, err = conn.Exec(ctx, sqlText[s])
		must(s, err)
	}
	_, err = conn.Exec(ctx, sqlText["insert_item"], int64(4), "tx", int32(1), 1.0)
	must("insert in transaction", err)
	_, err = conn.Exec(ctx, sqlText["rollback"])
	must("rollback", err)
	expect("rolled back insert is absent", len(items(ctx, conn, "select_item", int64(4))), 0)
	_, err = conn.Exec(ctx, sqlText["begin"])
	must("begin", err)
	_, err = conn.Exec(ctx, sqlText["insert_item"], int64(4), "tx", int32(1), 1.0)
	must("insert in transaction", err)
	_, err = conn.Exec(ctx, sqlText["commit"])
	must("commit", err)
	expect("committed insert is present", items(ctx, conn, "select_item", int64(4)), []item{{4, str("tx"), 1, 1.0}})
	tag, err := conn.Exec(ctx, sqlText["delete_item"], int64(4))
	must("delete_item", err)
	expect("delete_item rows affected", tag.RowsAffected(), int64(1))

	_, err = conn.Exec(ctx, sqlText["select_missing"])
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) {
		fail("select_missing", fmt.Sprintf("expected a server error, got %v", err))
	}
	expect("select_missing SQLSTATE", pgErr.Code, "42P01")
	must("select_one after error", conn.QueryRow(ctx, sqlText["select_one"]).Scan(&one))
	expect("connection usable after error", one, int32(1))

	_, err = conn.Exec(ctx, sqlText["delete_all"])
	must("delete_all", err)
	var data strings.Builder
	for i := 1; i <= copyRows; i++ {
		fmt.Fprintf(&data, "%d\titem-%d\t%d\t%d.25\n", i, i, i%100, i)
	}
	tag, err = conn.PgConn().CopyFrom(ctx, strings.NewReader(data.String()), sqlText["copy_in_text"])
	must("copy_in_text", err)
	expect("copy_in_text rows affected", tag.RowsAffected(), int64(copyRows))
	all := items(ctx, conn, "select_all")
	expect("select_all returns 2000 rows", len(all), copyRows)
	expect("select_all first row", all[0], item{1, str("item-1"), 1, 1.25})
	expect("select_all last row", all[len(all)-1], item{2000, str("item-2000"), 0, 2000.25})
	for i, it := range all {
		if it.ID != int64(i+1) {
			fail("select_all ids", fmt.Sprintf("row %d has id %d", i, it.ID))
		}
	}
	ok("select_all ids")
	var out bytes.Buffer
	_, err = conn.PgConn().CopyTo(ctx, &out, sqlText["copy_out_text"])
	must("copy_out_text", err)
	expect("copy_out_text", sortedLines(out.String()), sortedLines(data.String()))

	_, err = conn.Exec(ctx, sqlText["delete_all"])
	must("delete_all", err)
	tag, err = conn.PgConn().CopyFrom(ctx, strings.NewReader(csvIn), sqlText["copy_in_csv"])
	must("copy_in_csv", err)
	expect("copy_in_csv rows affected", tag.RowsAffected(), int64(3))
	expect("csv NULL name", items(ctx, conn, "select_item", int64(7)), []item{{7, nil, 3, 4.5}})
	out.Reset()
	_, err = conn.PgConn().CopyTo(ctx, &out, sqlText["copy_out_csv"])
	must("copy_out_csv", err)
	expect("copy_out_csv", sortedLines(out.String()), sortedLines(csvIn))
	must("close", conn.Close(ctx))
	ok("close")
	fmt.Println("all checks passed (pgx v4)")
}
