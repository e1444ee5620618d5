import { z } from 'zod';
import { STAFF_ROLES } from '../auth/roles';
import { IdParams } from '../http/params';
import { defineRoute } from '../http/route';
import { brokerageQueue } from '../packages/queries';
import { AcceptSchema, DeclineSchema } from '../packages/schemas';
import { URGENCIES } from '../packages/model';
import type { Services } from '../services';
import { commandContext } from './context';
import { providerOffers } from './offers';
import { respondToOffer } from './respond';
import { runBrokerageSweep } from './sweep';

const OFFER_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'won', 'lost', 'withdrawn'] as const;
const ResponseSchema = z
  .object({ offerId: z.number().int(), status: z.enum(OFFER_STATUSES), roundOutcome: z.string() })
  .meta({ id: 'OfferResponse' });

export function allocationRoutes(services: Services) {
  const { db, clock } = services;
  return [
    defineRoute({
      method: 'get',
      path: '/offers',
      summary: "The provider's own offers (nothing that identifies the person)",
      tags: ['offers'],
      access: { roles: ['provider'] },
      request: {
        query: z.object({
          status: z.enum(OFFER_STATUSES).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
      responses: { 200: { description: 'Offers, newest first' } },
      async handler({ query }, { actor }) {
        return { offers: await providerOffers(db, actor.providerId!, query) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/offers/:id/accept',
      summary: 'Accept an offer, optionally with the start date the provider can meet',
      tags: ['offers'],
      access: { roles: ['provider'] },
      request: { params: IdParams, body: AcceptSchema },
      responses: {
        200: {
          description: 'Recorded; status "won" when the award was made at once',
          schema: ResponseSchema,
        },
        409: { description: 'Already answered, expired, or the package is already awarded' },
      },
      async handler({ params, body }, { actor }) {
        return respondToOffer(commandContext(services, actor), {
          offerId: params.id,
          response: { answer: 'accept', startDate: body.startDate },
        });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/offers/:id/decline',
      summary: 'Decline an offer with a reason code',
      tags: ['offers'],
      access: { roles: ['provider'] },
      request: { params: IdParams, body: DeclineSchema },
      responses: {
        200: { description: 'Recorded', schema: ResponseSchema },
        409: { description: 'Already answered or expired' },
      },
      async handler({ params, body }, { actor }) {
        return respondToOffer(commandContext(services, actor), {
          offerId: params.id,
          response: { answer: 'decline', reason: body.reason },
        });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/queue',
      summary: 'Brokerage queue: packages brokering or unplaced, oldest first',
      tags: ['allocation'],
      access: { roles: STAFF_ROLES },
      request: {
        query: z.object({ zone: z.string().max(60).optional(), urgency: z.enum(URGENCIES).optional() }),
      },
      responses: { 200: { description: 'The queue' } },
      async handler({ query }) {
        const now = clock.now();
        const rows = await brokerageQueue(db, query);
        return {
          packages: rows.map((r) => ({
            id: r.id,
            zone: { id: r.zone_id, name: r.zone_name },
            band: r.band,
            weeklyHours: r.weekly_minutes / 60,
            urgency: r.urgency,
            careType: r.care_type,
            status: r.status,
            round: r.round_kind ? { number: r.round_number, kind: r.round_kind } : null,
            waitedMinutes: Math.floor((now - Number(r.created_at)) / 60_000),
            minutesLeftInWindow:
              r.deadline_at === null ? null : Math.max(0, Math.ceil((Number(r.deadline_at) - now) / 60_000)),
            escalated: r.escalated_at !== null,
          })),
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/brokerage/sweep',
      summary: 'Run the brokerage sweep now (it also runs every minute)',
      tags: ['allocation'],
      access: { roles: ['admin'] },
      request: {},
      responses: { 200: { description: 'What the sweep did' } },
      async handler() {
        return runBrokerageSweep(services, clock.now());
      },
    }),
  ];
}
