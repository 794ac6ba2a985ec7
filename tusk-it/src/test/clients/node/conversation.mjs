// Runs the shared client conversation with node-postgres (`pg` + pg-copy-streams) or postgres.js (`postgres`).
//
// Usage: node conversation.mjs pg|postgres   (after `npm ci` in this directory)
// Connection settings come from PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE and, for TLS, TUSK_SSLROOTCERT.
// Prints "ok <check>" per check; exits 1 on the first mismatch.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const here = path.dirname(fileURLToPath(import.meta.url));
const NON_ASCII = 'gr\u00fcn \u00e7ay \u0131\u0130';
const ROWS = [[1, 'apple', 3, 1.5], [2, 'pear', 0, 0.25], [3, NON_ASCII, 7, -2.5]];
const CSV_IN = '5,"comma, name",1,2.5\n6,"quote ""q""",2,3.5\n7,,3,4.5\n';
const COPY_ROWS = 2000;

function loadStatements() {
  const file = process.env.TUSK_STATEMENTS || path.join(here, '..', 'statements.sql');
  const statements = {};
  let name = null;
  let lines = [];
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    const m = /^--\s*name:\s*(\S+)/.exec(line);
    if (m) {
      if (name) statements[name] = lines.join(' ');
      name = m[1];
      lines = [];
    } else if (line && !line.startsWith('--') && name) {
      lines.push(line);
    }
  }
  if (name) statements[name] = lines.join(' ');
  return statements;
}

const SQL = loadStatements();

class CheckFailed extends Error {}

function ok(check) {
  console.log(`ok ${check}`);
}

function expect(check, actual, expected) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new CheckFailed(`FAIL ${check}: expected ${e}, got ${a}`);
  ok(check);
}

// int8 arrives as a string in both drivers; compare every row as [number, text, number, number].
function norm(row) {
  return [Number(row[0]), row[1], Number(row[2]), Number(row[3])];
}

function copyTextInput() {
  let s = '';
  for (let i = 1; i <= COPY_ROWS; i++) s += `${i}\titem-${i}\t${i % 100}\t${i}.25\n`;
  return s;
}

function sortedLines(text) {
  return text.split('\n').filter((l) => l.length > 0).sort();
}

function checkRows(rows) {
  expect('select_all returns 2000 rows', rows.length, COPY_ROWS);
  expect('select_all first row', rows[0], [1, 'item-1', 1, 1.25]);
  expect('select_all last row', rows[rows.length - 1], [2000, 'item-2000', 0, 2000.25]);
  expect('select_all ids', rows.map((r) => r[0]), Array.from({ length: COPY_ROWS }, (_, i) => i + 1));
}

function ssl() {
  const root = process.env.TUSK_SSLROOTCERT;
  return root ? { ca: fs.readFileSync(root, 'utf8'), rejectUnauthorized: true } : false;
}

function connection() {
  return {
    host: process.env.PGHOST || '127.0.0.1',
    port: Number(process.env.PGPORT || '5432'),
    user: process.env.PGUSER,
    password: process.env.PGPASSWORD || '',
    database: process.env.PGDATABASE || 'postgres',
  };
}

