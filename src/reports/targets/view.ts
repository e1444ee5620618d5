/** The targets in force on a day, each zone's overrides, and every target ever set (newest first). */
import { londonDate } from '../../calendar/dates';
import type { Services } from '../../services';
import { METRIC_INFO, RAG_METRICS, targetsInForce, type StoredTarget } from './model';
import { storedTargets } from './queries';

export const storedView = (r: StoredTarget) => ({ ...r, setAt: new Date(r.setAt).toISOString() });

export async function ragTargets(
  services: Pick<Services, 'db' | 'config' | 'zoneFacts'>,
  on: string | undefined,
  now: number,
) {
  const { db, config, zoneFacts } = services;
  const day = on ?? londonDate(now);
  const [rows, zones] = await Promise.all([storedTargets(db), zoneFacts.list(db)]);
  const rag = config.reports.rag;
  const council = targetsInForce(rows, rag, { day, zoneId: null });
  const byZone = zones.map((z) => ({ zone: z, targets: targetsInForce(rows, rag, { day, zoneId: z.id }) }));
  return {
    on: day,
    metrics: RAG_METRICS.map((metric) => ({
      metric,
      higherIsBetter: METRIC_INFO[metric].higherIsBetter,
      unit: METRIC_INFO[metric].unit,
      council: council[metric],
      overrides: byZone
        .filter(({ targets }) => targets[metric].source === 'zone-override')
        .map(({ zone, targets }) => ({ zoneId: zone.id, zoneName: zone.name, ...targets[metric] })),
    })),
    history: rows.map(storedView).reverse(),
  };
}
