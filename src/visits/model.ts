/**
 * Visit records from electronic call monitoring (docs/visits.md; Compl21 §6.2 as read in
 * docs/specification/quality-and-performance.md §7.3): what a visit is, and how one is judged.
 * Pure: no SQL, no HTTP.
 */
import type { VisitsConfig } from '../config-visits';

/** The most visit records one JSON batch may carry (a CSV file may carry more). */
export const VISIT_BATCH_MAX = 5_000;

/** Two carers planned at every visit of a package that needs two (its typed needs), else one. */
export const carersPlannedFor = (needs: { twoCarers: boolean }) => (needs.twoCarers ? 2 : 1);

/** A checked visit row, before its package reference is resolved. */
export interface CheckedVisit {
  /** The row in the file (header = 1) or the item in the batch (first = 1). */
  row: number;
  packageReference: string;
  plannedStart: number;
  plannedMinutes: number;
  actualStart: number | null;
  actualEnd: number | null;
  /** Null: as planned when delivered, none when missed. */
  carersPresent: number | null;
}

/** A stored visit, as the package page and the API show it. */
export interface VisitRecord {
  plannedStart: number;
  plannedMinutes: number;
  actualStart: number | null;
  actualEnd: number | null;
  carersPlanned: number;
  carersPresent: number;
}

export const VISIT_OUTCOMES = ['planned', 'missed', 'delivered'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

export interface VisitJudgement {
  outcome: VisitOutcome;
  late: boolean;
  short: boolean;
  /** A two-carer visit delivered with fewer than two. */
  carerShort: boolean;
  /** Minutes after the planned start it began (negative: early); null unless delivered. */
  minutesLate: number | null;
  /** Minutes delivered; null unless delivered. */
  actualMinutes: number | null;
}

const MS_PER_MINUTE = 60_000;

/**
 * How a visit went, with the thresholds of docs/visits.md "What counts": missed when nobody came
 * and its late threshold has passed; still planned before then; otherwise delivered, and late when
 * it began more than `lateMinutes` after the planned start, short when it lasted less than
 * `shortShare` of the planned minutes.
 *
 * Example: planned 09:00 for 30 minutes, 15 minutes' grace, share 0.75; actual 09:20–09:40 →
 * delivered, late (20 > 15), short (20 < 22.5).
 */
export function judgeVisit(
  v: VisitRecord,
  settings: Pick<VisitsConfig, 'lateMinutes' | 'shortShare'>,
  now: number,
): VisitJudgement {
  if (v.actualStart === null || v.actualEnd === null) {
    const due = v.plannedStart + settings.lateMinutes * MS_PER_MINUTE;
    const outcome = due < now ? 'missed' : 'planned';
    return { outcome, late: false, short: false, carerShort: false, minutesLate: null, actualMinutes: null };
  }
  const minutesLate = Math.round((v.actualStart - v.plannedStart) / MS_PER_MINUTE);
  const actualMinutes = Math.round((v.actualEnd - v.actualStart) / MS_PER_MINUTE);
  return {
    outcome: 'delivered',
    late: v.actualStart - v.plannedStart > settings.lateMinutes * MS_PER_MINUTE,
    short: v.actualEnd - v.actualStart < settings.shortShare * v.plannedMinutes * MS_PER_MINUTE,
    carerShort: v.carersPlanned >= 2 && v.carersPresent < v.carersPlanned,
    minutesLate,
    actualMinutes,
  };
}
