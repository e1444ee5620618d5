import { OVERSIGHT_ROLES } from '../auth/roles';
import { londonDate } from '../calendar/dates';
import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { budgetPosition } from './budget-position';
import {
  BudgetParams,
  BudgetPositionSchema,
  BudgetSchema,
  BudgetsQuery,
  SetBudgetBody,
} from './budget-schemas';
import { setBudget } from './budgets';

/** Budgets against committed cost: commissioners and admins read and set them (docs/payments.md). */
export function budgetRoutes({ db, clock }: Services) {
  return [
    defineRoute({
      method: 'get',
      path: '/budgets',
      operationId: 'getBudgetPosition',
      summary: 'Committed annual cost against budget per funding stream for a financial year',
      tags: ['payments'],
      access: { roles: OVERSIGHT_ROLES },
      request: { query: BudgetsQuery },
      responses: { 200: { description: 'The position', schema: BudgetPositionSchema } },
      async handler({ query }) {
        return budgetPosition(db, { day: londonDate(clock.now()), financialYear: query.financialYear });
      },
    }),
    defineRoute({
      method: 'put',
      path: '/budgets/:financialYear/:fundingStream',
      operationId: 'setBudget',
      summary:
        'Set the annual budget of a funding stream for a financial year (send the version you read; audited)',
      tags: ['payments'],
      access: { roles: OVERSIGHT_ROLES },
      request: { params: BudgetParams, body: SetBudgetBody },
      responses: {
        200: { description: 'The budget as stored', schema: BudgetSchema },
        409: { description: 'Changed by someone else since the version sent' },
      },
      async handler({ params, body }, { actor }) {
        return setBudget({ db, actor, now: clock.now() }, { ...params, ...body });
      },
    }),
  ];
}
