import { ROLES, STAFF_ROLES } from '../../auth/roles';
import { IdParams } from '../../http/params';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { assertOwnProvider, providerOrNotFound } from '../access';
import { providerScores, zoneScores } from './in-force';
import { snapshotHistory } from './queries';
import { runScoreComputation } from './run';
import {
  HistoryQuerySchema,
  ProviderScoreQuery,
  ProviderScoresSchema,
  ScoreRunSchema,
  ScoresQuerySchema,
  SnapshotHistorySchema,
  ZoneScoresSchema,
} from './schemas';
import { snapshotView } from './snapshot';

export function scoreRoutes({ db, clock, config, zoneFacts }: Services) {
  const settings = config.performance;
  /** The instant asked about, or now. */
  const instant = (at: string | undefined) => (at ? Date.parse(at) : clock.now());
  return [
    defineRoute({
      method: 'get',
      path: '/scores',
      operationId: 'listScores',
      summary:
        'Every provider’s quality score in force, per zone (at a past instant: the scores a round then ranked by)',
      tags: ['performance'],
      access: { roles: STAFF_ROLES },
      request: { query: ScoresQuerySchema },
      responses: {
        200: { description: 'Scores per zone, primes first, best first', schema: ZoneScoresSchema },
      },
      async handler({ query }) {
        return zoneScores({ db, zoneFacts }, settings, query.zone, instant(query.at));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/scores/recompute',
      operationId: 'recomputeScores',
      summary: 'Compute and store every provider’s score now (it also runs nightly)',
      tags: ['performance'],
      access: { roles: ['admin'] },
      request: {},
      responses: { 201: { description: 'The stored run', schema: ScoreRunSchema } },
      async handler(_input, { actor }) {
        return runScoreComputation({ db, config, actor, now: clock.now() }, 'on-demand');
      },
    }),
    defineRoute({
      method: 'get',
      path: '/providers/:id/score',
      operationId: 'getProviderScores',
      summary: 'A provider’s quality score in each of its zones, with components and the KPIs behind it',
      tags: ['performance'],
      access: { roles: ROLES },
      request: { params: IdParams, query: ProviderScoreQuery },
      responses: {
        200: { description: 'Scores per zone', schema: ProviderScoresSchema },
        404: { description: 'No such provider (or not yours)' },
      },
      async handler({ params, query }, { actor }) {
        assertOwnProvider(actor, params.id);
        return providerScores({ db, zoneFacts }, settings, params.id, instant(query.at));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/providers/:id/score/history',
      operationId: 'listProviderScoreHistory',
      summary: 'A provider’s stored score snapshots, newest first',
      tags: ['performance'],
      access: { roles: ROLES },
      request: { params: IdParams, query: HistoryQuerySchema },
      responses: {
        200: { description: 'Snapshots', schema: SnapshotHistorySchema },
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
  ];
}
