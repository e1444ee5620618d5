import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { ImportRefusedSchema } from '../schemas';
import { importBaseline } from '../baseline/command';
import { BaselineCsv, BaselineImportQuery, BaselineImportReportSchema } from '../baseline/schemas';
import { importCaseload } from './command';
import { CaseloadCsv, CaseloadImportQuery, CaseloadImportReportSchema } from './schemas';

/** Roles that may import the caseload and the baseline: the officers who hold packages, and admins. */
export const CASELOAD_IMPORT_ROLES = ['admin', 'officer'] as const;

export function caseloadImportRoutes({ db, clock, zones, postcodes }: Services) {
  return [
    defineRoute({
      method: 'post',
      path: '/imports/caseload',
      operationId: 'importCaseload',
      summary: 'Import the packages already in care (CSV), or check the file with dryRun=true',
      tags: ['packages'],
      access: { roles: CASELOAD_IMPORT_ROLES },
      request: { query: CaseloadImportQuery, body: CaseloadCsv },
      bodyMediaType: 'text/csv',
      // A county's caseload is a few thousand rows of about 100 bytes.
      bodyLimit: '20mb',
      responses: {
        200: {
          description: 'Imported (or, on a dry run, checked): the report, row by row',
          schema: CaseloadImportReportSchema,
        },
        422: {
          description:
            'Rows refused (each row, column and reason): nothing was imported (all-or-nothing mode)',
          schema: ImportRefusedSchema,
        },
      },
      async handler({ query, body }, { actor }) {
        return importCaseload(
          { db, zones, postcodes, actor, now: clock.now() },
          { csv: body, dryRun: query.dryRun, mode: query.mode },
        );
      },
    }),
    defineRoute({
      method: 'post',
      path: '/imports/baseline',
      operationId: 'importBaseline',
      summary: "Import the old framework's past referrals (CSV) for the before-and-after report",
      tags: ['reports'],
      access: { roles: CASELOAD_IMPORT_ROLES },
      request: { query: BaselineImportQuery, body: BaselineCsv },
      bodyMediaType: 'text/csv',
      bodyLimit: '20mb',
      responses: {
        200: {
          description: 'Imported (or, on a dry run, checked): the report',
          schema: BaselineImportReportSchema,
        },
        422: {
          description:
            'Rows refused (each row, column and reason): nothing was imported (all-or-nothing mode)',
          schema: ImportRefusedSchema,
        },
      },
      async handler({ query, body }, { actor }) {
        return importBaseline(
          { db, zones, postcodes, actor, now: clock.now() },
          { csv: body, dryRun: query.dryRun, mode: query.mode },
        );
      },
    }),
  ];
}