function collector() {
  const chunks = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(Buffer.from(chunk));
      cb();
    },
  });
  return { sink, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function runPg() {
  const { default: pg } = await import('pg');
  const { from: copyFrom, to: copyTo } = await import('pg-copy-streams');
  const client = new pg.Client({ ...connection(), ssl: ssl() });
  await client.connect();
  ok('connect with node-postgres');
  if (process.env.TUSK_SSLROOTCERT) ok('connected with verified TLS');
  const q = async (name, params) => client.query({ text: SQL[name], values: params, rowMode: 'array' });

  expect('select_one', (await q('select_one')).rows, [[1]]);
  const lit = await q('select_literals');
  expect('select_literals columns', lit.fields.map((f) => f.name), ['a', 'b']);
  expect('select_literals row', lit.rows, [[1, 'x']]);
  await q('create_items');
  ok('create_items');
  for (const row of ROWS) expect(`insert_item ${row[0]} rowCount`, (await q('insert_item', row)).rowCount, 1);
  expect('select_item 3 (non-ASCII text)', (await q('select_item', [3])).rows.map(norm), [ROWS[2]]);

  await q('begin');
  await q('insert_item', [4, 'tx', 1, 1.0]);
  await q('rollback');
  expect('rolled back insert is absent', (await q('select_item', [4])).rows, []);
  await q('begin');
  await q('insert_item', [4, 'tx', 1, 1.0]);
  await q('commit');
  expect('committed insert is present', (await q('select_item', [4])).rows.map(norm), [[4, 'tx', 1, 1]]);
  expect('delete_item rowCount', (await q('delete_item', [4])).rowCount, 1);

  let code = null;
  try {
    await q('select_missing');
  } catch (e) {
    code = e.code;
  }
  expect('select_missing SQLSTATE', code, '42P01');
  expect('connection usable after error', (await q('select_one')).rows, [[1]]);

  await q('delete_all');
  const data = copyTextInput();
  const ingest = client.query(copyFrom(SQL.copy_in_text));
  await pipeline(Readable.from([Buffer.from(data, 'utf8')]), ingest);
  expect('copy_in_text rowCount', ingest.rowCount, COPY_ROWS);
  checkRows((await q('select_all')).rows.map(norm));
  let out = collector();
  await pipeline(client.query(copyTo(SQL.copy_out_text)), out.sink);
  expect('copy_out_text', sortedLines(out.text()), sortedLines(data));

  await q('delete_all');
  const csv = client.query(copyFrom(SQL.copy_in_csv));
  await pipeline(Readable.from([Buffer.from(CSV_IN, 'utf8')]), csv);
  expect('copy_in_csv rowCount', csv.rowCount, 3);
  expect('csv NULL name', (await q('select_item', [7])).rows.map((r) => [Number(r[0]), r[1]]), [[7, null]]);
  out = collector();
  await pipeline(client.query(copyTo(SQL.copy_out_csv)), out.sink);
  expect('copy_out_csv', sortedLines(out.text()), sortedLines(CSV_IN));
  await client.end();
  ok('close');
}

async function runPostgresJs() {
  const { default: postgres } = await import('postgres');
  // max: 1 keeps BEGIN/COMMIT on one connection, as the conversation sends them as plain statements.
  // postgres.js reads the array types from pg_catalog.pg_type (a join with GROUP BY) when it connects.
  // The example backend behind `tusk serve` has no catalog yet (that comes with tusk-calcite), so
  // TUSK_PGJS_FETCH_TYPES=false turns the lookup off for that target; PostgreSQL keeps the default.
  const fetchTypes = process.env.TUSK_PGJS_FETCH_TYPES !== 'false';
  const sql = postgres({ ...connection(), ssl: ssl(), max: 1, onnotice: () => {}, fetch_types: fetchTypes });
  const q = (name, params) => sql.unsafe(SQL[name], params || []).values();

  expect('select_one', await q('select_one'), [[1]]);
  ok('connect with postgres.js');
  if (process.env.TUSK_SSLROOTCERT) ok('connected with verified TLS');
  const lit = await sql.unsafe(SQL.select_literals);
  expect('select_literals columns', lit.columns.map((c) => c.name), ['a', 'b']);
  expect('select_literals row', lit.map((r) => [r.a, r.b]), [[1, 'x']]);
  await q('create_items');
  ok('create_items');
  for (const row of ROWS) expect(`insert_item ${row[0]} count`, (await sql.unsafe(SQL.insert_item, row)).count, 1);
  expect('select_item 3 (non-ASCII text)', (await q('select_item', [3])).map(norm), [ROWS[2]]);

  await q('begin');
  await q('insert_item', [4, 'tx', 1, 1.0]);
  await q('rollback');
  expect('rolled back insert is absent', await q('select_item', [4]), []);
  await q('begin');
  await q('insert_item', [4, 'tx', 1, 1.0]);
  await q('commit');
  expect('committed insert is present', (await q('select_item', [4])).map(norm), [[4, 'tx', 1, 1]]);
  expect('delete_item count', (await sql.unsafe(SQL.delete_item, [4])).count, 1);

  let code = null;
  try {
    await q('select_missing');
  } catch (e) {
    code = e.code;
  }
  expect('select_missing SQLSTATE', code, '42P01');
  expect('connection usable after error', await q('select_one'), [[1]]);

  await q('delete_all');
  const data = copyTextInput();
  await pipeline(Readable.from([Buffer.from(data, 'utf8')]), await sql.unsafe(SQL.copy_in_text).writable());
  ok('copy_in_text');
  checkRows((await q('select_all')).map(norm));
  let out = collector();
  await pipeline(await sql.unsafe(SQL.copy_out_text).readable(), out.sink);
  expect('copy_out_text', sortedLines(out.text()), sortedLines(data));

  await q('delete_all');
  await pipeline(Readable.from([Buffer.from(CSV_IN, 'utf8')]), await sql.unsafe(SQL.copy_in_csv).writable());
  ok('copy_in_csv');
  expect('csv NULL name', (await q('select_item', [7])).map((r) => [Number(r[0]), r[1]]), [[7, null]]);
  out = collector();
  await pipeline(await sql.unsafe(SQL.copy_out_csv).readable(), out.sink);
  expect('copy_out_csv', sortedLines(out.text()), sortedLines(CSV_IN));
  await sql.end({ timeout: 5 });
  ok('close');
}

const driver = process.argv[2];
if (driver !== 'pg' && driver !== 'postgres') {
  console.error('usage: node conversation.mjs pg|postgres');
  process.exit(2);
}
try {
  await (driver === 'pg' ? runPg() : runPostgresJs());
  console.log(`all checks passed (${driver})`);
  process.exit(0);
} catch (e) {
  if (e instanceof CheckFailed) {
    console.log(e.message);
  } else {
    console.log(`FAIL unexpected exception: ${e && e.stack ? e.stack : e}`);
  }
  process.exit(1);
}
