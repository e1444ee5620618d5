import type { Response } from 'express';
import { STAFF_ROLES } from '../../auth/roles';
import { Invalid } from '../../errors';
import { isReply } from '../../http/route';
import { coverageReport } from '../../reports/coverage-report';
import { renderCoverage } from '../../reports/render';
import { ragTable } from './targets';
import { CoverageReportQuery, type ReportFormat } from '../../reports/schemas';
import { geometryByZone } from '../../reports/zone-geometry';
import type { Services } from '../../services';
import { FUNDING_STREAMS, type FundingStream } from '../../packages/model';
import { choiceItems, errorList, text, type FormBody } from '../forms';
import { label } from '../labels';
import { definePage } from '../page';
import { sortColumns } from '../sorting';
import { render } from '../views';
import {
  coverageRows,
  isMeasure,
  legendFor,
  MEASURE_DEFS,
  MEASURES,
  SORT_KEYS,
  sortRows,
  type MeasureId,
  type SortKey,
} from './measures';
import type { SortOrder } from '../../http/params';
import { periodOf } from './period';
import { SETTLEMENTS } from './settlements';

/** Numbers sort biggest first on the first click, names A to Z. */
const firstOrder = (key: SortKey): SortOrder => (key === 'zone' ? 'asc' : 'desc');

/** The funding stream the query limits the report to; anything else is every stream. */
function chosenStream(query: FormBody): FundingStream | undefined {
  return FUNDING_STREAMS.find((s) => s === text(query, 'fundingStream'));
}

/** The measure and the table's order the query asks for, or the defaults. */
function chosenView(query: FormBody): { measure: MeasureId; sortKey: SortKey; order: SortOrder } {
  const measure: MeasureId = isMeasure(text(query, 'measure'))
    ? (text(query, 'measure') as MeasureId)
    : 'unplaced-hours';
  const sortKey = SORT_KEYS.find((k) => k === text(query, 'sort')) ?? 'zone';
  const order: SortOrder =
    text(query, 'order') === 'asc' || text(query, 'order') === 'desc'
      ? (text(query, 'order') as SortOrder)
      : firstOrder(sortKey);
  return { measure, sortKey, order };
}

/** The form's choices: the measure to colour by and the funding stream to limit to. */
function choices(measure: MeasureId, fundingStream: FundingStream | undefined) {
  return {
    measureItems: MEASURES.map((m) => ({ value: m, text: MEASURE_DEFS[m].label, checked: m === measure })),
    fundingStreamItems: choiceItems(FUNDING_STREAMS, fundingStream, {
      blank: 'All funding streams',
      describe: label,
    }),
  };
}

/** The downloads' query: the report's period, and the stream when one is chosen. */
function downloadQuery(period: { from: string; to: string }, fundingStream: FundingStream | undefined) {
  const { from, to } = period;
  return new URLSearchParams({ from, to, ...(fundingStream ? { fundingStream } : {}) }).toString();
}

/** The table's sort: each column header's link (the current column turns round) and its aria-sort. */
function tableSort(base: Record<string, string | undefined>, current: { key: SortKey; order: SortOrder }) {
  const columns = sortColumns({ path: '/staff/coverage', base, keys: SORT_KEYS, current, firstOrder });
  return { ...current, columns };
}

/**
 * Coverage map (docs/specification/roles-and-stories.md §9.4, stories C1–C3, C6): the 14 zones
 * coloured by a chosen measure, with the same figures as a table sortable without JavaScript, and
 * the report's CSV and GeoJSON. Every figure comes from the coverage report (src/reports), the same
 * functions as GET /reports/coverage.
 */
export function coveragePages(services: Services) {
  const { clock, zones } = services;
  /** Sends the coverage report as the API would in that format, from a page route (so the session works). */
  async function download(req: { query: unknown }, res: Response, format: Exclude<ReportFormat, 'json'>) {
    const parsed = CoverageReportQuery.safeParse(req.query);
    if (!parsed.success) throw new Invalid('The period in the link is not valid.', []);
    const report = await coverageReport(services, parsed.data, clock.now());
    const geometry = async () =>
      geometryByZone((await zones.inForce(Date.parse(report.asOf))).simplifiedZones);
    const out = await renderCoverage(report, format, geometry);
    if (!isReply(out)) throw new Error('a CSV or GeoJSON report is always a reply');
    const name = `zone-coverage_${report.period.from}_${report.period.to}`;
    res
      .status(out.status)
      .set({ ...out.headers, 'Content-Disposition': `attachment; filename="${name}.${format}"` })
      .type(out.contentType ?? 'application/octet-stream')
      .send(out.body);
  }

  return [
    definePage({
      method: 'get',
      path: '/staff/coverage',
      roles: STAFF_ROLES,
      async handler(req, res) {
        const query = req.query as FormBody;
        const { measure, sortKey, order } = chosenView(query);
        const period = periodOf(query);
        const fundingStream = chosenStream(query);
        const hasErrors = Object.keys(period.errors).length > 0;
        const when = { ...(hasErrors ? {} : period.given), fundingStream };
        const report = await coverageReport(services, when, clock.now());
        const { zones: rows, county } = coverageRows(report);
        const legend = legendFor(measure, rows);
        const base = { measure, from: period.given.from, to: period.given.to, fundingStream };
        const downloads = downloadQuery(report.period, fundingStream);
        render(
          res,
          'pages/staff/coverage.njk',
          {
            report,
            ragTable: ragTable(report),
            rows: sortRows(rows, sortKey, order).map((r) => ({ ...r, mapClass: legend.classOf[r.zoneId] })),
            county,
            // The year's committed cost against budget (docs/payments.md "Budgets"), for the stream chosen.
            budget: fundingStream
              ? report.budget.streams.find((b) => b.fundingStream === fundingStream)
              : report.budget.total,
            legend,
            measure,
            ...choices(measure, fundingStream),
            sort: tableSort(base, { key: sortKey, order }),
            period,
            fundingStream,
            errors: period.errors,
            errorList: errorList(period.errors, { from: 'from-day', to: 'to-day' }),
            csvHref: `/staff/coverage/download.csv?${downloads}`,
            geojsonHref: `/staff/coverage/download.geojson?${downloads}`,
            mapConfig: JSON.stringify({
              geojson: `/staff/coverage/download.geojson?${downloads}`,
              measure: MEASURE_DEFS[measure].label,
              classOf: legend.classOf,
              settlements: SETTLEMENTS,
            }),
          },
          hasErrors ? 400 : 200,
        );
      },
    }),
    definePage({
      method: 'get',
      path: '/staff/coverage/download.csv',
      roles: STAFF_ROLES,
      handler: (req, res) => download(req, res, 'csv'),
    }),
    definePage({
      method: 'get',
      path: '/staff/coverage/download.geojson',
      roles: STAFF_ROLES,
      handler: (req, res) => download(req, res, 'geojson'),
    }),
  ];
}
