import { z } from 'zod';
import { commandContext, type CommandContext } from '../allocation/context';
import { explainAllocation } from '../allocation/explain';
import { ROLES, STAFF_ROLES, type Actor } from '../auth/roles';
import { IdParams } from '../http/params';
import { defineRoute } from '../http/route';
import { NotFound } from '../errors';
import type { Services } from '../services';
import { editPackage } from './edit';
import { intakePackage } from './intake';
import { cancelPackage, confirmStart, endPackage, handBack, widenSearch } from './lifecycle';
import type { PackageRecord } from './model';
import { getPackage, listPackages } from './queries';
import {
  CancelSchema,
  EditPackageSchema,
  EndSchema,
  HandBackSchema,
  NewPackageSchema,
  PackageListQuery,
  PackageViewSchema,
  StartSchema,
  WidenSchema,
} from './schemas';
import { packageView } from './view';

export function packageRoutes(services: Services) {
  const { db, clock, zoneFacts } = services;
  const view = async (pkg: PackageRecord, actor: Actor) =>
    packageView(pkg, (await zoneFacts.names(db)).get(pkg.zoneId) ?? pkg.zoneId, actor);
  const lifecycleRoute = <S extends z.ZodType>(route: {
    path: string;
    summary: string;
    roles: readonly ('officer' | 'provider')[];
    body: S;
    act: (ctx: CommandContext, id: number, body: z.output<S>) => Promise<PackageRecord>;
  }) =>
    defineRoute({
      method: 'post',
      path: route.path,
      summary: route.summary,
      tags: ['packages'],
      access: { roles: route.roles },
      request: { params: IdParams, body: route.body },
      responses: { 200: { description: 'The package after the change', schema: PackageViewSchema } },
      async handler({ params, body: input }, { actor }) {
        const pkg = await route.act(commandContext(services, actor), params.id, input as z.output<S>);
        return view(pkg, actor);
      },
    });

  return [
    defineRoute({
      method: 'post',
      path: '/packages',
      summary: 'Intake: locate, price and open brokerage round 1',
      tags: ['packages'],
      access: { roles: ['officer'] },
      request: { body: NewPackageSchema },
      responses: {
        201: { description: 'Created and offered', schema: PackageViewSchema },
        422: { description: 'Outside the service area (with the nearest zone and distance)' },
      },
      async handler({ body }, { actor }) {
        return view(await intakePackage(services, actor, body, clock.now()), actor);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/packages',
      summary: 'Packages (a provider sees only those it holds)',
      tags: ['packages'],
      access: { roles: ROLES },
      request: { query: PackageListQuery },
      responses: {
        200: {
          description: 'Packages, newest first',
          schema: z.object({ packages: z.array(PackageViewSchema) }),
        },
      },
      async handler({ query }, { actor }) {
        const scoped = actor.role === 'provider' ? { ...query, providerId: actor.providerId! } : query;
        const packages = await listPackages(db, scoped);
        const names = await zoneFacts.names(db);
        return { packages: packages.map((p) => packageView(p, names.get(p.zoneId) ?? p.zoneId, actor)) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/packages/:id',
      summary: 'One package',
      tags: ['packages'],
      access: { roles: ROLES },
      request: { params: IdParams },
      responses: { 200: { description: 'The package', schema: PackageViewSchema } },
      async handler({ params }, { actor }) {
        const pkg = await getPackage(db, params.id);
        if (actor.role === 'provider' && pkg.providerId !== actor.providerId) {
          throw new NotFound('package-not-found', `No package ${params.id}.`);
        }
        return view(pkg, actor);
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/packages/:id',
      summary: 'Correct hours, visits, needs or wanted start (optimistic: send the version you loaded)',
      tags: ['packages'],
      access: { roles: ['officer'] },
      request: { params: IdParams, body: EditPackageSchema },
      responses: {
        200: { description: 'The package after the edit', schema: PackageViewSchema },
        409: { description: 'Changed by someone else since that version, or not editable in its state' },
      },
      async handler({ params, body }, { actor }) {
        return view(
          await editPackage(commandContext(services, actor), { packageId: params.id, changes: body }),
          actor,
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/packages/:id/allocation',
      summary: 'Why the package went where it did: rounds, eligibility, ranking, responses',
      tags: ['allocation'],
      access: { roles: STAFF_ROLES },
      request: { params: IdParams },
      responses: { 200: { description: 'The allocation explanation' } },
      async handler({ params }) {
        await getPackage(db, params.id);
        return explainAllocation(db, params.id);
      },
    }),
    lifecycleRoute({
      path: '/packages/:id/cancel',
      summary: 'Cancel a package before it ends',
      roles: ['officer'],
      body: CancelSchema,
      act: (ctx, id, b) => cancelPackage(ctx, { packageId: id, reason: b.reason }),
    }),
    lifecycleRoute({
      path: '/packages/:id/end',
      summary: 'End a package in care',
      roles: ['officer'],
      body: EndSchema,
      act: (ctx, id, b) => endPackage(ctx, { packageId: id, endedOn: b.endedOn, reason: b.reason }),
    }),
    lifecycleRoute({
      path: '/packages/:id/widen',
      summary: 'Round 3: widen an unplaced package to neighbouring zones or all providers',
      roles: ['officer'],
      body: WidenSchema,
      act: (ctx, id, b) => widenSearch(ctx, { packageId: id, scope: b.scope }),
    }),
    lifecycleRoute({
      path: '/packages/:id/start',
      summary: 'Confirm that care has started',
      roles: ['provider'],
      body: StartSchema,
      act: (ctx, id, b) => confirmStart(ctx, { packageId: id, startedOn: b.startedOn }),
    }),
    lifecycleRoute({
      path: '/packages/:id/hand-back',
      summary: 'Hand a package back for re-brokering',
      roles: ['provider'],
      body: HandBackSchema,
      act: (ctx, id, b) => handBack(ctx, { packageId: id, ...b }),
    }),
  ];
}
