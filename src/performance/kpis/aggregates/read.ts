/**
 * A period's KPIs from the daily aggregates (docs/quality-score.md "Aggregates"): the stored whole
 * London days summed in SQL (folded up to the period's asOf first), and the events of a part-day at
 * either end read directly. Null when the aggregates cannot answer — a funding-stream filter (not a
 * dimension of theirs), or an asOf before what is already folded — and the events are read instead.
 */
import { addDays, londonDate, londonMidnight } from '../../../calendar/dates';
import { monthOf } from '../../../calendar/months';
import type { Period } from '../../../calendar/periods';
import type { Db } from '../../../db/connect';
import { grouped } from '../grouping';
import { heldPackages, type HeldPackages } from '../held';
import type { KpiDimension, KpiGroup, PickUpTargets } from '../kpis';
import type { KpiQuery, KpiResult } from '../queries';
import { kpisOfPartial } from './assemble';
import { foldKpiAggregates } from './fold';
import { emptyPartial, mergePartial } from './partials';
import { rawPartials, type FoldSettings } from './raw';
import { summedDays, type SummedGroups } from './store';

export async function aggregatedKpis(
  db: Db,
  query: KpiQuery,
  targets: PickUpTargets,
): Promise<KpiResult | null> {
  if (query.filter?.fundingStream !== undefined) return null;
  const settings: FoldSettings = {
    quickResponseFraction: query.quickResponseFraction,
    handBackNoticeDays: query.handBackNoticeDays,
    targets,
  };
  const { period, groupBy } = query;
  const { foldedTo } = await foldKpiAggregates(db, period.asOf, settings);
  if (foldedTo !== period.asOf) return null;
  const end = Math.min(period.to, period.asOf);
  const split = daySplit(period);
  const summed: SummedGroups = split
    ? await summedDays(db, {
        days: split.days,
        histogramDays: { from: londonDate(period.from), to: addDays(londonDate(end - 1), 1) },
        groupBy,
        openMonth: monthOf(londonDate(period.asOf)),
        ...(query.filter ? { filter: query.filter } : {}),
        countsOnly: query.countsOnly === true,
      })
    : { groups: new Map(), partials: new Map() };
  const edges = split
    ? [
        [period.from, split.wholeFrom],
        [split.wholeTo, end],
      ]
    : [[period.from, end]];
  for (const [from, to] of edges) {
    if (from! < to!)
      await addRaw(db, summed, { query, settings, from: from!, to: to!, counts: split !== null });
  }
  const held = query.countsOnly === true ? grouped<HeldPackages>() : await heldPackages(db, query);
  for (const [key, group] of held.groups) if (!summed.groups.has(key)) summed.groups.set(key, group);
  if (groupBy.length === 0 && !summed.groups.has('')) summed.groups.set('', {});
  const notes: string[] = [];
  const groups = [...summed.groups].map(([key, group]) => {
    const partial = summed.partials.get(key) ?? emptyPartial();
    notes.push(...partial.notes);
    const heldNow = held.values.get(key) ?? { packages: 0, weeklyMinutes: 0 };
    return { group, kpis: kpisOfPartial(partial, heldNow, { percentiles: query.countsOnly !== true }) };
  });
  return { groups, notes };
}

/** Adds the events of [from, to) to the summed groups, regrouped by the query's dimensions. */
async function addRaw(
  db: Db,
  into: SummedGroups,
  edge: { query: KpiQuery; settings: FoldSettings; from: number; to: number; counts: boolean },
) {
  const { query, settings, from, to } = edge;
  const span = { from, to, asOf: query.period.asOf, ...(query.filter ? { filter: query.filter } : {}) };
  for (const { group, partial } of (await rawPartials(db, span, settings)).values()) {
    // Beside stored days, a part-day's durations are already in its whole day's histogram.
    if (edge.counts) partial.buckets.clear();
    const key = groupKey(group, query.groupBy);
    const had = into.partials.get(key);
    if (had) mergePartial(had, partial);
    else {
      into.groups.set(key, projected(group, query.groupBy));
      into.partials.set(key, partial);
    }
  }
}

const VALUE: Record<KpiDimension, (g: KpiGroup) => unknown> = {
  provider: (g) => g.providerId,
  zone: (g) => g.zoneId,
  band: (g) => g.band,
};

/** The key ../grouping.ts's keyOf gives the same group's row. */
const groupKey = (g: KpiGroup, groupBy: readonly KpiDimension[]) =>
  groupBy.map((d) => String(VALUE[d](g))).join('|');

function projected(g: KpiGroup, groupBy: readonly KpiDimension[]): KpiGroup {
  return {
    ...(groupBy.includes('provider') ? { providerId: g.providerId } : {}),
    ...(groupBy.includes('zone') ? { zoneId: g.zoneId } : {}),
    ...(groupBy.includes('band') ? { band: g.band } : {}),
  };
}

/**
 * The whole London days of the period the aggregates answer ([from, to) as dates), between the
 * instants `wholeFrom` and `wholeTo`. The day of asOf counts as whole when the period runs to asOf:
 * it was folded up to asOf too.
 */
function daySplit(period: Period) {
  const end = Math.min(period.to, period.asOf);
  const firstDay = londonDate(period.from);
  const from = londonMidnight(firstDay) === period.from ? firstDay : addDays(firstDay, 1);
  const lastDay = londonDate(end - 1);
  const lastWhole = end === period.asOf || londonMidnight(addDays(lastDay, 1)) === end;
  const to = lastWhole ? addDays(lastDay, 1) : lastDay;
  if (from >= to) return null;
  return { days: { from, to }, wholeFrom: londonMidnight(from), wholeTo: Math.min(londonMidnight(to), end) };
}
