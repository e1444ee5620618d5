import { z } from 'zod';
import { ROLES, STAFF_ROLES, type Actor } from '../auth/roles';
import { NotFound } from '../errors';
import { IdParams } from '../http/params';
import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { capacityEntries } from './capacity';
import { admitProvider, declareCapacity, removeZoneRole, setZoneRole, updateProvider } from './commands';
import { zoneCoverage } from './coverage';
import { declarationHistory, findProvider, listProviders, type AgeBasis } from './queries';
import {
  CapacityDeclarationSchema,
  CapacityEntrySchema,
  CapacityListQuery,
  CoverageReportSchema,
  NewProviderSchema,
  ProviderCapacitySchema,
  ProviderChangeSchema,
  ProviderListQuery,
  ProviderPatchSchema,
  ProviderSchema,
  ProviderZoneParams,
  ZoneRoleBodySchema,
  ZoneRoleRemovalSchema,
  ZoneRoleResultSchema,
} from './schemas';

/**
 * A provider user sees its own organisation only. Another provider's id answers exactly as a
 * missing one does (404, same text), so ids reveal nothing (README: access rules).
 */
function scopeToOwnProvider(actor: Actor, providerId: number): void {
  if (actor.role === 'provider' && actor.providerId !== providerId) {
    throw new NotFound('provider-not-found', `No provider ${providerId}.`);
  }
}

export function providerRoutes({ db, clock, config, zoneFacts }: Services) {
  const basis = (): AgeBasis => ({ now: clock.now(), staleDays: config.allocation.capacityStaleDays });
  return [
    defineRoute({
      method: 'get',
      path: '/providers',
      summary: 'Framework providers with their zone roles and latest capacity, filtered',
      tags: ['providers'],
      access: { roles: STAFF_ROLES },
      request: { query: ProviderListQuery },
      responses: {
        200: { description: 'Providers, by name', schema: z.object({ providers: z.array(ProviderSchema) }) },
      },
      async handler({ query }) {
        return { providers: await listProviders(db, query, basis()) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/providers',
      summary: 'Admit a provider to the open framework',
      tags: ['providers'],
      access: { roles: ['admin'] },
      request: { body: NewProviderSchema },
      responses: {
        201: { description: 'Admitted', schema: ProviderSchema },
        409: { description: 'Another provider has the name or CQC location id' },
        422: { description: 'Inconsistent CQC ratings' },
      },
      async handler({ body }, { actor }) {
        return admitProvider(db, actor, body, basis());
      },
    }),
    defineRoute({
      method: 'get',
      path: '/providers/:id',
      summary: 'One provider (a provider user: its own organisation only)',
      tags: ['providers'],
      access: { roles: ROLES },
      request: { params: IdParams },
      responses: {
        200: { description: 'The provider', schema: ProviderSchema },
        404: { description: 'No such provider' },
      },
      async handler({ params }, { actor }) {
        scopeToOwnProvider(actor, params.id);
        const provider = await findProvider(db, params.id, basis());
        if (!provider) throw new NotFound('provider-not-found', `No provider ${params.id}.`);
        return provider;
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/providers/:id',
      summary: 'Change status, ratings, CHC approval or tender score (optimistic check on version)',
      tags: ['providers'],
      access: { roles: ['admin'] },
      request: { params: IdParams, body: ProviderPatchSchema },
      responses: {
        200: {
          description: 'Changed; warnings list zones a status change leaves short',
          schema: ProviderChangeSchema,
        },
        404: { description: 'No such provider' },
        409: { description: 'Stale version, or a duplicate name or CQC location id' },
        422: { description: 'Inconsistent CQC ratings' },
      },
      async handler({ params, body }, { actor }) {
        return updateProvider({ db, zoneFacts }, actor, params.id, body, basis());
      },
    }),
    defineRoute({
      method: 'put',
      path: '/providers/:id/zones/:zoneId',
      summary: 'Make the provider prime or supplementary in a zone (with a reason)',
      tags: ['providers'],
      access: { roles: ['admin'] },
      request: { params: ProviderZoneParams, body: ZoneRoleBodySchema },
      responses: {
        200: {
          description: 'The role, with any coverage warnings for the zone',
          schema: ZoneRoleResultSchema,
        },
        404: { description: 'No such provider or zone' },
        422: { description: 'The rural free zone has no primes; or the provider has exited' },
      },
      async handler({ params, body }, { actor }) {
        return setZoneRole(
          { db, zoneFacts },
          actor,
          { providerId: params.id, zoneId: params.zoneId },
          body,
          basis(),
        );
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/providers/:id/zones/:zoneId',
      summary: 'Take the provider out of a zone (with a reason); allowed below the minimums, with a warning',
      tags: ['providers'],
      access: { roles: ['admin'] },
      request: { params: ProviderZoneParams, body: ZoneRoleRemovalSchema },
      responses: {
        200: {
          description: 'Removed, with any coverage warnings for the zone',
          schema: ZoneRoleResultSchema,
        },
        404: { description: 'No such provider, zone or role' },
      },
      async handler({ params, body }, { actor }) {
        return removeZoneRole(
          { db, zoneFacts },
          actor,
          { providerId: params.id, zoneId: params.zoneId },
          body.reason,
          basis(),
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/providers/:id/capacity',
      summary: "A provider's latest capacity per zone, with age and staleness, and its recent declarations",
      tags: ['providers', 'capacity'],
      access: { roles: ROLES },
      request: { params: IdParams },
      responses: {
        200: { description: 'Capacity', schema: ProviderCapacitySchema },
        404: { description: 'No such provider' },
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
      summary: 'Declare the new weekly hours the provider can take now in one of its zones',
      tags: ['providers', 'capacity'],
      access: { roles: ['provider', 'officer', 'admin'] },
      request: { params: IdParams, body: CapacityDeclarationSchema },
      responses: {
        201: { description: 'Declared', schema: CapacityEntrySchema },
        404: { description: 'No such provider' },
        422: { description: 'The provider holds no role in the zone, or the zone is unknown' },
      },
      async handler({ params, body }, { actor }) {
        scopeToOwnProvider(actor, params.id);
        return declareCapacity({ db, zoneFacts }, actor, params.id, body, basis());
      },
    }),
    defineRoute({
      method: 'get',
      path: '/capacity',
      summary: 'Latest capacity of every provider in every zone it holds a role in, with age; stale flagged',
      tags: ['capacity'],
      access: { roles: STAFF_ROLES },
      request: { query: CapacityListQuery },
      responses: {
        200: {
          description: 'One entry per membership',
          schema: z.object({ staleAfterDays: z.number().int(), entries: z.array(CapacityEntrySchema) }),
        },
      },
      async handler({ query }) {
        const b = basis();
        const entries = await capacityEntries(
          db,
          {
            providerIds: query.provider ? [query.provider] : undefined,
            zoneId: query.zone,
            state: query.state,
          },
          b,
        );
        return { staleAfterDays: b.staleDays, entries };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/framework/coverage',
      summary:
        'Zone coverage: active primes, supplementaries and CHC providers against each zone\u2019s minimums',
      tags: ['providers', 'coverage'],
      access: { roles: STAFF_ROLES },
      request: {},
      responses: { 200: { description: 'Coverage by zone, with warnings', schema: CoverageReportSchema } },
      async handler() {
        const b = basis();
        const zones = await zoneCoverage({ db, zoneFacts }, b);
        return { asAt: new Date(b.now).toISOString(), zones, warnings: zones.flatMap((z) => z.warnings) };
      },
    }),
  ];
}
