import type { Response } from 'express';
import { z } from 'zod';
import { commandContext } from '../../allocation/context';
import { explainAllocation } from '../../allocation/explain';
import { listAuditEvents } from '../../audit/queries';
import { STAFF_ROLES } from '../../auth/roles';
import { IdParams } from '../../http/params';
import { EDITABLE_STATUSES } from '../../packages/edit';
import { assertTransition, cancelPackage, widenSearch } from '../../packages/lifecycle';
import { TRANSITIONS } from '../../packages/model';
import { getPackage } from '../../packages/queries';
import { runningHandBack } from '../../packages/hand-back/queries';
import { handBackView } from '../../packages/view';
import { londonDate } from '../../calendar/dates';
import { CancelSchema, WidenSchema } from '../../packages/schemas';
import { weeklyCost } from '../../pricing/price';
import type { Services } from '../../services';
import { check, choiceItems, text, type FieldErrors, type FormBody } from '../forms';
import { definePage, paramsOr404, type PageContext } from '../page';
import { redirectWithFlash, render, renderForm } from '../views';
import { packageHistory } from './package-history';

type Explanation = Awaited<ReturnType<typeof explainAllocation>>;

/** Provider names by id and by offer id, from everything the explanation mentions. */
function namesIn(explanation: Explanation) {
  const providers = new Map<number, string>();
  const offers = new Map<number, string>();
  for (const round of explanation.episodes.flatMap((e) => e.rounds)) {
    for (const r of round.ranking) providers.set(Number(r.providerId), r.name);
    for (const x of round.excluded) providers.set(Number(x.providerId), x.name);
    for (const r of round.responses) {
      providers.set(Number(r.provider.id), r.provider.name);
      offers.set(Number(r.offerId), r.provider.name);
    }
  }
  return {
    provider: (id: number) => providers.get(id) ?? `provider ${id}`,
    offer: (id: number) => offers.get(id) ?? `offer ${id}`,
  };
}

/** Each ranked provider with its answer, for one table per round. */
function withResponses(explanation: Explanation) {
  return {
    ...explanation,
    episodes: explanation.episodes.map((episode) => ({
      ...episode,
      rounds: episode.rounds.map((round) => ({
        ...round,
        ranking: round.ranking.map((r) => ({
          ...r,
          response: round.responses.find((x) => Number(x.provider.id) === Number(r.providerId)) ?? null,
        })),
      })),
    })),
  };
}

const WIDEN_SCOPES = [
  {
    value: 'neighbours',
    text: 'Neighbouring zones',
    hint: 'Providers of this zone and every zone next to it',
  },
  { value: 'all', text: 'All framework providers', hint: 'Every provider with a role in any zone' },
];

const WidenForm = z.object({
  scope: z.enum(['neighbours', 'all'], { error: 'Select how far to widen the search' }),
});
const CancelForm = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Enter why the package is cancelled')
    .min(3, 'Reason must be 3 characters or more')
    .max(200, 'Reason must be 200 characters or fewer'),
});

/** The package page, with a refused action's errors and values. */
export async function showPackage(
  { db, zoneFacts, clock }: Pick<Services, 'db' | 'zoneFacts' | 'clock'>,
  res: Response,
  ctx: PageContext,
  form: {
    id: number;
    errors?: FieldErrors;
    values?: Record<string, unknown>;
    anchors?: Record<string, string>;
  },
) {
  const { id } = form;
  const pkg = await getPackage(db, id);
  const [zones, explanation, events, notice] = await Promise.all([
    zoneFacts.names(db),
    explainAllocation(db, id),
    listAuditEvents(db, { entityType: 'package', entityId: String(id), limit: 500 }),
    runningHandBack(db, { id, today: londonDate(clock.now()) }),
  ]);
  const handBack = handBackView(notice, ctx.actor);
  const names = namesIn(explanation);
  const errors = form.errors ?? {};
  const values = form.values ?? {};
  const isOfficer = ctx.user.role === 'officer';
  renderForm(
    res,
    'pages/staff/package.njk',
    {
      pkg,
      zoneName: zones.get(pkg.zoneId) ?? pkg.zoneId,
      weeklyCostPence: weeklyCost(pkg.hourlyRatePence, pkg.weeklyMinutes),
      providerName: pkg.providerId === null ? null : names.provider(pkg.providerId),
      history: packageHistory(events, names),
      explanation: withResponses(explanation),
      handBack,
      canDecideNotice: ctx.user.role === 'commissioner' && handBack?.approval === 'pending',
      canWiden: isOfficer && TRANSITIONS.widen!.includes(pkg.status),
      canCancel: isOfficer && TRANSITIONS.cancel!.includes(pkg.status),
      canEnd: isOfficer && TRANSITIONS.end!.includes(pkg.status),
      canEdit: isOfficer && EDITABLE_STATUSES.includes(pkg.status),
      widenItems: choiceItems(WIDEN_SCOPES, values.scope as string | undefined).map((item, i) => ({
        ...item,
        hint: { text: WIDEN_SCOPES[i]!.hint },
      })),
      values,
    },
    { errors, anchors: form.anchors },
  );
}

/** Package page for staff (status, history, allocation explanation) with the officers' actions. */
export function packagePages(services: Services) {
  return [
    definePage({
      method: 'get',
      path: '/staff/packages/:id',
      roles: STAFF_ROLES,
      async handler(req, res, ctx) {
        await showPackage(services, res, ctx, { id: paramsOr404(IdParams, req.params).id });
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/packages/:id/widen',
      roles: ['officer'],
      async handler(req, res, ctx) {
        const { id } = paramsOr404(IdParams, req.params);
        const values = { scope: text(req.body as FormBody, 'scope') };
        const form = check(WidenForm.pipe(WidenSchema), values);
        if (!form.ok) return showPackage(services, res, ctx, { id, errors: form.errors, values });
        const pkg = await widenSearch(commandContext(services, ctx.actor), {
          packageId: id,
          scope: form.data.scope,
        });
        await redirectWithFlash(
          res,
          `/staff/packages/${id}`,
          'Search widened',
          pkg.status === 'unplaced'
            ? 'No provider could be offered it: it is still unplaced.'
            : 'The package is being offered again.',
        );
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/packages/:id/cancel',
      roles: ['officer'],
      async handler(req, res, ctx) {
        const { id } = paramsOr404(IdParams, req.params);
        const body = req.body as FormBody;
        const values = { reason: text(body, 'reason') };
        const form = check(CancelForm.pipe(CancelSchema), values);
        if (!form.ok) return showPackage(services, res, ctx, { id, errors: form.errors, values });
        // Cancelling cannot be undone: the first post asks the officer to confirm.
        if (text(body, 'confirm') !== 'yes') {
          const pkg = await getPackage(services.db, id);
          assertTransition(pkg, 'cancel');
          return render(res, 'pages/staff/cancel-confirm.njk', { pkg, values });
        }
        await cancelPackage(commandContext(services, ctx.actor), { packageId: id, reason: form.data.reason });
        await redirectWithFlash(
          res,
          `/staff/packages/${id}`,
          `Package ${id} cancelled`,
          'Any open offers were withdrawn.',
        );
      },
    }),
  ];
}
