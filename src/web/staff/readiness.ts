import type { Response } from 'express';
import { z } from 'zod';
import { CHECK_OUTCOMES } from '../../admission/model';
import { activateProvider, providerReadiness, recordCheck } from '../../admission/readiness';
import { CheckRecordSchema } from '../../admission/schemas';
import { commandContext } from '../../allocation/context';
import { OVERSIGHT_ROLES } from '../../auth/roles';
import { IdParams } from '../../http/params';
import type { Services } from '../../services';
import { check, choiceItems, text, type FieldErrors, type FormBody } from '../forms';
import { label } from '../labels';
import { definePage, paramsOr404 } from '../page';
import { redirectWithFlash, renderForm } from '../views';

const CheckForm = z.object({
  itemKey: z.string().min(1, 'Select the check'),
  outcome: z.enum(CHECK_OUTCOMES, { error: 'Select passed or failed' }),
  evidence: z.string(),
});

/**
 * A provider's post-award checks (docs/specification/providers-and-framework.md §4.16): each item's
 * latest check with its evidence, who and when; a form to record a check; and the explicit step
 * that makes its mobilising roles active once every required item has passed.
 */
export function readinessPages(services: Services) {
  const { db } = services;
  async function show(
    res: Response,
    providerId: number,
    form: { errors?: FieldErrors; values?: Record<string, string> } = {},
  ) {
    const readiness = await providerReadiness(db, providerId);
    const values = form.values ?? {};
    renderForm(
      res,
      'pages/staff/readiness.njk',
      {
        ...readiness,
        values,
        itemItems: choiceItems(
          readiness.items.map((i) => ({ value: i.key, text: i.label })),
          values.itemKey,
          { blank: 'Choose a check' },
        ),
        outcomeItems: choiceItems(CHECK_OUTCOMES, values.outcome, { describe: (o) => label(o, 'admission') }),
      },
      { errors: form.errors ?? {}, anchors: { outcome: 'outcome' } },
    );
  }
  return [
    definePage({
      method: 'get',
      path: '/staff/providers/:id/readiness',
      roles: OVERSIGHT_ROLES,
      async handler(req, res) {
        await show(res, paramsOr404(IdParams, req.params).id);
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/providers/:id/readiness',
      roles: OVERSIGHT_ROLES,
      async handler(req, res, ctx) {
        const { id } = paramsOr404(IdParams, req.params);
        const body = req.body as FormBody;
        const values = {
          itemKey: text(body, 'itemKey'),
          outcome: text(body, 'outcome'),
          evidence: text(body, 'evidence'),
        };
        const form = check(CheckForm, values);
        if (!form.ok) return show(res, id, { errors: form.errors, values });
        const { itemKey, ...record } = form.data;
        const input = check(CheckRecordSchema, record);
        if (!input.ok) return show(res, id, { errors: input.errors, values });
        await recordCheck(commandContext(services, ctx.actor), { providerId: id, itemKey }, input.data);
        await redirectWithFlash(res, `/staff/providers/${id}/readiness`, 'Check recorded', '');
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/providers/:id/activate',
      roles: OVERSIGHT_ROLES,
      async handler(req, res, ctx) {
        const { id } = paramsOr404(IdParams, req.params);
        const readiness = await activateProvider(commandContext(services, ctx.actor), id);
        await redirectWithFlash(
          res,
          `/staff/providers/${id}/readiness`,
          `${readiness.providerName} is now active`,
          '',
        );
      },
    }),
  ];
}
