import { IdParams } from '../http/params';
import type { z } from 'zod';
import { commandContext, type CommandContext } from '../allocation/context';
import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { decideShortNotice, handBack } from './hand-back/command';
import { HandBackSchema, ShortNoticeDecisionSchema } from './hand-back/schemas';
import { cancelPackage, confirmStart, endPackage, widenSearch } from './lifecycle';
import type { PackageRecord } from './model';
import {
  CancelSchema,
  EndSchema,
  IllegalTransitionProblem,
  PackageViewSchema,
  StartSchema,
  WidenSchema,
} from './schemas';
import { packageViewer } from './view';

interface LifecycleMove<S extends z.ZodType> {
  path: string;
  operationId: string;
  summary: string;
  roles: readonly ('officer' | 'provider' | 'commissioner')[];
  body: S;
  act: (ctx: CommandContext, id: number, body: z.output<S>) => Promise<PackageRecord>;
}

/** A move of a package through its states: POST with a body, answered with the package after it. */
function lifecycleRoute<S extends z.ZodType>(services: Services, move: LifecycleMove<S>) {
  const view = packageViewer(services);
  return defineRoute({
    method: 'post',
    path: move.path,
    operationId: move.operationId,
    summary: move.summary,
    tags: ['packages'],
    access: { roles: move.roles },
    request: { params: IdParams, body: move.body },
    responses: {
      200: { description: 'The package after the change', schema: PackageViewSchema },
      404: { description: 'No such package (or, for a provider, not one it holds)' },
      409: {
        description:
          'Not a move the package can make in its status (`currentStatus`), or it changed meanwhile: reload it',
        schema: IllegalTransitionProblem,
      },
    },
    async handler({ params, body: input }, { actor }) {
      const pkg = await move.act(commandContext(services, actor), params.id, input as z.output<S>);
      return view(pkg, actor);
    },
  });
}

/**
 * Cancel, end, widen (officers); start and hand back (the provider holding the package); a
 * commissioner's decision on short notice.
 */
export function lifecycleRoutes(services: Services) {
  return [
    lifecycleRoute(services, {
      path: '/packages/:id/cancel',
      operationId: 'cancelPackage',
      summary: 'Cancel a package before it ends',
      roles: ['officer'],
      body: CancelSchema,
      act: (ctx, id, b) => cancelPackage(ctx, { packageId: id, reason: b.reason }),
    }),
    lifecycleRoute(services, {
      path: '/packages/:id/end',
      operationId: 'endPackage',
      summary: 'End a package in care',
      roles: ['officer'],
      body: EndSchema,
      act: (ctx, id, b) => endPackage(ctx, { packageId: id, endedOn: b.endedOn, reason: b.reason }),
    }),
    lifecycleRoute(services, {
      path: '/packages/:id/widen',
      operationId: 'widenPackageSearch',
      summary: 'Round 3: widen an unplaced package to neighbouring zones or all providers',
      roles: ['officer'],
      body: WidenSchema,
      act: (ctx, id, b) => widenSearch(ctx, { packageId: id, scope: b.scope }),
    }),
    lifecycleRoute(services, {
      path: '/packages/:id/start',
      operationId: 'confirmPackageStart',
      summary: 'Confirm that care has started',
      roles: ['provider'],
      body: StartSchema,
      act: (ctx, id, b) => confirmStart(ctx, { packageId: id, startedOn: b.startedOn }),
    }),
    lifecycleRoute(services, {
      path: '/packages/:id/hand-back',
      operationId: 'handBackPackage',
      summary: 'Hand a package back for re-brokering',
      roles: ['provider'],
      body: HandBackSchema,
      act: (ctx, id, b) => handBack(ctx, { packageId: id, ...b }),
    }),
    lifecycleRoute(services, {
      path: '/packages/:id/hand-back/decision',
      operationId: 'decideShortNotice',
      summary: "A commissioner approves or refuses a hand-back's notice shorter than the default",
      roles: ['commissioner'],
      body: ShortNoticeDecisionSchema,
      act: (ctx, id, b) => decideShortNotice(ctx, { packageId: id, decision: b.decision }),
    }),
  ];
}
