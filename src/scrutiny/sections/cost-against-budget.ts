/**
 * Cost against budget: the committed annual cost of care per funding stream against the budget
 * commissioners entered (story C3; docs/payments.md "Budgets"), for the financial year the period
 * ends in, as on the period's last day: the coverage report's `budget`, the payments module's figures.
 */
import { groupedBarSpec } from '../../charts/vega';
import type { BudgetPosition, StreamPosition } from '../../payments/budget-position';
import { formatPounds } from '../../pricing/money';
import { label } from '../../web/labels';
import { defineSection } from '../model';

const money = (pence: number | null) => (pence === null ? 'No budget set' : formatPounds(pence));
const toPounds = (pence: number) => Math.round(pence / 100);

const row = (name: string, s: Omit<StreamPosition, 'fundingStream' | 'budgetVersion'>) => [
  name,
  money(s.budgetPence),
  formatPounds(s.spentPence),
  formatPounds(s.committedPence),
  money(s.headroomPence),
];

export function buildCostAgainstBudget(position: BudgetPosition) {
  const year = `${position.financialYear}/${String(position.financialYear + 1).slice(2)}`;
  return {
    title: 'Cost against budget',
    summary: `The cost of care committed for financial year ${year} (spent so far plus care in place carried on to 31 March), against the budget for each funding stream.`,
    table: {
      caption: `Committed annual cost against budget, ${year}, as on ${position.day}`,
      head: ['Funding stream', 'Budget', 'Spent so far', 'Committed for the year', 'Headroom'],
      rows: [
        ...position.streams.map((s) => row(label(s.fundingStream), s)),
        row('All funding streams', position.total),
      ],
      numeric: [false, true, true, true, true],
    },
    chart: {
      spec: groupedBarSpec({
        atLeast: 1,
        title: `Committed cost and budget by funding stream, ${year} (£)`,
        yTitle: 'Pounds',
        categories: position.streams.map((s) => label(s.fundingStream)),
        data: position.streams.flatMap((s) => [
          { category: label(s.fundingStream), series: 'Committed', value: toPounds(s.committedPence) },
          { category: label(s.fundingStream), series: 'Budget', value: toPounds(s.budgetPence ?? 0) },
        ]),
      }),
      description:
        'Bar chart comparing committed cost with budget for each funding stream; the table below gives the exact figures.',
    },
    notes: [position.method],
  };
}

export const costAgainstBudgetSection = defineSection<BudgetPosition>({
  id: 'cost-against-budget',
  // The period's coverage report already holds the budget position on its last day: read it, not again.
  load: async (ctx) => (await ctx.coverage()).budget,
  build: buildCostAgainstBudget,
});
