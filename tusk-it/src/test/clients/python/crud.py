#!/usr/bin/python3
"""CRUD, types, transactions and errors with psycopg2, psycopg (3), asyncpg or the SQLAlchemy ORM.

Usage: /usr/bin/python3 crud.py psycopg2|psycopg|asyncpg|sqlalchemy
Each driver is used the way its users use it (DB-API cursors with %s, asyncpg's $n and transaction blocks,
SQLAlchemy's declarative ORM over psycopg2). Connection settings come from PGHOST, PGPORT, PGUSER, PGPASSWORD,
PGDATABASE and, for TLS, TUSK_SSLROOTCERT. Prints "ok <check>" per check and "FAIL <check>: ..." per failed
check; every check runs (a failed one does not stop the rest) and the exit code is 1 if any failed.
"""

import asyncio
import datetime
import decimal
import os
import sys
import traceback
import uuid

FAILED = []

# The typed row every driver inserts with parameters and reads back.
NON_ASCII = "gr\u00fcn \u00e7ay \u0131\u0130"
TS = datetime.datetime(2024, 2, 29, 12, 34, 56, 123456, tzinfo=datetime.timezone.utc)
UUID = uuid.UUID("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")
ROW = dict(
    i=42,
    b=9000000000,
    n=decimal.Decimal("12.34"),
    t=NON_ASCII,
    flag=True,
    d=datetime.date(2024, 2, 29),
    ts=TS,
    u=UUID,
    bin=b"\xde\xad\xbe\xef\x00",
    j={"a": [1, 2], "s": "x"},
    jb={"b": {"c": None}, "n": 1},
    ia=[1, 2, None],
    ta=["x", "y z", None],
)
COLUMNS = list(ROW)
# Inserted in one INSERT; the others are set one by one with UPDATE, so that one type's failure spares the rest.
SCALARS = ["i", "b", "n", "t", "flag", "d", "ts", "u", "bin"]
EXTRAS = ["j", "jb", "ia", "ta"]

DDL = [
    "CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL UNIQUE, name text)",
    "CREATE TABLE things (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer_id int, i int, b bigint,"
    " n numeric(12,2), t text, flag boolean, d date, ts timestamptz, u uuid, bin bytea, j json, jb jsonb,"
    " ia int[], ta text[])",
]


def ok(check):
    print(f"ok {check}", flush=True)


def failed(check, message):
    FAILED.append(check)
    print(f"FAIL {check}: {message}", flush=True)


def expect(check, actual, expected):
    if actual != expected:
        failed(check, f"expected {expected!r}, got {actual!r}")
    else:
        ok(check)


def step(check, fn):
    """Runs one check; an exception fails it (with the driver's SQLSTATE when it has one) and the rest go on."""
    try:
        return fn()
    except Exception as e:  # noqa: BLE001 - any exception is a failed check
        state = getattr(e, "pgcode", None) or getattr(e, "sqlstate", None)
        failed(check, f"{type(e).__name__} [{state}]: {str(e).strip()}")
        if os.environ.get("TUSK_CLIENT_TRACE"):
            traceback.print_exc()
        return None


async def astep(check, coro):
    try:
        return await coro
    except Exception as e:  # noqa: BLE001
        failed(check, f"{type(e).__name__} [{getattr(e, 'sqlstate', None)}]: {str(e).strip()}")
        return None


def conninfo():
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


def check_row(prefix, got):
    """Compares a read-back row (a dict of the typed columns) with ROW, one check per column."""
    if got is None:
        failed(prefix, "no row")
        return
    for c in COLUMNS:
        value = got.get(c)
        if isinstance(value, memoryview):  # psycopg2 reads bytea as a memoryview
            value = bytes(value)
        expect(f"{prefix} {c}", value, ROW[c])


# ---------------------------------------------------------------- psycopg2 and psycopg 3 (DB-API)


