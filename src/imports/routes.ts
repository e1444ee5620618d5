import { STAFF_ROLES } from '../auth/roles';
import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { caseloadImportRoutes } from './caseload/routes';
import { importCqcRatings } from './cqc-ratings/command';
import {
  CqcImportQuery,
  CqcImportRefusedSchema,
  CqcImportReportSchema,
  CqcRatingsCsv,
} from './cqc-ratings/schemas';
import { importVisits } from './visits/command';
import {
  VisitImportRefusedSchema,
  VisitImportReportSchema,
  VisitsCsv,
  VisitUploadQuery,
} from '../visits/schemas';

/** Files from outside the service, read in all or nothing (docs/cqc-ratings.md). */
export function importRoutes(services: Services) {
  const { db, clock } = services;
  return [
    ...caseloadImportRoutes(services),
    defineRoute({
      method: 'post',
      path: '/imports/cqc-ratings',
      operationId: 'importCqcRatings',
      summary: "Import the CQC's published ratings file (CSV), or check it with dryRun=true",
      tags: ['providers'],
      access: { roles: ['admin'] },
      request: { query: CqcImportQuery, body: CqcRatingsCsv },
      bodyMediaType: 'text/csv',
      // The regulator's whole national file is tens of megabytes.
      bodyLimit: '100mb',
      responses: {
        200: {
          description: 'Imported (or, on a dry run, checked): the report',
          schema: CqcImportReportSchema,
        },
        422: {
          description: 'A row refused (its row, column and reason): nothing was imported',
          schema: CqcImportRefusedSchema,
        },
      },
      async handler({ query, body }, { actor }) {
        return importCqcRatings({ db, actor, now: clock.now() }, { csv: body, dryRun: query.dryRun });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/imports/visits',
      operationId: 'importVisits',
      summary: 'Import visit records from call monitoring (CSV), or check them with dryRun=true',
      tags: ['visits'],
      access: { roles: ['provider', ...STAFF_ROLES] },
      request: { query: VisitUploadQuery, body: VisitsCsv },
      bodyMediaType: 'text/csv',
      // A large provider's month of visits is a few megabytes.
      bodyLimit: '50mb',
      responses: {
        200: {
          description: 'Imported (or, on a dry run, checked): the report',
          schema: VisitImportReportSchema,
        },
        404: { description: 'For a provider user: `providerId` names another provider' },
        422: {
          description: 'A row refused (its row, column and reason): nothing was imported',
          schema: VisitImportRefusedSchema,
        },
      },
      async handler({ query, body }, { actor }) {
        return importVisits({ db, actor, now: clock.now() }, { csv: body, ...query });
      },
    }),
  ];
}
