/**
 * Grows a year of county history (bench/county-history.ts) to k times its volume in the same year,
 * by bulk copies of its packages, episodes, rounds and offers with shifted ids (INSERT … SELECT, in
 * SQL), as if k counties' worth of work had been brokered by the same 49 providers. The same
 * approach as bench/reports.ts, so that the two benchmarks' scales mean the same thing.
 */
import type { Knex } from 'knex';

/** The copied tables, and which of their columns hold ids to shift (by the 1× maximum of the table named). */
const COPIES: Record<string, Record<string, string>> = {
  packages: { id: 'packages', current_episode_id: 'brokerage_episodes' },
  brokerage_episodes: { id: 'brokerage_episodes', package_id: 'packages', awarded_offer_id: 'offers' },
  brokerage_rounds: { id: 'brokerage_rounds', episode_id: 'brokerage_episodes', package_id: 'packages' },
  offers: { id: 'offers', round_id: 'brokerage_rounds', episode_id: 'brokerage_episodes', package_id: 'packages' },
};

/** The largest id of each copied table at 1×: call once, before growing. */
export async function baseIds(db: Knex): Promise<Record<string, number>> {
  const base: Record<string, number> = {};
  for (const table of Object.keys(COPIES)) base[table] = Number((await db(table).max('id as m').first())!.m);
  return base;
}

/** Grows the history from `from` to `to` copies of the 1× year, in one transaction. */
export async function growHistory(db: Knex, base: Record<string, number>, from: number, to: number): Promise<void> {
  await db.transaction(async (trx) => {
    await trx.raw('create temporary table if not exists copies (n integer primary key)');
    await trx.raw('delete from copies');
    for (let n = from; n < to; n += 1) await trx.raw('insert into copies (n) values (?)', [n]);
    for (const [table, shifts] of Object.entries(COPIES)) {
      const columns = ((await trx.raw(`pragma table_info(${table})`)) as { name: string }[]).map((c) => c.name);
      const select = columns.map((c) => (shifts[c] ? `t.${c} + c.n * ${base[shifts[c]!]}` : `t.${c}`)).join(', ');
      await trx.raw(`insert into ${table} (${columns.join(', ')}) select ${select} from ${table} t, copies c where t.id <= ${base[table]}`);
    }
  });
}
