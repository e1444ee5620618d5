import type { Response } from 'express';
import { z } from 'zod';
import { commandContext } from '../../allocation/context';
import { capacityEntries } from '../../providers/capacity';
import { declareCapacity } from '../../providers/declare-capacity';
import { declarationHistory } from '../../providers/queries';
import { CapacityDeclarationSchema } from '../../providers/schemas';
import type { Services } from '../../services';
import { apiField, check, choiceItems, numberField, text, type FieldErrors, type FormBody } from '../forms';
import { definePage, type PageContext } from '../page';
import { redirectWithFlash, renderForm } from '../views';

const CapacityForm = z
  .object({
    zoneId: z.string().min(1, 'Select the zone'),
    weeklyHours: numberField(
      'Enter the new hours a week you can take',
      'Hours a week must be a number, like 40',
    ).transform(
      apiField(CapacityDeclarationSchema.shape.weeklyHours, 'Hours a week must be between 0 and 10,000'),
    ),
    reason: z.string().trim(),
  })
  .transform(({ reason, ...rest }) => (reason === '' ? rest : { ...rest, reason }));

const DOMAIN_MESSAGES = {
  zoneId: 'Select the zone',
  weeklyHours: 'Hours a week must be between 0 and 10,000',
  reason: 'Reason must be 3 to 500 characters',
};

/**
 * A provider's capacity per zone (docs/specification/roles-and-stories.md §9.3, story P3): the
 * latest declaration, its age, and a form to declare.
 */
export function myCapacityPages(services: Services) {
  const { db, clock, config } = services;
  async function show(
    res: Response,
    ctx: PageContext,
    form: { errors?: FieldErrors; values?: Record<string, string> } = {},
  ) {
    const basis = { now: clock.now(), staleDays: config.allocation.capacityStaleDays };
    const providerId = ctx.user.providerId!;
    const [zones, history] = await Promise.all([
      capacityEntries(db, { providerIds: [providerId] }, basis),
      declarationHistory(db, providerId, basis, 20),
    ]);
    const names = new Map(zones.map((z) => [z.zoneId, z.zoneName]));
    const errors = form.errors ?? {};
    const values = form.values ?? {};
    renderForm(
      res,
      'pages/provider/capacity.njk',
      {
        zones,
        history: history.map((h) => ({ ...h, zoneName: names.get(h.zoneId) ?? h.zoneId })),
        staleDays: basis.staleDays,
        zoneItems: choiceItems(
          zones.map((z) => ({ value: z.zoneId, text: z.zoneName })),
          values.zoneId,
          { blank: 'Choose a zone' },
        ),
        values,
      },
      { errors },
    );
  }

  return [
    definePage({
      method: 'get',
      path: '/my/capacity',
      roles: ['provider'],
      async handler(_req, res, ctx) {
        await show(res, ctx);
      },
    }),
    definePage({
      method: 'post',
      path: '/my/capacity',
      roles: ['provider'],
      async handler(req, res, ctx) {
        const body = req.body as FormBody;
        const values = {
          zoneId: text(body, 'zoneId'),
          weeklyHours: text(body, 'weeklyHours'),
          reason: text(body, 'reason'),
        };
        const form = check(CapacityForm, values);
        const declared = form.ok
          ? check(CapacityDeclarationSchema, form.data, undefined, DOMAIN_MESSAGES)
          : form;
        if (!declared.ok) return show(res, ctx, { errors: declared.errors, values });
        const entry = await declareCapacity(
          commandContext(services, ctx.actor),
          ctx.user.providerId!,
          declared.data,
        );
        await redirectWithFlash(
          res,
          '/my/capacity',
          `Capacity declared for ${entry.zoneName}`,
          `${declared.data.weeklyHours} hours a week.`,
        );
      },
    }),
  ];
}
