import type { Queryable } from '../db/connect';
import { loadRateCards } from '../pricing/queries';
import { calculatePayments, type Payments } from './calculate';
import { careStretches, negotiatedRates, type StretchFilter } from './queries';

/**
 * What placed care cost in a period, at the rates paid each day (docs/payments.md): a row per package
 * and provider, for `GET /exports/payments`. The coverage report's `periodCost` and the budget position
 * need only the totals and take them from ./totals.ts, which prices the same way in SQL.
 */
export async function paymentsForPeriod(db: Queryable, filter: StretchFilter): Promise<Payments> {
  const [stretches, cards, negotiated] = await Promise.all([
    careStretches(db, filter),
    loadRateCards(db),
    negotiatedRates(db),
  ]);
  return calculatePayments(stretches, { from: filter.from, to: filter.to }, { cards, negotiated });
}
