/**
 * The visit KPIs from the daily aggregate (docs/visits.md "Aggregate") against the same KPIs read
 * from the visit rows alone, over a generated history of uploads as providers make them: most the
 * next morning, one provider three days late, missed visits re-uploaded as delivered days later,
 * visits planned ahead and later delivered, a visit re-recorded by another provider, and a package
 * moving band. Checked at instants inside the late threshold, over periods with part-days at both
 * ends, for every grouping and filter; folded day by day, then rebuilt, and folded twice at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../seeds/demo/prng';
import { SYSTEM_ACTOR } from '../../src/auth/roles';
import { addDays, londonMidnight } from '../../src/calendar/dates';
import { periodOfDates, trailingPeriod, type Period } from '../../src/calendar/periods';
import { aggregatedTallies } from '../../src/visits/aggregates/read';
import { foldVisitAggregates } from '../../src/visits/aggregates/fold';
import { rebuildVisitAggregates } from '../../src/visits/aggregates/rebuild';
import {
  visitCounts,
  visitCountsFromRows,
  type VisitDimension,
  type VisitFilter,
} from '../../src/visits/kpis';
import { upsertVisits, type VisitRow } from '../../src/visits/queries';
import { buildPackage, buildProvider, ensureReference } from '../factories';
import { createMigratedDatabase, type TestDatabase } from '../helpers/db';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const settings = { lateMinutes: 15, shortShare: 0.75 };
/** The history runs across the spring clock change (29 March 2026): London days of 23 hours too. */
const FIRST_DAY = '2026-03-10';
const DAYS = 30;
const SLOTS = [8, 12.5, 18, 22];

interface Pkg {
  id: number;
  providerId: number;
  carers: number;
}

let database: TestDatabase;
let providers: number[];
let zones: string[];
let packages: Pkg[];
const random = mulberry32(20260310);

beforeAll(async () => {
  database = await createMigratedDatabase();
  const db = database.db;
  await ensureReference(db);
  zones = ((await db('zones').orderBy('id').limit(3).pluck('id')) as string[]).map(String);
  providers = [];
  for (let i = 0; i < 3; i += 1) providers.push(await buildProvider(db));
  packages = [];
  for (let i = 0; i < 12; i += 1) {
    const twoCarers = i % 4 === 0;
    const providerId = providers[i % 3]!;
    const id = await buildPackage(db, {
      zoneId: zones[i % 3]!,
      band: ['urban', 'fringe', 'rural', 'isolated'][i % 4]!,
      providerId,
      status: 'active',
      needs: { twoCarers },
      reference: `SU-AGG-${i}`,
    });
    packages.push({ id, providerId, carers: twoCarers ? 2 : 1 });
  }
}, 60_000);
afterAll(() => database.destroy());

const at = (day: string, hours: number) => londonMidnight(day) + hours * HOUR;

/** A visit as its provider's monitoring system reports it: mostly on time, some late, short, missed. */
function reported(
  pkg: Pkg,
  plannedStart: number,
  recordedAt: number,
  outcome?: 'missed' | 'planned',
): VisitRow {
  const base = {
    package_id: pkg.id,
    provider_id: pkg.providerId,
    planned_start: plannedStart,
    planned_minutes: 30,
    carers_planned: pkg.carers,
    recorded_at: recordedAt,
    recorded_by: null,
  };
  const draw = random();
  if (outcome || draw < 0.12) return { ...base, actual_start: null, actual_end: null, carers_present: 0 };
  // Exactly 15 minutes late is on time; 16 is late.
  const lateBy = draw < 0.25 ? 16 + Math.floor(random() * 30) : draw < 0.3 ? 15 : Math.floor(random() * 10);
  const minutes = draw > 0.9 ? 15 + Math.floor(random() * 7) : 22 + Math.floor(random() * 15);
  const start = plannedStart + lateBy * MINUTE;
  const carersPresent = pkg.carers === 2 && random() < 0.3 ? 1 : pkg.carers;
  return {
    ...base,
    actual_start: start,
    actual_end: start + minutes * MINUTE,
    carers_present: carersPresent,
  };
}

const visitsOf = (pkgs: Pkg[], day: string, recordedAt: number, outcome?: 'missed' | 'planned') =>
  pkgs.flatMap((p) => SLOTS.map((h) => reported(p, at(day, h), recordedAt, outcome)));

