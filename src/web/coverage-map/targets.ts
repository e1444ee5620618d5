/**
 * The coverage page's RAG table (Perf19 App C): for each zone and the county, each measure's value,
 * its target and RAG; and the zone overrides in force, with who set them and why.
 */
import type { AreaReport, CoverageReport } from '../../reports/model';
import { RAG_METRICS } from '../../reports/targets/model';

export const MEASURE_NAMES = {
  supply: 'Supply, % of planned',
  pickUp: 'Picked up in target, %',
  primeShare: 'Prime share, %',
  longestWait: 'Longest wait, hours',
  handBacks: 'Hand-backs per 100 awards',
} as const;

const cells = (area: AreaReport) =>
  RAG_METRICS.map((metric) => {
    const m = area.rag[metric];
    return {
      metric,
      value: m.value,
      rag: m.rag,
      target: m.target?.target ?? null,
      overridden: m.target?.source === 'zone-override',
    };
  });

export function ragTable(report: CoverageReport) {
  const areas = [...report.zones, report.county];
  return {
    measures: RAG_METRICS.map((metric) => ({ metric, name: MEASURE_NAMES[metric] })),
    rows: areas.map((a) => ({ name: a.area.name, county: a.area.type === 'county', cells: cells(a) })),
    overrides: report.zones.flatMap((a) =>
      RAG_METRICS.flatMap((metric) => {
        const t = a.rag[metric].target;
        if (t?.source !== 'zone-override') return [];
        return [
          {
            zone: a.area.name,
            measure: MEASURE_NAMES[metric],
            target: t.target,
            tolerance: t.tolerance,
            from: t.effectiveFrom,
            by: t.setBy?.name ?? null,
            comment: t.comment,
          },
        ];
      }),
    ),
  };
}
