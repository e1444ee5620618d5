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
  ];
}
