import { IdParams } from '../http/params';
import { ROLES } from '../auth/roles';
import { z } from 'zod';
import { commandContext } from '../allocation/context';
import { NotFound } from '../errors';
import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { OutsideServiceAreaProblem } from '../zones/schemas';
import { overridePackageBand } from './band-override';
import { editPackage } from './edit';
import { intakePackage } from './intake';
import { fundingRoutes } from './funding/routes';
import { lifecycleRoutes } from './lifecycle-routes';
import { getPackage, listPackages } from './queries';
import {
  BandOverrideRequestSchema,
  EditPackageSchema,
  NewPackageSchema,
  PackageListQuery,
  PackageViewSchema,
  VersionConflictProblem,
} from './schemas';
import { packageView, packageViewer } from './view';

/** Packages: intake, reading, correcting, and the lifecycle moves (lifecycle-routes.ts). */
export function packageRoutes(services: Services) {
  return [
    intakeRoute(services),
    listRoute(services),
    readRoute(services),
    editRoute(services),
    bandOverrideRoute(services),
    ...lifecycleRoutes(services),
    ...fundingRoutes(services),
  ];
}

function intakeRoute(services: Services) {
  const view = packageViewer(services);
  return defineRoute({
    method: 'post',
    path: '/packages',
    operationId: 'intakePackage',
    summary: 'Intake: locate, price and open brokerage round 1',
    tags: ['packages'],
    access: { roles: ['officer'] },
    request: { body: NewPackageSchema },
    responses: {
      201: { description: 'Created and offered', schema: PackageViewSchema },
      404: {
        description: "A well-formed postcode of the county's own outward codes that is not in the data",
      },
      422: {
        description:
          'Outside the service area (with the nearest zone, and the distance or the council), a PO-box or large-user postcode, a band override to the band the area already gives, or no rate card in force today',
        schema: OutsideServiceAreaProblem,
      },
    },
    async handler({ body }, { actor }) {
      return view(await intakePackage(services, actor, body, services.clock.now()), actor, true);
    },
  });
}

function listRoute({ db, zoneFacts }: Services) {
  return defineRoute({
    method: 'get',
    path: '/packages',
    operationId: 'listPackages',
    summary: 'Packages (a provider sees only those it holds)',
    tags: ['packages'],
    access: { roles: ROLES },
    request: { query: PackageListQuery },
    responses: {
      200: {
        description: 'One page of the packages that match, newest first',
        schema: z
          .object({
            packages: z.array(PackageViewSchema),
            total: z.number().int().describe('How many packages match, on every page'),
            limit: z.number().int(),
            offset: z.number().int(),
          })
          .meta({ id: 'PackageList' }),
      },
    },
    async handler({ query }, { actor }) {
      const { provider, ...filter } = query;
      const providerId = actor.role === 'provider' ? actor.providerId! : provider;
      const [{ packages, total }, names] = await Promise.all([
        listPackages(db, { ...filter, providerId }),
        zoneFacts.names(db),
      ]);
      return {
        packages: packages.map((p) => packageView(p, names.get(p.zoneId) ?? p.zoneId, actor)),
        total,
        limit: query.limit,
        offset: query.offset,
      };
    },
  });
}

function readRoute(services: Services) {
  const { db } = services;
  const view = packageViewer(services);
  return defineRoute({
    method: 'get',
    path: '/packages/:id',
    operationId: 'getPackage',
    summary: 'One package',
    tags: ['packages'],
    access: { roles: ROLES },
    request: { params: IdParams },
    responses: {
      200: { description: 'The package', schema: PackageViewSchema },
      404: { description: 'No such package (or, for a provider, not one it holds)' },
    },
    async handler({ params }, { actor }) {
      const pkg = await getPackage(db, params.id);
      if (actor.role === 'provider' && pkg.providerId !== actor.providerId) {
        throw new NotFound('package-not-found', `No package ${params.id}.`);
      }
      return view(pkg, actor);
    },
  });
}

function editRoute(services: Services) {
  const view = packageViewer(services);
  return defineRoute({
    method: 'patch',
    path: '/packages/:id',
    operationId: 'editPackage',
    summary: 'Correct hours, visits, needs or wanted start (optimistic: send the version you loaded)',
    tags: ['packages'],
    access: { roles: ['officer'] },
    request: { params: IdParams, body: EditPackageSchema },
    responses: {
      200: { description: 'The package after the edit', schema: PackageViewSchema },
      409: {
        description: 'Changed by someone else since that version, or not editable in its state',
        schema: VersionConflictProblem,
      },
    },
    async handler({ params, body }, { actor }) {
      const edited = await editPackage(commandContext(services, actor), {
        packageId: params.id,
        changes: body,
      });
      return view(edited, actor);
    },
  });
}

function bandOverrideRoute(services: Services) {
  const view = packageViewer(services);
  return defineRoute({
    method: 'post',
    path: '/packages/:id/band-override',
    operationId: 'overridePackageBand',
    summary: 'Override the band of an unplaced package, with a reason and a comment (the rate follows)',
    tags: ['packages'],
    access: { roles: ['officer'] },
    request: { params: IdParams, body: BandOverrideRequestSchema },
    responses: {
      200: { description: 'The package with its new band and rate', schema: PackageViewSchema },
      404: { description: 'No such package' },
      409: {
        description: 'Changed by someone else since that version, or not unplaced',
        schema: VersionConflictProblem,
      },
      422: { description: 'The package is already in that band' },
    },
    async handler({ params, body }, { actor }) {
      const overridden = await overridePackageBand(commandContext(services, actor), {
        packageId: params.id,
        override: body,
      });
      return view(overridden, actor);
    },
  });
}
