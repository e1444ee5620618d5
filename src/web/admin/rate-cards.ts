import type { Response } from 'express';
import { z } from 'zod';
import { londonDate } from '../../calendar/dates';
import { Conflict } from '../../errors';
import { BANDS } from '../../pricing/bands';
import { createRateCard } from '../../pricing/commands';
import { describeRateCard, loadRateCards } from '../../pricing/queries';
import { NewRateCardSchema } from '../../pricing/schemas';
import type { Services } from '../../services';
import { calendarDate } from '../format';
import {
  apiField,
  check,
  dateField,
  dateParts,
  poundsField,
  requiredText,
  text,
  type FieldErrors,
  type FormBody,
} from '../forms';
import { definePage } from '../page';
import { redirectWithFlash, render, renderForm } from '../views';

const rate = (band: (typeof BANDS)[number]) =>
  poundsField(
    `Enter the ${band} hourly rate`,
    `The ${band} rate must be an amount in pounds, like 19.50`,
  ).transform(
    apiField(
      NewRateCardSchema.shape.ratesPence.shape[band],
      `The ${band} rate must be more than £0 and no more than £1,000`,
    ),
  );

const RateCardForm = z
  .object({
    appliesFrom: dateField('the date the rates apply from'),
    label: requiredText('Enter a name for the rate card'),
    urban: rate('urban'),
    fringe: rate('fringe'),
    rural: rate('rural'),
    isolated: rate('isolated'),
  })
  .transform(({ appliesFrom, label, ...ratesPence }) => ({ appliesFrom, label, ratesPence }));

const DOMAIN_MESSAGES: Record<string, string> = {
  label: 'Name must be 200 characters or fewer',
  ...Object.fromEntries(
    BANDS.map((band) => [band, `The ${band} rate must be more than £0 and no more than £1,000`]),
  ),
};

function fieldOf(path: PropertyKey[]): string {
  return path[0] === 'ratesPence' && path[1] !== undefined ? String(path[1]) : String(path[0] ?? 'form');
}

/**
 * Rate cards (docs/specification/rates-and-costs.md §3.8;
 * docs/specification/roles-and-stories.md §9.3, story P5): the cards with their status, and adding
 * a future card (annual uplift).
 */
export function rateCardPages({ db, clock }: Services) {
  function showForm(res: Response, values: Record<string, unknown>, errors: FieldErrors = {}) {
    renderForm(
      res,
      'pages/admin/new-rate-card.njk',
      { values, bands: BANDS },
      { errors, anchors: { appliesFrom: 'appliesFrom-day' } },
    );
  }

  return [
    definePage({
      method: 'get',
      path: '/admin/rate-cards',
      roles: ['admin'],
      async handler(_req, res) {
        const cards = await loadRateCards(db);
        const today = londonDate(clock.now());
        const described = cards.map((card) => describeRateCard(card, cards, today)).reverse();
        render(res, 'pages/admin/rate-cards.njk', { cards: described, bands: BANDS });
      },
    }),
    definePage({
      method: 'get',
      path: '/admin/rate-cards/new',
      roles: ['admin'],
      async handler(_req, res) {
        showForm(res, { appliesFrom: { day: '', month: '', year: '' } });
      },
    }),
    definePage({
      method: 'post',
      path: '/admin/rate-cards/new',
      roles: ['admin'],
      async handler(req, res, { actor }) {
        const body = req.body as FormBody;
        const values = {
          appliesFrom: dateParts(body, 'appliesFrom'),
          label: text(body, 'label'),
          ...Object.fromEntries(BANDS.map((band) => [band, text(body, band)])),
        };
        const form = check(RateCardForm, values);
        const card = form.ok ? check(NewRateCardSchema, form.data, fieldOf, DOMAIN_MESSAGES) : form;
        if (!card.ok) return showForm(res, values, card.errors);
        try {
          const created = await createRateCard({ db, actor, now: clock.now() }, card.data);
          await redirectWithFlash(
            res,
            '/admin/rate-cards',
            `Rate card “${created.label}” added`,
            `It applies from ${calendarDate(created.appliesFrom)}.`,
          );
        } catch (err) {
          // A date that is not in the future, or that another card has: said beside the date.
          if (err instanceof Conflict) return showForm(res, values, { appliesFrom: err.message });
          throw err;
        }
      },
    }),
  ];
}
