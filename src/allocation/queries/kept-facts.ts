/**
 * The facts a round reads that change far less often than rounds open, kept in memory under their
 * version tokens (src/db/versioned.ts): the providers' needs declarations and the specialist list
 * (written when a provider declares or an officer appoints), the latest capacity declarations, and
 * the latest score snapshots (written by the nightly score run). A round reads their tokens in one
 * statement (with the providers', src/allocation/queries/candidates.ts), and these tables only after a
 * write to them.
 */
import type { Queryable } from '../../db/connect';
import { together } from '../../db/dialect';
import { versionedCache } from '../../db/versioned';
import { scoresInForce } from '../../performance/scores/in-force';
import { latestSnapshots } from '../../performance/scores/queries';
import { providerScoreOf, type SnapshotRow } from '../../performance/scores/snapshot';
import { latestNeedsDeclarations, specialistAppointments } from '../../providers/needs-queries';
import { latestDeclarationsQuery } from '../../providers/queries';
import type { Declaration } from '../capacity';
import type { ProviderScore } from '../policy';

type ProviderNeeds = {
  declarations: Awaited<ReturnType<typeof latestNeedsDeclarations>>;
  appointments: Awaited<ReturnType<typeof specialistAppointments>>;
};
const needsKept = versionedCache<ProviderNeeds>();
const snapshotsKept = versionedCache<Map<number, SnapshotRow>>();
const declarationsKept = versionedCache<Map<number, Declaration>>();

/** Each provider's latest capacity declaration in the zone. */
export function capacityDeclarations(
  db: Queryable,
  filter: { zoneId: string; providerIds: number[] },
  token: string | null,
): Promise<Map<number, Declaration>> {
  return declarationsKept(token, `${filter.zoneId}:${filter.providerIds.join(',')}`, async () => {
    const rows: { provider_id: number; weekly_minutes: number; declared_at: number }[] =
      await latestDeclarationsQuery(db, filter).select('d.provider_id', 'd.weekly_minutes', 'd.declared_at');
    return new Map(
      rows.map((r) => [
        Number(r.provider_id),
        { weeklyMinutes: Number(r.weekly_minutes), declaredAt: Number(r.declared_at) },
      ]),
    );
  });
}

/** Every provider's latest needs declaration in each zone, and the countywide specialist list. */
export function providerNeeds(db: Queryable, token: string | null): Promise<ProviderNeeds> {
  return needsKept(token, 'all', async () => {
    const [declarations, appointments] = await together(db, [
      () => latestNeedsDeclarations(db, {}),
      () => specialistAppointments(db),
    ]);
    return { declarations, appointments };
  });
}

/**
 * The scores in force at `at` (src/performance/scores/in-force.ts): each provider's latest snapshot
 * in the zone, kept; when one was computed after `at` (a round dated before the latest score run) the
 * snapshots are read for that instant instead.
 */
export async function scoresAt(
  db: Queryable,
  round: { zoneId: string; providers: readonly { id: number; tenderScore: number }[]; at: number },
  token: string | null,
): Promise<Map<number, ProviderScore>> {
  const { zoneId, providers, at } = round;
  const ids = providers.map((p) => p.id);
  const latest = await snapshotsKept(token, `${zoneId}:${ids.join(',')}`, () =>
    latestSnapshots(db, zoneId, ids, Number.MAX_SAFE_INTEGER),
  );
  if ([...latest.values()].some((s) => s.computed_at > at)) return scoresInForce(db, zoneId, providers, at);
  return new Map(providers.map((p) => [p.id, providerScoreOf(latest.get(p.id), p.tenderScore)]));
}
