import { IdParams } from '../http/params';
import { z } from 'zod';
import { ROLES } from '../auth/roles';
import { londonDate } from '../calendar/dates';
import { NotFound } from '../errors';
import { defineRoute, reply } from '../http/route';
import type { Services } from '../services';
import { createRateCard, deleteRateCard, updateRateCard } from './commands';
import { describeRateCard, loadRateCards, storedCardInForce } from './queries';
import { DateQuery, NewRateCardSchema, RateCardPatchSchema, RateCardSchema } from './schemas';

/** The published rate cards (story P5), and the admin's changes to cards not yet in force. */
export function rateCardRoutes(services: Services) {
  return [...rateCardReadRoutes(services), ...rateCardWriteRoutes(services)];
}

function rateCardReadRoutes({ db, clock }: Services) {
  const today = () => londonDate(clock.now());
  return [
    defineRoute({
      method: 'get',
      path: '/rate-cards',
      operationId: 'listRateCards',
      summary:
        'Every rate card, oldest first, with the one in force today marked (published rates, story P5)',
      tags: ['pricing'],
      access: { roles: ROLES },
      request: {},
      responses: {
        200: {
          description: 'Rate cards',
          schema: z.object({ rateCards: z.array(RateCardSchema) }).meta({ id: 'RateCardList' }),
        },
      },
      async handler() {
        const cards = await loadRateCards(db);
        return { rateCards: cards.map((card) => describeRateCard(card, cards, today())) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/rate-cards/current',
      operationId: 'getCurrentRateCard',
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
  ];
}

function rateCardWriteRoutes({ db, clock }: Services) {
  return [
    defineRoute({
      method: 'post',
      path: '/rate-cards',
      operationId: 'createRateCard',
      summary: 'Add a rate card applying from a future date (annual uplift)',
      tags: ['pricing'],
      access: { roles: ['admin'] },
      request: { body: NewRateCardSchema },
      responses: {
        201: { description: 'Added', schema: RateCardSchema },
        409: { description: 'The date is not in the future, or another card applies from it' },
      },
      async handler({ body }, { actor }) {
        return createRateCard({ db, actor, now: clock.now() }, body);
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/rate-cards/:id',
      operationId: 'updateRateCard',
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
        return updateRateCard({ db, actor, now: clock.now() }, params.id, body);
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/rate-cards/:id',
      operationId: 'deleteRateCard',
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
        await deleteRateCard({ db, actor, now: clock.now() }, params.id);
        return reply(204, undefined);
      },
    }),
  ];
}
