import type { Knex } from 'knex';
import { londonDate } from '../../calendar/dates';
import { unreviewedD2a } from '../../packages/funding/reviews-due';
import { getPackage } from '../../packages/queries';
import { notify } from '../notify';
import { markTold } from './marks';

/**
 * Officers are told once of each discharge to assess review that has fallen due (due today or before,
 * not yet recorded: docs/specification/allocation.md §5.15); the mark is per package and due date.
 */
export async function reviewsFallingDue(db: Knex, now: number): Promise<number> {
  const due = await unreviewedD2a(db, { until: londonDate(now) });
  const keys = due.map((r) => `package.review-due:${r.id}:${r.review_due}`);
  const told = new Set((await db('notification_marks').whereIn('key', keys).pluck('key')).map(String));
  let sent = 0;
  for (const [i, row] of due.entries()) {
    if (told.has(keys[i]!)) continue;
    await db.transaction(async (trx) => {
      await markTold(trx, [keys[i]!], now);
      const pkg = await getPackage(trx, Number(row.id));
      await notify(
        trx,
        { type: 'review.due', pkg, reviewDue: row.review_due, fundedUntil: row.funded_until },
        now,
      );
    });
    sent += 1;
  }
  return sent;
}
