#!/usr/bin/python3
"""Runs the shared client conversation with psycopg2, psycopg (3) or asyncpg.

Usage: /usr/bin/python3 conversation.py psycopg2|psycopg|asyncpg
Use Debian's /usr/bin/python3: the python3-psycopg2, python3-psycopg and python3-asyncpg packages are
installed for it, not for a pyenv or venv interpreter. Connection settings come from PGHOST, PGPORT, PGUSER,
PGPASSWORD, PGDATABASE and, for TLS, TUSK_SSLROOTCERT. Prints "ok <check>" per check; exits 1 on the first
mismatch.
"""

import asyncio
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NON_ASCII = "gr\u00fcn \u00e7ay \u0131\u0130"
ROWS = [(1, "apple", 3, 1.5), (2, "pear", 0, 0.25), (3, NON_ASCII, 7, -2.5)]
CSV_IN = '5,"comma, name",1,2.5\n6,"quote ""q""",2,3.5\n7,,3,4.5\n'
COPY_ROWS = 2000


def load_statements():
    path = os.environ.get("TUSK_STATEMENTS") or os.path.join(HERE, "..", "statements.sql")
    statements, name, lines = {}, None, []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            m = re.match(r"^--\s*name:\s*(\S+)", line)
            if m:
                if name:
                    statements[name] = " ".join(lines)
                name, lines = m.group(1), []
            elif line and not line.startswith("--") and name:
                lines.append(line)
    if name:
        statements[name] = " ".join(lines)
    return statements


SQL = load_statements()


def pyformat(sql):
    """$1, $2 ... to %s for the DB-API drivers (the statements contain no other $ or %)."""
    return re.sub(r"\$\d+", "%s", sql)


def copy_text_input():
    return "".join(f"{i}\titem-{i}\t{i % 100}\t{i}.25\n" for i in range(1, COPY_ROWS + 1))


def ok(check):
    print(f"ok {check}", flush=True)


def fail(check, message):
    print(f"FAIL {check}: {message}", flush=True)
    sys.exit(1)


def expect(check, actual, expected):
    if actual != expected:
        fail(check, f"expected {expected!r}, got {actual!r}")
    ok(check)


def conninfo_kwargs():
    kw = dict(
        host=os.environ.get("PGHOST", "127.0.0.1"),
        port=int(os.environ.get("PGPORT", "5432")),
        user=os.environ["PGUSER"],
        password=os.environ.get("PGPASSWORD", ""),
        dbname=os.environ.get("PGDATABASE", "postgres"),
    )
    root = os.environ.get("TUSK_SSLROOTCERT")
    if root:
        kw["sslmode"] = "verify-full"
        kw["sslrootcert"] = root
    else:
        kw["sslmode"] = "disable"
    return kw


def check_copy_out(check, text, expected):
    expect(check, sorted(text.splitlines()), sorted(expected.splitlines()))


def check_rows(rows):
    expect("select_all returns 2000 rows", len(rows), COPY_ROWS)
    expect("select_all first row", tuple(rows[0]), (1, "item-1", 1, 1.25))
    expect("select_all last row", tuple(rows[-1]), (2000, "item-2000", 0, 2000.25))
    expect("select_all ids", [r[0] for r in rows], list(range(1, COPY_ROWS + 1)))


def run_dbapi(driver):
    """psycopg2 and psycopg 3 share the DB-API shape; they differ in COPY, errors and connect."""
    if driver == "psycopg2":
        import psycopg2 as mod

        conn = mod.connect(**conninfo_kwargs())
        ok(f"connect with {driver} {mod.__version__}")
    else:
        import psycopg as mod

        conn = mod.connect(**conninfo_kwargs())
        ok(f"connect with {driver} {mod.__version__}")
    if os.environ.get("TUSK_SSLROOTCERT"):
        ok("connected with sslmode=verify-full")
    conn.autocommit = True
    cur = conn.cursor()
    cur.execute(SQL["select_one"])
    expect("select_one", cur.fetchall(), [(1,)])
    cur.execute(SQL["select_literals"])
    expect("select_literals columns", [d[0] for d in cur.description], ["a", "b"])
    expect("select_literals row", cur.fetchall(), [(1, "x")])
    cur.execute(SQL["create_items"])
    ok("create_items")
    for row in ROWS:
        cur.execute(pyformat(SQL["insert_item"]), row)
        expect(f"insert_item {row[0]} rowcount", cur.rowcount, 1)
    cur.execute(pyformat(SQL["select_item"]), (3,))
    expect("select_item 3 (non-ASCII text)", cur.fetchall(), [ROWS[2]])

    cur.execute(SQL["begin"])
    cur.execute(pyformat(SQL["insert_item"]), (4, "tx", 1, 1.0))
    cur.execute(SQL["rollback"])
    cur.execute(pyformat(SQL["select_item"]), (4,))
    expect("rolled back insert is absent", cur.fetchall(), [])
    cur.execute(SQL["begin"])
    cur.execute(pyformat(SQL["insert_item"]), (4, "tx", 1, 1.0))
    cur.execute(SQL["commit"])
    cur.execute(pyformat(SQL["select_item"]), (4,))
    expect("committed insert is present", cur.fetchall(), [(4, "tx", 1, 1.0)])
    cur.execute(pyformat(SQL["delete_item"]), (4,))
    expect("delete_item rowcount", cur.rowcount, 1)

    try:
        cur.execute(SQL["select_missing"])
        fail("select_missing", "no error raised")
    except mod.Error as e:
        state = e.pgcode if driver == "psycopg2" else e.sqlstate
        expect("select_missing SQLSTATE", state, "42P01")
    cur.execute(SQL["select_one"])
    expect("connection usable after error", cur.fetchall(), [(1,)])

    cur.execute(SQL["delete_all"])
    data = copy_text_input()
    if driver == "psycopg2":
        cur.copy_expert(SQL["copy_in_text"], io.StringIO(data))
    else:
        with cur.copy(SQL["copy_in_text"]) as copy:
            copy.write(data)
    expect("copy_in_text rowcount", cur.rowcount, COPY_ROWS)
    cur.execute(SQL["select_all"])
    check_rows(cur.fetchall())
    check_copy_out("copy_out_text", copy_out(driver, cur, SQL["copy_out_text"]), data)

    cur.execute(SQL["delete_all"])
    if driver == "psycopg2":
        cur.copy_expert(SQL["copy_in_csv"], io.StringIO(CSV_IN))
    else:
        with cur.copy(SQL["copy_in_csv"]) as copy:
            copy.write(CSV_IN)
    expect("copy_in_csv rowcount", cur.rowcount, 3)
    cur.execute(pyformat(SQL["select_item"]), (7,))
    expect("csv NULL name", cur.fetchall(), [(7, None, 3, 4.5)])
    check_copy_out("copy_out_csv", copy_out(driver, cur, SQL["copy_out_csv"]), CSV_IN)
    conn.close()
    ok("close")


