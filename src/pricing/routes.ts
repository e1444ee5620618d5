import { z } from 'zod';
import { OVERSIGHT_ROLES, ROLES, STAFF_ROLES } from '../auth/roles';
import { londonDate } from '../calendar/dates';
import { NotFound, Unprocessable } from '../errors';
import { IdParams } from '../http/params';
import { defineRoute, reply } from '../http/route';
import type { Services } from '../services';
import { MAINTENANCE_HOURS_JULY_2019 } from '../zones/catalogue';
import type { Band } from './bands';
import { createRateCard, deleteRateCard, updateRateCard } from './commands';
import { costModel } from './cost-model';
import { hoursToMinutes } from './minutes';
import { describeRateCard, loadRateCards, storedCardInForce } from './queries';
import { priceQuote } from './quote';
import {
  CostModelQuery,
  CostModelSchema,
  DateQuery,
  NewRateCardSchema,
  QuoteQuery,
  QuoteSchema,
  RateCardPatchSchema,
  RateCardSchema,
} from './schemas';

export function pricingRoutes({ db, clock, zones }: Services) {
  const today = () => londonDate(clock.now());
  return [
    defineRoute({
      method: 'get',
      path: '/rate-cards',
      summary:
        'Every rate card, oldest first, with the one in force today marked (published rates, story P5)',
      tags: ['pricing'],
      access: { roles: ROLES },
      request: {},
      responses: {
        200: { description: 'Rate cards', schema: z.object({ rateCards: z.array(RateCardSchema) }) },
      },
      async handler() {
        const cards = await loadRateCards(db);
        return { rateCards: cards.map((card) => describeRateCard(card, cards, today())) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/rate-cards/current',
      summary: 'The rate card in force on a date (default today)',
      tags: ['pricing'],
      access: { roles: ROLES },
      request: { query: DateQuery },
      responses: {
        200: { description: 'The card in force', schema: RateCardSchema },
        404: { description: 'No card is in force on that date' },
      },
      async handler({ query }) {
        const date = query.date ?? today();
        const cards = await loadRateCards(db);
        const card = storedCardInForce(cards, date);
        if (!card) throw new NotFound('no-rate-card-in-force', `No rate card is in force on ${date}.`);
        return describeRateCard(card, cards, today());
      },
    }),
    defineRoute({
      method: 'post',
      path: '/rate-cards',
      summary: 'Add a rate card applying from a future date (annual uplift)',
      tags: ['pricing'],
      access: { roles: ['admin'] },
      request: { body: NewRateCardSchema },
      responses: {
        201: { description: 'Added', schema: RateCardSchema },
        409: { description: 'The date is not in the future, or another card applies from it' },
      },
      async handler({ body }, { actor }) {
        return createRateCard(db, actor, body, clock.now());
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/rate-cards/:id',
      summary: 'Change a rate card that has not yet taken effect',
      tags: ['pricing'],
      access: { roles: ['admin'] },
      request: { params: IdParams, body: RateCardPatchSchema },
      responses: {
        200: { description: 'Changed', schema: RateCardSchema },
        404: { description: 'No such card' },
        409: { description: 'The card is already in force, or the new date is not in the future or taken' },
      },
      async handler({ params, body }, { actor }) {
        return updateRateCard(db, actor, params.id, body, clock.now());
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/rate-cards/:id',
      summary: 'Delete a rate card that has not yet taken effect',
      tags: ['pricing'],
      access: { roles: ['admin'] },
      request: { params: IdParams },
      responses: {
        204: { description: 'Deleted' },
        404: { description: 'No such card' },
        409: { description: 'The card is already in force, or packages are priced against it' },
      },
      async handler({ params }, { actor }) {
        await deleteRateCard(db, actor, params.id, clock.now());
        return reply(204, undefined);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/pricing/quote',
      summary: 'Price a package before intake: zone, band, rate and weekly, annual and date-range costs',
      tags: ['pricing'],
      access: { roles: STAFF_ROLES },
      request: { query: QuoteQuery },
      responses: {
        200: { description: 'The quote', schema: QuoteSchema },
        422: { description: 'Outside the service area (with the nearest zone), or no rate card in force' },
      },
      async handler({ query }) {
        const place = await locate(query);
        const weeklyMinutes = hoursToMinutes(query.weeklyHours);
        const date = query.date ?? query.from ?? today();
        const range = query.from && query.to ? { from: query.from, to: query.to } : undefined;
        const priced = priceQuote({ band: place.band, weeklyMinutes, date, range }, await loadRateCards(db));
        if (!priced.ok) throw new Unprocessable(priced.code, priced.message);
        const { ok: _ok, ...costs } = priced;
        return { ...place, weeklyHours: weeklyMinutes / 60, weeklyMinutes, date, ...costs };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/pricing/cost-model',
      summary:
        'Weighted average £/h and weekly and annual cost of weekly hours by band (default: July 2019 maintenance hours)',
      tags: ['pricing'],
      access: { roles: OVERSIGHT_ROLES },
      request: { query: CostModelQuery },
      responses: {
        200: { description: 'The cost model at the card in force on the date', schema: CostModelSchema },
        422: { description: 'No rate card is in force on the date' },
      },
      async handler({ query }) {
        const date = query.date ?? today();
        const card = storedCardInForce(await loadRateCards(db), date);
        if (!card) throw new Unprocessable('no-rate-card-in-force', `No rate card is in force on ${date}.`);
        const { date: _date, ...given } = query;
        // Any band given: the others are 0. None given: the council's July 2019 baseline (HC20 ¶39).
        const anyGiven = Object.values(given).some((v) => v !== undefined);
        const hours = anyGiven
          ? {
              urban: given.urban ?? 0,
              fringe: given.fringe ?? 0,
              rural: given.rural ?? 0,
              isolated: given.isolated ?? 0,
            }
          : MAINTENANCE_HOURS_JULY_2019;
        const model = costModel(hours, card);
        return {
          date,
          hoursSource: anyGiven ? ('given' as const) : ('july-2019-maintenance' as const),
          rateCardId: card.id,
          ...model,
          rateCardLabel: model.rateCardLabel ?? null,
        };
      },
    }),
  ];

  /** Zone and band of the quote: from the location (outside the county → 422 with the nearest zone), or as given. */
  async function locate(query: z.output<typeof QuoteQuery>) {
    if (query.band)
      return { zoneId: null, zoneName: null, band: query.band, bandSource: 'given', area: null };
    const placed = await zones.placeInside({ lon: query.lon!, lat: query.lat! }, clock.now());
    const { area } = placed;
    return {
      zoneId: placed.zone.id,
      zoneName: placed.zone.name,
      band: placed.band as Band,
      bandSource: placed.bandSource as string,
      area: { areaId: area.id, lsoa: area.lsoa, lad: area.district.code, ladName: area.district.name },
    };
  }
}
