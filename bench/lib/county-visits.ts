/**
 * A county-year of call-monitoring visit records for bench/visit-kpis.ts: for every episode of the
 * year's history (bench/county-history.ts) in care, visits from its care start to its hand-back or
 * the year's end — as many a day as its weekly hours make at about 40 minutes a visit (1–4), 3%
 * missed, 12% late, 8% short, a tenth of packages with two carers — each day's recorded the next
 * morning; and k copies of them onto bench/lib/grow-history.ts's k copies of the packages, on SQLite
 * or PostgreSQL.
 */
import type { Knex } from 'knex';
import { addDays, londonDate, londonMidnight } from '../../src/calendar/dates';
import { connect } from '../../src/db/connect';
import { mulberry32 } from '../../seeds/demo/prng';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SLOTS = [7.5, 12, 17, 21];

/** A visit row's values as SQL (all numbers or null). */
function visitValues(input: {
  packageId: number;
  providerId: number;
  planned: number;
  minutes: number;
  carers: number;
  random: () => number;
}): string {
  const { packageId, providerId, planned, minutes, carers, random } = input;
  const recordedAt = londonMidnight(addDays(londonDate(planned), 1)) + 7 * HOUR;
  const draw = random();
  if (draw < 0.03)
    return `(${packageId},${providerId},${planned},${minutes},null,null,${carers},0,${recordedAt},null)`;
  const start = planned + (draw < 0.15 ? 16 + Math.floor(random() * 40) : Math.floor(random() * 12)) * MINUTE;
  const lasted = (draw > 0.92 ? 0.5 : 0.8 + random() * 0.3) * minutes;
  const present = carers === 2 && random() < 0.1 ? 1 : carers;
  return `(${packageId},${providerId},${planned},${minutes},${start},${Math.round(start + lasted * MINUTE)},${carers},${present},${recordedAt},null)`;
}

/** The year's visits for every episode in care, inserted in bulk. Returns how many. */
export async function addVisits(db: Knex, year: { seed: number; end: number }): Promise<number> {
  const random = mulberry32(year.seed);
  const episodes = (await db('brokerage_episodes as e')
    .join('packages as p', 'p.id', 'e.package_id')
    .whereNotNull('e.care_started_at')
    .orderBy('e.id')
    .select(
      'e.package_id',
      'e.awarded_provider_id',
      'e.care_started_at',
      'e.handed_back_at',
      'p.weekly_minutes',
    )) as {
    package_id: number;
    awarded_provider_id: number;
    care_started_at: number;
    handed_back_at: number | null;
    weekly_minutes: number;
  }[];
  const columns =
    'package_id, provider_id, planned_start, planned_minutes, actual_start, actual_end, carers_planned, carers_present, recorded_at, recorded_by';
  let rows: string[] = [];
  let count = 0;
  const flush = async (trx: Knex) => {
    if (rows.length === 0) return;
    await trx.raw(`insert into visits (${columns}) values ${rows.join(',')} on conflict do nothing`);
    count += rows.length;
    rows = [];
  };
  await db.transaction(async (trx) => {
    for (const e of episodes) {
      const perDay = Math.min(4, Math.max(1, Math.round(Number(e.weekly_minutes) / 7 / 40)));
      const minutes = Math.max(15, Math.round(Number(e.weekly_minutes) / 7 / perDay / 5) * 5);
      const carers = Number(e.package_id) % 10 === 0 ? 2 : 1;
      const until = Math.min(year.end, e.handed_back_at === null ? year.end : Number(e.handed_back_at));
      for (
        let day = londonDate(Number(e.care_started_at));
        londonMidnight(day) < until;
        day = addDays(day, 1)
      ) {
        for (const slot of SLOTS.slice(0, perDay)) {
          const planned = londonMidnight(day) + slot * HOUR;
          if (planned < Number(e.care_started_at) || planned >= until) continue;
          rows.push(
            visitValues({
              packageId: Number(e.package_id),
              providerId: Number(e.awarded_provider_id),
              planned,
              minutes,
              carers,
              random,
            }),
          );
        }
        if (rows.length >= 2_000) await flush(trx);
      }
    }
    await flush(trx);
  });
  return count;
}

/** The template's visits copied k times onto the copied packages, with grow-history's id mapping. */
export async function scaleVisits(db: Knex, template: string, k: number) {
  await db.raw(`attach database '${template}' as tmpl`);
  await db.transaction(async (trx) => {
    await trx.raw('create temporary table visit_copies (n integer primary key)');
    for (let n = 0; n < k; n += 1) await trx.raw('insert into visit_copies (n) values (?)', [n]);
    await trx.raw(
      `insert into visits select (t.id - 1) * ${k} + c.n + 1, (t.package_id - 1) * ${k} + c.n + 1, t.provider_id, ` +
        't.planned_start, t.planned_minutes, t.actual_start, t.actual_end, t.carers_planned, t.carers_present, ' +
        't.recorded_at, t.recorded_by from tmpl.visits t, visit_copies c order by t.id, c.n',
    );
  });
  await db.raw('detach database tmpl');
}

/** The template's visits copied k times in PostgreSQL, as scaleVisits does in SQLite. */
export async function scaleVisitsPg(db: Knex, template: string, k: number) {
  const source = connect({ client: 'sqlite3', file: template });
  try {
    await db.transaction(async (trx) => {
      await trx.raw('set local session_replication_role = replica');
      await trx.raw('create temporary table tmpl_visits (like visits) on commit drop');
      for (let from = 0; ; from += 3_000) {
        const rows = await source('visits').orderBy('id').offset(from).limit(3_000).select();
        if (rows.length === 0) break;
        await trx('tmpl_visits').insert(rows);
      }
      await trx.raw(
        `insert into visits select (t.id - 1) * ${k} + c.n + 1, (t.package_id - 1) * ${k} + c.n + 1, t.provider_id, ` +
          't.planned_start, t.planned_minutes, t.actual_start, t.actual_end, t.carers_planned, t.carers_present, ' +
          `t.recorded_at, t.recorded_by from tmpl_visits t, generate_series(0, ${k - 1}) c(n) order by t.id, c.n`,
      );
      await trx.raw(`select setval(pg_get_serial_sequence('visits', 'id'), (select max(id) from visits))`);
    });
    await db.raw('vacuum analyze visits');
  } finally {
    await source.destroy();
  }
}
