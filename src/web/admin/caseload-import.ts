import type { Response } from 'express';
import { DomainError, Invalid } from '../../errors';
import { importCaseload } from '../../imports/caseload/command';
import { CASELOAD_IMPORT_ROLES } from '../../imports/caseload/routes';
import type { CaseloadImportReport } from '../../imports/caseload/schemas';
import type { ImportMode } from '../../imports/schemas';
import type { Refusal } from '../../imports/csv';
import type { Services } from '../../services';
import { text, type FormBody } from '../forms';
import { definePage } from '../page';
import { render } from '../views';

export const CASELOAD_IMPORT_PAGE = '/admin/imports/caseload';

interface PageState {
  csv: string;
  mode: ImportMode;
  report?: CaseloadImportReport;
  refusals?: Refusal[];
  refusedSummary?: { rowsRead: number; accepted: number; refused: number };
  error?: string;
}

/**
 * The caseload import for admins and officers (docs/imports.md "Caseload"): paste the file, check it
 * (a dry run), then import it — all or nothing, or only the valid rows. The same command as
 * POST /imports/caseload. Large files go through the API; the pasted form reuses the CQC page's limit.
 */
export function caseloadImportPages({ db, clock, zones, postcodes }: Services) {
  const show = (res: Response, state: PageState) => {
    const errors = state.error ? { csv: state.error } : {};
    const errorList = state.error ? [{ text: state.error, href: '#csv' }] : [];
    render(res, 'pages/admin/caseload-import.njk', { ...state, errors, errorList }, state.error ? 400 : 200);
  };
  return [
    definePage({
      method: 'get',
      path: CASELOAD_IMPORT_PAGE,
      roles: CASELOAD_IMPORT_ROLES,
      async handler(_req, res) {
        show(res, { csv: '', mode: 'all-or-nothing' });
      },
    }),
    definePage({
      method: 'post',
      path: CASELOAD_IMPORT_PAGE,
      roles: CASELOAD_IMPORT_ROLES,
      async handler(req, res, { actor }) {
        const body = req.body as FormBody;
        const csv = text(body, 'csv');
        const mode: ImportMode = text(body, 'mode') === 'valid-rows' ? 'valid-rows' : 'all-or-nothing';
        const dryRun = text(body, 'action') !== 'apply';
        if (csv.trim() === '') return show(res, { csv, mode, error: 'Paste the caseload file' });
        try {
          const ctx = { db, zones, postcodes, actor, now: clock.now() };
          const report = await importCaseload(ctx, { csv, dryRun, mode });
          show(res, { csv: dryRun ? csv : '', mode, report });
        } catch (err) {
          if (err instanceof Invalid)
            return show(res, { csv, mode, error: 'The file is not readable as CSV' });
          if (err instanceof DomainError && err.code === 'caseload-import-refused') {
            const { refusals, ...summary } = err.extra as PageState['refusedSummary'] & {
              refusals: Refusal[];
            };
            return show(res, { csv, mode, refusals, refusedSummary: summary });
          }
          throw err;
        }
      },
    }),
  ];
}
