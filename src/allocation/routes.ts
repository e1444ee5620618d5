import { IdParams } from '../http/params';
import { STAFF_ROLES } from '../auth/roles';
import { defineRoute } from '../http/route';
import { getPackage } from '../packages/queries';
import type { QueueEntry } from '../packages/queue/views';
import { workQueue } from '../packages/queue/work-queue';
import { AcceptSchema, DeclineSchema } from '../packages/schemas';
import type { Services } from '../services';
import { commandContext } from './context';
import { explainAllocation } from './explain';
import { providerOffers } from './offers';
import { respondToOffer } from './respond';
import {
  AllocationExplanationSchema,
  OfferAnswerSchema,
  OfferClosedProblem,
  OfferListQuery,
  OfferListSchema,
  QueueQuery,
  QueueSchema,
  SweepResultSchema,
} from './schemas';
import { runBrokerageSweep } from './sweep';

/** Brokerage: a provider's offers and its answers, the officers' queue, the sweep, and the explanation. */
export function allocationRoutes(services: Services) {
  return [...offerRoutes(services), queueRoute(services), sweepRoute(services), explanationRoute(services)];
}

function offerRoutes(services: Services) {
  return [
    defineRoute({
      method: 'get',
      path: '/offers',
      operationId: 'listOffers',
      summary: "The provider's own offers (nothing that identifies the person)",
      tags: ['offers'],
      access: { roles: ['provider'] },
      request: { query: OfferListQuery },
      responses: { 200: { description: 'Offers, newest first', schema: OfferListSchema } },
      async handler({ query }, { actor }) {
        return { offers: await providerOffers(services, actor.providerId!, query) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/offers/:id/accept',
      operationId: 'acceptOffer',
      summary: 'Accept an offer, optionally with the start date the provider can meet',
      tags: ['offers'],
      access: { roles: ['provider'] },
      request: { params: IdParams, body: AcceptSchema },
      responses: {
        200: {
          description: 'Recorded; status "won" when the award was made at once',
          schema: OfferAnswerSchema,
        },
        404: { description: 'No such offer (or not yours)' },
        409: {
          description: 'Already answered, expired, or the package is already awarded',
          schema: OfferClosedProblem,
        },
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
      operationId: 'declineOffer',
      summary: 'Decline an offer with a reason code',
      tags: ['offers'],
      access: { roles: ['provider'] },
      request: { params: IdParams, body: DeclineSchema },
      responses: {
        200: { description: 'Recorded', schema: OfferAnswerSchema },
        404: { description: 'No such offer (or not yours)' },
        409: { description: 'Already answered or expired', schema: OfferClosedProblem },
      },
      async handler({ params, body }, { actor }) {
        return respondToOffer(commandContext(services, actor), {
          offerId: params.id,
          response: { answer: 'decline', reason: body.reason },
        });
      },
    }),
  ];
}

/** A queue entry as the API gives it: the fields it always had, then the work queue's. */
function queueEntry(e: QueueEntry) {
  return {
    id: e.id,
    zone: { id: e.zoneId, name: e.zoneName },
    band: e.band,
    weeklyHours: e.weeklyMinutes / 60,
    urgency: e.urgency,
    careType: e.careType,
    fundingStream: e.fundingStream,
    status: e.status,
    round: e.round?.open ? { number: e.round.number, kind: e.round.kind } : null,
    waitedMinutes: e.waitedMinutes,
    minutesLeftInWindow: e.minutesLeftInWindow,
    escalated: e.escalatedAt !== null,
    reference: e.reference,
    weeklyMinutes: e.weeklyMinutes,
    visitsPerWeek: e.visitsPerWeek,
    wantedStart: e.wantedStart,
    agreedStart: e.agreedStart,
    view: e.view,
    reasons: e.reasons,
    canWiden: e.canWiden,
    answers: e.answers,
  };
}

function queueRoute(services: Services) {
  return defineRoute({
    method: 'get',
    path: '/queue',
    operationId: 'getBrokerageQueue',
    summary: 'Work queue: packages needing an officer, and those with providers; urgent first',
    tags: ['allocation'],
    access: { roles: STAFF_ROLES },
    request: { query: QueueQuery },
    responses: { 200: { description: 'The queue', schema: QueueSchema } },
    async handler({ query }) {
      const queue = await workQueue(services, { filter: query, now: services.clock.now() });
      return {
        packages: queue.entries.map(queueEntry),
        counts: { needsAction: queue.counts['needs-action'], withProviders: queue.counts['with-providers'] },
        rules: queue.rules,
      };
    },
  });
}

function sweepRoute(services: Services) {
  return defineRoute({
    method: 'post',
    path: '/brokerage/sweep',
    operationId: 'runBrokerageSweep',
    summary: 'Run the brokerage sweep now (it also runs every minute)',
    tags: ['allocation'],
    access: { roles: ['admin'] },
    request: {},
    responses: { 200: { description: 'What the sweep did', schema: SweepResultSchema } },
    async handler() {
      return runBrokerageSweep(services, services.clock.now());
    },
  });
}

function explanationRoute({ db }: Services) {
  return defineRoute({
    method: 'get',
    path: '/packages/:id/allocation',
    operationId: 'explainAllocation',
    summary: 'Why the package went where it did: rounds, eligibility, ranking, responses',
    tags: ['allocation'],
    access: { roles: STAFF_ROLES },
    request: { params: IdParams },
    responses: {
      200: { description: 'The allocation explanation', schema: AllocationExplanationSchema },
      404: { description: 'No such package' },
    },
    async handler({ params }) {
      await getPackage(db, params.id);
      return explainAllocation(db, params.id);
    },
  });
}
