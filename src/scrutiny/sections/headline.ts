/** The period's headline counts, countywide, from the coverage report (docs/reports.md "Coverage report"). */
import type { AreaReport } from '../../reports/model';
import { defineSection, figure } from '../model';

export interface HeadlineData {
  period: { from: string; to: string };
  asOf: string;
  county: AreaReport;
  zonesBelowMinimumPrimes: number;
}

export function buildHeadline({ period, county, zonesBelowMinimumPrimes }: HeadlineData) {
  const rows: [string, string][] = [
    ['Packages awarded to a provider in the period', figure(county.pickUp.all.awards)],
    ['Packages in care at the end of the period', figure(county.demand.inCarePackages)],
    ['Weekly hours of care placed through the framework', figure(county.demand.placedWeeklyHours, 1)],
    ['Of the weekly hours planned in July 2019 (%)', figure(county.demand.placedPctOfPlanned, 1)],
    ['Packages waiting for a provider at the end of the period', figure(county.unmetNeed.packages)],
    ['Weekly hours waiting for a provider', figure(county.unmetNeed.weeklyHours, 1)],
    ['Packages handed back by providers in the period', figure(county.handBacks.count)],
    ['Zones below their minimum number of prime providers', figure(zonesBelowMinimumPrimes)],
  ];
  return {
    title: 'The period in numbers',
    summary: `Countywide figures for ${period.from} to ${period.to}; counts at the end of the period are as they stood then.`,
    table: {
      caption: 'Headline counts',
      head: ['Measure', 'Count'],
      rows,
      numeric: [false, true],
    },
    notes: [],
  };
}

export const headlineSection = defineSection<HeadlineData>({
  id: 'headline',
  async load(ctx) {
    const report = await ctx.coverage();
    return {
      period: report.period,
      asOf: report.asOf,
      county: report.county,
      zonesBelowMinimumPrimes: report.zones.filter(
        (z) => z.framework.primes.minimum !== null && z.framework.primes.count < z.framework.primes.minimum,
      ).length,
    };
  },
  build: buildHeadline,
});
