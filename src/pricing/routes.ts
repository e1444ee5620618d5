import type { z } from 'zod';
import { londonDate } from '../calendar/dates';
import { Unprocessable } from '../errors';
import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { MAINTENANCE_HOURS_JULY_2019 } from '../zones/catalogue';
import { OutsideServiceAreaProblem } from '../zones/schemas';
import type { Band } from './bands';
import { costModel } from './cost-model';
import { hoursToMinutes } from './minutes';
import { loadRateCards, storedCardInForce } from './queries';
import { priceQuote } from './quote';
import { negotiatedRateRoutes } from './negotiated-routes';
import { rateCardRoutes } from './rate-card-routes';
import { CostModelQuery, CostModelSchema, QuoteQuery, QuoteSchema } from './schemas';

/** Rate cards (rate-card-routes.ts), quotes and the cost model. */
export function pricingRoutes(services: Services) {
  return [
    ...rateCardRoutes(services),
    ...negotiatedRateRoutes(services),
    quoteRoute(services),
    costModelRoute(services),
  ];
}

function quoteRoute({ db, clock, zones }: Services) {
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
  return defineRoute({
    method: 'get',
    path: '/pricing/quote',
    operationId: 'getPriceQuote',
    summary: 'Price a package before intake: zone, band, rate and weekly, annual and date-range costs',
    tags: ['pricing'],
    access: { roles: ['officer', 'commissioner', 'admin'] },
    request: { query: QuoteQuery },
    responses: {
      200: { description: 'The quote', schema: QuoteSchema },
      422: {
        description: 'Outside the service area (with the nearest zone), or no rate card in force',
        schema: OutsideServiceAreaProblem,
      },
    },
    async handler({ query }) {
      const place = await locate(query);
      const weeklyMinutes = hoursToMinutes(query.weeklyHours);
      const date = query.date ?? query.from ?? londonDate(clock.now());
      const range = query.from && query.to ? { from: query.from, to: query.to } : undefined;
      const priced = priceQuote({ band: place.band, weeklyMinutes, date, range }, await loadRateCards(db));
      if (!priced.ok) throw new Unprocessable(priced.code, priced.message);
      const { ok: _ok, ...costs } = priced;
      return { ...place, weeklyHours: weeklyMinutes / 60, weeklyMinutes, date, ...costs };
    },
  });
}

function costModelRoute({ db, clock }: Services) {
  return defineRoute({
    method: 'get',
    path: '/pricing/cost-model',
    operationId: 'getCostModel',
    summary:
      'Weighted average £/h and weekly and annual cost of weekly hours by band (default: July 2019 maintenance hours)',
    tags: ['pricing'],
    access: { roles: ['commissioner', 'admin'] },
    request: { query: CostModelQuery },
    responses: {
      200: { description: 'The cost model at the card in force on the date', schema: CostModelSchema },
      422: { description: 'No rate card is in force on the date' },
    },
    async handler({ query }) {
      const date = query.date ?? londonDate(clock.now());
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
  });
}
