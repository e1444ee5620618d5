import { SCRUTINY_ROLES } from '../auth/roles';
import { Invalid } from '../errors';
import { scrutinySummary } from '../scrutiny/summary';
import type { Services } from '../services';
import { periodOf } from './coverage-map/period';
import { errorList, type FormBody } from './forms';
import { definePage } from './page';
import { render } from './views';

/**
 * The scrutiny summary for elected members (docs/specification/roles-and-stories.md §9.1, story M1;
 * docs/reports.md "Scrutiny summary"): read-only, aggregates only — no package reference, no provider
 * named. A printable page (its print stylesheet drops the navigation and the form) and the same
 * sections as a PDF. The period is the coverage map's: either end as a date or a date input's fields.
 */
export function scrutinyPages(services: Services) {
  const { clock } = services;
  return [
    definePage({
      method: 'get',
      path: '/scrutiny',
      roles: SCRUTINY_ROLES,
      async handler(req, res) {
        const period = periodOf(req.query as FormBody);
        const hasErrors = Object.keys(period.errors).length > 0;
        const summary = await scrutinySummary(services, hasErrors ? {} : period.given, clock.now());
        const query = new URLSearchParams(summary.period).toString();
        render(
          res,
          'pages/scrutiny.njk',
          {
            summary,
            period,
            errors: period.errors,
            errorList: errorList(period.errors, { from: 'from-day', to: 'to-day' }),
            pdfHref: `/scrutiny.pdf?${query}`,
          },
          hasErrors ? 400 : 200,
        );
      },
    }),
    definePage({
      method: 'get',
      path: '/scrutiny.pdf',
      roles: SCRUTINY_ROLES,
      async handler(req, res) {
        const period = periodOf(req.query as FormBody);
        if (Object.keys(period.errors).length > 0)
          throw new Invalid('The period in the link is not valid.', []);
        const summary = await scrutinySummary(services, period.given, clock.now());
        // pdfkit and its fonts cost the server ~25 MB resident: loaded on the first PDF, not at start
        // (docs/BENCHMARKS.md "Memory").
        const { scrutinyPdf } = await import('../scrutiny/pdf');
        const pdf = await scrutinyPdf(summary);
        const name = `scrutiny-summary_${summary.period.from}_${summary.period.to}.pdf`;
        res
          .status(200)
          .set('Content-Disposition', `attachment; filename="${name}"`)
          .type('application/pdf')
          .send(pdf);
      },
    }),
  ];
}