def copy_out(driver, cur, sql):
    if driver == "psycopg2":
        buf = io.StringIO()
        cur.copy_expert(sql, buf)
        return buf.getvalue()
    out = bytearray()
    with cur.copy(sql) as copy:
        for chunk in copy:
            out += chunk
    return out.decode("utf-8")


async def run_asyncpg():
    import asyncpg
    import ssl

    kw = conninfo_kwargs()
    root = os.environ.get("TUSK_SSLROOTCERT")
    ctx = False
    if root:
        ctx = ssl.create_default_context(cafile=root)
    conn = await asyncpg.connect(
        host=kw["host"], port=kw["port"], user=kw["user"], password=kw["password"], database=kw["dbname"], ssl=ctx
    )
    ok(f"connect with asyncpg {asyncpg.__version__}")
    if root:
        ok("connected with verified TLS")
    expect("select_one", await conn.fetchval(SQL["select_one"]), 1)
    row = await conn.fetchrow(SQL["select_literals"])
    expect("select_literals columns", list(row.keys()), ["a", "b"])
    expect("select_literals row", tuple(row), (1, "x"))
    await conn.execute(SQL["create_items"])
    ok("create_items")
    for r in ROWS:
        expect(f"insert_item {r[0]} status", await conn.execute(SQL["insert_item"], *r), "INSERT 0 1")
    rows = await conn.fetch(SQL["select_item"], 3)
    expect("select_item 3 (non-ASCII text)", [tuple(x) for x in rows], [ROWS[2]])

    await conn.execute(SQL["begin"])
    await conn.execute(SQL["insert_item"], 4, "tx", 1, 1.0)
    await conn.execute(SQL["rollback"])
    expect("rolled back insert is absent", await conn.fetch(SQL["select_item"], 4), [])
    await conn.execute(SQL["begin"])
    await conn.execute(SQL["insert_item"], 4, "tx", 1, 1.0)
    await conn.execute(SQL["commit"])
    rows = await conn.fetch(SQL["select_item"], 4)
    expect("committed insert is present", [tuple(x) for x in rows], [(4, "tx", 1, 1.0)])
    expect("delete_item status", await conn.execute(SQL["delete_item"], 4), "DELETE 1")

    try:
        await conn.fetch(SQL["select_missing"])
        fail("select_missing", "no error raised")
    except asyncpg.PostgresError as e:
        expect("select_missing SQLSTATE", e.sqlstate, "42P01")
    expect("connection usable after error", await conn.fetchval(SQL["select_one"]), 1)

    # asyncpg's public COPY API writes its own COPY statement; its internal _copy_in/_copy_out take ours.
    await conn.execute(SQL["delete_all"])
    data = copy_text_input()
    status = await conn._copy_in(SQL["copy_in_text"], io.BytesIO(data.encode("utf-8")), None)
    expect("copy_in_text status", status, f"COPY {COPY_ROWS}")
    check_rows([tuple(x) for x in await conn.fetch(SQL["select_all"])])
    out = io.BytesIO()
    await conn._copy_out(SQL["copy_out_text"], out, None)
    check_copy_out("copy_out_text", out.getvalue().decode("utf-8"), data)

    await conn.execute(SQL["delete_all"])
    status = await conn._copy_in(SQL["copy_in_csv"], io.BytesIO(CSV_IN.encode("utf-8")), None)
    expect("copy_in_csv status", status, "COPY 3")
    rows = await conn.fetch(SQL["select_item"], 7)
    expect("csv NULL name", [tuple(x) for x in rows], [(7, None, 3, 4.5)])
    out = io.BytesIO()
    await conn._copy_out(SQL["copy_out_csv"], out, None)
    check_copy_out("copy_out_csv", out.getvalue().decode("utf-8"), CSV_IN)
    await conn.close()
    ok("close")


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("psycopg2", "psycopg", "asyncpg"):
        print("usage: conversation.py psycopg2|psycopg|asyncpg", file=sys.stderr)
        sys.exit(2)
    driver = sys.argv[1]
    try:
        if driver == "asyncpg":
            asyncio.run(run_asyncpg())
        else:
            run_dbapi(driver)
    except SystemExit:
        raise
    except BaseException as e:  # any unexpected exception is a failed check with its message
        fail("unexpected exception", f"{type(e).__name__}: {e}")
    print(f"all checks passed ({driver})", flush=True)


if __name__ == "__main__":
    main()
