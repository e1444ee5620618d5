import type { Response } from 'express';
import { z } from 'zod';
import { OVERSIGHT_ROLES, STAFF_ROLES } from '../../auth/roles';
import { setRagTarget } from '../../reports/targets/commands';
import { RAG_METRICS } from '../../reports/targets/model';
import { ragTargets } from '../../reports/targets/view';
import type { Services } from '../../services';
import {
  check,
  choiceItems,
  commandFieldErrors,
  dateField,
  dateParts,
  text,
  type FieldErrors,
  type FormBody,
} from '../forms';
import { definePage } from '../page';
import { redirectWithFlash, renderForm } from '../views';

const METRIC_NAMES: Record<(typeof RAG_METRICS)[number], string> = {
  supply: 'Supply (placed hours, % of planned)',
  pickUp: 'Pick-up within target (%)',
  primeShare: 'Prime share of awards (%)',
  longestWait: 'Longest wait (hours)',
  handBacks: 'Hand-backs per 100 awards',
};

const optionalNumber = (what: string) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === '') return undefined;
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0 || n > 100_000) {
        ctx.addIssue({ code: 'custom', message: `${what} must be a number from 0 to 100,000` });
        return z.NEVER;
      }
      return n;
    });

const TargetForm = z.object({
  metric: z.enum(RAG_METRICS, { error: 'Select a measure' }),
  zoneId: z.string().transform((v) => (v === '' ? undefined : v)),
  target: optionalNumber('The target'),
  tolerance: optionalNumber('The tolerance'),
  effectiveFrom: dateField('the date the target applies from'),
  comment: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v)),
});

const FIELD_NAMES = {
  target: 'The target',
  tolerance: 'The tolerance',
  effectiveFrom: 'The date the target applies from',
  comment: 'The comment',
};

/**
 * RAG targets (Perf19 App C; docs/reports.md "RAG targets"): the targets in force with each zone's
 * override (who and why) and their history; commissioners (and admins) set a target from a date, or
 * a zone's override with a comment, through the same command as POST /reports/rag-targets.
 */
export function ragTargetPages(services: Services) {
  const { db, clock, zoneFacts } = services;
  async function show(
    res: Response,
    form: { values?: Record<string, unknown>; errors?: FieldErrors; canSet: boolean },
  ) {
    const view = await ragTargets(services, undefined, clock.now());
    const values = form.values ?? { effectiveFrom: { day: '', month: '', year: '' } };
    const zones = await zoneFacts.list(db);
    renderForm(
      res,
      'pages/staff/rag-targets.njk',
      {
        view,
        canSet: form.canSet,
        metricNames: METRIC_NAMES,
        values,
        metricItems: choiceItems(
          RAG_METRICS.map((m) => ({ value: m, text: METRIC_NAMES[m] })),
          values.metric as string | undefined,
          { blank: 'Choose a measure' },
        ),
        zoneItems: choiceItems(
          zones.map((z) => ({ value: z.id, text: z.name })),
          values.zoneId as string | undefined,
          { blank: 'All zones (the council-wide target)' },
        ),
        zoneNames: Object.fromEntries(zones.map((z) => [z.id, z.name])),
        sourceNames: {
          default: 'Default (configuration)',
          council: 'Council',
          'zone-override': 'Zone override',
        },
      },
      { errors: form.errors ?? {}, anchors: { effectiveFrom: 'effectiveFrom-day' } },
    );
  }

  return [
    definePage({
      method: 'get',
      path: '/staff/rag-targets',
      roles: STAFF_ROLES,
      async handler(_req, res, { user }) {
        await show(res, { canSet: (OVERSIGHT_ROLES as readonly string[]).includes(user.role) });
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/rag-targets',
      roles: OVERSIGHT_ROLES,
      async handler(req, res, { actor }) {
        const body = req.body as FormBody;
        const values = {
          metric: text(body, 'metric'),
          zoneId: text(body, 'zoneId'),
          target: text(body, 'target'),
          tolerance: text(body, 'tolerance'),
          effectiveFrom: dateParts(body, 'effectiveFrom'),
          comment: text(body, 'comment'),
        };
        const form = check(TargetForm, values);
        if (!form.ok) return show(res, { values, errors: form.errors, canSet: true });
        try {
          await setRagTarget({ db, zoneFacts, actor, now: clock.now() }, form.data);
        } catch (err) {
          const errors = commandFieldErrors(err, FIELD_NAMES);
          if (errors) return show(res, { values, errors, canSet: true });
          throw err;
        }
        await redirectWithFlash(
          res,
          '/staff/rag-targets',
          'Target saved',
          `${METRIC_NAMES[form.data.metric]}.`,
        );
      },
    }),
  ];
}
