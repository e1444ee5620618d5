/**
 * Builds the scrutiny summary once for both renderings (the page, src/web/scrutiny.ts, and the PDF,
 * ./pdf.ts): every section's data read concurrently, the coverage report read once, and each chart
 * drawn to SVG once.
 */
import { renderSvg } from '../charts/vega';
import { londonDate, type IsoDate } from '../calendar/dates';
import { datesOrDefault } from '../calendar/periods';
import { coverageReport } from '../reports/coverage-report';
import type { CoverageReport } from '../reports/model';
import type { ScrutinyContext, ScrutinySection, SectionBuilder } from './model';
import { SCRUTINY_SECTIONS } from './sections';

/** A section ready to show: its id, its content, and its chart drawn as an SVG document. */
export interface RenderedSection extends ScrutinySection {
  id: string;
  svg: string | null;
}

export interface ScrutinySummary {
  period: { from: IsoDate; to: IsoDate };
  /** The instant the figures were read (ISO). */
  asOf: string;
  sections: RenderedSection[];
}

/**
 * The summary for a period (by default the year to today, as the coverage report's default).
 * @example await scrutinySummary(services, { from: '2025-04-01', to: '2026-03-31' }, Date.now())
 */
export async function scrutinySummary(
  services: ScrutinyContext['services'],
  dates: { from?: IsoDate; to?: IsoDate },
  now: number,
  sections: readonly SectionBuilder<unknown>[] = SCRUTINY_SECTIONS,
): Promise<ScrutinySummary> {
  const period = datesOrDefault(dates, londonDate(now));
  let coverage: Promise<CoverageReport> | undefined;
  const ctx: ScrutinyContext = {
    services,
    period,
    now,
    coverage: () => (coverage ??= coverageReport(services, period, now)),
  };
  const built = await Promise.all(
    sections.map(async (section) => ({ id: section.id, ...section.build(await section.load(ctx)) })),
  );
  const rendered: RenderedSection[] = [];
  // One chart at a time: Vega's rendering is CPU-bound, so running them together gains nothing.
  for (const section of built) {
    rendered.push({ ...section, svg: section.chart ? await renderSvg(section.chart.spec) : null });
  }
  return { period, asOf: new Date(now).toISOString(), sections: rendered };
}
