/**
 * A year of county history (bench/county-history.ts) at k times its volume in the same year: a fresh
 * migrated SQLite file holding k copies of a template's packages, episodes, rounds and offers, copy n
 * of row id taking id (id − 1) × k + n + 1 so that rows lie in the order they happened, as in a
 * database grown by use; reference tables (zones, providers, roles, capacity, evidence) are copied
 * once. The same 49 providers broker a county k times the size. bench/reports.ts and
 * bench/performance.ts both use it, so that their scales mean the same thing.
 */
import type { Knex } from 'knex';
import { connect } from '../../src/db/connect';
import { migrateLatest } from '../../src/db/migrations';

/** Reference tables, copied once as they are. */
export const REFERENCE_TABLES = [
  'zones',
  'rate_cards',
  'rate_card_rates',
  'providers',
  'provider_zone_roles',
  'capacity_declarations',
  'quality_evidence',
];
/** Event tables, copied k times, with the columns that hold ids of copied rows. */
export const SCALED_COLUMNS: Record<string, string[]> = {
  packages: ['id', 'current_episode_id'],
  brokerage_episodes: ['id', 'package_id', 'awarded_offer_id'],
  brokerage_rounds: ['id', 'episode_id', 'package_id'],
  offers: ['id', 'round_id', 'episode_id', 'package_id'],
};

async function columnsOf(db: Knex, table: string): Promise<string[]> {
  return ((await db.raw(`pragma main.table_info(${table})`)) as { name: string }[]).map((c) => c.name);
}

/** A fresh database at `file` holding k copies of the template's year. */
export async function scaledDatabase(template: string, file: string, k: number): Promise<Knex> {
  const db = connect({ client: 'sqlite3', file });
  await migrateLatest(db);
  await db.raw(`attach database '${template}' as tmpl`);
  await db.transaction(async (trx) => {
    for (const table of REFERENCE_TABLES) await trx.raw(`insert into ${table} select * from tmpl.${table}`);
    await trx.raw('create temporary table copies (n integer primary key)');
    for (let n = 0; n < k; n += 1) await trx.raw('insert into copies (n) values (?)', [n]);
    for (const [table, ids] of Object.entries(SCALED_COLUMNS)) {
      const columns = await columnsOf(trx, table);
      const select = columns
        .map((c) => (ids.includes(c) ? `(t.${c} - 1) * ${k} + c.n + 1` : `t.${c}`))
        .join(', ');
      await trx.raw(
        `insert into ${table} (${columns.join(', ')}) select ${select} from tmpl.${table} t, copies c order by t.id, c.n`,
      );
    }
  });
  await db.raw('detach database tmpl');
  return db;
}