/** One morning's uploads, at 07:00 London on `today`. */
async function uploadsOf(today: string, index: number) {
  const db = database.db;
  const now = at(today, 7);
  const yesterday = addDays(today, -1);
  const [onTime, slow, ahead] = providers.map((id) => packages.filter((p) => p.providerId === id));
  const rows = [...visitsOf(onTime!, yesterday, now)];
  // The third provider sends three days at once, every third morning.
  if (index % 3 === 0)
    for (let back = 1; back <= 3; back += 1) rows.push(...visitsOf(slow!, addDays(today, -back), now));
  // The second provider sends yesterday's as delivered, and its plan for tomorrow (not yet due).
  rows.push(...visitsOf(ahead!, yesterday, now), ...visitsOf(ahead!, addDays(today, 1), now, 'planned'));
  await upsertVisits(db, rows);
  // Four days on, the first provider's missed visits are found delivered after all.
  const fourDaysAgo = addDays(today, -4);
  const missed = (await db('visits')
    .whereIn(
      'package_id',
      onTime!.map((p) => p.id),
    )
    .whereNull('actual_start')
    .where('planned_start', '>=', londonMidnight(fourDaysAgo))
    .where('planned_start', '<', londonMidnight(addDays(fourDaysAgo, 1)))
    .select('package_id', 'planned_start')) as { package_id: number; planned_start: number }[];
  const corrected = missed.map((m) => {
    const pkg = packages.find((p) => p.id === Number(m.package_id))!;
    const start = Number(m.planned_start) + 5 * MINUTE;
    return {
      ...reported(pkg, Number(m.planned_start), now),
      actual_start: start,
      actual_end: start + 30 * MINUTE,
      carers_present: pkg.carers,
    };
  });
  if (corrected.length > 0) await upsertVisits(db, corrected);
  return { now, corrected: corrected.length };
}

const SHAPES: { groupBy: VisitDimension[]; filter: () => VisitFilter }[] = [
  { groupBy: [], filter: () => ({}) },
  { groupBy: ['provider'], filter: () => ({}) },
  { groupBy: ['provider', 'zone'], filter: () => ({}) },
  { groupBy: ['band', 'provider', 'zone'], filter: () => ({ zoneId: zones[1]! }) },
  { groupBy: ['zone', 'band'], filter: () => ({ providerId: providers[1]! }) },
  { groupBy: ['provider'], filter: () => ({ band: 'urban', providerId: providers[0]! }) },
];

function periodsAt(today: string, asOf: number): Period[] {
  return [
    periodOfDates(addDays(today, -20), today, asOf),
    // From April on, the whole of March comes from the monthly roll-up.
    periodOfDates('2026-02-20', today, asOf),
    trailingPeriod(asOf, 14),
    // Part-days at both ends, ending before asOf.
    { from: at(addDays(today, -9), 5) + 7 * MINUTE, to: at(addDays(today, -2), 13), asOf },
    // Ending after asOf: the plan for tomorrow is not yet due.
    { from: at(addDays(today, -3), 3), to: londonMidnight(addDays(today, 2)), asOf },
    // No whole day at all.
    { from: asOf - 2 * HOUR, to: asOf + HOUR, asOf },
  ];
}

/** Every period and shape at `asOf`: the aggregate's answer equals the rows'. */
async function expectSameAsRows(today: string, asOf: number, s = settings) {
  for (const period of periodsAt(today, asOf)) {
    for (const shape of SHAPES) {
      const input = { period, groupBy: shape.groupBy, filter: shape.filter(), settings: s };
      const fromRows = await visitCountsFromRows(database.db, input);
      expect(await visitCounts(database.db, input), JSON.stringify({ period, shape })).toEqual(fromRows);
    }
  }
}

const stored = async () => ({
  days: await database.db('visit_day_counts').orderBy(['day', 'provider_id', 'zone_id', 'band']).select(),
  months: await database
    .db('visit_month_counts')
    .orderBy(['month', 'provider_id', 'zone_id', 'band'])
    .select(),
  packages: await database.db('visit_fold_packages').orderBy('package_id').select(),
});

