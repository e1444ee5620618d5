/**
 * bench/lib/grow-history.ts on PostgreSQL: a fresh migrated PostgreSQL database holding k copies of a
 * SQLite template's year, with the same ids (copy n of row id takes id (id − 1) × k + n + 1, rows in
 * the order they happened). The template's rows go into temporary tables once, then each event table
 * is filled by one `INSERT … SELECT` over `generate_series`, with the foreign-key triggers off for the
 * session (the rows refer to each other in both directions, as the SQLite copy's do).
 */
import knex, { type Knex } from 'knex';
import { connect } from '../../src/db/connect';
import { migrateLatest } from '../../src/db/migrations';
import { REFERENCE_TABLES, SCALED_COLUMNS } from './grow-history';

type Row = Record<string, unknown>;

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

/**
 * k copies of the SQLite `template`'s year in a fresh PostgreSQL database `name` on the server of
 * `url`; returns the connection and the database's URL.
 */
export async function scaledPostgresDatabase(
  template: string,
  target: { url: string; name: string },
  k: number,
): Promise<{ db: Knex; url: string }> {
  const url = await freshDatabase(target.url, target.name);
  const source = connect({ client: 'sqlite3', file: template });
  const db = connect({ client: 'pg', url, poolMax: 4 });
  try {
    await migrateLatest(db);
    await db.transaction(async (trx) => {
      await trx.raw('set local session_replication_role = replica');
      for (const table of REFERENCE_TABLES) await copyRows(trx, table, await source(table));
      for (const [table, ids] of Object.entries(SCALED_COLUMNS)) {
        const rows: Row[] = await source(table).orderBy('id');
        const columns = Object.keys(rows[0]!);
        await trx.raw(`create temporary table tmpl_${table} (like ${table}) on commit drop`);
        await copyRows(trx, `tmpl_${table}`, rows);
        const select = columns
          .map((c) => (ids.includes(c) ? `(t.${c} - 1) * ${k} + c.n + 1` : `t.${c}`))
          .join(', ');
        await trx.raw(
          `insert into ${table} (${columns.join(', ')}) select ${select} from tmpl_${table} t, generate_series(0, ${k - 1}) c(n) order by t.id, c.n`,
        );
      }
    });
    await db.raw('analyze');
  } catch (err) {
    await db.destroy();
    throw err;
  } finally {
    await source.destroy();
  }
  return { db, url };
}
