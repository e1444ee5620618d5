import { z } from 'zod';
import { commandContext } from '../allocation/context';
import { STAFF_ROLES } from '../auth/roles';
import { NotFound } from '../errors';
import { IdParams } from '../http/params';
import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { scopeToOwnProvider } from './access';
import { declareNeeds, providerNeeds, setSpecialist, specialistList } from './needs-commands';
import {
  NeedsDeclarationBodySchema,
  NeedsEntrySchema,
  ProviderNeedsSchema,
  SpecialistAppointmentBody,
  SpecialistChangeSchema,
  SpecialistListSchema,
  SpecialistParams,
} from './needs-schemas';

/** What providers can meet per zone (docs/specification/allocation.md §5.16), and the specialist list (§5.17). */
export function needsRoutes(services: Services) {
  return [...declarationRoutes(services), ...specialistRoutes(services)];
}

function declarationRoutes(services: Services) {
  const { db } = services;
  return [
    defineRoute({
      method: 'get',
      path: '/providers/:id/needs',
      operationId: 'getProviderNeeds',
      summary:
        'What a provider declared it can meet in each of its zones, its specialist appointments and history',
      tags: ['providers', 'needs'],
      access: { roles: [...STAFF_ROLES, 'provider'] },
      request: { params: IdParams },
      responses: {
        200: { description: 'Needs declarations', schema: ProviderNeedsSchema },
        404: { description: 'No such provider (or not yours)' },
      },
      async handler({ params }, { actor }) {
        scopeToOwnProvider(actor, params.id);
        if (!(await db('providers').where({ id: params.id }).first('id'))) {
          throw new NotFound('provider-not-found', `No provider ${params.id}.`);
        }
        return providerNeeds(db, params.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/providers/:id/needs',
      operationId: 'declareProviderNeeds',
      summary:
        'Declare what the provider can meet now in one of its zones: specialisms, languages, two carers, gender',
      tags: ['providers', 'needs'],
      access: { roles: ['provider', 'admin'] },
      request: { params: IdParams, body: NeedsDeclarationBodySchema },
      responses: {
        201: { description: 'Declared', schema: NeedsEntrySchema },
        404: { description: 'No such provider (or not yours)' },
        422: { description: 'The provider holds no role in the zone, or the zone is unknown' },
      },
      async handler({ params, body }, { actor }) {
        scopeToOwnProvider(actor, params.id);
        return declareNeeds(commandContext(services, actor), params.id, body);
      },
    }),
  ];
}

function specialistRoutes(services: Services) {
  const change = (appointed: boolean) =>
    defineRoute({
      method: appointed ? 'put' : 'delete',
      path: '/specialists/:specialism/providers/:providerId',
      operationId: appointed ? 'appointSpecialist' : 'removeSpecialist',
      summary: appointed
        ? 'Appoint a provider to the countywide specialist list for a specialism'
        : 'Remove a provider from the countywide specialist list for a specialism',
      tags: ['needs'],
      access: { roles: ['admin'] },
      request: { params: SpecialistParams, body: SpecialistAppointmentBody },
      responses: {
        200: { description: 'The appointment as it now stands', schema: SpecialistChangeSchema },
        404: { description: 'No such provider' },
      },
      async handler({ params, body }, { actor }) {
        return setSpecialist(commandContext(services, actor), { ...params, appointed, reason: body.reason });
      },
    });
  return [
    defineRoute({
      method: 'get',
      path: '/specialists',
      operationId: 'listSpecialists',
      summary: 'The countywide specialist list, by specialism (HC20 ¶30)',
      tags: ['needs', 'coverage'],
      access: { roles: STAFF_ROLES },
      request: {},
      responses: { 200: { description: 'Specialists by specialism', schema: SpecialistListSchema } },
      async handler() {
        return specialistList(services.db);
      },
    }),
    change(true),
    change(false),
  ];
}

export type SpecialistChange = z.infer<typeof SpecialistChangeSchema>;
