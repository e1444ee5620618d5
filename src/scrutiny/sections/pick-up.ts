/**
 * Pick-up times, rural against urban (docs/specification/reporting.md §8.1): the time from a
 * package's referral to its award, by price band (urban, fringe, rural, isolated — the band is a
 * property of the visit address), from the KPI report (src/performance/kpis/report.ts).
 */
import { groupedBarSpec } from '../../charts/vega';
import { BANDS } from '../../pricing/bands';
import { kpiReport } from '../../performance/kpis/report';
import type { KpiSet } from '../../performance/kpis/kpis';
import { label } from '../../web/labels';
import { defineSection, figure } from '../model';

export interface PickUpData {
  byBand: { band: string; pickUp: KpiSet['pickUp'] }[];
  targetDays: { urgent: number; standard: number };
  /** Stored records the KPIs left out (src/calendar/unplaced.ts). */
  notes: string[];
}

export function buildPickUp({ byBand, targetDays, notes }: PickUpData) {
  const rows = byBand.map(({ band, pickUp }) => [
    label(band),
    figure(pickUp.awarded),
    figure(pickUp.medianHours, 1),
    figure(pickUp.p90Hours, 1),
    figure(pickUp.withinTargetPct, 1),
  ]);
  return {
    title: 'Pick-up times: rural against urban',
    summary:
      'How long packages waited from referral to a provider accepting them, by the price band of the address: urban and fringe addresses against rural and isolated ones.',
    table: {
      caption: 'Pick-up times by price band',
      head: ['Band', 'Packages awarded', 'Median hours', '90th percentile hours', 'Within target (%)'],
      rows,
      numeric: [false, true, true, true, true],
    },
    chart: {
      spec: groupedBarSpec({
        atLeast: 1,
        title: 'Hours from referral to award, by price band',
        yTitle: 'Hours',
        categories: byBand.map((b) => label(b.band)),
        data: byBand.flatMap(({ band, pickUp }) => [
          { category: label(band), series: 'Median', value: pickUp.medianHours ?? 0 },
          { category: label(band), series: '90th percentile', value: pickUp.p90Hours ?? 0 },
        ]),
      }),
      description:
        'Bar chart of the median and 90th percentile hours from referral to award in each price band; the table below gives the same figures.',
    },
    notes: [
      `Target: urgent and hospital-discharge packages picked up within ${targetDays.urgent} day(s) of referral, others within ${targetDays.standard} days.`,
      'A band with no awards in the period shows no data (drawn as zero in the chart).',
      ...notes,
    ],
  };
}

export const pickUpSection = defineSection<PickUpData>({
  id: 'pick-up',
  async load({ services, period, now }) {
    const report = await kpiReport(
      services,
      services.config,
      { ...period, groupBy: ['band'], filter: {} },
      now,
    );
    const byBand = BANDS.map((band) => {
      const found = report.groups.find((g) => g.group.band === band);
      return { band, pickUp: found?.kpis.pickUp ?? NO_PICK_UP };
    });
    return { byBand, targetDays: report.pickUpTargetDays, notes: report.notes };
  },
  build: buildPickUp,
});

const NO_PICK_UP: KpiSet['pickUp'] = {
  awarded: 0,
  medianHours: null,
  p90Hours: null,
  withinTarget: 0,
  withinTargetPct: null,
};
