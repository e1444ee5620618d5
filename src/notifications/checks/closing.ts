import type { Knex } from 'knex';
import type { Config } from '../../config';
import { getPackage } from '../../packages/queries';
import { notify } from '../notify';
import { markTold, notToldYet } from './marks';

/**
 * Reminds providers of an offer still unanswered when a fraction of its window has passed
 * (OFFER_CLOSING_WARNING_FRACTION, default three quarters). Runs with the brokerage sweep, every minute.
 */
export async function warnClosingOffers(
  services: { db: Knex; config: Config },
  now: number,
): Promise<number> {
  const { db } = services;
  const fraction = services.config.notifications.closingWarningFraction;
  const rows: { id: number; package_id: number; deadline_at: number }[] = await notToldYet(
    db('offers as o')
      .join('brokerage_rounds as r', 'r.id', 'o.round_id')
      .where('o.status', 'pending')
      .whereNull('r.closed_at')
      .where('o.deadline_at', '>', now)
      .whereRaw('o.sent_at + (o.deadline_at - o.sent_at) * cast(? as double precision) <= ?', [
        fraction,
        now,
      ]),
    'offer.closing',
    'o.id',
  )
    .orderBy('o.id')
    .limit(500)
    .select('o.id', 'o.package_id', 'o.deadline_at');
  const byPackage = new Map<number, { offerIds: number[]; deadline: number }>();
  for (const r of rows) {
    const entry = byPackage.get(Number(r.package_id)) ?? { offerIds: [], deadline: Number(r.deadline_at) };
    entry.offerIds.push(Number(r.id));
    byPackage.set(Number(r.package_id), entry);
  }
  for (const [packageId, { offerIds, deadline }] of byPackage) {
    await db.transaction(async (trx) => {
      await markTold(
        trx,
        offerIds.map((id) => `offer.closing:${id}`),
        now,
      );
      const pkg = await getPackage(trx, packageId);
      await notify(trx, { type: 'offers.closing', pkg, offerIds, windowEndsAt: deadline }, now);
    });
  }
  return rows.length;
}
