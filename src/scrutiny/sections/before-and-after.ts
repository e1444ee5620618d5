/**
 * Before and after: pick-up times of referrals before and after the framework went live (1 November
 * 2021), by price band, from the old framework's records (the baseline import) and the service's own
 * episodes (docs/imports.md "Before and after"; story C7).
 */
import { groupedBarSpec } from '../../charts/vega';
import type { BeforeAfter, BeforeAfterPair } from '../../baseline/before-after';
import { beforeAfterReport } from '../../baseline/report';
import { SERVICE_START } from '../../calendar/field-rules';
import { label } from '../../web/labels';
import { defineSection, figure } from '../model';

const row = (name: string, { before, after }: BeforeAfterPair) => [
  name,
  figure(before.referrals),
  figure(before.medianDays, 1),
  figure(before.p90Days, 1),
  figure(after.referrals),
  figure(after.medianDays, 1),
  figure(after.p90Days, 1),
];

export function buildBeforeAndAfter(report: BeforeAfter) {
  const bands = Object.entries(report.byBand);
  return {
    title: 'Before and after the framework',
    summary: `Days from a referral to its placement, for referrals made before and after ${report.date}, by price band.`,
    table: {
      caption: `Pick-up times before and after ${report.date}, by band`,
      head: [
        'Band',
        'Referrals before',
        'Median days before',
        '90th percentile before',
        'Referrals after',
        'Median days after',
        '90th percentile after',
      ],
      rows: [...bands.map(([band, pair]) => row(label(band), pair)), row('County', report.all)],
      numeric: [false, true, true, true, true, true, true],
    },
    chart: {
      spec: groupedBarSpec({
        atLeast: 1,
        title: `Median days to placement, before and after ${report.date}`,
        yTitle: 'Days',
        categories: bands.map(([band]) => label(band)),
        data: bands.flatMap(([band, { before, after }]) => [
          { category: label(band), series: 'Before', value: before.medianDays ?? 0 },
          { category: label(band), series: 'After', value: after.medianDays ?? 0 },
        ]),
      }),
      description:
        'Bar chart of the median days from referral to placement in each band, before and after the dividing day; the table below gives the figures and the counts behind them.',
    },
    notes: [
      `Before: ${figure(report.all.before.fromBaseline)} referrals from the old framework's records and ${figure(report.all.before.fromService)} from this service. After: ${figure(report.all.after.fromBaseline)} and ${figure(report.all.after.fromService)}. Unplaced referrals count in the referrals but not in the times.`,
    ],
  };
}

export const beforeAndAfterSection = defineSection<BeforeAfter>({
  id: 'before-and-after',
  load: (ctx) => beforeAfterReport(ctx.services.db, { date: SERVICE_START, asOf: ctx.now }),
  build: buildBeforeAndAfter,
});
