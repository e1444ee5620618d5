/**
 * bench/lib/grow-history.ts on PostgreSQL: a fresh migrated PostgreSQL database holding k copies of a
 * SQLite template's year, with the same ids (copy n of row id takes id (id − 1) × k + n + 1, rows in
 * the order they happened). The template's rows go into temporary tables once; then, with the
 * foreign-key triggers off for the session (the rows refer to each other in both directions, as the
 * SQLite copy's do) and the event tables' plain indexes dropped, each table is filled inside
 * PostgreSQL by `INSERT … SELECT` over `generate_series`, a slice of template ids at a time (each
 * slice's sort stays in memory), and the indexes are built again once, after the rows are in — far
 * cheaper than maintaining them row by row. A `VACUUM ANALYZE` leaves the tables as a database grown
 * by use would be: statistics for the planner and a visibility map for index-only scans.
 */
import { performance } from 'node:perf_hooks';
import knex, { type Knex } from 'knex';
import { connect } from '../../src/db/connect';
import { migrateLatest } from '../../src/db/migrations';
import { REFERENCE_TABLES, SCALED_COLUMNS } from './grow-history';

type Row = Record<string, unknown>;

/** Template rows per `INSERT … SELECT`: k copies of each, so 100,000 rows a statement at 100×. */
const TEMPLATE_ROWS_PER_INSERT = 1_000;

/** A new, empty database `name` on the server of `url` (dropped first if it exists); its URL. */
async function freshDatabase(url: string, name: string): Promise<string> {
  const admin = knex({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
  try {
    await admin.raw(`drop database if exists ${name} with (force)`);
    await admin.raw(`create database ${name}`);
  } finally {
    await admin.destroy();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

async function copyRows(trx: Knex.Transaction, table: string, rows: Row[]): Promise<void> {
  const columns = rows.length > 0 ? Object.keys(rows[0]!).length : 1;
  const chunk = Math.max(1, Math.floor(30_000 / columns));
  for (let i = 0; i < rows.length; i += chunk) await trx(table).insert(rows.slice(i, i + chunk));
}

/** Drops the plain (not constraint-backed) indexes of `tables`; returns their definitions. */
async function dropPlainIndexes(trx: Knex.Transaction, tables: string[]): Promise<string[]> {
  const { rows } = (await trx.raw(
    `select indexname, indexdef from pg_indexes
      where schemaname = current_schema() and tablename = any(?)
        and indexname not in (select conname from pg_constraint)`,
    [tables],
  )) as { rows: { indexname: string; indexdef: string }[] };
  for (const index of rows) await trx.raw(`drop index ${index.indexname}`);
  return rows.map((index) => index.indexdef);
}

/** k copies of the template's rows of `table`, ids spread as the module says. */
async function growTable(trx: Knex.Transaction, table: string, k: number, source: Knex): Promise<void> {
  const ids = SCALED_COLUMNS[table]!;
  const rows: Row[] = await source(table).orderBy('id');
  const columns = Object.keys(rows[0]!);
  await trx.raw(`create temporary table tmpl_${table} (like ${table}) on commit drop`);
  await copyRows(trx, `tmpl_${table}`, rows);
  const select = columns
    .map((c) => (ids.includes(c) ? `(t.${c} - 1) * ${k} + c.n + 1` : `t.${c}`))
    .join(', ');
  for (let i = 0; i < rows.length; i += TEMPLATE_ROWS_PER_INSERT) {
    const slice = rows.slice(i, i + TEMPLATE_ROWS_PER_INSERT);
    await trx.raw(
      `insert into ${table} (${columns.join(', ')}) select ${select} from tmpl_${table} t, generate_series(0, ${k - 1}) c(n)
        where t.id between ? and ? order by t.id, c.n`,
      [slice[0]!.id as number, slice.at(-1)!.id as number],
    );
  }
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * k copies of the SQLite `template`'s year in a fresh PostgreSQL database `name` on the server of
 * `url`; returns the connection and the database's URL. `log` hears how long each step took.
 */
export async function scaledPostgresDatabase(
  template: string,
  target: { url: string; name: string; log?: (line: string) => void },
  k: number,
): Promise<{ db: Knex; url: string }> {
  const log = target.log ?? (() => {});
  const url = await freshDatabase(target.url, target.name);
  const source = connect({ client: 'sqlite3', file: template });
  const db = connect({ client: 'pg', url, poolMax: 4 });
  try {
    await migrateLatest(db);
    await db.transaction(async (trx) => {
      await trx.raw('set local session_replication_role = replica');
      await trx.raw(`set local work_mem = '64MB'`);
      await trx.raw(`set local maintenance_work_mem = '512MB'`);
      for (const table of REFERENCE_TABLES) await copyRows(trx, table, await source(table));
      const indexes = await dropPlainIndexes(trx, Object.keys(SCALED_COLUMNS));
      for (const table of Object.keys(SCALED_COLUMNS)) {
        const t0 = performance.now();
        await growTable(trx, table, k, source);
        log(`  ${table}: ${seconds(t0)}`);
      }
      const t0 = performance.now();
      for (const index of indexes) await trx.raw(index);
      log(`  ${indexes.length} indexes built again: ${seconds(t0)}`);
    });
    const t0 = performance.now();
    await db.raw('vacuum analyze');
    log(`  vacuum analyze: ${seconds(t0)}`);
  } catch (err) {
    await db.destroy();
    throw err;
  } finally {
    await source.destroy();
  }
  return { db, url };
}
