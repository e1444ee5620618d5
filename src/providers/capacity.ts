import type { Queryable } from '../db/connect';
import type { CapacityView, ProviderStatus, ZoneRole } from './model';
import { latestDeclarations, memberships, toCapacityView, type AgeBasis } from './queries';

export type CapacityState = 'current' | 'stale' | 'missing';

export interface CapacityEntry {
  providerId: number;
  providerName: string;
  providerStatus: ProviderStatus;
  zoneId: string;
  zoneName: string;
  role: ZoneRole;
  state: CapacityState;
  capacity: CapacityView | null;
}

/**
 * The latest capacity declaration of every membership (provider × zone it holds a role in),
 * with its age and whether it is stale (domain.md §7 row 20, story P3: brokerage sees actual
 * capacity, and how old the figure is). A membership with no declaration is 'missing'.
 */
export async function capacityEntries(
  db: Queryable,
  filter: { providerIds?: number[]; zoneId?: string; state?: CapacityState },
  basis: AgeBasis,
): Promise<CapacityEntry[]> {
  const scope = { providerIds: filter.providerIds, zoneId: filter.zoneId };
  const [rows, latest] = await Promise.all([memberships(db, scope), latestDeclarations(db, scope)]);
  const entries = rows.map((row): CapacityEntry => {
    const declaration = latest.get(`${row.provider_id}|${row.zone_id}`);
    const capacity = declaration ? toCapacityView(declaration, basis) : null;
    return {
      providerId: Number(row.provider_id),
      providerName: row.provider_name,
      providerStatus: row.provider_status,
      zoneId: row.zone_id,
      zoneName: row.zone_name,
      role: row.role,
      state: capacity === null ? 'missing' : capacity.stale ? 'stale' : 'current',
      capacity,
    };
  });
  return filter.state ? entries.filter((e) => e.state === filter.state) : entries;
}