def run_dbapi(driver):
    if driver == "psycopg2":
        import psycopg2 as mod
        import psycopg2.extras

        psycopg2.extras.register_uuid()
        conn = mod.connect(**conninfo())
        json_param = psycopg2.extras.Json
        jsonb_param = psycopg2.extras.Json
        sqlstate = lambda e: e.pgcode  # noqa: E731
        expect("server_version", conn.server_version // 10000, 15)
        unique_violation = mod.errors.UniqueViolation
    else:
        import psycopg as mod
        from psycopg.types.json import Json, Jsonb

        conn = mod.connect(**conninfo())
        json_param = Json
        jsonb_param = Jsonb
        sqlstate = lambda e: e.sqlstate  # noqa: E731
        expect("server_version", conn.info.server_version // 10000, 15)
        expect("parameter_status server_encoding", conn.info.parameter_status("server_encoding"), "UTF8")
        unique_violation = mod.errors.UniqueViolation
    ok(f"connect with {driver} {mod.__version__}")

    def params(row):
        p = dict(row)
        p["j"] = json_param(row["j"]) if row["j"] is not None else None
        p["jb"] = jsonb_param(row["jb"]) if row["jb"] is not None else None
        return p

    cur = conn.cursor()

    def version():
        cur.execute("SELECT version()")
        v = cur.fetchone()[0]
        expect("SELECT version() starts with PostgreSQL", v.split(" ")[0], "PostgreSQL")

    step("SELECT version()", version)
    conn.rollback()

    def ddl():
        for s in DDL:
            cur.execute(s)
        conn.commit()
        ok("create tables (serial, identity, every type)")

    step("create tables", ddl)

    # INSERT with parameters and RETURNING, committed with the driver's commit().
    def insert_customers():
        ids = []
        for email, name in (("ann@example.com", "Ann"), ("bob@example.com", NON_ASCII)):
            cur.execute("INSERT INTO customers (email, name) VALUES (%s, %s) RETURNING id", (email, name))
            ids.append(cur.fetchone()[0])
        conn.commit()
        expect("serial ids from RETURNING", ids, [1, 2])

    step("insert customers", insert_customers)

    cols = ", ".join(COLUMNS)
    placeholders = ", ".join(f"%({c})s" for c in COLUMNS)

    def insert_thing():
        scalars = ", ".join(SCALARS)
        cur.execute(
            f"INSERT INTO things (customer_id, {scalars}) VALUES (%(customer_id)s, "
            + ", ".join(f"%({c})s" for c in SCALARS)
            + ") RETURNING id",
            dict(params(ROW), customer_id=1),
        )
        expect("identity id from RETURNING", cur.fetchone()[0], 1)
        conn.commit()

    step("insert typed row", insert_thing)
    conn.rollback()
    for c in EXTRAS:

        def set_extra(c=c):
            cur.execute(f"UPDATE things SET {c} = %s WHERE id = %s", (params(ROW)[c], 1))
            expect(f"UPDATE SET {c} = parameter", cur.rowcount, 1)
            conn.commit()

        step(f"UPDATE SET {c} = parameter", set_extra)
        conn.rollback()

    def read_back():
        cur.execute(f"SELECT {cols} FROM things WHERE id = %s", (1,))
        row = cur.fetchone()
        check_row("read back", dict(zip(COLUMNS, row)) if row else None)
        expect("description names", [d[0] for d in cur.description], COLUMNS)

    step("read back typed row", read_back)
    conn.rollback()

    # One parameter of each type in a WHERE clause.
    for c in ["i", "b", "n", "t", "flag", "d", "ts", "u", "bin", "jb", "ia", "ta"]:
        value = params(ROW)[c]

        # psycopg 3 sends a list of small ints as int2[]: users cast the parameter.
        cast = "::int[]" if c == "ia" else ""

        def where(c=c, value=value, cast=cast):
            cur.execute(f"SELECT count(*) FROM things WHERE {c} = %s{cast}", (value,))
            expect(f"WHERE {c} = parameter", cur.fetchone()[0], 1)

        step(f"WHERE {c} = parameter", where)
        conn.rollback()

    def nulls():
        cur.execute(
            f"INSERT INTO things ({cols}) VALUES ({placeholders}) RETURNING id", {c: None for c in COLUMNS}
        )
        nid = cur.fetchone()[0]
        cur.execute(f"SELECT {cols} FROM things WHERE id = %s", (nid,))
        expect("NULLs read back as None", list(cur.fetchone()), [None] * len(COLUMNS))
        cur.execute("SELECT count(*) FROM things WHERE t IS NULL AND %s::text IS NULL", (None,))
        expect("NULL parameter", cur.fetchone()[0], 1)
        conn.commit()

    step("NULLs", nulls)
    conn.rollback()

    def update():
        cur.execute("UPDATE things SET t = %s, n = n + %s WHERE id = %s", ("updated", decimal.Decimal("0.66"), 1))
        expect("UPDATE rowcount", cur.rowcount, 1)
        conn.commit()
        cur.execute("SELECT t, n FROM things WHERE id = %s", (1,))
        expect("UPDATE visible", cur.fetchone(), ("updated", decimal.Decimal("13.00")))

    step("UPDATE", update)
    conn.rollback()

    def rollback():
        cur.execute("INSERT INTO customers (email) VALUES (%s)", ("gone@example.com",))
        conn.rollback()
        cur.execute("SELECT count(*) FROM customers WHERE email = %s", ("gone@example.com",))
        expect("rollback() discards the insert", cur.fetchone()[0], 0)
        conn.rollback()

    step("rollback", rollback)

    def savepoint():
        cur.execute("INSERT INTO customers (email) VALUES (%s)", ("kept@example.com",))
        cur.execute("SAVEPOINT sp1")
        cur.execute("INSERT INTO customers (email) VALUES (%s)", ("undone@example.com",))
        cur.execute("ROLLBACK TO SAVEPOINT sp1")
        cur.execute("RELEASE SAVEPOINT sp1")
        conn.commit()
        cur.execute("SELECT email FROM customers WHERE id > 2 ORDER BY id")
        expect("savepoint rolled back only the second insert", cur.fetchall(), [("kept@example.com",)])
        conn.rollback()

    step("savepoint", savepoint)

    if driver == "psycopg":

        def nested():
            with conn.transaction():
                cur.execute("INSERT INTO customers (email) VALUES (%s)", ("outer@example.com",))
                try:
                    with conn.transaction():
                        cur.execute("INSERT INTO customers (email) VALUES (%s)", ("inner@example.com",))
                        raise RuntimeError("roll back the inner block")
                except RuntimeError:
                    pass
            cur.execute("SELECT count(*) FROM customers WHERE email IN ('outer@example.com', 'inner@example.com')")
            expect("conn.transaction() nested block is a savepoint", cur.fetchone()[0], 1)
            cur.execute("DELETE FROM customers WHERE email = 'outer@example.com'")
            conn.commit()

        step("nested conn.transaction()", nested)

    def unique():
        try:
            cur.execute("INSERT INTO customers (email) VALUES (%s)", ("ann@example.com",))
            failed("unique violation", "no error raised")
        except unique_violation as e:
            expect("unique violation SQLSTATE", sqlstate(e), "23505")
        try:
            cur.execute("SELECT 1")
            failed("aborted transaction", "no error raised")
        except mod.Error as e:
            expect("statement in aborted transaction SQLSTATE", sqlstate(e), "25P02")
        conn.rollback()
        cur.execute("SELECT count(*) FROM customers")
        expect("connection usable after rollback", cur.fetchone()[0], 3)
        conn.rollback()

    step("unique violation", unique)

    def undefined_table():
        try:
            cur.execute("SELECT * FROM no_such_table")
            failed("undefined table", "no error raised")
        except mod.errors.UndefinedTable as e:
            expect("undefined table SQLSTATE", sqlstate(e), "42P01")
        conn.rollback()
        cur.execute("SELECT 1")
        expect("connection usable after error", cur.fetchone()[0], 1)
        conn.rollback()

    step("undefined table", undefined_table)

    def delete():
        cur.execute("DELETE FROM things WHERE id = %s", (1,))
        expect("DELETE rowcount", cur.rowcount, 1)
        cur.execute("DELETE FROM customers WHERE email LIKE %s", ("%@example.com",))
        expect("DELETE LIKE rowcount", cur.rowcount, 3)
        conn.commit()

    step("DELETE", delete)
    conn.close()
    ok("close")


# ---------------------------------------------------------------- asyncpg


async def run_asyncpg():
    import json
    import ssl

    import asyncpg

    kw = conninfo()
    root = os.environ.get("TUSK_SSLROOTCERT")
    ctx = ssl.create_default_context(cafile=root) if root else False
    conn = await asyncpg.connect(
        host=kw["host"], port=kw["port"], user=kw["user"], password=kw["password"], database=kw["dbname"], ssl=ctx
    )
    ok(f"connect with asyncpg {asyncpg.__version__}")
    expect("server_version", conn.get_server_version().major, 15)

    # asyncpg hands json/jsonb over as text unless the user installs a codec; users commonly do this (builtin types).
    for t in ("json", "jsonb"):
        await astep(
            f"set_type_codec {t}",
            conn.set_type_codec(t, encoder=json.dumps, decoder=json.loads, schema="pg_catalog"),
        )

    for s in DDL:
        await astep("create tables", conn.execute(s))
    ok("create tables")

    ids = []
    for email, name in (("ann@example.com", "Ann"), ("bob@example.com", NON_ASCII)):
        ids.append(
            await astep(
                "insert customer",
                conn.fetchval("INSERT INTO customers (email, name) VALUES ($1, $2) RETURNING id", email, name),
            )
        )
    expect("serial ids from RETURNING", ids, [1, 2])

    cols = ", ".join(COLUMNS)
    scalar_placeholders = ", ".join(f"${k + 2}" for k in range(len(SCALARS)))
    tid = await astep(
        "insert typed row",
        conn.fetchval(
            f"INSERT INTO things (customer_id, {', '.join(SCALARS)}) VALUES ($1, {scalar_placeholders}) RETURNING id",
            1,
            *[ROW[c] for c in SCALARS],
        ),
    )
    expect("identity id from RETURNING", tid, 1)
    for c in EXTRAS:
        status = await astep(f"UPDATE SET {c} = parameter", conn.execute(f"UPDATE things SET {c} = $1 WHERE id = $2", ROW[c], 1))
        if status is not None:
            expect(f"UPDATE SET {c} = parameter", status, "UPDATE 1")

    row = await astep("read back typed row", conn.fetchrow(f"SELECT {cols} FROM things WHERE id = $1", 1))
    if row is not None:
        check_row("read back", dict(row))
        expect("record keys", list(row.keys()), COLUMNS)

    for c in ["i", "b", "n", "t", "flag", "d", "ts", "u", "bin", "jb", "ia", "ta"]:
        n = await astep(f"WHERE {c} = parameter", conn.fetchval(f"SELECT count(*) FROM things WHERE {c} = $1", ROW[c]))
        if n is not None:
            expect(f"WHERE {c} = parameter", n, 1)

    null_placeholders = ", ".join(f"${k + 1}" for k in range(len(COLUMNS)))
    nid = await astep(
        "insert NULLs",
        conn.fetchval(f"INSERT INTO things ({cols}) VALUES ({null_placeholders}) RETURNING id", *[None] * len(COLUMNS)),
    )
    if nid is not None:
        row = await astep("read NULLs", conn.fetchrow(f"SELECT {cols} FROM things WHERE id = $1", nid))
        if row is not None:
            expect("NULLs read back as None", list(row.values()), [None] * len(COLUMNS))
    n = await astep("NULL parameter", conn.fetchval("SELECT count(*) FROM things WHERE t IS NULL AND $1::text IS NULL", None))
    expect("NULL parameter", n, 1)

    status = await astep(
        "UPDATE", conn.execute("UPDATE things SET t = $1, n = n + $2 WHERE id = $3", "updated", decimal.Decimal("0.66"), 1)
    )
    expect("UPDATE status", status, "UPDATE 1")
    row = await astep("UPDATE visible", conn.fetchrow("SELECT t, n FROM things WHERE id = $1", 1))
    expect("UPDATE visible", tuple(row) if row else None, ("updated", decimal.Decimal("13.00")))

    async def transactions():
        try:
            async with conn.transaction():
                await conn.execute("INSERT INTO customers (email) VALUES ($1)", "gone@example.com")
                raise RuntimeError("roll back")
        except RuntimeError:
            pass
        expect("transaction block rolled back", await conn.fetchval("SELECT count(*) FROM customers"), 2)
        async with conn.transaction():
            await conn.execute("INSERT INTO customers (email) VALUES ($1)", "kept@example.com")
            try:
                async with conn.transaction():  # a nested block is a savepoint
                    await conn.execute("INSERT INTO customers (email) VALUES ($1)", "undone@example.com")
                    raise RuntimeError("roll back the savepoint")
            except RuntimeError:
                pass
        rows = await conn.fetch("SELECT email FROM customers WHERE id > 2 ORDER BY id")
        expect("nested transaction is a savepoint", [r["email"] for r in rows], ["kept@example.com"])

    await astep("transactions", transactions())

    async def errors():
        try:
            await conn.execute("INSERT INTO customers (email) VALUES ($1)", "ann@example.com")
            failed("unique violation", "no error raised")
        except asyncpg.UniqueViolationError as e:
            expect("unique violation SQLSTATE", e.sqlstate, "23505")
            expect("unique violation constraint_name", e.constraint_name, "customers_email_key")
        try:
            async with conn.transaction():
                await conn.execute("INSERT INTO customers (email) VALUES ($1)", "ann@example.com")
        except asyncpg.UniqueViolationError:
            pass
        try:
            await conn.fetch("SELECT * FROM no_such_table")
            failed("undefined table", "no error raised")
        except asyncpg.UndefinedTableError as e:
            expect("undefined table SQLSTATE", e.sqlstate, "42P01")
        expect("connection usable after errors", await conn.fetchval("SELECT count(*) FROM customers"), 3)

    await astep("errors", errors())

    async def prepared():
        stmt = await conn.prepare("SELECT id, email FROM customers WHERE id = $1")
        expect("prepared statement parameter types", [t.name for t in stmt.get_parameters()], ["int4"])
        expect("prepared statement columns", [a.name for a in stmt.get_attributes()], ["id", "email"])
        expect("prepared fetchrow", tuple(await stmt.fetchrow(1)), (1, "ann@example.com"))

    await astep("prepare", prepared())

    async def executemany():
        await conn.executemany("INSERT INTO customers (email, name) VALUES ($1, $2)", [(f"m{k}@example.com", f"m{k}") for k in range(5)])
        expect("executemany", await conn.fetchval("SELECT count(*) FROM customers WHERE email LIKE 'm%'"), 5)

    await astep("executemany", executemany())

    status = await astep("DELETE", conn.execute("DELETE FROM things WHERE id = $1", 1))
    expect("DELETE status", status, "DELETE 1")
    await conn.close()
    ok("close")


# ---------------------------------------------------------------- SQLAlchemy ORM


def run_sqlalchemy():
    import sqlalchemy
    from sqlalchemy import BigInteger, Boolean, Column, Date, DateTime, Integer, Numeric, String, Text, create_engine
    from sqlalchemy import select
    from sqlalchemy.dialects.postgresql import ARRAY, BYTEA, JSON, JSONB, UUID as PGUUID
    from sqlalchemy.exc import IntegrityError, ProgrammingError
    from sqlalchemy.orm import Session, declarative_base

    Base = declarative_base()

    class Customer(Base):
        __tablename__ = "customers"
        id = Column(Integer, primary_key=True)
        email = Column(Text, nullable=False, unique=True)
        name = Column(Text)

    class Thing(Base):
        __tablename__ = "things"
        id = Column(BigInteger, sqlalchemy.Identity(always=True), primary_key=True)
        customer_id = Column(Integer)
        i = Column(Integer)
        b = Column(BigInteger)
        n = Column(Numeric(12, 2))
        t = Column(Text)
        flag = Column(Boolean)
        d = Column(Date)
        ts = Column(DateTime(timezone=True))
        u = Column(PGUUID(as_uuid=True))
        bin = Column(BYTEA)
        j = Column(JSON)
        jb = Column(JSONB)
        ia = Column(ARRAY(Integer))
        ta = Column(ARRAY(String))

    kw = conninfo()
    url = sqlalchemy.engine.URL.create(
        "postgresql+psycopg2",
        username=kw["user"],
        password=kw["password"],
        host=kw["host"],
        port=kw["port"],
        database=kw["dbname"],
        query={k: kw[k] for k in ("sslmode", "sslrootcert") if k in kw},
    )
    # use_native_hstore=False: otherwise the dialect looks hstore up in pg_type when it connects (issue 5).
    engine = create_engine(url, future=True, use_native_hstore=False)
    ok(f"create_engine with SQLAlchemy {sqlalchemy.__version__}")

    def connect():
        with engine.connect() as c:
            expect("dialect server_version_info", engine.dialect.server_version_info[0], 15)
            expect("SELECT 1 through Core", c.execute(sqlalchemy.text("SELECT 1")).scalar(), 1)

    step("connect (dialect initialisation)", connect)

    # create_all asks pg_catalog whether each table exists (has_table), which needs issue 5's catalog;
    # checkfirst=False only emits CREATE TABLE.
    def create_all():
        Base.metadata.create_all(engine, checkfirst=False)
        ok("metadata.create_all(checkfirst=False)")

    step("create_all", create_all)

    def add_commit():
        with Session(engine) as s:
            ann = Customer(email="ann@example.com", name="Ann")
            bob = Customer(email="bob@example.com", name=NON_ASCII)
            s.add_all([ann, bob])
            s.commit()
            expect("ORM ids after commit", [ann.id, bob.id], [1, 2])
            thing = Thing(customer_id=ann.id, **ROW)
            s.add(thing)
            s.commit()
            expect("ORM identity id", thing.id, 1)

    step("session add/commit", add_commit)

    def query():
        with Session(engine) as s:
            thing = s.execute(select(Thing).where(Thing.id == 1)).scalar_one()
            check_row("ORM read back", {c: getattr(thing, c) for c in COLUMNS})
            names = s.execute(select(Customer.name).where(Customer.email.like("%@example.com")).order_by(Customer.id))
            expect("ORM query with LIKE and ORDER BY", names.scalars().all(), ["Ann", NON_ASCII])
            expect("ORM get()", s.get(Customer, 2).email, "bob@example.com")
            for c in ["i", "b", "n", "t", "flag", "d", "ts", "u", "bin", "jb", "ia", "ta"]:
                def where(c=c):
                    n = s.execute(
                        select(sqlalchemy.func.count()).select_from(Thing).where(getattr(Thing, c) == ROW[c])
                    ).scalar()
                    expect(f"ORM filter on {c}", n, 1)

                step(f"ORM filter on {c}", where)
                s.rollback()

    step("session query", query)

    def update():
        with Session(engine) as s:
            thing = s.get(Thing, 1)
            thing.t = "updated"
            thing.n = thing.n + decimal.Decimal("0.66")
            s.commit()
            s.expire_all()
            expect("ORM update", (s.get(Thing, 1).t, s.get(Thing, 1).n), ("updated", decimal.Decimal("13.00")))

    step("session update", update)

    def rollback():
        with Session(engine) as s:
            s.add(Customer(email="gone@example.com"))
            s.flush()
            s.rollback()
            expect("ORM rollback", s.execute(select(sqlalchemy.func.count()).select_from(Customer)).scalar(), 2)
            with s.begin_nested():  # SAVEPOINT
                s.add(Customer(email="kept@example.com"))
            try:
                with s.begin_nested():
                    s.add(Customer(email="undone@example.com"))
                    s.flush()
                    raise RuntimeError("roll back the savepoint")
            except RuntimeError:
                pass
            s.commit()
            emails = s.execute(select(Customer.email).where(Customer.id > 2)).scalars().all()
            expect("ORM begin_nested (savepoints)", emails, ["kept@example.com"])

    step("session rollback and savepoints", rollback)

    def errors():
        with Session(engine) as s:
            s.add(Customer(email="ann@example.com"))
            try:
                s.commit()
                failed("ORM unique violation", "no error raised")
            except IntegrityError as e:
                expect("ORM unique violation SQLSTATE", e.orig.pgcode, "23505")
                s.rollback()
            try:
                s.execute(sqlalchemy.text("SELECT * FROM no_such_table"))
                failed("ORM undefined table", "no error raised")
            except ProgrammingError as e:
                expect("ORM undefined table SQLSTATE", e.orig.pgcode, "42P01")
                s.rollback()
            expect("session usable after errors", s.execute(select(sqlalchemy.func.count()).select_from(Customer)).scalar(), 3)

    step("session errors", errors)

    def delete():
        with Session(engine) as s:
            s.delete(s.get(Thing, 1))
            s.commit()
            expect("ORM delete", s.get(Thing, 1), None)

    step("session delete", delete)
    engine.dispose()
    ok("dispose")


def main():
    drivers = ("psycopg2", "psycopg", "asyncpg", "sqlalchemy")
    if len(sys.argv) != 2 or sys.argv[1] not in drivers:
        print("usage: crud.py " + "|".join(drivers), file=sys.stderr)
        sys.exit(2)
    driver = sys.argv[1]
    try:
        if driver == "asyncpg":
            asyncio.run(run_asyncpg())
        elif driver == "sqlalchemy":
            run_sqlalchemy()
        else:
            run_dbapi(driver)
    except Exception as e:  # noqa: BLE001 - an unexpected exception is a failed check with its message
        failed("unexpected exception", f"{type(e).__name__}: {e}")
        traceback.print_exc()
    if FAILED:
        print(f"done: {len(FAILED)} checks failed ({driver})", flush=True)
        sys.exit(1)
    print(f"done: all checks passed ({driver})", flush=True)


if __name__ == "__main__":
    main()
