import type { Response } from 'express';
import { z } from 'zod';
import { OVERSIGHT_ROLES } from '../../auth/roles';
import { londonDate } from '../../calendar/dates';
import { Conflict } from '../../errors';
import { FUNDING_STREAMS } from '../../packages/model';
import { budgetPosition, financialYearOf } from '../../payments/budget-position';
import { setBudget } from '../../payments/budgets';
import type { Services } from '../../services';
import { check, poundsField, runCommand, text, type FieldErrors, type FormBody } from '../forms';
import { label } from '../labels';
import { definePage } from '../page';
import { redirectWithFlash, renderForm } from '../views';

const BudgetForm = z.object({
  fundingStream: z.enum(FUNDING_STREAMS, { error: 'Select a funding stream' }),
  amountPence: poundsField(
    'Enter the annual budget',
    'The annual budget must be an amount in pounds, like 1,250,000',
  ),
  version: z.coerce.number().int().min(0),
});

const FIELD_NAMES = { amountPence: 'The annual budget', fundingStream: 'The funding stream' };

/**
 * Finance (story C3; docs/payments.md "Budgets"): committed annual cost against budget per funding
 * stream for the financial year, with the projection method stated; commissioners and admins set a
 * stream's budget (version-checked, through the same command as PUT /budgets/…).
 */
export function financePages(services: Services) {
  const { db, clock } = services;
  async function show(res: Response, form: { values?: Record<string, unknown>; errors?: FieldErrors }) {
    const today = londonDate(clock.now());
    const position = await budgetPosition(db, { day: today });
    const values = form.values ?? {};
    renderForm(
      res,
      'pages/staff/finance.njk',
      {
        position,
        values,
        streamNames: Object.fromEntries(FUNDING_STREAMS.map((s) => [s, label(s)])),
        versions: Object.fromEntries(position.streams.map((s) => [s.fundingStream, s.budgetVersion ?? 0])),
      },
      { errors: form.errors ?? {} },
    );
  }

  return [
    definePage({
      method: 'get',
      path: '/staff/finance',
      roles: OVERSIGHT_ROLES,
      async handler(_req, res) {
        await show(res, {});
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/finance',
      roles: OVERSIGHT_ROLES,
      async handler(req, res, { actor }) {
        const body = req.body as FormBody;
        const values = {
          fundingStream: text(body, 'fundingStream'),
          amountPence: text(body, 'amountPence'),
          version: text(body, 'version'),
        };
        const form = check(BudgetForm, values);
        if (!form.ok) return show(res, { values, errors: form.errors });
        const now = clock.now();
        const saved = await runCommand(
          () =>
            setBudget({ db, actor, now }, { ...form.data, financialYear: financialYearOf(londonDate(now)) }),
          FIELD_NAMES,
        ).catch((err: unknown) => {
          // Someone saved this budget since the page was read: say so beside the amount.
          if (err instanceof Conflict) return { ok: false as const, errors: { amountPence: err.message } };
          throw err;
        });
        if (!saved.ok) return show(res, { values, errors: saved.errors });
        await redirectWithFlash(res, '/staff/finance', 'Budget saved', `${label(form.data.fundingStream)}.`);
      },
    }),
  ];
}
