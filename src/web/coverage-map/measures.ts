/**
 * The coverage page's figures (docs/specification/roles-and-stories.md §9.4, stories C1–C3, C6):
 * one row per zone taken from the coverage report (src/reports), the measures the map can be
 * coloured by, the table's sort and the map's classes and legend. Pure functions: the page and its
 * tests share them.
 */
import type { AreaReport, CoverageReport, Rag } from '../../reports/model';
import { money } from '../format';
import type { SortOrder } from '../../http/params';

export interface CoverageRow {
  zoneId: string;
  zoneName: string;
  placedWeeklyHours: number;
  placedPackages: number;
  plannedWeeklyHours: number;
  /** Hours a week of packages waiting to be placed (brokering or unplaced) as at the report's instant. */
  unplacedWeeklyHours: number;
  waitingPackages: number;
  awards: number;
  /** Of the period's awards, the share picked up within the target; null with no awards. */
  withinTargetPct: number | null;
  capacityWeeklyHours: number;
  /** Declared capacity as a share of the zone's planned hours (July 2019); null without a plan. */
  capacityPctOfPlanned: number | null;
  weeklyCostPence: number;
  primes: number;
  minPrimes: number | null;
  rag: Rag | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function rowOf(area: AreaReport): CoverageRow {
  const planned = area.demand.plannedWeeklyHoursJuly2019;
  const capacity = area.framework.capacity.declaredWeeklyHours;
  return {
    zoneId: area.area.id,
    zoneName: area.area.name,
    placedWeeklyHours: area.demand.placedWeeklyHours,
    placedPackages: area.demand.placedPackages,
    plannedWeeklyHours: planned,
    unplacedWeeklyHours: area.unmetNeed.weeklyHours,
    waitingPackages: area.unmetNeed.packages,
    awards: area.pickUp.all.awards,
    withinTargetPct: area.pickUp.all.withinTargetPct,
    capacityWeeklyHours: capacity,
    capacityPctOfPlanned: planned > 0 ? round1((100 * capacity) / planned) : null,
    weeklyCostPence: area.cost.atRatesInForce.weeklyPence,
    primes: area.framework.primes.count,
    minPrimes: area.framework.primes.minimum,
    rag: area.rag.overall,
  };
}

export function coverageRows(report: CoverageReport): { zones: CoverageRow[]; county: CoverageRow } {
  return { zones: report.zones.map(rowOf), county: rowOf(report.county) };
}

// --- Measures the map can be coloured by ---------------------------------------------------------

export const MEASURES = ['unplaced-hours', 'pick-up', 'capacity', 'cost', 'placed-hours'] as const;
export type MeasureId = (typeof MEASURES)[number];

interface MeasureDef {
  /** As the chooser and the legend's title say it. */
  label: string;
  value(row: CoverageRow): number | null;
  /** A value as the legend says it. */
  format(value: number): string;
  /** Fixed class width (percentages); otherwise a "nice" fifth of the largest value. */
  step?: number;
}

const hoursText = (h: number) => `${Number(h.toFixed(2))} ${h === 1 ? 'hour' : 'hours'}`;
const pounds = (pence: number) => money(pence).replace(/\.00$/, '');

export const MEASURE_DEFS: Record<MeasureId, MeasureDef> = {
  'unplaced-hours': {
    label: 'Unplaced hours a week (packages waiting)',
    value: (r) => r.unplacedWeeklyHours,
    format: hoursText,
  },
  'pick-up': {
    label: 'Packages picked up within target (%)',
    value: (r) => r.withinTargetPct,
    format: (v) => `${v}%`,
    step: 25,
  },
  capacity: {
    label: 'Declared capacity against planned hours (%)',
    value: (r) => r.capacityPctOfPlanned,
    format: (v) => `${v}%`,
  },
  cost: {
    label: 'Weekly cost of placed care',
    value: (r) => r.weeklyCostPence,
    format: pounds,
  },
  'placed-hours': {
    label: 'Placed hours a week',
    value: (r) => r.placedWeeklyHours,
    format: hoursText,
  },
};

export const isMeasure = (value: unknown): value is MeasureId =>
  (MEASURES as readonly unknown[]).includes(value);

// --- Sorting ----------------------------------------------------------------------------------------

export const SORT_KEYS = [
  'zone',
  'placed-hours',
  'unplaced-hours',
  'pick-up',
  'capacity',
  'cost',
  'rag',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const RAG_ORDER: Record<Rag, number> = { green: 0, amber: 1, red: 2 };

/** The value a column sorts by: a number, or the zone's name. */
export function sortValue(row: CoverageRow, key: SortKey): number | string | null {
  if (key === 'zone') return row.zoneName;
  if (key === 'rag') return row.rag === null ? null : RAG_ORDER[row.rag];
  return MEASURE_DEFS[key].value(row);
}

/**
 * Rows sorted by a column; a zone without a value (no awards yet, say) comes last either way, and
 * ties keep the zone-name order.
 * @example sortRows(rows, 'unplaced-hours', 'desc') // the zone with most hours waiting first
 */
export function sortRows(rows: readonly CoverageRow[], key: SortKey, order: SortOrder): CoverageRow[] {
  const byName = [...rows].sort((a, b) => a.zoneName.localeCompare(b.zoneName));
  const sign = order === 'asc' ? 1 : -1;
  return byName.sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    if (typeof x === 'string' || typeof y === 'string') return sign * String(x).localeCompare(String(y));
    return sign * (x - y);
  });
}

// --- Map classes and legend -------------------------------------------------------------------------

/** Class 0 is exactly zero; classes 1–4 split (0, top] evenly; 'none' is a zone with no value. */
export type MapClass = 0 | 1 | 2 | 3 | 4 | 'none';
export const CLASS_COUNT = 4;

/** The smallest of 1, 2, 2.5, 5 × 10^k at or above x. @example niceStep(37) // 50 */
export function niceStep(x: number): number {
  if (x <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= x - 1e-9) return m * power;
  return 10 * power;
}

export interface Legend {
  title: string;
  items: { mapClass: MapClass; text: string }[];
  classOf: Record<string, MapClass>;
}

/**
 * The map's colour classes for a measure: 0 alone (nothing waiting is worth seeing at a glance),
 * then four equal steps up to a round number at or above the largest value.
 * @example legendFor('placed-hours', rows) // one zone at 10 hours: "0 hours", "Up to 2.5 hours" … "7.5 hours to 10 hours"
 */
export function legendFor(measure: MeasureId, rows: readonly CoverageRow[]): Legend {
  const def = MEASURE_DEFS[measure];
  const values = rows.map((r) => def.value(r));
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  const step = def.step ?? niceStep(max / CLASS_COUNT);
  const classOf: Record<string, MapClass> = {};
  rows.forEach((row, i) => {
    const v = values[i]!;
    classOf[row.zoneId] =
      v === null ? 'none' : v <= 0 ? 0 : (Math.min(CLASS_COUNT, Math.ceil(v / step - 1e-9)) as MapClass);
  });
  const items: Legend['items'] = [{ mapClass: 0, text: def.format(0) }];
  if (max > 0) {
    for (let c = 1; c <= CLASS_COUNT; c += 1) {
      items.push({
        mapClass: c as MapClass,
        text:
          c === 1 ? `Up to ${def.format(step)}` : `${def.format((c - 1) * step)} to ${def.format(c * step)}`,
      });
    }
  }
  if (values.includes(null)) items.push({ mapClass: 'none', text: 'No data' });
  return { title: def.label, items, classOf };
}
