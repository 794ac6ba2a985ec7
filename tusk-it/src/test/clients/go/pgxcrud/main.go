// Command pgxcrud does CRUD on typed tables, transactions, savepoints and errors with pgx v4, as its users do:
// $n parameters bound to Go values (pgx prepares and caches each statement and sends binary values), pgtype for
// NULL-able arrays, numeric and uuid, conn.Begin and nested tx.Begin (a savepoint), *pgconn.PgError codes.
//
// Build offline like ../pgxclient (GO111MODULE=off GOPATH=/usr/share/gocode go build). Connection settings come
// from PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE and, for TLS, TUSK_SSLROOTCERT. Prints "ok <check>" or
// "FAIL <check>: ..." per check; every check runs; the last line starts with "done:"; exit 1 if any failed.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"reflect"
	"strings"
	"time"

	"github.com/jackc/pgconn"
	"github.com/jackc/pgtype"
	"github.com/jackc/pgx/v4"
)

const nonASCII = "gr\u00fcn \u00e7ay \u0131\u0130"
const uuidText = "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"

var ts = time.Date(2024, 2, 29, 12, 34, 56, 123456000, time.UTC)
var day = time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
var bin = []byte{0xde, 0xad, 0xbe, 0xef, 0x00}

var ddl = []string{
	"CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL UNIQUE, name text)",
	"CREATE TABLE things (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer_id int, i int, b bigint," +
		" n numeric(12,2), t text, flag boolean, d date, ts timestamptz, u uuid, bin bytea, j json, jb jsonb," +
		" ia int[], ta text[])",
}

var failures int
var ctx = context.Background()

func ok(check string) { fmt.Printf("ok %s\n", check) }

func failed(check, message string) {
	failures++
	fmt.Printf("FAIL %s: %s\n", check, strings.ReplaceAll(message, "\n", " | "))
}

func expect(check string, actual, expected interface{}) {
	if !reflect.DeepEqual(actual, expected) {
		failed(check, fmt.Sprintf("expected %#v, got %#v", expected, actual))
	} else {
		ok(check)
	}
}

// step runs one check; an error fails it with its SQLSTATE and the rest go on.
func step(check string, fn func() error) {
	if err := fn(); err != nil {
		failed(check, describe(err))
	}
}

func describe(err error) string {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return fmt.Sprintf("[%s] %s", pgErr.Code, pgErr.Message)
	}
	return err.Error()
}

func expectCode(check string, err error, code string) {
	var pgErr *pgconn.PgError
	if err == nil {
		failed(check, "no error raised")
	} else if errors.As(err, &pgErr) {
		expect(check, pgErr.Code, code)
	} else {
		failed(check, err.Error())
	}
}

func int4Array() pgtype.Int4Array {
	var a pgtype.Int4Array
	if err := a.Set([]*int32{ptr32(1), ptr32(2), nil}); err != nil {
		panic(err)
	}
	return a
}

func textArray() pgtype.TextArray {
	var a pgtype.TextArray
	if err := a.Set([]*string{ptrS("x"), ptrS("y z"), nil}); err != nil {
		panic(err)
	}
	return a
}

func ptr32(v int32) *int32  { return &v }
func ptrS(v string) *string { return &v }

func numericText(n pgtype.Numeric) string {
	if n.Status != pgtype.Present {
		return "NULL"
	}
	r := new(big.Rat).SetInt(n.Int)
	if n.Exp < 0 {
		r.Quo(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n.Exp)), nil)))
		return r.FloatString(int(-n.Exp))
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n.Exp)), nil)))
	return r.FloatString(0)
}

