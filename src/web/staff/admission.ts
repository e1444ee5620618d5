import type { Response } from 'express';
import { z } from 'zod';
import { decideApplication } from '../../admission/applications';
import { APPLICATION_STATUSES, DECISIONS, ROUND_KINDS } from '../../admission/model';
import { findApplication, findRound, listApplications, listRounds } from '../../admission/queries';
import { openRound } from '../../admission/rounds';
import { DecisionSchema, NewRoundSchema } from '../../admission/schemas';
import { commandContext } from '../../allocation/context';
import { OVERSIGHT_ROLES } from '../../auth/roles';
import { londonDate } from '../../calendar/dates';
import { IdParams } from '../../http/params';
import { ZONE_ROLES } from '../../providers/model';
import type { Services } from '../../services';
import {
  check,
  choiceItems,
  commandFieldErrors,
  dateParts,
  list,
  numberField,
  optionalDateField,
  text,
  type FieldErrors,
  type FormBody,
} from '../forms';
import { label } from '../labels';
import { definePage, paramsOr404 } from '../page';
import { redirectWithFlash, render, renderForm } from '../views';

const RoundForm = z.object({
  kind: z.enum(ROUND_KINDS, { error: 'Select the kind of round' }),
  title: z.string().trim().min(3, 'Enter a title of at least 3 characters'),
  zoneIds: z.array(z.string()),
  roles: z.array(z.string()),
  chcApproval: z.array(z.string()).transform((v) => v.includes('yes')),
  closesOn: optionalDateField('the closing date').transform((v) => v ?? null),
  qualityThreshold: numberField(
    'Enter the quality threshold',
    'The quality threshold must be a whole number',
  ),
});

function roundValues(body: FormBody) {
  return {
    kind: text(body, 'kind'),
    title: text(body, 'title'),
    zoneIds: list(body, 'zoneIds'),
    roles: list(body, 'roles'),
    chcApproval: list(body, 'chcApproval'),
    closesOn: dateParts(body, 'closesOn'),
    qualityThreshold: text(body, 'qualityThreshold'),
  };
}
type RoundValues = ReturnType<typeof roundValues>;

/** Checks the form, then the API's own schema (its messages, named by field). */
function checkRound(values: RoundValues) {
  const form = check(RoundForm, values);
  return form.ok ? check(NewRoundSchema, form.data) : form;
}

/**
 * Admission rounds for commissioners (docs/specification/providers-and-framework.md §4.15): the
 * rounds, opening one, each round's applications, and scoring and deciding an application.
 */
export function admissionPages(services: Services) {
  const { db, clock, zoneFacts } = services;
  const today = () => londonDate(clock.now());
  async function show(res: Response, form: { errors?: FieldErrors; values?: RoundValues } = {}) {
    const values = form.values ?? roundValues({});
    const zones = await zoneFacts.list(db);
    renderForm(
      res,
      'pages/staff/admission.njk',
      {
        rounds: await listRounds(db, {}, today()),
        zoneNames: Object.fromEntries(zones.map((z) => [z.id, z.name])),
        values,
        kindItems: choiceItems(ROUND_KINDS, values.kind, { describe: (k) => label(k, 'admission') }),
        zoneItems: choiceItems(
          zones.map((z) => ({ value: z.id, text: z.name })),
          values.zoneIds,
        ),
        roleItems: choiceItems(ZONE_ROLES, values.roles, { describe: label }),
        chcItems: choiceItems(
          [{ value: 'yes', text: 'Invite applications for CHC approval' }],
          values.chcApproval,
        ),
      },
      { errors: form.errors ?? {}, anchors: { closesOn: 'closesOn-day', kind: 'kind', zoneIds: 'zoneIds' } },
    );
  }
  return [
    definePage({
      method: 'get',
      path: '/staff/admission',
      roles: OVERSIGHT_ROLES,
      async handler(_req, res) {
        await show(res);
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/admission',
      roles: OVERSIGHT_ROLES,
      async handler(req, res, ctx) {
        const values = roundValues(req.body as FormBody);
        const input = checkRound(values);
        if (!input.ok) return show(res, { errors: input.errors, values });
        try {
          const round = await openRound(commandContext(services, ctx.actor), input.data);
          await redirectWithFlash(
            res,
            `/staff/admission/rounds/${round.id}`,
            `Round opened: ${round.title}`,
            '',
          );
        } catch (err) {
          const errors = commandFieldErrors(err, { closesOn: 'The closing date' });
          if (!errors) throw err;
          await show(res, { errors, values });
        }
      },
    }),
    definePage({
      method: 'get',
      path: '/staff/admission/rounds/:id',
      roles: OVERSIGHT_ROLES,
      async handler(req, res) {
        const { id } = paramsOr404(IdParams, req.params);
        const round = await findRound(db, id, today());
        if (!round) return render(res, 'pages/not-found.njk', {}, 404);
        const names = await zoneFacts.names(db);
        render(res, 'pages/staff/admission-round.njk', {
          round,
          zoneNames: round.zoneIds.map((z) => names.get(z) ?? z),
          applications: await listApplications(db, { roundId: id }),
        });
      },
    }),
    ...decisionPages(services),
  ];
}

const DecisionForm = z.object({
  decision: z.enum(DECISIONS, { error: 'Select accept or reject' }),
  score: numberField('Enter the score', 'The score must be a whole number from 0 to 100'),
  comment: z.string(),
});

function decisionPages(services: Services) {
  const { db } = services;
  async function show(
    res: Response,
    id: number,
    form: { errors?: FieldErrors; values?: Record<string, string> } = {},
  ) {
    const application = await findApplication(db, id);
    if (!application) return render(res, 'pages/not-found.njk', {}, 404);
    const values = form.values ?? {};
    renderForm(
      res,
      'pages/staff/admission-application.njk',
      {
        application,
        statuses: APPLICATION_STATUSES,
        values,
        decisionItems: choiceItems(DECISIONS, values.decision, {
          describe: (d) => (d === 'accept' ? 'Accept: the role becomes mobilising' : 'Reject'),
        }),
      },
      { errors: form.errors ?? {}, anchors: { decision: 'decision' } },
    );
  }
  return [
    definePage({
      method: 'get',
      path: '/staff/admission/applications/:id',
      roles: OVERSIGHT_ROLES,
      async handler(req, res) {
        await show(res, paramsOr404(IdParams, req.params).id);
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/admission/applications/:id/decision',
      roles: OVERSIGHT_ROLES,
      async handler(req, res, ctx) {
        const { id } = paramsOr404(IdParams, req.params);
        const body = req.body as FormBody;
        const values = {
          decision: text(body, 'decision'),
          score: text(body, 'score'),
          comment: text(body, 'comment'),
        };
        const form = check(DecisionForm, values);
        const input = form.ok ? check(DecisionSchema, form.data) : form;
        if (!input.ok) return show(res, id, { errors: input.errors, values });
        const decided = await decideApplication(commandContext(services, ctx.actor), id, input.data);
        await redirectWithFlash(
          res,
          `/staff/admission/applications/${id}`,
          `Application ${decided.status === 'accepted' ? 'accepted' : 'rejected'}`,
          '',
        );
      },
    }),
  ];
}
