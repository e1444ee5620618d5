import type { Response } from 'express';
import express, { type RequestHandler } from 'express';
import { DomainError, Invalid } from '../../errors';
import { importCqcRatings, type CqcImportReport } from '../../imports/cqc-ratings/command';
import type { Refusal } from '../../imports/csv';
import type { Services } from '../../services';
import { text, type FormBody } from '../forms';
import { definePage } from '../page';
import { render } from '../views';

export const CQC_IMPORT_PAGE = '/admin/imports/cqc-ratings';

/**
 * A pasted ratings file is larger than the pages' usual 20kb form: only a signed-in session may send
 * up to this much to the import page (the page itself then checks that it is an admin).
 */
export function cqcImportForm(): RequestHandler {
  const large = express.urlencoded({ extended: false, limit: '10mb', parameterLimit: 10 });
  return (req, res, next) => (req.session.userId === undefined ? next() : large(req, res, next));
}

interface PageState {
  csv: string;
  report?: CqcImportReport;
  refusals?: Refusal[];
  refusedSummary?: { rowsRead: number; accepted: number; refused: number };
  error?: string;
}

/**
 * The CQC ratings import for admins (docs/cqc-ratings.md): paste the file, check it (a dry run: what
 * would change, row by row, and any refused rows), then apply it. The same command as
 * POST /imports/cqc-ratings, all or nothing, audited.
 */
export function cqcImportPages({ db, clock }: Services) {
  const show = (res: Response, state: PageState) => {
    const errors = state.error ? { csv: state.error } : {};
    const errorList = state.error ? [{ text: state.error, href: '#csv' }] : [];
    render(res, 'pages/admin/cqc-import.njk', { ...state, errors, errorList }, state.error ? 400 : 200);
  };
  return [
    definePage({
      method: 'get',
      path: CQC_IMPORT_PAGE,
      roles: ['admin'],
      async handler(_req, res) {
        show(res, { csv: '' });
      },
    }),
    definePage({
      method: 'post',
      path: CQC_IMPORT_PAGE,
      roles: ['admin'],
      async handler(req, res, { actor }) {
        const body = req.body as FormBody;
        const csv = text(body, 'csv');
        const dryRun = text(body, 'mode') !== 'apply';
        if (csv.trim() === '') return show(res, { csv, error: 'Paste the ratings file' });
        try {
          const report = await importCqcRatings({ db, actor, now: clock.now() }, { csv, dryRun });
          show(res, { csv: dryRun ? csv : '', report });
        } catch (err) {
          if (err instanceof Invalid) return show(res, { csv, error: 'The file is not readable as CSV' });
          if (err instanceof DomainError && err.code === 'cqc-import-refused') {
            const extra = err.extra as {
              refusals: Refusal[];
              rowsRead: number;
              accepted: number;
              refused: number;
            };
            const { refusals, ...summary } = extra;
            return show(res, { csv, refusals, refusedSummary: summary });
          }
          throw err;
        }
      },
    }),
  ];
}
