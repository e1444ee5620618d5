import type { Response } from 'express';
import { submitApplication } from '../../admission/applications';
import { APPLICATION_ROLES } from '../../admission/model';
import { listApplications, listRounds } from '../../admission/queries';
import { NewApplicationSchema } from '../../admission/schemas';
import { commandContext } from '../../allocation/context';
import { londonDate } from '../../calendar/dates';
import type { Services } from '../../services';
import { check, choiceItems, text, type FieldErrors, type FormBody } from '../forms';
import { label } from '../labels';
import { definePage, type PageContext } from '../page';
import { redirectWithFlash, renderForm } from '../views';

const MESSAGES = {
  roundId: 'Select the round',
  role: 'Select what you apply for',
  statement: 'Describe what you offer, in at least 3 characters',
  zoneId: 'Select the zone',
};

function formValues(body: FormBody) {
  return {
    roundId: text(body, 'roundId'),
    role: text(body, 'role'),
    zoneId: text(body, 'zoneId'),
    statement: text(body, 'statement'),
  };
}
type Values = ReturnType<typeof formValues>;

/**
 * A provider's applications to the framework (docs/specification/providers-and-framework.md §4.15;
 * story P4): the open rounds, applying for a zone role or CHC approval, and each application's
 * status and decision. Only its own organisation's applications.
 */
export function myApplicationPages(services: Services) {
  const { db, clock, zoneFacts } = services;
  async function show(res: Response, ctx: PageContext, form: { errors?: FieldErrors; values?: Values } = {}) {
    const values = form.values ?? formValues({});
    const rounds = await listRounds(db, { open: true }, londonDate(clock.now()));
    const names = await zoneFacts.names(db);
    const zoneIds = [...new Set(rounds.flatMap((r) => r.zoneIds))];
    renderForm(
      res,
      'pages/provider/applications.njk',
      {
        rounds: rounds.map((r) => ({ ...r, zoneNames: r.zoneIds.map((z) => names.get(z) ?? z) })),
        applications: await listApplications(db, { providerId: ctx.user.providerId! }),
        values,
        roundItems: choiceItems(
          rounds.map((r) => ({ value: String(r.id), text: r.title })),
          values.roundId,
          { blank: 'Choose a round' },
        ),
        roleItems: choiceItems(APPLICATION_ROLES, values.role, {
          blank: 'Choose',
          describe: (r) => label(r, 'admission'),
        }),
        zoneItems: choiceItems(
          zoneIds.map((z) => ({ value: z, text: names.get(z) ?? z })),
          values.zoneId,
          { blank: 'No zone (CHC approval)' },
        ),
      },
      { errors: form.errors ?? {} },
    );
  }
  return [
    definePage({
      method: 'get',
      path: '/my/applications',
      roles: ['provider'],
      async handler(_req, res, ctx) {
        await show(res, ctx);
      },
    }),
    definePage({
      method: 'post',
      path: '/my/applications',
      roles: ['provider'],
      async handler(req, res, ctx) {
        const values = formValues(req.body as FormBody);
        const input = check(
          NewApplicationSchema,
          { ...values, roundId: values.roundId || undefined, zoneId: values.zoneId || null },
          undefined,
          MESSAGES,
        );
        if (!input.ok) return show(res, ctx, { errors: input.errors, values });
        const application = await submitApplication(
          commandContext(services, ctx.actor),
          ctx.user.providerId!,
          input.data,
        );
        await redirectWithFlash(
          res,
          '/my/applications',
          'Application sent',
          `Application ${application.id} is waiting for a decision.`,
        );
      },
    }),
  ];
}
