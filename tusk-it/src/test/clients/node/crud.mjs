// CRUD, types, transactions and errors with node-postgres (`pg`) or postgres.js (`postgres`), each used the way
// its users use it (pg: client.query with $n and BEGIN/SAVEPOINT statements; postgres.js: tagged templates,
// sql.begin and sql.savepoint).
//
// Usage: node crud.mjs pg|postgres   (after `npm ci` in this directory)
// Connection settings come from PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE and, for TLS, TUSK_SSLROOTCERT;
// TUSK_PGJS_FETCH_TYPES=false turns off postgres.js's pg_catalog lookup of array types at connect.
// Prints "ok <check>" or "FAIL <check>: ..." per check; every check runs; the last line starts with "done:" and the
// exit code is 1 if any check failed.
import fs from 'node:fs';

const NON_ASCII = 'gr\u00fcn \u00e7ay \u0131\u0130';
const TS = new Date('2024-02-29T12:34:56.123Z');
const UUID = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11';
const ROW = {
  i: 42,
  b: '9000000000',
  n: '12.34',
  t: NON_ASCII,
  flag: true,
  d: '2024-02-29',
  ts: TS,
  u: UUID,
  bin: Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x00]),
  j: { a: [1, 2], s: 'x' },
  jb: { b: { c: null }, n: 1 },
  ia: [1, 2, null],
  ta: ['x', 'y z', null],
};
const COLUMNS = Object.keys(ROW);
const SCALARS = ['i', 'b', 'n', 't', 'flag', 'd', 'ts', 'u', 'bin'];
const EXTRAS = ['j', 'jb', 'ia', 'ta'];
const DDL = [
  'CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL UNIQUE, name text)',
  'CREATE TABLE things (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer_id int, i int, b bigint,' +
    ' n numeric(12,2), t text, flag boolean, d date, ts timestamptz, u uuid, bin bytea, j json, jb jsonb,' +
    ' ia int[], ta text[])',
];

let failures = 0;

function ok(check) {
  console.log(`ok ${check}`);
}

function failed(check, message) {
  failures++;
  console.log(`FAIL ${check}: ${message}`);
}

// Values as JSON for comparison: Buffers as hex, Dates as ISO strings, bigints as strings.
function canon(v) {
  return JSON.stringify(v, (_k, x) => {
    if (typeof x === 'bigint') return x.toString();
    if (x && x.type === 'Buffer' && Array.isArray(x.data)) return 'hex:' + Buffer.from(x.data).toString('hex');
    return x;
  });
}

function expect(check, actual, expected) {
  const a = canon(actual instanceof Date ? actual.toISOString() : actual);
  const e = canon(expected instanceof Date ? expected.toISOString() : expected);
  if (a !== e) failed(check, `expected ${e}, got ${a}`);
  else ok(check);
}

async function step(check, fn) {
  try {
    return await fn();
  } catch (e) {
    failed(check, `${e && e.constructor ? e.constructor.name : 'Error'} [${e && e.code}]: ${e && e.message}`);
    return undefined;
  }
}

async function expectError(check, fn, code) {
  try {
    await fn();
    failed(check, 'no error raised');
  } catch (e) {
    expect(check, e.code, code);
  }
}

function checkRow(prefix, row) {
  if (!row) {
    failed(prefix, 'no row');
    return;
  }
  for (const c of COLUMNS) {
    let v = row[c];
    if (c === 'd' && v instanceof Date) v = v.toISOString().slice(0, 10);
    expect(`${prefix} ${c}`, v, ROW[c]);
  }
}

function connection() {
  const root = process.env.TUSK_SSLROOTCERT;
  return {
    host: process.env.PGHOST || '127.0.0.1',
    port: Number(process.env.PGPORT || '5432'),
    user: process.env.PGUSER,
    password: process.env.PGPASSWORD || '',
    database: process.env.PGDATABASE || 'postgres',
    ssl: root ? { ca: fs.readFileSync(root, 'utf8'), rejectUnauthorized: true } : false,
  };
}

