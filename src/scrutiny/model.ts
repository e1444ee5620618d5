/**
 * The scrutiny summary for elected members (docs/specification/roles-and-stories.md §9.1, story M1;
 * docs/reports.md "Scrutiny summary"): a list of sections, each built the same way for the page and
 * the PDF. A section is a builder: `load` reads what it needs (aggregates only), `build` turns that
 * into a title, a table, an optional chart and notes — a pure function, tested without a database.
 * Adding a section is writing one builder and listing it in ./sections.ts.
 */
import type { IsoDate } from '../calendar/dates';
import type { CoverageReport } from '../reports/model';
import type { Services } from '../services';

/** A table as both renderings show it: every cell already in words. */
export interface ScrutinyTable {
  caption: string;
  head: string[];
  rows: string[][];
  /** Columns holding figures: right-aligned, as GOV.UK tables align numbers. */
  numeric: boolean[];
}

/** A Vega specification (src/charts/vega.ts) and a sentence saying what it shows, for screen readers. */
export interface ScrutinyChart {
  spec: object;
  description: string;
}

export interface ScrutinySection {
  title: string;
  /** One or two sentences read before the table: what the section measures. */
  summary: string;
  table: ScrutinyTable;
  /** Only where a picture reads faster than the table; the table is always there. */
  chart?: ScrutinyChart;
  notes: string[];
}

/** What every section may read: the services, the period, the instant, and the shared coverage report. */
export interface ScrutinyContext {
  services: Pick<Services, 'db' | 'config' | 'zoneFacts'>;
  period: { from: IsoDate; to: IsoDate };
  now: number;
  /** The coverage report for the period (src/reports/coverage-report.ts), read once however many sections use it. */
  coverage(): Promise<CoverageReport>;
}

/** One section: its stable id (the page's anchor), what it reads, and how it shows it. */
export interface SectionBuilder<D> {
  id: string;
  load(ctx: ScrutinyContext): Promise<D>;
  build(data: D): ScrutinySection;
}

/** Lets builders with different data types share one list (each is type-checked where it is defined). */
export function defineSection<D>(builder: SectionBuilder<D>): SectionBuilder<unknown> {
  return builder as SectionBuilder<unknown>;
}

/** A figure for a table cell: rounded to `digits`, grouped by thousands; "No data" where there is none. */
export function figure(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined) return 'No data';
  return value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