describe('visit KPIs from the daily aggregate', () => {
  let lastDay = FIRST_DAY;

  it('equal the KPIs read from the visit rows, morning after morning of uploads', async () => {
    let corrections = 0;
    for (let i = 0; i < DAYS; i += 1) {
      const today = addDays(FIRST_DAY, i);
      lastDay = today;
      const { now, corrected } = await uploadsOf(today, i);
      corrections += corrected;
      if (i === 12) {
        // A visit re-recorded by another provider (a package taken over mid-week).
        const visit = await database.db('visits').where('package_id', packages[0]!.id).first();
        await upsertVisits(database.db, [
          { ...visit, id: undefined, provider_id: providers[2]!, recorded_at: now } as VisitRow,
        ]);
      }
      if (i === 20) {
        // A band override: every visit of the package now counts under its new band.
        await database
          .db('packages')
          .where('id', packages[1]!.id)
          .update({ band: 'isolated', updated_at: now });
      }
      if (i % 4 !== 3 && i !== DAYS - 1) {
        // Fold anyway, as the nightly score run does, without checking every shape.
        await foldVisitAggregates(database.db, now, settings);
        continue;
      }
      // 07:00, 08:10 (the 08:00 visits not yet due), 08:20 (due, missed until uploaded).
      for (const asOf of [now, now + 70 * MINUTE, now + 80 * MINUTE]) await expectSameAsRows(today, asOf);
      // The aggregate answered (it was not the rows throughout).
      const period = periodOfDates(addDays(today, -20), today, now + 80 * MINUTE);
      expect(
        await aggregatedTallies(database.db, { period, groupBy: [], filter: {}, settings }),
      ).not.toBeNull();
    }
    expect(corrections).toBeGreaterThan(0);
    const byBand = await visitCounts(database.db, {
      period: periodOfDates(FIRST_DAY, lastDay, at(lastDay, 9)),
      groupBy: ['band'],
      filter: { zoneId: zones[1]! },
      settings,
    });
    // Package 1, zone 1's only fringe package, moved to isolated: zone 1 has no fringe visits left.
    expect(byBand.map((g) => g.group.band)).toEqual(['isolated', 'rural', 'urban']);
  }, 240_000);

  it('hold what a rebuild from the rows holds, and the rebuild is audited', async () => {
    const folded = await stored();
    expect(folded.days.length).toBeGreaterThan(DAYS);
    const rebuilt = await rebuildVisitAggregates({
      db: database.db,
      actor: SYSTEM_ACTOR,
      now: at(lastDay, 9),
      settings,
    });
    expect(rebuilt.rebuilt).toBe(true);
    expect(await stored()).toEqual(folded);
    const audit = await database.db('audit_events').where({ action: 'visit-aggregates.rebuild' }).first();
    expect(audit).toMatchObject({ entity_type: 'visit-aggregates', entity_id: 'all' });
  });

  it('count each upload once when two instances fold at once', async () => {
    const today = addDays(lastDay, 1);
    const { now } = await uploadsOf(today, 0);
    await Promise.all([
      foldVisitAggregates(database.db, now, settings),
      foldVisitAggregates(database.db, now + 1, settings),
    ]);
    const folded = await stored();
    await rebuildVisitAggregates({ db: database.db, actor: SYSTEM_ACTOR, now: now + 2, settings });
    expect(await stored()).toEqual(folded);
    await expectSameAsRows(today, now + 3);
  });

  it('write nothing on a read that finds nothing new to fold, and fold the next upload', async () => {
    const today = addDays(lastDay, 2);
    const { now } = await uploadsOf(today, 1);
    const state = () => database.db('visit_fold_state').first('lock_version', 'folded_to', 'last_visit_id');
    // Past the overlap after the upload: this read folds it in for good.
    await expectSameAsRows(today, now + 30 * MINUTE);
    const folded = await state();
    expect(Number(folded.folded_to)).toBe(now + 30 * MINUTE);
    // Nothing recorded since: the reads answer from the aggregate without touching the state row.
    await expectSameAsRows(today, now + 60 * MINUTE);
    const period = periodOfDates(addDays(today, -20), today, now + 90 * MINUTE);
    expect(
      await aggregatedTallies(database.db, { period, groupBy: [], filter: {}, settings }),
    ).not.toBeNull();
    expect(await state()).toEqual(folded);
    // The next morning's upload is found from the unchanged watermark.
    const next = await uploadsOf(addDays(today, 1), 2);
    await expectSameAsRows(addDays(today, 1), next.now + 30 * MINUTE);
    expect(Number((await state()).lock_version)).toBeGreaterThan(Number(folded.lock_version));
  });

  it('follow changed thresholds, and read the rows when asked as at an instant before the watermark', async () => {
    const today = addDays(lastDay, 1);
    const before = at(addDays(today, -5), 7);
    const period = periodOfDates(addDays(today, -20), addDays(today, -5), before);
    expect(await aggregatedTallies(database.db, { period, groupBy: [], filter: {}, settings })).toBeNull();
    await expectSameAsRows(addDays(today, -5), before);
    // Other thresholds rebuild the aggregate with them.
    await expectSameAsRows(today, at(today, 10), { lateMinutes: 10, shortShare: 0.5 });
    expect(await database.db('visit_fold_state').first('settings_json')).toEqual({
      settings_json: JSON.stringify({ lateMinutes: 10, shortShare: 0.5 }),
    });
  });
});
