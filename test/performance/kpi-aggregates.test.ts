import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCountyHistory } from '../../bench/county-history';
import { IMPORTED_EPISODE } from '../../src/allocation/queries/episodes';
import { SYSTEM_ACTOR } from '../../src/auth/roles';
import { periodOfDates, trailingPeriod, type Period } from '../../src/calendar/periods';
import { foldKpiAggregates } from '../../src/performance/kpis/aggregates/fold';
import { foldSettingsOf, rebuildKpiAggregates } from '../../src/performance/kpis/aggregates/rebuild';
import type { KpiCounts, KpiDimension, KpiSet } from '../../src/performance/kpis/kpis';
import { percentile } from '../../src/performance/kpis/percentiles';
import {
  computeKpiCounts,
  computeKpis,
  kpisFromEvents,
  type KpiQuery,
} from '../../src/performance/kpis/queries';
import { testConfig } from '../helpers/context';
import { createMigratedDatabase, type TestDatabase } from '../helpers/db';

const DAY = 86_400_000;
const START = Date.parse('2025-01-01T00:00:00Z');
const END = Date.parse('2025-05-01T02:30:00Z');
const config = testConfig();
const settings = foldSettingsOf(config);
const TABLES = [
  'kpi_day_counts',
  'kpi_day_reasons',
  'kpi_day_buckets',
  'kpi_day_notes',
  'kpi_month_counts',
  'kpi_month_reasons',
];

let database: TestDatabase;
beforeAll(async () => {
  database = await createMigratedDatabase();
  await buildCountyHistory(database.db, { seed: 20211101, packages: 800, start: START, end: END - DAY });
}, 180_000);
afterAll(() => database.destroy());

const queryOf = (period: Period, groupBy: KpiDimension[]): KpiQuery => ({
  period,
  groupBy,
  quickResponseFraction: config.performance.quickResponseFraction,
  handBackNoticeDays: config.allocation.handBack.noticeDays,
});
const targets = config.performance.pickUpTargetDays;

const kpis = async (period: Period, groupBy: KpiDimension[]) =>
  byGroup((await computeKpis(database.db, queryOf(period, groupBy), targets)).groups);

/** The groups in a fixed order (the KPI report sorts them; the score run looks them up). */
function byGroup<T extends { group: { providerId?: number; zoneId?: string } }>(groups: T[]): T[] {
  const key = (g: T) => `${g.group.providerId}|${g.group.zoneId}`;
  return [...groups].sort((a, b) => key(a).localeCompare(key(b)));
}

const storedAggregates = async () => {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    out[table] = await database.db(table).select();
    (out[table] as Record<string, unknown>[]).sort((a, b) =>
      JSON.stringify(a).localeCompare(JSON.stringify(b)),
    );
  }
  return out;
};

/** The KPIs with the percentiles left out, and the percentiles on their own. */
function split(groups: { kpis: KpiSet }[]) {
  const percentiles = groups.map(({ kpis: k }) => [
    k.offers.responseMinutes.median,
    k.offers.responseMinutes.p90,
    k.pickUp.medianHours,
    k.pickUp.p90Hours,
  ]);
  const counts = groups.map(({ kpis: k }) => ({
    ...k,
    offers: { ...k.offers, responseMinutes: null },
    pickUp: { ...k.pickUp, medianHours: null, p90Hours: null },
  }));
  return { counts, percentiles };
}

/** Only what KpiCounts promises: what the counts alone give, whatever an object holds at run time. */
function countsOf(groups: { group: unknown; kpis: KpiCounts }[]) {
  return groups.map(({ group, kpis }) => {
    const k = kpis as KpiSet;
    const { responseMinutes: _answer, declinedByReason: _declined, ...offers } = k.offers;
    const { medianHours: _pickUp, p90Hours: _pickUp90, ...pickUp } = k.pickUp;
    const { medianDaysFromAward: _start, ...careStart } = k.careStart;
    const { byReason: _handedBack, ...handBacks } = k.handBacks;
    return { group, kpis: { offers, pickUp, careStart, handBacks } };
  });
}

