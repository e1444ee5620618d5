/**
 * The provider performance table (docs/specification/roles-and-stories.md §9.4, stories C4, C6):
 * each provider's score in force in each zone (src/performance zoneScores: what allocation ranks
 * by) beside its KPI counts and shares over the report period (src/reports providerZoneCounts).
 * Pure: it only joins the two read models.
 */
import type { KpiCounts } from '../../performance/kpis/kpis';
import type { zoneScores } from '../../performance/scores/in-force';

type ZoneScores = Awaited<ReturnType<typeof zoneScores>>;
type ScoredProvider = ZoneScores['zones'][number]['providers'][number];

export interface PerformanceRow {
  provider: { id: number; name: string };
  role: string;
  score: Pick<ScoredProvider, 'value' | 'rag' | 'source' | 'components' | 'computedFor'>;
  /** Null when the provider has had no activity in the zone in the period. */
  kpis: KpiCounts | null;
}

export interface PerformanceZone {
  zone: { id: string; name: string };
  rows: PerformanceRow[];
}

/** Zones in name order; within a zone, primes first and the best score first (as allocation ranks them). */
export function performanceTable(
  scores: ZoneScores,
  /** Keyed `providerId|zoneId`. */
  kpis: ReadonlyMap<string, KpiCounts>,
): PerformanceZone[] {
  return scores.zones
    .map(({ zone, providers }) => ({
      zone,
      rows: providers.map((p) => ({
        provider: p.provider,
        role: p.role,
        score: {
          value: p.value,
          rag: p.rag,
          source: p.source,
          components: p.components,
          computedFor: p.computedFor,
        },
        kpis: kpis.get(`${p.provider.id}|${zone.id}`) ?? null,
      })),
    }))
    .sort((a, b) => a.zone.name.localeCompare(b.zone.name));
}
