/**
 * Visit KPIs (docs/visits.md "KPIs"): per provider, zone and/or band, over visits planned in a
 * period, summed in SQL from the daily aggregate and the visit rows beside it (docs/visits.md "Aggregate"). The same counts
 * feed the quality score through `visitPunctuality` (docs/quality-score.md "Visit punctuality").
 */
import type { VisitsConfig } from '../config-visits';
import type { Queryable } from '../db/connect';
import type { Period } from '../calendar/periods';
import { aggregatedTallies } from './aggregates/read';
import {
  inGroupOrder,
  MS_PER_MINUTE,
  rawTallies,
  type GroupTally,
  type Thresholds,
  type VisitTally,
} from './aggregates/raw';

export const VISIT_DIMENSIONS = ['provider', 'zone', 'band'] as const;
export type VisitDimension = (typeof VISIT_DIMENSIONS)[number];

export interface VisitFilter {
  providerId?: number;
  zoneId?: string;
  band?: string;
}

export interface VisitCounts {
  /** Visits planned in the period that are due: delivered, or missed (not still to come). */
  due: number;
  delivered: number;
  missed: number;
  late: number;
  short: number;
  twoCarerVisits: number;
  /** Two-carer visits delivered with fewer carers than planned. */
  twoCarerWithFewer: number;
  /** Delivered and not late; `punctualPct` is this over `due`. */
  punctual: number;
  punctualPct: number | null;
}

export interface VisitGroup {
  providerId?: number;
  zoneId?: string;
  band?: string;
}

const pct = (n: number, d: number) => (d > 0 ? Math.round((1000 * n) / d) / 10 : null);

export interface VisitQuery {
  period: Period;
  groupBy: readonly VisitDimension[];
  filter: VisitFilter;
  settings: Thresholds;
}

/**
 * Counts per group of the visits planned in [period.from, period.to), judged at period.asOf: the
 * whole days already judged from the daily aggregate, the rest from the visit rows
 * (./aggregates/read.ts); all from the rows when the aggregate cannot answer.
 */
export async function visitCounts(
  db: Queryable,
  input: VisitQuery,
): Promise<{ group: VisitGroup; counts: VisitCounts }[]> {
  return countedGroups((await aggregatedTallies(db, input)) ?? (await tallyRows(db, input)), input);
}

/** The same counts read from the visit rows alone: what the aggregate is checked against. */
export async function visitCountsFromRows(
  db: Queryable,
  input: VisitQuery,
): Promise<{ group: VisitGroup; counts: VisitCounts }[]> {
  return countedGroups(await tallyRows(db, input), input);
}

const tallyRows = (db: Queryable, { period, settings, ...rest }: VisitQuery) =>
  rawTallies(db, {
    ...rest,
    settings,
    from: period.from,
    to: period.to,
    dueBefore: period.asOf - settings.lateMinutes * MS_PER_MINUTE,
  });

const countedGroups = (tallies: Map<string, GroupTally>, { groupBy }: VisitQuery) =>
  inGroupOrder([...tallies.values()], groupBy).map(({ group, tally }) => ({
    group,
    counts: countsOf(tally),
  }));

function countsOf(t: VisitTally): VisitCounts {
  return {
    due: t.due,
    delivered: t.delivered,
    missed: t.due - t.delivered,
    late: t.late,
    short: t.short,
    twoCarerVisits: t.twoCarer,
    twoCarerWithFewer: t.twoCarerFewer,
    punctual: t.delivered - t.late,
    punctualPct: pct(t.delivered - t.late, t.due),
  };
}

/** Punctuality of one provider in one zone over the score window: the score's one read of visits. */
export interface Punctuality {
  /** Visits due in the window (delivered or missed). */
  due: number;
  /** Of those, delivered no later than the late threshold. */
  punctual: number;
}

/**
 * The seam between visit records and the quality score (docs/quality-score.md "Visit
 * punctuality"): each provider's punctuality per zone over the score window, keyed
 * 'providerId|zoneId'. A provider and zone with no visits due is absent.
 */
export async function visitPunctuality(
  db: Queryable,
  input: { period: Period; settings: Pick<VisitsConfig, 'lateMinutes' | 'shortShare'> },
): Promise<Map<string, Punctuality>> {
  const groups = await visitCounts(db, { ...input, groupBy: ['provider', 'zone'], filter: {} });
  return new Map(
    groups.map(({ group, counts }) => [
      `${group.providerId}|${group.zoneId}`,
      { due: counts.due, punctual: counts.punctual },
    ]),
  );
}
