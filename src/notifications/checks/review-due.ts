import type { Knex } from 'knex';
import { londonDate } from '../../calendar/dates';
import { unreviewedD2a } from '../../packages/funding/reviews-due';
import { packagesById } from '../../packages/queries';
import { toldOnce } from './marks';

/**
 * Officers are told once of each discharge to assess review that has fallen due (due today or before,
 * not yet recorded: docs/specification/allocation.md §5.15); the mark is per package and due date.
 */
export async function reviewsFallingDue(db: Knex, now: number): Promise<number> {
  const due = await unreviewedD2a(db, { until: londonDate(now) });
  const keys = due.map((r) => `package.review-due:${r.id}:${r.review_due}`);
  const told = new Set((await db('notification_marks').whereIn('key', keys).pluck('key')).map(String));
  const fresh = due.filter((_, i) => !told.has(keys[i]!));
  await toldOnce(db, now, {
    keys: keys.filter((key) => !told.has(key)),
    events: async (trx) => {
      const packages = await packagesById(
        trx,
        fresh.map((row) => Number(row.id)),
      );
      return fresh.map((row) => ({
        type: 'review.due' as const,
        pkg: packages.get(Number(row.id))!,
        reviewDue: row.review_due,
        fundedUntil: row.funded_until,
      }));
    },
  });
  return fresh.length;
}