describe('KPI daily aggregates', () => {
  it('agree when folded week by week as the history happened and when rebuilt at the end', async () => {
    for (let at = START + 3.5 * DAY; at < END; at += 7 * DAY)
      await foldKpiAggregates(database.db, at, settings);
    const year = periodOfDates('2025-01-01', '2025-04-30', END);
    const incremental = await kpis(year, ['provider', 'zone']);
    const trailing = await kpis(trailingPeriod(END, 90), ['provider', 'zone']);
    const folded = await storedAggregates();

    const rebuilt = await rebuildKpiAggregates({ db: database.db, config, actor: SYSTEM_ACTOR, now: END });
    expect(rebuilt.rebuilt).toBe(true);
    expect(await storedAggregates()).toEqual(folded);
    expect(await kpis(year, ['provider', 'zone'])).toEqual(incremental);
    expect(await kpis(trailingPeriod(END, 90), ['provider', 'zone'])).toEqual(trailing);
    const audit = await database.db('audit_events').where({ action: 'kpi-aggregates.rebuild' }).first();
    expect(audit).toMatchObject({ entity_type: 'kpi-aggregates', entity_id: 'all' });
  }, 180_000);

  it('read a month still open from its days, not from a roll-up made before it closed', async () => {
    // Folded to the last afternoon of April: April is not rolled up yet, and a period to its last
    // day counts its days. Then folded on into May, which closes April and rolls it up in full.
    const lastAfternoon = Date.parse('2025-04-30T14:00:00Z');
    await foldKpiAggregates(database.db, lastAfternoon, settings, { rebuild: true });
    for (const asOf of [lastAfternoon, END]) {
      const period = periodOfDates('2025-01-01', '2025-04-30', asOf);
      const fromEvents = byGroup(
        (await kpisFromEvents(database.db, queryOf(period, ['provider']), targets)).groups,
      );
      expect(split(await kpis(period, ['provider'])).counts).toEqual(split(fromEvents).counts);
    }
    const months = await database.db('kpi_month_counts').distinct('month').orderBy('month');
    expect(months.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
  }, 60_000);

  it('give the counts of the recorded events, and percentiles within a bucket (1%) of theirs', async () => {
    for (const period of [
      periodOfDates('2025-01-01', '2025-04-30', END),
      periodOfDates('2025-02-10', '2025-03-20', END),
      // Whole months read from the monthly roll-ups, the days either side from the daily rows.
      periodOfDates('2025-01-15', '2025-04-10', END),
    ]) {
      const fromAggregates = split(await kpis(period, ['provider']));
      const fromEvents = split(
        byGroup((await kpisFromEvents(database.db, queryOf(period, ['provider']), targets)).groups),
      );
      expect(fromAggregates.counts).toEqual(fromEvents.counts);
      const exact = fromEvents.percentiles.flat();
      fromAggregates.percentiles.flat().forEach((value, i) => {
        if (exact[i] === null) expect(value).toBeNull();
        else expect(Math.abs(value! - exact[i]!)).toBeLessThanOrEqual(0.01 * exact[i]! + 0.1);
      });
    }
  }, 60_000);

  it('puts county-wide percentiles within 1% (and the rounding) of the exact figures', async () => {
    const period = periodOfDates('2025-01-01', '2025-04-30', END);
    const county = (await kpis(period, []))[0]?.kpis;
    const answered = await database
      .db('offers')
      .where('sent_at', '>=', period.from)
      .where('sent_at', '<', period.to)
      .whereNotNull('responded_at')
      .select(database.db.raw('responded_at - sent_at as ms'));
    const minutes = answered.map((r) => Number(r.ms) / 60_000);
    const awards = await database
      .db('brokerage_episodes')
      .where('awarded_at', '>=', period.from)
      .where('awarded_at', '<', period.to)
      .whereNot('opened_because', IMPORTED_EPISODE)
      .select(database.db.raw('awarded_at - opened_at as ms'));
    const hours = awards.map((r) => Number(r.ms) / 3_600_000);
    expect(minutes.length).toBeGreaterThan(1_000);
    const within = (value: number | null, exact: number | null) =>
      expect(Math.abs(value! - exact!)).toBeLessThanOrEqual(0.01 * exact! + 0.05);
    within(county!.offers.responseMinutes.median, percentile(minutes, 0.5));
    within(county!.offers.responseMinutes.p90, percentile(minutes, 0.9));
    within(county!.pickUp.medianHours, percentile(hours, 0.5));
    within(county!.pickUp.p90Hours, percentile(hours, 0.9));
  }, 60_000);

  it('count an answer, or a deadline passing, in a round still open when they were last folded', async () => {
    const { db } = database;
    const HOUR = 3_600_000;
    // Two offers of the history made to wait, in rounds reopened, after its last event: nothing
    // else happens then, so only their own change can make their day's figures move.
    const [waiting, answered] = await db('offers').where({ status: 'expired' }).orderBy('id').limit(2);
    const kept = await db('brokerage_rounds').whereIn('id', [waiting.round_id, answered.round_id]);
    await db('brokerage_rounds')
      .whereIn('id', [waiting.round_id, answered.round_id])
      .update({ closed_at: null });
    await db('offers')
      .where({ id: waiting.id })
      .update({ status: 'pending', deadline_at: END + 2 * HOUR });
    await db('offers')
      .where({ id: answered.id })
      .update({ status: 'pending', deadline_at: END + 9 * HOUR });
    const agree = async (asOf: number) => {
      const period = periodOfDates('2025-01-01', '2025-04-30', asOf);
      const fromEvents = await kpisFromEvents(db, queryOf(period, ['provider', 'zone']), targets);
      const fromAggregates = split(await kpis(period, ['provider', 'zone'])).counts;
      expect(fromAggregates).toEqual(split(byGroup(fromEvents.groups)).counts);
      return fromAggregates;
    };
    await foldKpiAggregates(db, END + HOUR, settings, { rebuild: true });
    const before = await agree(END + HOUR);
    await db('offers')
      .where({ id: answered.id })
      .update({ status: 'accepted', responded_at: END + 2.5 * HOUR });
    // The deadline has passed (expired, with no event) and the other offer was accepted.
    expect(await agree(END + 3 * HOUR)).not.toEqual(before);

    for (const round of kept) await db('brokerage_rounds').where({ id: round.id }).update(round);
    for (const offer of [waiting, answered]) await db('offers').where({ id: offer.id }).update(offer);
  }, 60_000);

  it('give a reader of counts the same counts without reading histograms, reasons or held packages', async () => {
    const { db } = database;
    await foldKpiAggregates(db, END, settings, { rebuild: true });
    const period = periodOfDates('2025-01-15', '2025-04-30', END);
    for (const filter of [{}, { fundingStream: 'council' as const }]) {
      const query = { ...queryOf(period, ['provider', 'zone'] as KpiDimension[]), filter };
      // Groups that only hold packages now are not listed by a reader of counts.
      const full = byGroup((await computeKpis(db, query, targets)).groups).filter(
        ({ kpis: k }) => k.offers.received + k.pickUp.awarded + k.handBacks.count + k.careStart.judged > 0,
      );
      const read: string[] = [];
      const listen = (q: { sql: string }) => read.push(q.sql);
      db.on('query', listen);
      const counted = await computeKpiCounts(db, query, targets).finally(() => db.off('query', listen));
      expect(full.length).toBeGreaterThan(10);
      expect(countsOf(byGroup(counted.groups))).toEqual(countsOf(full));
      expect(read.filter((sql) => /kpi_day_buckets|_reasons`|sum\(p\.weekly_minutes\)/.test(sql))).toEqual(
        [],
      );
    }
  }, 60_000);

  it('write nothing for a read when no event changed since the last fold', async () => {
    const { db } = database;
    await foldKpiAggregates(db, END, settings, { rebuild: true });
    const state = await db('kpi_fold_state').first();
    const later = periodOfDates('2025-01-01', '2025-04-30', END + 3_600_000);
    const fromEvents = await kpisFromEvents(db, queryOf(later, ['provider']), targets);
    expect(split(await kpis(later, ['provider'])).counts).toEqual(split(byGroup(fromEvents.groups)).counts);
    expect(await db('kpi_fold_state').first()).toEqual(state);
  }, 60_000);
});
