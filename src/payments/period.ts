import type { Queryable } from '../db/connect';
import { loadRateCards } from '../pricing/queries';
import { calculatePayments, type Payments } from './calculate';
import { careStretches, negotiatedRates, type StretchFilter } from './queries';

/**
 * What placed care cost in a period, at the rates paid each day (docs/payments.md): the one function
 * behind `GET /exports/payments` and the coverage report's `periodCost`, so the two agree to the penny.
 * The budget position (./budget-position.ts) prices its own spans with the same `calculatePayments`.
 */
export async function paymentsForPeriod(db: Queryable, filter: StretchFilter): Promise<Payments> {
  const [stretches, cards, negotiated] = await Promise.all([
    careStretches(db, filter),
    loadRateCards(db),
    negotiatedRates(db),
  ]);
  return calculatePayments(stretches, { from: filter.from, to: filter.to }, { cards, negotiated });
}
