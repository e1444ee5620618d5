import { commandContext } from '../allocation/context';
import { ROLES, STAFF_ROLES } from '../auth/roles';
import { IdParams } from '../http/params';
import { z } from 'zod';
import { NotFound } from '../errors';
import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { capacityRoutes, coverageRoute } from './capacity-routes';
import { needsRoutes } from './needs-routes';
import { admitProvider, removeZoneRole, setZoneRole, updateProvider } from './commands';
import { ageBasis, scopeToOwnProvider } from './access';
import { findProvider, listProviders } from './queries';
import {
  NewProviderSchema,
  ProviderChangeSchema,
  ProviderListQuery,
  ProviderPatchSchema,
  ProviderSchema,
  ProviderZoneParams,
  ZoneRoleBodySchema,
  ZoneRoleRemovalSchema,
  ZoneRoleResultSchema,
} from './schemas';

/** The framework: providers, their role in each zone, their capacity, and each zone's coverage. */
export function providerRoutes(services: Services) {
  return [
    ...providerRegisterRoutes(services),
    ...zoneRoleRoutes(services),
    ...capacityRoutes(services),
    ...needsRoutes(services),
    coverageRoute(services),
  ];
}

function providerRegisterRoutes(services: Services) {
  const { db } = services;
  const basis = ageBasis(services);
  return [
    defineRoute({
      method: 'get',
      path: '/providers',
      operationId: 'listProviders',
      summary: 'Framework providers with their zone roles and latest capacity, filtered',
      tags: ['providers'],
      access: { roles: STAFF_ROLES },
      request: { query: ProviderListQuery },
      responses: {
        200: {
          description: 'Providers, by name',
          schema: z.object({ providers: z.array(ProviderSchema) }).meta({ id: 'ProviderList' }),
        },
      },
      async handler({ query }) {
        return { providers: await listProviders(db, query, basis()) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/providers',
      operationId: 'admitProvider',
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
        return admitProvider(commandContext(services, actor), body);
      },
    }),
    ...providerRecordRoutes(services),
  ];
}

function providerRecordRoutes(services: Services) {
  const { db } = services;
  const basis = ageBasis(services);
  return [
    defineRoute({
      method: 'get',
      path: '/providers/:id',
      operationId: 'getProvider',
      summary: 'One provider (a provider user: its own organisation only)',
      tags: ['providers'],
      access: { roles: ROLES },
      request: { params: IdParams },
      responses: {
        200: { description: 'The provider', schema: ProviderSchema },
        404: { description: 'No such provider (or not yours)' },
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
      operationId: 'updateProvider',
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
        return updateProvider(commandContext(services, actor), params.id, body);
      },
    }),
  ];
}

function zoneRoleRoutes(services: Services) {
  return [
    defineRoute({
      method: 'put',
      path: '/providers/:id/zones/:zoneId',
      operationId: 'setProviderZoneRole',
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
        409: { description: 'The role was changed by someone else at the same time' },
        422: { description: 'The rural free zone has no primes; or the provider has exited' },
      },
      async handler({ params, body }, { actor }) {
        const target = { providerId: params.id, zoneId: params.zoneId };
        return setZoneRole(commandContext(services, actor), target, body);
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/providers/:id/zones/:zoneId',
      operationId: 'removeProviderZoneRole',
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
        const target = { providerId: params.id, zoneId: params.zoneId };
        return removeZoneRole(commandContext(services, actor), target, body.reason);
      },
    }),
  ];
}
