import type { ProviderScore } from '../allocation/policy';
import type { Db } from '../db/connect';
import { scoresInForce } from '../performance/scores/in-force';

/**
 * The score allocation would rank each provider by in each of its zones right now: its latest
 * score snapshot for the zone, else its tender score (the same function a round uses). Keyed
 * 'providerId|zoneId'.
 */
export async function allocationScores(
  db: Db,
  memberships: readonly { providerId: number; zoneId: string; tenderScore: number }[],
  now: number,
): Promise<Map<string, ProviderScore>> {
  const byZone = new Map<string, { id: number; tenderScore: number }[]>();
  for (const m of memberships) {
    const list = byZone.get(m.zoneId) ?? [];
    list.push({ id: m.providerId, tenderScore: m.tenderScore });
    byZone.set(m.zoneId, list);
  }
  const scores = new Map<string, ProviderScore>();
  for (const [zoneId, providers] of byZone) {
    for (const [providerId, score] of await scoresInForce(db, zoneId, providers, now)) {
      scores.set(`${providerId}|${zoneId}`, score);
    }
  }
  return scores;
}
