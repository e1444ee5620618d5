/**
 * Coverage by zone against its minimums (docs/specification/providers-and-framework.md §4.5): active
 * primes and providers against the minimum for each zone, with the coverage RAG the coverage report
 * gives (src/reports/rag.ts `coverageRag`). Counts only: no provider is named to members.
 */
import { groupedBarSpec } from '../../charts/vega';
import type { AreaReport } from '../../reports/model';
import { label } from '../../web/labels';
import { defineSection, figure } from '../model';

export interface CoverageData {
  zones: AreaReport[];
}

const ragWords = (rag: string | null) => (rag === null ? 'Not judged' : label(rag));

export function buildCoverage({ zones }: CoverageData) {
  const rows = zones.map((z) => [
    z.area.name,
    label(z.area.sizeClass),
    figure(z.framework.primes.count),
    figure(z.framework.primes.minimum),
    figure(z.framework.providers.count),
    figure(z.framework.providers.minimum),
    ragWords(z.rag.coverage.rag),
  ]);
  const below = zones.filter((z) => z.framework.primes.belowMinimumReason !== null);
  return {
    title: 'Coverage by zone against minimum primes',
    summary:
      'Each zone should have at least its minimum number of active prime providers and of providers overall. Red: below a minimum; amber: at most the margin above it.',
    table: {
      caption: 'Active providers in each zone against its minimums',
      head: [
        'Zone',
        'Size class',
        'Active primes',
        'Minimum primes',
        'Providers',
        'Minimum providers',
        'Coverage',
      ],
      rows,
      numeric: [false, false, true, true, true, true, false],
    },
    chart: {
      spec: groupedBarSpec({
        atLeast: 5,
        title: 'Active primes against the minimum, by zone',
        yTitle: 'Prime providers',
        categories: zones.map((z) => z.area.name),
        data: zones.flatMap((z) => [
          { category: z.area.name, series: 'Active primes', value: z.framework.primes.count },
          { category: z.area.name, series: 'Minimum primes', value: z.framework.primes.minimum ?? 0 },
        ]),
      }),
      description: `Bar chart of active prime providers against the minimum in each of the ${zones.length} zones; the table below gives the same figures.`,
    },
    notes: [
      ...below.map((z) => `${z.area.name} is below its minimum: ${z.framework.primes.belowMinimumReason}.`),
      'The rural free zone has no primes by design: any framework provider may take its packages.',
    ],
  };
}

export const coverageSection = defineSection<CoverageData>({
  id: 'coverage',
  load: async (ctx) => ({ zones: (await ctx.coverage()).zones }),
  build: buildCoverage,
});
