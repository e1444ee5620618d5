import type { Queryable } from '../db/connect';
import type { CapacityView, ProviderStatus, ZoneRole } from './model';
import {
  latestDeclarations,
  memberships,
  toCapacityView,
  type AgeBasis,
  type DeclarationRow,
  type MembershipRow,
} from './queries';

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
 * The latest capacity declaration of every membership (provider × zone it holds a role in), with
 * its age and whether it is stale (docs/specification/open-questions.md §10.20;
 * docs/specification/allocation.md §5.12; story P3: brokerage sees actual capacity, and how old the
 * figure is). A membership with no declaration is 'missing'.
 */
export async function capacityEntries(
  db: Queryable,
  filter: { providerIds?: number[]; zoneId?: string; state?: CapacityState },
  basis: AgeBasis,
): Promise<CapacityEntry[]> {
  const scope = { providerIds: filter.providerIds, zoneId: filter.zoneId };
  const [rows, latest] = await Promise.all([memberships(db, scope), latestDeclarations(db, scope)]);
  const entries = rows.map((row) =>
    capacityEntry(row, latest.get(`${row.provider_id}|${row.zone_id}`), basis),
  );
  return filter.state ? entries.filter((e) => e.state === filter.state) : entries;
}

/** One membership's entry, from its row and its latest declaration (none: 'missing'). */
export function capacityEntry(
  row: MembershipRow,
  declaration: DeclarationRow | undefined,
  basis: AgeBasis,
): CapacityEntry {
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
}