async function runPg() {
  const { default: pg } = await import('pg');
  pg.types.setTypeParser(1082, (v) => v); // date as text: no local-midnight Date
  const client = new pg.Client(connection());
  await client.connect();
  ok('connect with node-postgres');
  const q = (text, values) => client.query(text, values);

  await step('server_version', async () => {
    const r = await q('SHOW server_version_num');
    expect('server_version', Math.floor(Number(r.rows[0].server_version_num) / 10000), 15);
  });
  await step('create tables', async () => {
    for (const s of DDL) await q(s);
    ok('create tables');
  });
  await step('insert customers', async () => {
    const ids = [];
    for (const [email, name] of [['ann@example.com', 'Ann'], ['bob@example.com', NON_ASCII]]) {
      ids.push((await q('INSERT INTO customers (email, name) VALUES ($1, $2) RETURNING id', [email, name])).rows[0].id);
    }
    expect('serial ids from RETURNING', ids, [1, 2]);
  });
  await step('insert typed row', async () => {
    const ph = SCALARS.map((_c, k) => `$${k + 2}`).join(', ');
    const r = await q(`INSERT INTO things (customer_id, ${SCALARS.join(', ')}) VALUES ($1, ${ph}) RETURNING id`, [
      1,
      ...SCALARS.map((c) => ROW[c]),
    ]);
    expect('identity id from RETURNING', r.rows[0].id, '1');
  });
  for (const c of EXTRAS) {
    await step(`UPDATE SET ${c} = parameter`, async () => {
      // node-postgres sends arrays as array literals and objects as JSON text
      const v = c === 'j' || c === 'jb' ? JSON.stringify(ROW[c]) : ROW[c];
      expect(`UPDATE SET ${c} = parameter`, (await q(`UPDATE things SET ${c} = $1 WHERE id = $2`, [v, 1])).rowCount, 1);
    });
  }
  await step('read back typed row', async () => {
    const r = await q(`SELECT ${COLUMNS.join(', ')} FROM things WHERE id = $1`, [1]);
    checkRow('read back', r.rows[0]);
    expect('field names', r.fields.map((f) => f.name), COLUMNS);
  });
  for (const c of ['i', 'b', 'n', 't', 'flag', 'd', 'ts', 'u', 'bin', 'jb', 'ia', 'ta']) {
    await step(`WHERE ${c} = parameter`, async () => {
      const v = c === 'jb' ? JSON.stringify(ROW[c]) : ROW[c];
      const r = await q(`SELECT count(*)::int AS n FROM things WHERE ${c} = $1`, [v]);
      expect(`WHERE ${c} = parameter`, r.rows[0].n, 1);
    });
  }
  await step('NULLs', async () => {
    const ph = COLUMNS.map((_c, k) => `$${k + 1}`).join(', ');
    const id = (await q(`INSERT INTO things (${COLUMNS.join(', ')}) VALUES (${ph}) RETURNING id`, COLUMNS.map(() => null)))
      .rows[0].id;
    const r = await q(`SELECT ${COLUMNS.join(', ')} FROM things WHERE id = $1`, [id]);
    expect('NULLs read back as null', Object.values(r.rows[0]), COLUMNS.map(() => null));
  });
  await step('UPDATE', async () => {
    const r = await q('UPDATE things SET t = $1, n = n + $2 WHERE id = $3', ['updated', '0.66', 1]);
    expect('UPDATE rowCount', r.rowCount, 1);
    expect('UPDATE visible', (await q('SELECT t, n FROM things WHERE id = $1', [1])).rows[0], { t: 'updated', n: '13.00' });
  });
  await step('rollback', async () => {
    await q('BEGIN');
    await q('INSERT INTO customers (email) VALUES ($1)', ['gone@example.com']);
    await q('ROLLBACK');
    expect('ROLLBACK discards the insert', (await q('SELECT count(*)::int AS n FROM customers')).rows[0].n, 2);
  });
  await step('savepoint', async () => {
    await q('BEGIN');
    await q('INSERT INTO customers (email) VALUES ($1)', ['kept@example.com']);
    await q('SAVEPOINT sp1');
    await q('INSERT INTO customers (email) VALUES ($1)', ['undone@example.com']);
    await q('ROLLBACK TO SAVEPOINT sp1');
    await q('COMMIT');
    const r = await q('SELECT email FROM customers WHERE id > 2 ORDER BY id');
    expect('savepoint rolled back only the second insert', r.rows.map((x) => x.email), ['kept@example.com']);
  });
  await step('unique violation', async () => {
    await q('BEGIN');
    await expectError('unique violation SQLSTATE', () => q('INSERT INTO customers (email) VALUES ($1)', ['ann@example.com']), '23505');
    await expectError('statement in aborted transaction SQLSTATE', () => q('SELECT 1'), '25P02');
    await q('ROLLBACK');
    expect('connection usable after rollback', (await q('SELECT count(*)::int AS n FROM customers')).rows[0].n, 3);
  });
  await step('undefined table', async () => {
    await expectError('undefined table SQLSTATE', () => q('SELECT * FROM no_such_table'), '42P01');
    expect('connection usable after error', (await q('SELECT 1 AS one')).rows[0].one, 1);
  });
  await step('= ANY($1) with an array', async () => {
    const r = await q('SELECT count(*)::int AS n FROM customers WHERE id = ANY($1)', [[1, 2, 99]]);
    expect('= ANY($1) with an array', r.rows[0].n, 2);
  });
  await step('named prepared statement', async () => {
    const r = await client.query({ name: 'by-id', text: 'SELECT email FROM customers WHERE id = $1', values: [2] });
    const again = await client.query({ name: 'by-id', text: 'SELECT email FROM customers WHERE id = $1', values: [1] });
    expect('named prepared statement', [r.rows[0].email, again.rows[0].email], ['bob@example.com', 'ann@example.com']);
  });
  await step('DELETE', async () => {
    expect('DELETE rowCount', (await q('DELETE FROM things WHERE id = $1', [1])).rowCount, 1);
  });
  await client.end();
  ok('close');
}

