import { commandContext } from '../allocation/context';
import { ROLES, STAFF_ROLES } from '../auth/roles';
import { IdParams } from '../http/params';
import { z } from 'zod';
import { NotFound } from '../errors';
import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { ageBasis, scopeToOwnProvider } from './access';
import { capacityEntries } from './capacity';
import { declareCapacity } from './declare-capacity';
import { zoneCoverage } from './coverage';
import { declarationHistory } from './queries';
import {
  CapacityDeclarationSchema,
  CapacityEntrySchema,
  CapacityListQuery,
  CoverageReportSchema,
  ProviderCapacitySchema,
} from './schemas';

/** Capacity: one provider's (read and declare), and every provider's in every zone. */
export function capacityRoutes(services: Services) {
  const { db } = services;
  const basis = ageBasis(services);
  return [
    defineRoute({
      method: 'get',
      path: '/providers/:id/capacity',
      operationId: 'getProviderCapacity',
      summary: "A provider's latest capacity per zone, with age and staleness, and its recent declarations",
      tags: ['providers', 'capacity'],
      access: { roles: ROLES },
      request: { params: IdParams },
      responses: {
        200: { description: 'Capacity', schema: ProviderCapacitySchema },
        404: { description: 'No such provider (or not yours)' },
      },
      async handler({ params }, { actor }) {
        scopeToOwnProvider(actor, params.id);
        if (!(await db('providers').where({ id: params.id }).first('id'))) {
          throw new NotFound('provider-not-found', `No provider ${params.id}.`);
        }
        const b = basis();
        const [zones, history] = await Promise.all([
          capacityEntries(db, { providerIds: [params.id] }, b),
          declarationHistory(db, params.id, b),
        ]);
        return { providerId: params.id, staleAfterDays: b.staleDays, zones, history };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/providers/:id/capacity',
      operationId: 'declareProviderCapacity',
      summary: 'Declare the new weekly hours the provider can take now in one of its zones',
      tags: ['providers', 'capacity'],
      access: { roles: ['provider', 'officer', 'admin'] },
      request: { params: IdParams, body: CapacityDeclarationSchema },
      responses: {
        201: { description: 'Declared', schema: CapacityEntrySchema },
        404: { description: 'No such provider (or not yours)' },
        422: { description: 'The provider holds no role in the zone, or the zone is unknown' },
      },
      async handler({ params, body }, { actor }) {
        scopeToOwnProvider(actor, params.id);
        return declareCapacity(commandContext(services, actor), params.id, body);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/capacity',
      operationId: 'listCapacity',
      summary: 'Latest capacity of every provider in every zone it holds a role in, with age; stale flagged',
      tags: ['capacity'],
      access: { roles: STAFF_ROLES },
      request: { query: CapacityListQuery },
      responses: {
        200: {
          description: 'One entry per membership',
          schema: z
            .object({ staleAfterDays: z.number().int(), entries: z.array(CapacityEntrySchema) })
            .meta({ id: 'CapacityList' }),
        },
      },
      async handler({ query }) {
        const b = basis();
        const filter = {
          providerIds: query.provider ? [query.provider] : undefined,
          zoneId: query.zone,
          state: query.state,
        };
        return { staleAfterDays: b.staleDays, entries: await capacityEntries(db, filter, b) };
      },
    }),
  ];
}

export function coverageRoute(services: Services) {
  const basis = ageBasis(services);
  return defineRoute({
    method: 'get',
    path: '/framework/coverage',
    operationId: 'getFrameworkCoverage',
    summary:
      'Zone coverage: active primes, supplementaries and CHC providers against each zone\u2019s minimums',
    tags: ['providers', 'coverage'],
    access: { roles: STAFF_ROLES },
    request: {},
    responses: { 200: { description: 'Coverage by zone, with warnings', schema: CoverageReportSchema } },
    async handler() {
      const b = basis();
      const zones = await zoneCoverage(services, b);
      return { asAt: new Date(b.now).toISOString(), zones, warnings: zones.flatMap((z) => z.warnings) };
    },
  });
}
