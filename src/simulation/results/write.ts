/**
 * Writes one simulation's results into a directory: JSON for machines, CSV for spreadsheets, SVG
 * charts for people. Every file name is listed in the returned manifest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BANDS } from '../../pricing/bands';
import { ZONE_CATALOGUE } from '../../zones/catalogue';
import type { CalibrationReport } from './calibration';
import {
  groupedBarSpec,
  lineChartSpec,
  renderSvg,
  stackedAreaSpec,
  type SeriesPoint,
} from '../../charts/vega';
import type { ReportFiles } from './reports';
import type { SimulationSummary } from './summary';
import {
  calibrationRows,
  costRows,
  needsAndHandBackRows,
  offerRows,
  pickUpRows,
  scoreRows,
  timelineRows,
  toCsv,
  type Row,
  type ZoneScoresView,
} from './tables';

export interface RunOutputs {
  summary: SimulationSummary;
  calibration: CalibrationReport;
  /** The provider KPI report and the zone coverage report of src/reports, as JSON and CSV. */
  providerKpis: ReportFiles<unknown>;
  coverage: ReportFiles<unknown>;
  scores: ZoneScoresView & Record<string, unknown>;
}

export async function writeRunOutputs(dir: string, out: RunOutputs): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const put = (name: string, content: string) => {
    fs.writeFileSync(path.join(dir, name), content);
    written.push(name);
  };
  const json = (name: string, value: unknown) => put(name, `${JSON.stringify(value, null, 2)}\n`);
  const csv = (name: string, rows: Row[]) => put(name, toCsv(rows));

  json('summary.json', out.summary);
  json('calibration.json', out.calibration);
  json('provider-kpis.json', out.providerKpis.json);
  put('provider-kpis.csv', out.providerKpis.csv);
  json('coverage-report.json', out.coverage.json);
  put('coverage-report.csv', out.coverage.csv);
  json('scores.json', out.scores);
  csv('pickup.csv', pickUpRows(out.summary));
  csv('timeline.csv', timelineRows(out.summary));
  csv('offers-by-band.csv', offerRows(out.summary));
  csv('cost-by-band.csv', costRows(out.summary));
  csv('needs-and-hand-backs.csv', needsAndHandBackRows(out.summary));
  csv('calibration.csv', calibrationRows(out.calibration));
  csv('scores.csv', scoreRows(out.scores));
  for (const [name, spec] of Object.entries(chartSpecs(out.summary))) put(name, await renderSvg(spec));
  return written;
}

/** The charts of one run, by file name. */
export function chartSpecs(s: SimulationSummary): Record<string, object> {
  const subtitle = `${s.policy} · seed ${s.seed} · ${s.period.from} to ${s.period.to}`;
  const waiting: SeriesPoint[] = s.timeline.flatMap((t) => [
    { date: t.date, series: 'Waiting for a provider (all)', value: t.waitingHours },
    { date: t.date, series: 'Unplaced (no provider left to offer)', value: t.unplacedHours },
  ]);
  const inCare: SeriesPoint[] = s.timeline.flatMap((t) => [
    { date: t.date, series: 'Placed through the framework', value: t.placedHours },
    { date: t.date, series: 'On contracts from before the start', value: t.legacyHours },
  ]);
  const cost: SeriesPoint[] = s.timeline.map((t) => ({
    date: t.date,
    series: 'Framework placements, weekly',
    value: t.placedWeeklyPence / 100,
  }));
  const pickUpBars = (
    keys: readonly string[],
    stats: Record<string, { medianHours: number | null; p90Hours: number | null }>,
  ) =>
    keys.flatMap((k) => [
      { category: k, series: 'Median', value: stats[k]?.medianHours ?? 0 },
      { category: k, series: '90th percentile', value: stats[k]?.p90Hours ?? 0 },
    ]);
  const zones = ZONE_CATALOGUE.map((z) => z.id);
  return {
    'unplaced-hours.svg': lineChartSpec({
      title: 'Weekly hours of care waiting for a provider',
      subtitle,
      yTitle: 'Weekly hours',
      points: waiting,
    }),
    'hours-in-care.svg': stackedAreaSpec({
      title: 'Weekly hours in care',
      subtitle,
      yTitle: 'Weekly hours',
      points: inCare,
      order: ['Placed through the framework', 'On contracts from before the start'],
      rule: {
        value: s.hours.baselineWeeklyHours,
        label: `Baseline ${s.hours.baselineWeeklyHours.toLocaleString('en-GB')} h/week (July 2019)`,
      },
    }),
    'pickup-by-band.svg': groupedBarSpec({
      title: 'Pick-up time by price band (intake or hand-back to award)',
      subtitle,
      yTitle: 'Hours',
      categories: [...BANDS],
      data: pickUpBars(BANDS, s.pickUp.byBand),
    }),
    'pickup-by-zone.svg': groupedBarSpec({
      title: 'Pick-up time by zone (intake or hand-back to award)',
      subtitle,
      yTitle: 'Hours',
      categories: zones,
      data: pickUpBars(zones, s.pickUp.byZone),
    }),
    'weekly-cost.svg': lineChartSpec({
      title: 'Weekly cost of framework placements (rates frozen at intake)',
      subtitle,
      yTitle: '£ per week',
      points: cost,
    }),
  };
}
