/**
 * Committed annual cost against budget per funding stream (story C3; docs/payments.md "Budgets").
 * Exported for the scrutiny summary and the coverage report.
 */
import { addDays, type IsoDate } from '../calendar/dates';
import type { Queryable } from '../db/connect';
import { FUNDING_STREAMS, type FundingStream } from '../packages/model';
import { budgetsOfYear } from './budgets';
import { paymentTotalsFor, type PaymentTotals, type TotalsFilter } from './totals';

export const PROJECTION_METHOD =
  'Committed cost = spent so far + projected to the year end. Spent so far: the payments calculation ' +
  '(each day of care at the rate paid that day) from 1 April to the day of the report. Projected: every ' +
  'package in care on that day carries on at its current weekly hours to 31 March (or to its known last ' +
  'day, e.g. a hand-back’s last visit), priced day by day at the rates in force, including rate cards ' +
  'and negotiated rates already recorded for later dates. Packages awaiting a start are not counted.';

/** The financial year (April–March) a day falls in, named by the year its April is in. */
export function financialYearOf(day: IsoDate): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 4 ? year : year - 1;
}

export interface StreamPosition {
  fundingStream: FundingStream;
  budgetPence: number | null;
  budgetVersion: number | null;
  spentPence: number;
  projectedPence: number;
  committedPence: number;
  /** budget − committed: negative means an overspend is committed; null without a budget. */
  headroomPence: number | null;
}

export interface BudgetPosition {
  financialYear: number;
  from: IsoDate;
  to: IsoDate;
  /** The last day counted as spent. */
  day: IsoDate;
  method: string;
  streams: StreamPosition[];
  total: Omit<StreamPosition, 'fundingStream' | 'budgetVersion'>;
}

/**
 * The position of a financial year on `day`: spent from 1 April to `day` (nothing if the year has
 * not begun), projected from the day after to 31 March (nothing once the year is over).
 *
 * @example budgetPosition(db, { day: '2026-10-01' }) // year 2026: spent 1 Apr–1 Oct, projected 2 Oct–31 Mar
 */
export async function budgetPosition(
  db: Queryable,
  when: { day: IsoDate; financialYear?: number },
): Promise<BudgetPosition> {
  return (await budgetPositionWith(db, when, [])).position;
}

/**
 * The budget position and the payment totals of other windows, priced from one read of the care
 * stretches (./totals.ts `paymentTotalsFor`): the coverage report's period cost comes with it.
 */
export async function budgetPositionWith(
  db: Queryable,
  { day, financialYear = financialYearOf(day) }: { day: IsoDate; financialYear?: number },
  others: readonly TotalsFilter[],
): Promise<{ position: BudgetPosition; others: PaymentTotals[] }> {
  const from = `${financialYear}-04-01`;
  const to = `${financialYear + 1}-03-31`;
  const spentTo = day < to ? day : to;
  const projectedFrom = addDays(day, 1) > from ? addDays(day, 1) : from;
  // The same figures as calculatePayments over every stretch of the year (./totals.ts).
  const [[spent, projected, ...priced], budgets] = await Promise.all([
    paymentTotalsFor(db, [
      { from, to: spentTo },
      // Care still going on the day is assumed to carry on; care that has stopped by then is not.
      { from, to, pricedFrom: projectedFrom, ongoingOn: day },
      ...others,
    ]),
    budgetsOfYear(db, financialYear),
  ]);
  const streams = FUNDING_STREAMS.map((fundingStream): StreamPosition => {
    const budget = budgets.find((b) => b.fundingStream === fundingStream);
    const spentPence = spent!.byFundingStream[fundingStream].amountPence;
    const projectedPence = projected!.byFundingStream[fundingStream].amountPence;
    const committedPence = spentPence + projectedPence;
    return {
      fundingStream,
      budgetPence: budget?.amountPence ?? null,
      budgetVersion: budget?.version ?? null,
      spentPence,
      projectedPence,
      committedPence,
      headroomPence: budget ? budget.amountPence - committedPence : null,
    };
  });
  const sum = (of: (s: StreamPosition) => number) => streams.reduce((acc, s) => acc + of(s), 0);
  const budgeted = streams.filter((s) => s.budgetPence !== null);
  const budgetPence = budgeted.length === 0 ? null : sum((s) => s.budgetPence ?? 0);
  const position: BudgetPosition = {
    financialYear,
    from,
    to,
    day,
    method: PROJECTION_METHOD,
    streams,
    total: {
      budgetPence,
      spentPence: sum((s) => s.spentPence),
      projectedPence: sum((s) => s.projectedPence),
      committedPence: sum((s) => s.committedPence),
      // Over the budgeted streams only: a stream without a budget has no headroom to add.
      headroomPence:
        budgetPence === null ? null : budgeted.reduce((acc, s) => acc + (s.headroomPence ?? 0), 0),
    },
  };
  return { position, others: priced };
}
