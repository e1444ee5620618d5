/**
 * Unmet hours: packages waiting for a provider at the end of the period, by zone, from the coverage
 * report's unmet-need section (docs/reports.md "Coverage report"). "Unplaced" are those whose
 * automatic rounds have all failed and that wait on the brokerage officers' queue.
 */
import { groupedBarSpec } from '../../charts/vega';
import type { AreaReport } from '../../reports/model';
import { defineSection, figure } from '../model';

export interface UnmetHoursData {
  zones: AreaReport[];
  county: AreaReport;
}

const row = (area: AreaReport) => [
  area.area.name,
  figure(area.unmetNeed.packages),
  figure(area.unmetNeed.weeklyHours, 1),
  figure(area.unmetNeed.unplaced),
  figure(area.unmetNeed.hospitalDischarge),
  figure(area.unmetNeed.longestWaitHours, 1),
];

export function buildUnmetHours({ zones, county }: UnmetHoursData) {
  return {
    title: 'Unmet hours',
    summary:
      'Care not yet placed at the end of the period: packages waiting for a provider, their weekly hours, and how long the longest has waited.',
    table: {
      caption: 'Packages waiting for a provider, by zone',
      head: [
        'Zone',
        'Packages waiting',
        'Weekly hours waiting',
        'Unplaced after every round',
        'Hospital discharge',
        'Longest wait (hours)',
      ],
      rows: [...zones.map(row), row(county)],
      numeric: [false, true, true, true, true, true],
    },
    chart: {
      spec: groupedBarSpec({
        atLeast: 1,
        title: 'Weekly hours waiting for a provider, by zone',
        yTitle: 'Weekly hours',
        categories: zones.map((z) => z.area.name),
        data: zones.map((z) => ({
          category: z.area.name,
          series: 'Weekly hours waiting',
          value: z.unmetNeed.weeklyHours,
        })),
      }),
      description:
        'Bar chart of the weekly hours of care waiting for a provider in each zone; the table below gives the same figures.',
    },
    notes: [],
  };
}

export const unmetHoursSection = defineSection<UnmetHoursData>({
  id: 'unmet-hours',
  async load(ctx) {
    const report = await ctx.coverage();
    return { zones: report.zones, county: report.county };
  },
  build: buildUnmetHours,
});