func main() {
	root := os.Getenv("TUSK_SSLROOTCERT")
	if root != "" {
		os.Setenv("PGSSLMODE", "verify-full")
		os.Setenv("PGSSLROOTCERT", root)
	} else {
		os.Setenv("PGSSLMODE", "disable")
	}
	cfg, err := pgx.ParseConfig("")
	if err != nil {
		failed("parse config", err.Error())
		finish()
	}
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		failed("connect", describe(err))
		finish()
	}
	ok("connect with pgx v4")
	expect("server_version", conn.PgConn().ParameterStatus("server_version")[:3], "15.")

	step("create tables", func() error {
		for _, s := range ddl {
			if _, err := conn.Exec(ctx, s); err != nil {
				return err
			}
		}
		ok("create tables")
		return nil
	})
	step("insert customers", func() error {
		var ids []int32
		for _, c := range [][2]string{{"ann@example.com", "Ann"}, {"bob@example.com", nonASCII}} {
			var id int32
			if err := conn.QueryRow(ctx, "INSERT INTO customers (email, name) VALUES ($1, $2) RETURNING id", c[0], c[1]).Scan(&id); err != nil {
				return err
			}
			ids = append(ids, id)
		}
		expect("serial ids from RETURNING", ids, []int32{1, 2})
		return nil
	})
	step("insert typed row", func() error {
		var id int64
		err := conn.QueryRow(ctx,
			"INSERT INTO things (customer_id, i, b, n, t, flag, d, ts, u, bin) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
			1, int32(42), int64(9000000000), "12.34", nonASCII, true, day, ts, uuidText, bin).Scan(&id)
		if err != nil {
			return err
		}
		expect("identity id from RETURNING", id, int64(1))
		return nil
	})
	extras := map[string]interface{}{
		"j":  map[string]interface{}{"a": []interface{}{1, 2}, "s": "x"},
		"jb": map[string]interface{}{"b": map[string]interface{}{"c": nil}, "n": 1},
		"ia": int4Array(),
		"ta": textArray(),
	}
	for _, c := range []string{"j", "jb", "ia", "ta"} {
		c := c
		step("UPDATE SET "+c+" = parameter", func() error {
			tag, err := conn.Exec(ctx, "UPDATE things SET "+c+" = $1 WHERE id = $2", extras[c], int64(1))
			if err != nil {
				return err
			}
			expect("UPDATE SET "+c+" = parameter", tag.RowsAffected(), int64(1))
			return nil
		})
	}
	step("read back typed row", func() error {
		var (
			i    int32
			b    int64
			n    pgtype.Numeric
			t    string
			flag bool
			d    time.Time
			tsv  time.Time
			u    pgtype.UUID
			bv   []byte
			j    map[string]interface{}
			jb   map[string]interface{}
			ia   pgtype.Int4Array
			ta   pgtype.TextArray
		)
		err := conn.QueryRow(ctx, "SELECT i, b, n, t, flag, d, ts, u, bin, j, jb, ia, ta FROM things WHERE id = $1", int64(1)).
			Scan(&i, &b, &n, &t, &flag, &d, &tsv, &u, &bv, &j, &jb, &ia, &ta)
		if err != nil {
			return err
		}
		expect("read back i", i, int32(42))
		expect("read back b", b, int64(9000000000))
		expect("read back n", numericText(n), "12.34")
		expect("read back t", t, nonASCII)
		expect("read back flag", flag, true)
		expect("read back d", d.Format("2006-01-02"), "2024-02-29")
		expect("read back ts", tsv.UTC(), ts)
		var uText string
		_ = u.AssignTo(&uText)
		expect("read back u", uText, uuidText)
		expect("read back bin", bytes.Equal(bv, bin), true)
		jText, _ := json.Marshal(j)
		expect("read back j", string(jText), `{"a":[1,2],"s":"x"}`)
		jbText, _ := json.Marshal(jb)
		expect("read back jb", string(jbText), `{"b":{"c":null},"n":1}`)
		expect("read back ia", ia, int4Array())
		expect("read back ta", ta, textArray())
		return nil
	})
	where := map[string]interface{}{
		"i": int32(42), "b": int64(9000000000), "n": "12.34", "t": nonASCII, "flag": true, "d": day, "ts": ts,
		"u": uuidText, "bin": bin, "jb": extras["jb"], "ia": extras["ia"], "ta": extras["ta"],
	}
	for _, c := range []string{"i", "b", "n", "t", "flag", "d", "ts", "u", "bin", "jb", "ia", "ta"} {
		c := c
		step("WHERE "+c+" = parameter", func() error {
			var count int64
			if err := conn.QueryRow(ctx, "SELECT count(*) FROM things WHERE "+c+" = $1", where[c]).Scan(&count); err != nil {
				return err
			}
			expect("WHERE "+c+" = parameter", count, int64(1))
			return nil
		})
	}
	step("NULLs", func() error {
		var id int64
		err := conn.QueryRow(ctx,
			"INSERT INTO things (i, b, n, t, flag, d, ts, u, bin, j, jb, ia, ta) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
			nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil).Scan(&id)
		if err != nil {
			return err
		}
		var t *string
		var i *int32
		var ia pgtype.Int4Array
		if err := conn.QueryRow(ctx, "SELECT t, i, ia FROM things WHERE id = $1", id).Scan(&t, &i, &ia); err != nil {
			return err
		}
		expect("NULLs read back as nil", []interface{}{t == nil, i == nil, ia.Status}, []interface{}{true, true, pgtype.Null})
		return nil
	})
	step("UPDATE", func() error {
		tag, err := conn.Exec(ctx, "UPDATE things SET t = $1, n = n + $2 WHERE id = $3", "updated", "0.66", int64(1))
		if err != nil {
			return err
		}
		expect("UPDATE rows affected", tag.RowsAffected(), int64(1))
		var t string
		var n pgtype.Numeric
		if err := conn.QueryRow(ctx, "SELECT t, n FROM things WHERE id = $1", int64(1)).Scan(&t, &n); err != nil {
			return err
		}
		expect("UPDATE visible", []string{t, numericText(n)}, []string{"updated", "13.00"})
		return nil
	})
	step("rollback", func() error {
		tx, err := conn.Begin(ctx)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "INSERT INTO customers (email) VALUES ($1)", "gone@example.com"); err != nil {
			return err
		}
		if err := tx.Rollback(ctx); err != nil {
			return err
		}
		var n int64
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM customers").Scan(&n); err != nil {
			return err
		}
		expect("tx.Rollback discards the insert", n, int64(2))
		return nil
	})
	step("savepoint", func() error {
		tx, err := conn.Begin(ctx)
		if err != nil {
			return err
		}
		defer tx.Rollback(ctx)
		if _, err := tx.Exec(ctx, "INSERT INTO customers (email) VALUES ($1)", "kept@example.com"); err != nil {
			return err
		}
		sp, err := tx.Begin(ctx) // a nested transaction is a savepoint
		if err != nil {
			return err
		}
		if _, err := sp.Exec(ctx, "INSERT INTO customers (email) VALUES ($1)", "undone@example.com"); err != nil {
			return err
		}
		if err := sp.Rollback(ctx); err != nil {
			return err
		}
		if err := tx.Commit(ctx); err != nil {
			return err
		}
		rows, err := conn.Query(ctx, "SELECT email FROM customers WHERE id > 2 ORDER BY id")
		if err != nil {
			return err
		}
		var emails []string
		for rows.Next() {
			var e string
			if err := rows.Scan(&e); err != nil {
				return err
			}
			emails = append(emails, e)
		}
		expect("savepoint rolled back only the second insert", emails, []string{"kept@example.com"})
		return rows.Err()
	})
	step("unique violation", func() error {
		tx, err := conn.Begin(ctx)
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, "INSERT INTO customers (email) VALUES ($1)", "ann@example.com")
		expectCode("unique violation SQLSTATE", err, "23505")
		_, err = tx.Exec(ctx, "SELECT 1")
		expectCode("statement in aborted transaction SQLSTATE", err, "25P02")
		if err := tx.Rollback(ctx); err != nil {
			return err
		}
		var n int64
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM customers").Scan(&n); err != nil {
			return err
		}
		expect("connection usable after rollback", n, int64(3))
		return nil
	})
	step("undefined table", func() error {
		_, err := conn.Exec(ctx, "SELECT * FROM no_such_table")
		expectCode("undefined table SQLSTATE", err, "42P01")
		var one int32
		if err := conn.QueryRow(ctx, "SELECT 1").Scan(&one); err != nil {
			return err
		}
		expect("connection usable after error", one, int32(1))
		return nil
	})
	step("batch", func() error {
		batch := &pgx.Batch{}
		for k := 0; k < 5; k++ {
			batch.Queue("INSERT INTO customers (email, name) VALUES ($1, $2)", fmt.Sprintf("b%d@example.com", k), "batch")
		}
		batch.Queue("SELECT count(*) FROM customers WHERE name = $1", "batch")
		br := conn.SendBatch(ctx, batch)
		for k := 0; k < 5; k++ {
			if _, err := br.Exec(); err != nil {
				br.Close()
				return err
			}
		}
		var n int64
		if err := br.QueryRow().Scan(&n); err != nil {
			br.Close()
			return err
		}
		expect("SendBatch", n, int64(5))
		return br.Close()
	})
	step("DELETE", func() error {
		tag, err := conn.Exec(ctx, "DELETE FROM things WHERE id = $1", int64(1))
		if err != nil {
			return err
		}
		expect("DELETE rows affected", tag.RowsAffected(), int64(1))
		return nil
	})
	conn.Close(ctx)
	ok("close")
	finish()
}

func finish() {
	if failures > 0 {
		fmt.Printf("done: %d checks failed (pgx)\n", failures)
		os.Exit(1)
	}
	fmt.Println("done: all checks passed (pgx)")
	os.Exit(0)
}
