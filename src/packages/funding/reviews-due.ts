import { addDays, londonDate } from '../../calendar/dates';
import type { Queryable } from '../../db/connect';
import { REVIEWABLE_STATUSES } from './review';

/** A week of reviews ahead: due today and the six days after it (docs/specification/allocation.md §5.15). */
export const REVIEW_WEEK_DAYS = 7;

export interface ReviewDue {
  packageId: number;
  reference: string | null;
  zone: { id: string; name: string };
  band: string;
  status: string;
  weeklyHours: number;
  fundedUntil: string;
  reviewDue: string;
  overdue: boolean;
  version: number;
}

interface ReviewDueRow {
  id: number;
  reference: string | null;
  zone_id: string;
  zone_name: string;
  band: string;
  status: string;
  weekly_minutes: number;
  funded_until: string;
  review_due: string;
  version: number;
}

/** D2A packages still open whose review is not recorded and is due on or before `until`, oldest first. */
export async function unreviewedD2a(
  db: Queryable,
  filter: { until: string; zone?: string | undefined },
): Promise<ReviewDueRow[]> {
  return db('packages as p')
    .join('zones as z', 'z.id', 'p.zone_id')
    .where('p.funding_stream', 'd2a')
    .whereNull('p.review_outcome')
    .whereIn('p.status', REVIEWABLE_STATUSES)
    .where('p.review_due', '<=', filter.until)
    .modify((q) => {
      if (filter.zone) q.where('p.zone_id', filter.zone);
    })
    .orderBy([{ column: 'p.review_due' }, { column: 'p.id' }])
    .select(
      'p.id',
      'p.reference',
      'p.zone_id',
      'z.name as zone_name',
      'p.band',
      'p.status',
      'p.weekly_minutes',
      'p.funded_until',
      'p.review_due',
      'p.version',
    );
}

/** The reviews officers must hold: overdue (before today) and due this week (today to six days ahead). */
export async function reviewsDue(db: Queryable, filter: { now: number; zone?: string | undefined }) {
  const today = londonDate(filter.now);
  const rows = await unreviewedD2a(db, { until: addDays(today, REVIEW_WEEK_DAYS - 1), zone: filter.zone });
  const items: ReviewDue[] = rows.map((r) => ({
    packageId: Number(r.id),
    reference: r.reference,
    zone: { id: r.zone_id, name: r.zone_name },
    band: r.band,
    status: r.status,
    weeklyHours: Number(r.weekly_minutes) / 60,
    fundedUntil: r.funded_until,
    reviewDue: r.review_due,
    overdue: r.review_due < today,
    version: Number(r.version),
  }));
  return { today, overdue: items.filter((i) => i.overdue), dueThisWeek: items.filter((i) => !i.overdue) };
}