async function runPostgresJs() {
  const { default: postgres } = await import('postgres');
  // postgres.js 3.4 reads a NULL element of text[] as the string "NULL" (from PostgreSQL too): no NULL in ta here
  ROW.ta = ['x', 'y z'];
  const fetchTypes = process.env.TUSK_PGJS_FETCH_TYPES !== 'false';
  const sql = postgres({ ...connection(), max: 1, onnotice: () => {}, fetch_types: fetchTypes });

  await step('server_version', async () => {
    const [r] = await sql`SHOW server_version_num`;
    expect('server_version', Math.floor(Number(r.server_version_num) / 10000), 15);
  });
  ok('connect with postgres.js');
  await step('create tables', async () => {
    for (const s of DDL) await sql.unsafe(s);
    ok('create tables');
  });
  await step('insert customers', async () => {
    const ids = [];
    for (const [email, name] of [['ann@example.com', 'Ann'], ['bob@example.com', NON_ASCII]]) {
      const [r] = await sql`INSERT INTO customers ${sql({ email, name })} RETURNING id`;
      ids.push(r.id);
    }
    expect('serial ids from RETURNING', ids, [1, 2]);
  });
  await step('insert typed row', async () => {
    const row = { customer_id: 1 };
    for (const c of SCALARS) row[c] = ROW[c];
    const [r] = await sql`INSERT INTO things ${sql(row)} RETURNING id`;
    expect('identity id from RETURNING', r.id, '1');
  });
  for (const c of EXTRAS) {
    await step(`UPDATE SET ${c} = parameter`, async () => {
      let v = ROW[c];
      if (c === 'j' || c === 'jb') v = sql.json(v);
      if (c === 'ia') v = sql.array(v, 23);
      if (c === 'ta') v = sql.array(v, 25);
      const r = await sql`UPDATE things SET ${sql(c)} = ${v} WHERE id = ${1}`;
      expect(`UPDATE SET ${c} = parameter`, r.count, 1);
    });
  }
  await step('read back typed row', async () => {
    const r = await sql`SELECT ${sql(COLUMNS)} FROM things WHERE id = ${1}`;
    const row = { ...r[0] };
    if (row.d instanceof Date) row.d = row.d.toISOString().slice(0, 10);
    checkRow('read back', row);
    expect('column names', r.columns.map((x) => x.name), COLUMNS);
  });
  for (const c of ['i', 'b', 'n', 't', 'flag', 'd', 'ts', 'u', 'bin', 'jb', 'ia', 'ta']) {
    await step(`WHERE ${c} = parameter`, async () => {
      let v = ROW[c];
      if (c === 'jb') v = sql.json(v);
      if (c === 'ia') v = sql.array(v, 23);
      if (c === 'ta') v = sql.array(v, 25);
      const [r] = await sql`SELECT count(*)::int AS n FROM things WHERE ${sql(c)} = ${v}`;
      expect(`WHERE ${c} = parameter`, r.n, 1);
    });
  }
  await step('NULLs', async () => {
    const row = {};
    for (const c of COLUMNS) row[c] = null;
    const [r] = await sql`INSERT INTO things ${sql(row)} RETURNING id`;
    const [back] = await sql`SELECT ${sql(COLUMNS)} FROM things WHERE id = ${r.id}`;
    expect('NULLs read back as null', Object.values(back), COLUMNS.map(() => null));
  });
  await step('UPDATE', async () => {
    const r = await sql`UPDATE things SET t = ${'updated'}, n = n + ${'0.66'} WHERE id = ${1}`;
    expect('UPDATE count', r.count, 1);
    const [back] = await sql`SELECT t, n FROM things WHERE id = ${1}`;
    expect('UPDATE visible', back, { t: 'updated', n: '13.00' });
  });
  await step('rollback', async () => {
    try {
      await sql.begin(async (tx) => {
        await tx`INSERT INTO customers (email) VALUES (${'gone@example.com'})`;
        throw new Error('roll back');
      });
    } catch (e) {
      if (e.message !== 'roll back') throw e;
    }
    const [r] = await sql`SELECT count(*)::int AS n FROM customers`;
    expect('sql.begin rolled back on a throw', r.n, 2);
  });
  await step('savepoint', async () => {
    await sql.begin(async (tx) => {
      await tx`INSERT INTO customers (email) VALUES (${'kept@example.com'})`;
      try {
        await tx.savepoint(async (sp) => {
          await sp`INSERT INTO customers (email) VALUES (${'undone@example.com'})`;
          throw new Error('roll back the savepoint');
        });
      } catch (e) {
        if (e.message !== 'roll back the savepoint') throw e;
      }
    });
    const r = await sql`SELECT email FROM customers WHERE id > 2 ORDER BY id`;
    expect('savepoint rolled back only the second insert', r.map((x) => x.email), ['kept@example.com']);
  });
  await step('unique violation', async () => {
    await expectError('unique violation SQLSTATE', () => sql`INSERT INTO customers (email) VALUES (${'ann@example.com'})`, '23505');
    const [r] = await sql`SELECT count(*)::int AS n FROM customers`;
    expect('connection usable after rollback', r.n, 3);
  });
  await step('undefined table', async () => {
    await expectError('undefined table SQLSTATE', () => sql`SELECT * FROM no_such_table`, '42P01');
    const [r] = await sql`SELECT 1 AS one`;
    expect('connection usable after error', r.one, 1);
  });
  await step('DELETE', async () => {
    expect('DELETE count', (await sql`DELETE FROM things WHERE id = ${1}`).count, 1);
  });
  await sql.end({ timeout: 5 });
  ok('close');
}

const driver = process.argv[2];
if (driver !== 'pg' && driver !== 'postgres') {
  console.error('usage: node crud.mjs pg|postgres');
  process.exit(2);
}
try {
  await (driver === 'pg' ? runPg() : runPostgresJs());
} catch (e) {
  failed('unexpected exception', e && e.stack ? e.stack : String(e));
}
if (failures > 0) {
  console.log(`done: ${failures} checks failed (${driver})`);
  process.exit(1);
}
console.log(`done: all checks passed (${driver})`);
process.exit(0);
