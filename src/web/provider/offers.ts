import type { Response } from 'express';
import { z } from 'zod';
import { commandContext } from '../../allocation/context';
import { providerOffers } from '../../allocation/offers';
import { respondToOffer } from '../../allocation/respond';
import { NotFound } from '../../errors';
import { IdParams } from '../../http/params';
import { DECLINE_REASONS } from '../../packages/model';
import { AcceptSchema, DeclineSchema } from '../../packages/schemas';
import type { Services } from '../../services';
import { minutesUntil } from '../format';
import {
  check,
  choiceItems,
  runCommand,
  dateField,
  dateParts,
  partsOf,
  text,
  type FieldErrors,
  type FormBody,
} from '../forms';
import { label } from '../labels';
import { definePage, paramsOr404, type PageContext } from '../page';
import { redirectWithFlash, render, renderForm } from '../views';

/** How far back the offer pages look: a provider answers within a day, so this is weeks of offers. */
const RECENT_OFFERS = 500;

const AcceptForm = z.object({ startDate: dateField('the date you can start care') });
const DeclineForm = z
  .object({ reason: z.enum(DECLINE_REASONS, { error: 'Select why you are declining' }) })
  .pipe(DeclineSchema);

type Offer = Awaited<ReturnType<typeof providerOffers>>[number];

const offersOf = (services: Pick<Services, 'db' | 'whereabouts'>, ctx: PageContext) =>
  providerOffers(services, ctx.user.providerId!, { limit: RECENT_OFFERS });

const withTimeLeft = (offer: Offer, now: number) => ({
  ...offer,
  minutesLeft: offer.deadlineAt ? minutesUntil(offer.deadlineAt, now) : 0,
});

/** One of the provider's offers, with a refused answer's errors and values. */
async function show(
  services: Services,
  res: Response,
  ctx: PageContext,
  form: { id: number; errors?: FieldErrors; values?: Record<string, unknown> },
) {
  const offer = (await offersOf(services, ctx)).find((o) => o.id === form.id);
  if (!offer) throw new NotFound('offer-not-found', `No offer ${form.id}.`);
  const now = services.clock.now();
  const errors = form.errors ?? {};
  const values = form.values ?? {};
  renderForm(
    res,
    'pages/provider/offer.njk',
    {
      offer: withTimeLeft(offer, now),
      open: offer.status === 'pending' && Date.parse(offer.deadlineAt!) > now,
      startDate: (values.startDate as ReturnType<typeof dateParts>) ?? partsOf(offer.wantedStart),
      reasonItems: choiceItems(DECLINE_REASONS, values.reason as string | undefined, { describe: label }),
    },
    { errors, anchors: { startDate: 'startDate-day' } },
  );
}

/**
 * A provider's offers (docs/specification/roles-and-stories.md §9.3, story P1;
 * docs/specification/allocation.md §5.14): what it needs to decide, nothing that identifies the
 * person.
 */
export function offerPages(services: Services) {
  const { clock } = services;
  return [
    definePage({
      method: 'get',
      path: '/my/offers',
      roles: ['provider'],
      async handler(_req, res, ctx) {
        const now = clock.now();
        const offers = (await offersOf(services, ctx)).map((o) => withTimeLeft(o, now));
        const waiting = offers
          .filter((o) => o.status === 'pending' && o.minutesLeft > 0)
          .sort((a, b) => Date.parse(a.deadlineAt!) - Date.parse(b.deadlineAt!));
        const answered = offers.filter((o) => !waiting.includes(o)).slice(0, 50);
        render(res, 'pages/provider/offers.njk', { waiting, answered });
      },
    }),
    definePage({
      method: 'get',
      path: '/my/offers/:id',
      roles: ['provider'],
      async handler(req, res, ctx) {
        await show(services, res, ctx, { id: paramsOr404(IdParams, req.params).id });
      },
    }),
    definePage({
      method: 'post',
      path: '/my/offers/:id/accept',
      roles: ['provider'],
      async handler(req, res, ctx) {
        const { id } = paramsOr404(IdParams, req.params);
        const values = { startDate: dateParts(req.body as FormBody, 'startDate') };
        const typed = check(AcceptForm, values);
        const form = typed.ok ? check(AcceptSchema, typed.data) : typed;
        if (!form.ok) return show(services, res, ctx, { id, errors: form.errors, values });
        const answer = { answer: 'accept' as const, startDate: form.data.startDate };
        const done = await runCommand(
          () => respondToOffer(commandContext(services, ctx.actor), { offerId: id, response: answer }),
          { startDate: 'The start date' },
        );
        if (!done.ok) return show(services, res, ctx, { id, errors: done.errors, values });
        const won = done.value.status === 'won';
        await redirectWithFlash(
          res,
          won ? '/my/packages' : '/my/offers',
          won ? 'Package awarded to you' : 'You have accepted the offer',
          won
            ? 'Every provider ranked above you declined or none was ranked above you. The package is in your packages.'
            : 'The award is made when the providers ranked above you answer or the window closes.',
        );
      },
    }),
    definePage({
      method: 'post',
      path: '/my/offers/:id/decline',
      roles: ['provider'],
      async handler(req, res, ctx) {
        const { id } = paramsOr404(IdParams, req.params);
        const values = { reason: text(req.body as FormBody, 'reason') };
        const form = check(DeclineForm, values);
        if (!form.ok) return show(services, res, ctx, { id, errors: form.errors, values });
        const answer = { answer: 'decline' as const, reason: form.data.reason };
        await respondToOffer(commandContext(services, ctx.actor), { offerId: id, response: answer });
        await redirectWithFlash(res, '/my/offers', 'You have declined the offer');
      },
    }),
  ];
}
