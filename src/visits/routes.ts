import { ROLES, STAFF_ROLES } from '../auth/roles';
import { defineRoute } from '../http/route';
import { IdParams } from '../http/params';
import type { Services } from '../services';
import { recordVisits } from './record';
import { packageVisits, visitKpiReport } from './report';
import {
  PackageVisitsQuery,
  PackageVisitsSchema,
  VisitBatchBody,
  VisitImportRefusedSchema,
  VisitImportReportSchema,
  VisitKpiQuery,
  VisitKpiReportSchema,
  VisitUploadQuery,
} from './schemas';
import { checkVisitItems, uploaderOf } from './upload';

const UPLOADERS = ['provider', ...STAFF_ROLES] as const;

/** Visit records pushed by API, their KPIs, and a package's visits (docs/visits.md). */
export function visitRoutes({ db, clock, config, zoneFacts }: Services) {
  const settings = config.performance.visits;
  return [
    defineRoute({
      method: 'post',
      path: '/visits',
      operationId: 'recordVisits',
      summary: 'Record a batch of call-monitoring visit records (JSON), or check it with dryRun=true',
      tags: ['visits'],
      access: { roles: UPLOADERS },
      request: { query: VisitUploadQuery, body: VisitBatchBody },
      bodyLimit: '5mb',
      responses: {
        200: {
          description: 'Recorded (or, on a dry run, checked): the report',
          schema: VisitImportReportSchema,
        },
        404: { description: 'For a provider user: `providerId` names another provider' },
        422: {
          description: 'A record refused (its item, field and reason): nothing was recorded',
          schema: VisitImportRefusedSchema,
        },
      },
      async handler({ query, body }, { actor }) {
        const now = clock.now();
        const providerId = await uploaderOf(db, actor, query.providerId);
        const checked = checkVisitItems(body.visits, now);
        return recordVisits(
          { db, actor, now },
          { ...checked, providerId, referenceColumn: 'packageReference', source: 'api' },
          { dryRun: query.dryRun, mode: query.mode },
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/performance/visits',
      operationId: 'getVisitKpis',
      summary:
        'Visit KPIs (delivered, late, missed, short, two-carer visits with fewer) per provider, zone, band',
      tags: ['visits', 'performance'],
      access: { roles: ROLES },
      request: { query: VisitKpiQuery },
      responses: {
        200: {
          description: 'Visit KPIs per group (a provider sees only its own)',
          schema: VisitKpiReportSchema,
        },
        404: { description: 'For a provider user: `providerId` names another provider' },
      },
      async handler({ query }, { actor }) {
        return visitKpiReport({ db, zoneFacts }, { actor, asked: query, settings, now: clock.now() });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/packages/:id/visits',
      operationId: 'getPackageVisits',
      summary: "A package's planned against actual visits for a period, late, missed and short marked",
      tags: ['visits', 'packages'],
      access: { roles: UPLOADERS },
      request: { params: IdParams, query: PackageVisitsQuery },
      responses: {
        200: {
          description: 'The visits (a provider: its own records of a package it holds)',
          schema: PackageVisitsSchema,
        },
      },
      async handler({ params, query }, { actor }) {
        return packageVisits(db, { actor, packageId: params.id, asked: query, settings, now: clock.now() });
      },
    }),
  ];
}
