/**
 * The scores in force at a moment: the latest snapshot at or before it, else the tender score.
 * Allocation ranks by them; the API and the pages show them.
 */
import type { ProviderScore } from '../../allocation/policy';
import type { PerformanceConfig } from '../../config';
import type { Db } from '../../db/connect';
import type { Services } from '../../services';
import { providerOrNotFound } from '../access';
import { latestSnapshots, zoneRoles } from './queries';
import { ragOf } from './score';
import { providerScoreOf, snapshotView, type SnapshotRow } from './snapshot';

/** Scores in force at `at` for every provider with a role in a zone, in a form allocation accepts. */
export async function scoresInForce(
  db: Db,
  zoneId: string,
  providers: readonly { id: number; tenderScore: number }[],
  at: number,
): Promise<Map<number, ProviderScore>> {
  const snapshots = await latestSnapshots(
    db,
    zoneId,
    providers.map((p) => p.id),
    at,
  );
  return new Map(providers.map((p) => [p.id, providerScoreOf(snapshots.get(p.id), p.tenderScore)]));
}

function scoreView(snapshot: SnapshotRow | undefined, tenderScore: number, rag: PerformanceConfig['rag']) {
  if (snapshot)
    return { source: 'snapshot' as const, snapshotId: Number(snapshot.id), ...snapshotView(snapshot) };
  return {
    source: 'tender' as const,
    snapshotId: null,
    value: tenderScore,
    rag: ragOf(tenderScore, rag),
    tenderScore,
    components: null,
    kpis: null,
  };
}

type ZoneReads = Pick<Services, 'db' | 'zoneFacts'>;

/** Every role's zone is in the zones table (a foreign key), so the id stands in only in theory. */
async function zoneName({ db, zoneFacts }: ZoneReads, zoneId: string): Promise<string> {
  return (await zoneFacts.of(db, zoneId))?.name ?? zoneId;
}

/** A provider's score in force at `at` in each zone where it holds a role, with components and KPIs. */
export async function providerScores(
  reads: ZoneReads,
  settings: PerformanceConfig,
  providerId: number,
  at: number,
) {
  const { db } = reads;
  const provider = await providerOrNotFound(db, providerId);
  const roles = await zoneRoles(db, { providerId });
  const zones = await Promise.all(
    roles.map(async (r) => {
      const snapshot = (await latestSnapshots(db, r.zoneId, [providerId], at)).get(providerId);
      return {
        zone: { id: r.zoneId, name: await zoneName(reads, r.zoneId) },
        role: r.role,
        score: scoreView(snapshot, provider.tenderScore, settings.rag),
      };
    }),
  );
  return { provider, at: new Date(at).toISOString(), zones };
}

type ZoneRole = Awaited<ReturnType<typeof zoneRoles>>[number];

/** One provider's line in a zone's list: its score in force and where it came from. */
function zoneScoreLine(member: ZoneRole, snapshot: SnapshotRow | undefined, rag: PerformanceConfig['rag']) {
  const view = scoreView(snapshot, member.tenderScore, rag);
  return {
    provider: { id: member.providerId, name: member.name },
    role: member.role,
    value: view.value,
    rag: view.rag,
    source: view.source,
    snapshotId: view.snapshotId,
    computedFor: snapshot?.computed_for ?? null,
    components: view.components
      ? {
          pickUp: view.components.pickUp.value,
          quality: view.components.quality.value,
          response: view.components.response.value,
        }
      : null,
  };
}

/**
 * Every provider's score in force at `at`, per zone, in the order allocation would rank them
 * within each role (before eligibility and tie-breaks). Reading it at a past instant reproduces
 * the scores a past round ranked by.
 */
export async function zoneScores(
  reads: ZoneReads,
  settings: PerformanceConfig,
  zoneId: string | undefined,
  at: number,
) {
  const { db } = reads;
  const byZone = new Map<string, ZoneRole[]>();
  for (const r of await zoneRoles(db, { zoneId })) {
    if (!byZone.has(r.zoneId)) byZone.set(r.zoneId, []);
    byZone.get(r.zoneId)!.push(r);
  }
  const zones = await Promise.all(
    [...byZone].map(async ([id, members]) => {
      const ids = members.map((m) => m.providerId);
      const snapshots = await latestSnapshots(db, id, ids, at);
      const providers = members.map((m) => zoneScoreLine(m, snapshots.get(m.providerId), settings.rag));
      providers.sort((a, b) =>
        a.role === b.role ? b.value - a.value || a.provider.id - b.provider.id : a.role === 'prime' ? -1 : 1,
      );
      return { zone: { id, name: await zoneName(reads, id) }, providers };
    }),
  );
  return { at: new Date(at).toISOString(), zones };
}
