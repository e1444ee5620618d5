import type { Response } from 'express';
import { z } from 'zod';
import { OVERSIGHT_ROLES } from '../../auth/roles';
import { dateIssues, riskMonthCheck } from '../../calendar/field-rules';
import { addMonths, IsoMonth, lastCompleteMonth, monthOf } from '../../calendar/months';
import { londonDate } from '../../calendar/dates';
import { NotFound } from '../../errors';
import { IdParams } from '../../http/params';
import { RISK_OVERRIDE_REASONS, RISK_RAGS, type ProviderRiskView } from '../../provider-risk/model';
import { overrideProviderRisk } from '../../provider-risk/override';
import { findRating } from '../../provider-risk/queries';
import { providerRiskMonth } from '../../provider-risk/routes';
import { complaintsPer100Hours } from '../../provider-risk/rule';
import { runProviderRisk } from '../../provider-risk/run';
import { RiskOverrideComment } from '../../provider-risk/schemas';
import type { Services } from '../../services';
import { calendarMonth } from '../format';
import { apiField, check, choiceItems, text, type FieldErrors, type FormBody } from '../forms';
import { label } from '../labels';
import { definePage, paramsOr404 } from '../page';
import { redirectWithFlash, render, renderForm } from '../views';

/** The month asked for in a query or form; anything unreadable or out of range is last month. */
function monthOr(value: unknown, now: number): string {
  const month = IsoMonth.safeParse(value);
  if (!month.success || dateIssues([riskMonthCheck('month', month.data, now)]).length > 0)
    return lastCompleteMonth(now);
  return month.data;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Why a provider is red or amber, in words, from the inputs stored with its rating. */
export function riskWhy(r: ProviderRiskView, rule: Services['config']['providerRisk']['rule']): string[] {
  const i = r.inputs;
  return r.reasons.map(({ code }) => {
    if (code === 'cqc-inadequate') return 'CQC rating Inadequate';
    if (code === 'cqc-requires-improvement') return 'CQC rating Requires improvement';
    if (code === 'safeguarding-substantiated')
      return `${plural(i.substantiatedConcerns, 'substantiated safeguarding concern')}`;
    if (code === 'safeguarding-concerns')
      return `${plural(i.safeguardingConcerns, 'safeguarding concern')} raised`;
    const rate = Math.round(complaintsPer100Hours(i, rule) * 100) / 100;
    return `${plural(i.upheldComplaints, 'upheld complaint')}: ${rate} per 100 weekly hours held`;
  });
}

const OverrideForm = z.object({
  rag: z.enum(RISK_RAGS, { error: 'Select the RAG for the month' }),
  reason: z.enum(RISK_OVERRIDE_REASONS, { error: 'Select why' }),
  comment: z
    .string()
    .trim()
    .transform((v, ctx) =>
      v === ''
        ? undefined
        : apiField(RiskOverrideComment, 'The comment must be 3 to 200 characters, about the provider only')(
            v,
            ctx,
          ),
    ),
});

/** One provider's rating for a month, and the form to set its RAG by hand. */
function ratingPages(
  { db, clock }: Pick<Services, 'db' | 'clock'>,
  withWhy: (r: ProviderRiskView) => ProviderRiskView & { why: string[] },
) {
  async function showRating(
    res: Response,
    id: number,
    form: { month: string; errors?: FieldErrors; values?: Record<string, string> },
  ) {
    const rating = await findRating(db, id, form.month);
    if (!rating) throw new NotFound('provider-risk-not-found', 'No rating for that provider and month.');
    const values = form.values ?? {};
    renderForm(
      res,
      'pages/staff/provider-risk-rating.njk',
      {
        rating: withWhy(rating),
        values,
        ragItems: choiceItems(RISK_RAGS, values.rag, { describe: label }),
        reasonItems: choiceItems(RISK_OVERRIDE_REASONS, values.reason, { describe: label }),
      },
      { errors: form.errors ?? {} },
    );
  }

  return [
    definePage({
      method: 'get',
      path: '/staff/provider-risk/:id',
      roles: OVERSIGHT_ROLES,
      async handler(req, res) {
        const { id } = paramsOr404(IdParams, req.params);
        await showRating(res, id, { month: monthOr(req.query.month, clock.now()) });
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/provider-risk/:id',
      roles: OVERSIGHT_ROLES,
      async handler(req, res, { actor }) {
        const { id } = paramsOr404(IdParams, req.params);
        const body = req.body as FormBody;
        const month = monthOr(text(body, 'month'), clock.now());
        const values = {
          rag: text(body, 'rag'),
          reason: text(body, 'reason'),
          comment: text(body, 'comment'),
        };
        if (!(await findRating(db, id, month)))
          throw new NotFound('provider-risk-not-found', 'No such rating.');
        const input = check(OverrideForm, values);
        if (!input.ok) return showRating(res, id, { month, errors: input.errors, values });
        const rated = await overrideProviderRisk(
          { db, actor, now: clock.now() },
          { providerId: id, month, ...input.data },
        );
        await redirectWithFlash(
          res,
          `/staff/provider-risk?month=${month}`,
          `${rated.providerName} set to ${label(rated.rag).toLowerCase()} for ${calendarMonth(month)}`,
          `Computed ${label(rated.computedRag).toLowerCase()}; ${label(rated.override!.reason).toLowerCase()}.`,
        );
      },
    }),
  ];
}

/**
 * The monthly provider-risk RAG for quality officers (commissioners) and admins
 * (docs/provider-risk.md; docs/specification/quality-and-performance.md §7.7): every provider's RAG
 * for a month, the desktop review or visit list with why, a button to rate the month now, and a
 * page per provider to override its RAG with a reason. The same commands as the API's.
 */
export function providerRiskPages({ db, clock, config }: Services) {
  const rule = config.providerRisk.rule;
  const withWhy = (r: ProviderRiskView) => ({ ...r, why: riskWhy(r, rule) });

  return [
    definePage({
      method: 'get',
      path: '/staff/provider-risk',
      roles: OVERSIGHT_ROLES,
      async handler(req, res) {
        const now = clock.now();
        const month = monthOr(req.query.month, now);
        const { ratings, reviewList } = await providerRiskMonth(db, month);
        render(res, 'pages/staff/provider-risk.njk', {
          month,
          previous: addMonths(month, -1),
          next: month < monthOf(londonDate(now)) ? addMonths(month, 1) : null,
          ratings,
          reviewList: reviewList.map(withWhy),
        });
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/provider-risk/run',
      roles: OVERSIGHT_ROLES,
      async handler(req, res, { actor }) {
        const now = clock.now();
        const month = monthOr(text(req.body as FormBody, 'month'), now);
        const run = await runProviderRisk({ db, config, actor, now }, { month, trigger: 'on-demand' });
        const { red, amber, green } = run.counts;
        await redirectWithFlash(
          res,
          `/staff/provider-risk?month=${month}`,
          `${calendarMonth(month)} rated`,
          `${plural(run.providers, 'provider')}: ${red} red, ${amber} amber, ${green} green. Overrides are kept.`,
        );
      },
    }),
    ...ratingPages({ db, clock }, withWhy),
  ];
}
