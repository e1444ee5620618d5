import { z } from 'zod';
import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { listEvidence, recordEvidence, withdrawEvidence, type NewEvidence } from './evidence';
import { confirmFlag, dismissFlag, getFlag, listFlags } from './flags';
import { assertOwnProvider, kpiReport, providerOrNotFound, providerScores, zoneScores } from './queries';
import { runRoleReview } from './review-run';
import { runScoreComputation } from './score-run';
import {
  ConfirmFlagSchema,
  DismissFlagSchema,
  EvidenceIdParams,
  EvidenceListQuery,
  EvidenceSchema,
  FlagIdParams,
  FlagListQuery,
  HistoryQuerySchema,
  KpiQuerySchema,
  NewEvidenceSchema,
  ProviderIdParams,
  ScoresQuerySchema,
  WithdrawEvidenceSchema,
} from './schemas';
import { snapshotHistory, snapshotView } from './snapshots';

const ALL = ['officer', 'provider', 'commissioner', 'admin'] as const;
const STAFF = ['officer', 'commissioner', 'admin'] as const;

export function performanceRoutes(services: Services) {
  const { db, clock, config } = services;
  const settings = config.performance;
  return [
    defineRoute({
      method: 'get',
      path: '/performance/kpis',
      summary: 'Pick-up and response KPIs for a period, per provider, zone and/or band, or county-wide',
      tags: ['performance'],
      access: { roles: ALL },
      request: { query: KpiQuerySchema },
      responses: { 200: { description: 'KPIs per group (a provider sees only its own)' } },
      async handler({ query }, { actor }) {
        if (actor.role === 'provider' && query.provider !== undefined)
          assertOwnProvider(actor, query.provider);
        const providerId = actor.role === 'provider' ? actor.providerId! : query.provider;
        const filter = {
          ...(providerId !== undefined ? { providerId } : {}),
          ...(query.zone ? { zoneId: query.zone } : {}),
          ...(query.band ? { band: query.band } : {}),
        };
        return kpiReport(
          db,
          settings,
          { from: query.from, to: query.to, groupBy: query.groupBy, filter },
          clock.now(),
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/scores',
      summary:
        'Every provider’s quality score in force, per zone (at a past instant: the scores a round then ranked by)',
      tags: ['performance'],
      access: { roles: STAFF },
      request: { query: ScoresQuerySchema },
      responses: { 200: { description: 'Scores per zone, primes first, best first' } },
      async handler({ query }) {
        return zoneScores(db, settings, query.zone, query.at ? Date.parse(query.at) : clock.now());
      },
    }),
    defineRoute({
      method: 'post',
      path: '/scores/recompute',
      summary: 'Compute and store every provider’s score now (it also runs nightly)',
      tags: ['performance'],
      access: { roles: ['admin'] },
      request: {},
      responses: { 201: { description: 'The stored run' } },
      async handler(_input, { actor }) {
        return runScoreComputation(services, actor, clock.now(), 'on-demand');
      },
    }),
    defineRoute({
      method: 'get',
      path: '/providers/:id/score',
      summary: 'A provider’s quality score in each of its zones, with components and the KPIs behind it',
      tags: ['performance'],
      access: { roles: ALL },
      request: { params: ProviderIdParams, query: z.object({ at: ScoresQuerySchema.shape.at }) },
      responses: {
        200: { description: 'Scores per zone' },
        404: { description: 'No such provider (or not yours)' },
      },
      async handler({ params, query }, { actor }) {
        assertOwnProvider(actor, params.id);
        return providerScores(db, settings, params.id, query.at ? Date.parse(query.at) : clock.now());
      },
    }),
    defineRoute({
      method: 'get',
      path: '/providers/:id/score/history',
      summary: 'A provider’s stored score snapshots, newest first',
      tags: ['performance'],
      access: { roles: ALL },
      request: { params: ProviderIdParams, query: HistoryQuerySchema },
      responses: {
        200: { description: 'Snapshots' },
        404: { description: 'No such provider (or not yours)' },
      },
      async handler({ params, query }, { actor }) {
        assertOwnProvider(actor, params.id);
        await providerOrNotFound(db, params.id);
        const rows = await snapshotHistory(db, params.id, {
          zoneId: query.zone,
          from: query.from,
          to: query.to,
          limit: query.limit,
        });
        return { snapshots: rows.map(snapshotView) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/providers/:id/quality-evidence',
      summary: 'Quality evidence recorded for a provider, newest first',
      tags: ['performance'],
      access: { roles: ALL },
      request: { params: ProviderIdParams, query: EvidenceListQuery },
      responses: {
        200: { description: 'Evidence', schema: z.object({ evidence: z.array(EvidenceSchema) }) },
        404: { description: 'No such provider (or not yours)' },
      },
      async handler({ params, query }, { actor }) {
        assertOwnProvider(actor, params.id);
        return { evidence: await listEvidence(db, params.id, query) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/providers/:id/quality-evidence',
      summary: 'Record a monitoring visit, upheld complaint, safeguarding concern or CQC rating change',
      tags: ['performance'],
      access: { roles: ['officer', 'admin'] },
      request: { params: ProviderIdParams, body: NewEvidenceSchema },
      responses: {
        201: { description: 'Recorded', schema: EvidenceSchema },
        404: { description: 'No such provider' },
        422: { description: 'Dated in the future' },
      },
      async handler({ params, body }, { actor }) {
        return recordEvidence(db, actor, params.id, body as NewEvidence, clock.now());
      },
    }),
    defineRoute({
      method: 'post',
      path: '/providers/:id/quality-evidence/:evidenceId/withdraw',
      summary: 'Withdraw evidence recorded in error (kept, and still explains past scores)',
      tags: ['performance'],
      access: { roles: ['officer', 'admin'] },
      request: { params: EvidenceIdParams, body: WithdrawEvidenceSchema },
      responses: {
        200: { description: 'Withdrawn', schema: EvidenceSchema },
        404: { description: 'No such evidence' },
        409: { description: 'Already withdrawn' },
      },
      async handler({ params, body }, { actor }) {
        return withdrawEvidence(db, actor, params.id, params.evidenceId, body.reason, clock.now());
      },
    }),
    defineRoute({
      method: 'get',
      path: '/reviews/flags',
      summary: 'Promotion and demotion flags, newest first',
      tags: ['performance'],
      access: { roles: ['commissioner', 'admin'] },
      request: { query: FlagListQuery },
      responses: { 200: { description: 'Flags with their evidence' } },
      async handler({ query }) {
        return { flags: await listFlags(db, query) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/reviews/flags/:id',
      summary: 'One flag, with the zone’s prime coverage now',
      tags: ['performance'],
      access: { roles: ['commissioner', 'admin'] },
      request: { params: FlagIdParams },
      responses: { 200: { description: 'The flag' }, 404: { description: 'No such flag' } },
      async handler({ params }) {
        return getFlag(db, params.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/reviews/flags/:id/confirm',
      summary: 'Confirm a flag: the provider’s role in the zone changes now (audited)',
      tags: ['performance'],
      access: { roles: ['admin'] },
      request: { params: FlagIdParams, body: ConfirmFlagSchema },
      responses: {
        200: { description: 'The confirmed flag' },
        404: { description: 'No such flag' },
        409: { description: 'Already decided, or the provider’s role has changed since' },
        422: { description: 'Would leave the zone below its minimum primes without acknowledgement' },
      },
      async handler({ params, body }, { actor }) {
        return confirmFlag(db, actor, params.id, body, clock.now());
      },
    }),
    defineRoute({
      method: 'post',
      path: '/reviews/flags/:id/dismiss',
      summary: 'Dismiss a flag with a reason; the role does not change',
      tags: ['performance'],
      access: { roles: ['admin'] },
      request: { params: FlagIdParams, body: DismissFlagSchema },
      responses: {
        200: { description: 'The dismissed flag' },
        404: { description: 'No such flag' },
        409: { description: 'Already decided' },
      },
      async handler({ params, body }, { actor }) {
        return dismissFlag(db, actor, params.id, body.reason, clock.now());
      },
    }),
    defineRoute({
      method: 'post',
      path: '/reviews/run',
      summary: 'Run the promotion and demotion review now (it also runs daily)',
      tags: ['performance'],
      access: { roles: ['admin'] },
      request: {},
      responses: { 200: { description: 'What the review raised' } },
      async handler(_input, { actor }) {
        return runRoleReview(services, actor, clock.now());
      },
    }),
  ];
}
